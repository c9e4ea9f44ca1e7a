import fc from 'fast-check';
import type { CellValue, Grid } from '../../../src/core/cell';
import type { ContestConfig } from '../../../src/core/config/model';
import { presetById } from '../../../src/core/config/presets';
import { checkSubmission } from '../../../src/core/intake/checks';
import { ENTRY_COLUMNS, entriesHeader, entryRowCells } from '../../../src/core/intake/entries-sheet';
import { buildFormSpec } from '../../../src/core/intake/form-spec';
import type { Submission } from '../../../src/core/intake/submission';
import type { Assignment, Initiative, ReplicationStatus } from '../../../src/core/replication/replication-model';
import {
  countedEntries,
  summaryYears,
  yearlySummary,
  yearlySummarySheetName,
  yearlySummaryTable,
  type CountedEntry,
  type YearlySummary,
} from '../../../src/core/replication/yearly-summary';
import { intakeStatusWord } from '../../../src/ui/messages/intake-text';
import { author, groupEntry } from '../intake/submissions';

// Tân An 2024 (rolling intake, staff cut-off 31/10) with three units of the commune.
function tanAn(): ContestConfig {
  const config = presetById('tanAn2024').build();
  config.units = [
    { code: 'VP', name: 'Văn phòng UBND xã' },
    { code: 'CA', name: 'Công an xã' },
    { code: 'TP', name: 'Tư pháp - Hộ tịch' },
  ];
  return config;
}
const config = tanAn();
const spec = buildFormSpec(config);
// The predicate the judging step gives entriesFromRegister (src/ui/judging-flow.ts).
const invalidWord = intakeStatusWord('invalid', 'vi');
const isJudged = (status: string): boolean => status !== invalidWord;

/** A register row as intake writes it: the real checks, the real status word, the real row layout. */
function registerRow(code: string, more: Partial<Submission>): CellValue[] {
  const submission = groupEntry({
    responseId: `resp-${code}`,
    kind: 'individual',
    authors: [author('Nguyễn', 'Văn', 'An')],
    unitCode: 'VP',
    categoryCode: 'TTHC',
    ...more,
  });
  const check = checkSubmission(submission, config);
  const row = { code, submission, check, reasonsText: '', statusText: intakeStatusWord(check.status, 'vi'), closest: null, receipt: '', receiptTo: '', preScreening: '' };
  return entryRowCells(row, spec, config, new Date(submission.receivedAt));
}

function initiative(code: string, ownerUnit: string, year: number | null): Initiative {
  return { code, title: `Sáng kiến ${code}`, ownerUnit, category: '', summary: '', decision: '', year, source: 'manual', entryCode: '', prize: '' };
}

function assignment(initiativeCode: string, agencyCode: string, status: ReplicationStatus, updatedAt: string | null, more: Partial<Assignment> = {}): Assignment {
  return {
    initiativeCode,
    agencyCode,
    due: null,
    status,
    evidence: '',
    updatedAt: updatedAt === null ? null : new Date(updatedAt),
    reportedBy: '',
    responseId: '',
    note: '',
    droppedFromPlan: false,
    ...more,
  };
}

function summary(year: number, more: Partial<Parameters<typeof yearlySummary>[0]> = {}): YearlySummary {
  return yearlySummary({ year, config, entries: [], initiatives: [], assignments: [], defenceUnits: null, ...more });
}

const counts = (s: YearlySummary) => s.units.map((u) => [u.unitCode, u.entries, u.recognised, u.appliedElsewhere, u.appliedHere, u.bonus]);

describe('the yearly roll-over of a rolling intake (Tân An: staff after 31/10 count for the next year)', () => {
  const register: Grid = [
    entriesHeader(spec),
    registerRow('TA2024-001', { receivedAt: '2024-10-31T16:00:00+07:00' }),
    registerRow('TA2024-002', { receivedAt: '2024-11-01T08:00:00+07:00' }),
    registerRow('TA2024-003', { receivedAt: '2024-11-01T08:00:00+07:00', kind: 'citizen', unitCode: 'CA' }),
    // 17:30 UTC on 31/10 is already 01/11 in Vietnam.
    registerRow('TA2024-004', { receivedAt: '2024-10-31T17:30:00Z', unitCode: 'CA' }),
    registerRow('TA2024-005', { receivedAt: '2024-06-01T08:00:00+07:00', unitCode: 'TP', originalityDeclared: false }),
  ];

  it('reads each coded row with the year intake gave it, its unit as a code and whether it is invalid', () => {
    expect(countedEntries(register, config, isJudged)).toEqual([
      { code: 'TA2024-001', unitCode: 'VP', year: 2024, invalid: false },
      { code: 'TA2024-002', unitCode: 'VP', year: 2025, invalid: false },
      { code: 'TA2024-003', unitCode: 'CA', year: 2024, invalid: false },
      { code: 'TA2024-004', unitCode: 'CA', year: 2025, invalid: false },
      { code: 'TA2024-005', unitCode: 'TP', year: 2024, invalid: true },
    ]);
  });

  it('counts each valid entry in its own year, per unit, and leaves invalid ones out', () => {
    const entries = countedEntries(register, config, isJudged);
    expect(summaryYears(entries, [], [])).toEqual([2024, 2025]);
    expect(counts(summary(2024, { entries }))).toEqual([
      ['VP', 1, 0, 0, 0, false],
      ['CA', 1, 0, 0, 0, false],
      ['TP', 0, 0, 0, 0, false],
    ]);
    expect(summary(2025, { entries }).totals.entries).toBe(2);
    expect(summary(2025, { entries }).units.find((u) => u.unitCode === 'CA')?.entries).toBe(1);
  });

  it('takes a status the secretariat typed over as typed, a year typed as text, and the contest year when none is readable', () => {
    const header = [ENTRY_COLUMNS.code, ENTRY_COLUMNS.status, ENTRY_COLUMNS.countsForYear, ENTRY_COLUMNS.unit];
    const typed: Grid = [
      header,
      ['A-1', invalidWord, 2025, 'Công an xã'],
      ['A-2', 'Hợp lệ', ' 2026 ', ' Tư pháp - Hộ tịch '],
      ['A-3', 'Hợp lệ', 'năm sau', 'Đội văn nghệ'],
      ['', 'Hợp lệ', 2025, 'Công an xã'],
      [],
    ];
    expect(countedEntries(typed, config, isJudged)).toEqual([
      { code: 'A-1', unitCode: 'CA', year: 2025, invalid: true },
      { code: 'A-2', unitCode: 'TP', year: 2026, invalid: false },
      { code: 'A-3', unitCode: 'Đội văn nghệ', year: 2024, invalid: false },
    ]);
    expect(countedEntries([], config, isJudged)).toEqual([]);
  });
});

describe('recognised initiatives and replication in a year', () => {
  const initiatives = [
    initiative('SK-1', 'Văn phòng UBND xã', 2024),
    // The owner typed with other case and without accents is still the Công an xã.
    initiative('SK-2', 'CONG AN XA', 2024),
    initiative('SK-3', 'công an  xã', 2025),
    initiative('SK-4', 'Hội Nông dân xã', 2025),
  ];

  it('matches owners to units by name or code whatever the case and accents, and counts each in its year', () => {
    expect(counts(summary(2024, { initiatives }))).toEqual([
      ['VP', 0, 1, 0, 0, true],
      ['CA', 0, 1, 0, 0, true],
      ['TP', 0, 0, 0, 0, false],
    ]);
    // A unit no one configured is listed after the configured ones, under its name.
    expect(counts(summary(2025, { initiatives }))).toEqual([
      ['VP', 0, 0, 0, 0, false],
      ['CA', 0, 1, 0, 0, true],
      ['TP', 0, 0, 0, 0, false],
      ['Hội Nông dân xã', 0, 1, 0, 0, true],
    ]);
    expect(summaryYears([{ code: 'x', unitCode: 'VP', year: 2023, invalid: true }], [...initiatives, initiative('SK-5', 'VP', null)], [])).toEqual([2023, 2024, 2025]);
  });

  it('counts an application in the year its status changed (Vietnam calendar), not the year the initiative was recognised', () => {
    const assignments = [
      assignment('SK-1', 'CA', 'applied', '2025-03-10T09:00:00+07:00'),
      // 18:00 UTC on 31/12/2024 is 01/01/2025 in Vietnam.
      assignment('SK-1', 'TP', 'applied', '2024-12-31T18:00:00Z'),
      assignment('SK-2', 'VP', 'applied', '2024-09-01T09:00:00+07:00'),
      assignment('SK-2', 'TP', 'applying', '2024-09-01T09:00:00+07:00'),
      assignment('SK-2', 'CA', 'applied', '2024-09-01T09:00:00+07:00'),
    ];
    expect(counts(summary(2024, { initiatives, assignments }))).toEqual([
      ['VP', 0, 1, 0, 1, true],
      ['CA', 0, 1, 1, 0, true],
      ['TP', 0, 0, 0, 0, false],
    ]);
    const next = summary(2025, { initiatives, assignments });
    expect(counts(next).slice(0, 3)).toEqual([
      ['VP', 0, 0, 2, 0, false],
      ['CA', 0, 1, 0, 1, true],
      ['TP', 0, 0, 0, 1, false],
    ]);
    expect(next.totals).toEqual({ entries: 0, recognised: 2, appliedElsewhere: 2 });
    // A year with nothing but applications still gets its summary: replication done in 2026 goes in 2026's report.
    const later = [...assignments, assignment('SK-2', 'TP', 'applied', '2026-02-01T09:00:00+07:00'), assignment('SK-1', 'VP', 'applying', '2027-02-01T09:00:00+07:00')];
    expect(summaryYears([], initiatives, later)).toEqual([2024, 2025, 2026]);
  });

  it('counts a pair once however many rows repeat it, and not at all without a date or an owner in the register', () => {
    const assignments = [
      assignment('SK-1', 'CA', 'applied', '2024-05-01T09:00:00+07:00'),
      assignment('SK-1', 'ca', 'applied', '2024-06-01T09:00:00+07:00', { droppedFromPlan: true }),
      assignment('SK-1', 'TP', 'applied', null),
      assignment('SK-9', 'TP', 'applied', '2024-05-01T09:00:00+07:00'),
    ];
    const s = summary(2024, { initiatives, assignments });
    expect(s.units.find((u) => u.unitCode === 'VP')?.appliedElsewhere).toBe(1);
    expect(s.units.find((u) => u.unitCode === 'CA')?.appliedHere).toBe(1);
    expect(s.units.find((u) => u.unitCode === 'TP')?.appliedHere).toBe(0);
  });
});

describe('the PAR Index bonus list', () => {
  const initiatives = [initiative('SK-1', 'Tư pháp - Hộ tịch', 2024), initiative('SK-2', 'TP', 2024), initiative('SK-3', 'Văn phòng UBND xã', 2023)];

  it('with a defence round, lists the units with shortlisted entries and how many (Hậu Giang 2024)', () => {
    const s = summary(2024, { initiatives, defenceUnits: ['CA', 'VP', 'CA', 'Đoàn Thanh niên'] });
    expect(s.bonusBasis).toBe('defenceRound');
    expect(s.bonusUnits).toEqual([
      { unitCode: 'VP', unitName: 'Văn phòng UBND xã', count: 1 },
      { unitCode: 'CA', unitName: 'Công an xã', count: 2 },
      { unitCode: 'Đoàn Thanh niên', unitName: 'Đoàn Thanh niên', count: 1 },
    ]);
    expect(s.units.filter((u) => u.bonus).map((u) => u.unitCode)).toEqual(['VP', 'CA', 'Đoàn Thanh niên']);
  });

  it('without one, lists the units with initiatives recognised in the year', () => {
    const s = summary(2024, { initiatives });
    expect(s.bonusBasis).toBe('recognised');
    expect(s.bonusUnits).toEqual([{ unitCode: 'TP', unitName: 'Tư pháp - Hộ tịch', count: 2 }]);
    expect(summary(2022, { initiatives }).bonusUnits).toEqual([]);
  });
});

describe('the sheet', () => {
  it('is named by the year', () => {
    expect(yearlySummarySheetName(2025)).toBe('Tổng hợp năm 2025');
  });

  it('lists every unit, the totals, then the bonus list with its basis', () => {
    const entries: CountedEntry[] = [
      { code: 'a', unitCode: 'VP', year: 2024, invalid: false },
      { code: 'b', unitCode: 'CA', year: 2024, invalid: false },
      { code: 'c', unitCode: 'CA', year: 2024, invalid: false },
    ];
    const initiatives = [initiative('SK-1', 'VP', 2024)];
    const assignments = [assignment('SK-1', 'TP', 'applied', '2024-07-01T09:00:00+07:00')];
    const table = yearlySummaryTable(summary(2024, { entries, initiatives, assignments, defenceUnits: ['CA'] }));
    expect(table.header).toEqual(['Đơn vị', 'Bài dự thi tính cho năm', 'Sáng kiến được công nhận', 'Được đơn vị khác áp dụng', 'Đã áp dụng sáng kiến của đơn vị khác', 'Cộng điểm Chỉ số CCHC']);
    expect(table.rows).toEqual([
      ['Văn phòng UBND xã', 1, 1, 1, 0, ''],
      ['Công an xã', 2, 0, 0, 0, 'Có'],
      ['Tư pháp - Hộ tịch', 0, 0, 0, 1, ''],
      ['Tổng cộng', 3, 1, 1, 1, ''],
      [],
      ['DANH SÁCH ĐƠN VỊ ĐƯỢC CỘNG ĐIỂM TIÊU CHÍ SÁNG KIẾN (CHỈ SỐ CCHC NĂM 2024)'],
      ['Căn cứ: đơn vị có bài dự thi vào vòng bảo vệ ý tưởng'],
      ['STT', 'Đơn vị', 'Số bài/sáng kiến'],
      [1, 'Công an xã', 1],
    ]);
  });

  it('says when no unit earns the bonus, and keeps a unit name that looks like a formula as its text', () => {
    const hostile = '=HYPERLINK("http://x")';
    const table = yearlySummaryTable(summary(2024, { initiatives: [initiative('SK-1', hostile, 2023)] }));
    expect(table.rows.slice(-3)).toEqual([['Căn cứ: đơn vị có sáng kiến được công nhận trong năm'], ['STT', 'Đơn vị', 'Số bài/sáng kiến'], ['', 'Không có đơn vị nào.', '']]);
    // Names are the data as typed: the workbook adapter writes every cell literally (literalCell).
    expect(yearlySummaryTable(summary(2023, { initiatives: [initiative('SK-1', hostile, 2023)] })).rows[3][0]).toBe(hostile);
  });
});

describe('whatever the register holds', () => {
  const unit = fc.constantFrom('VP', 'CA', 'TP', 'Hội Phụ nữ', 'van phong ubnd xa');
  const entry = fc.record({ code: fc.string(), unitCode: unit, year: fc.integer({ min: 2023, max: 2026 }), invalid: fc.boolean() });

  it('lists each configured unit once in the configuration’s order, and the entries total is the valid entries of the year', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), fc.integer({ min: 2023, max: 2026 }), (entries, year) => {
        const s = summary(year, { entries });
        expect(s.units.slice(0, 3).map((u) => u.unitCode)).toEqual(['VP', 'CA', 'TP']);
        expect(new Set(s.units.map((u) => u.unitCode)).size).toBe(s.units.length);
        expect(s.totals.entries).toBe(entries.filter((e) => e.year === year && !e.invalid).length);
      }),
      { numRuns: 100 },
    );
  });
});
