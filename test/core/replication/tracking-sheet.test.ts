import fc from 'fast-check';
import type { Grid } from '../../../src/core/cell';
import type { PlannedPair } from '../../../src/core/replication/plan-sheet';
import { REPLICATION_STATUSES, REPLICATION_STATUS_WORDS, type Agency, type Assignment, type Initiative } from '../../../src/core/replication/replication-model';
import {
  TRACKING_HEADER,
  TRACKING_NOTES,
  TRACKING_SHEET,
  TRACKING_STATUS_COLUMN,
  TRACKING_TEXT_COLUMNS,
  readTracking,
  reconcilePlan,
  trackingRows,
} from '../../../src/core/replication/tracking-sheet';

function assignment(initiativeCode: string, agencyCode: string, fields: Partial<Assignment> = {}): Assignment {
  return { initiativeCode, agencyCode, due: null, status: 'notStarted', evidence: '', updatedAt: null, reportedBy: '', responseId: '', note: '', droppedFromPlan: false, ...fields };
}

const pair = (initiativeCode: string, agencyCode: string, due: string | null = null, row = 2): PlannedPair => ({ initiativeCode, agencyCode, due, row });

const initiatives: Initiative[] = [
  { code: 'SK2024-01', title: '=HYPERLINK("http://x.vn","Mở")', ownerUnit: 'Sở Nội vụ', category: '', summary: '', decision: '', year: 2024, source: 'manual', entryCode: '', prize: '' },
  { code: 'SK2024-02', title: 'Ngày thứ năm không chờ', ownerUnit: '', category: '', summary: '', decision: '', year: 2024, source: 'manual', entryCode: '', prize: '' },
];
const agencies: Agency[] = [
  { code: 'LH', name: 'UBND thị trấn Long Hải', emails: [] },
  { code: 'STP', name: 'Sở Tư pháp', emails: ['vp@stp.vn'] },
];

describe('the tracking sheet', () => {
  it('has a header, a hint on the secretariat’s columns, the status column for its dropdown, and text columns but the instant and the day count', () => {
    expect(TRACKING_HEADER).toEqual([
      'Mã sáng kiến',
      'Tên sáng kiến',
      'Mã đơn vị',
      'Đơn vị áp dụng',
      'Hạn hoàn thành',
      'Trạng thái',
      'Minh chứng',
      'Cập nhật lúc',
      'Người báo cáo',
      'Quá hạn (ngày)',
      'Ghi chú',
      'Trong kế hoạch',
      'Mã phản hồi',
    ]);
    expect(TRACKING_HEADER[TRACKING_STATUS_COLUMN]).toBe('Trạng thái');
    expect(TRACKING_NOTES).toHaveLength(TRACKING_HEADER.length);
    for (const word of Object.values(REPLICATION_STATUS_WORDS)) expect(TRACKING_NOTES[TRACKING_STATUS_COLUMN]).toContain(word);
    expect(TRACKING_TEXT_COLUMNS).toEqual([0, 1, 2, 3, 4, 5, 6, 8, 10, 11, 12]);
  });

  it('writes names, the due date as dd/mm/yyyy text, the instant as a Date, the days overdue and whether the pair is planned', () => {
    const at = new Date(2024, 9, 3, 14, 30);
    const rows = trackingRows(
      [
        assignment('SK2024-01', 'LH', { due: '2024-09-30', status: 'applying', evidence: '=1+1', updatedAt: at, reportedBy: 'vp@lh.vn', responseId: 'r1' }),
        assignment('SK2024-02', 'XA-MOI', { due: '2024-12-31', note: '+ gọi điện nhắc' }),
        assignment('SK2024-09', 'STP', { status: 'applied', droppedFromPlan: true }),
      ],
      initiatives,
      agencies,
      '2024-10-05',
    );
    expect(rows).toEqual([
      ['SK2024-01', '=HYPERLINK("http://x.vn","Mở")', 'LH', 'UBND thị trấn Long Hải', '30/09/2024', 'Đang áp dụng', '=1+1', at, 'vp@lh.vn', 5, '', 'Có', 'r1'],
      ['SK2024-02', 'Ngày thứ năm không chờ', 'XA-MOI', 'XA-MOI', '31/12/2024', 'Chưa triển khai', '', '', '', '', '+ gọi điện nhắc', 'Có', ''],
      ['SK2024-09', 'SK2024-09', 'STP', 'Sở Tư pháp', '', 'Đã áp dụng', '', '', '', '', '', 'Không', ''],
    ]);
    // The formula-like title and evidence are in plain-text columns: the sheet keeps them as data.
    expect(TRACKING_TEXT_COLUMNS).toEqual(expect.arrayContaining([1, 6, 10]));
  });

  it('reads back exactly what it wrote', () => {
    const written = [
      assignment('SK2024-01', 'LH', { due: '2024-09-30', status: 'applying', evidence: '=HYPERLINK("a")\nQuyết định 12/QĐ-UBND', updatedAt: new Date(2024, 9, 3, 14, 30, 12), reportedBy: 'vp@lh.vn', responseId: 'r1', note: 'Đã gọi' }),
      assignment('SK2024-02', 'STP', { due: '2025-01-05' }),
      assignment('SK2024-09', 'LH', { status: 'notSuitable', droppedFromPlan: true }),
    ];
    const grid: Grid = [TRACKING_HEADER, ...trackingRows(written, initiatives, agencies, '2024-10-05')];
    expect(readTracking(grid)).toEqual({ assignments: written, problems: [] });
  });

  it('reads status words whatever their case or accents, dates as Date cells or text, and columns the secretariat moved', () => {
    const grid: Grid = [
      ['Trạng thái', 'Mã đơn vị', 'Mã sáng kiến', 'Cập nhật lúc', 'Hạn hoàn thành', 'Trong kế hoạch', 'Minh chứng', 'Người báo cáo', 'Ghi chú', 'Mã phản hồi'],
      // A day cell is its midnight in Vietnam (17:00 UTC the day before), as Sheets gives it.
      ['da ap dung', 'LH', 'SK2024-01', '04/10/2024 09:05', new Date('2024-09-29T17:00:00Z'), 'không', 'Báo cáo số 5', 'Ban thư ký', '', ''],
      ['ĐANG ÁP DỤNG', 'STP', 'SK2024-01', new Date(2024, 9, 1, 8, 0), '1/10/2024', '', '', '', '', ''],
      ['', '', '', '', '', '', '', '', '', ''],
      ['', 'STP', 'SK2024-02', '4/10/2024', '', 'Có', '', '', '', ''],
    ];
    const { assignments, problems } = readTracking(grid);
    expect(problems).toEqual([]);
    // Typed times are Vietnam's wall clock, whatever zone the script runs in.
    expect(assignments).toEqual([
      assignment('SK2024-01', 'LH', { status: 'applied', due: '2024-09-30', updatedAt: new Date('2024-10-04T09:05:00+07:00'), droppedFromPlan: true, evidence: 'Báo cáo số 5', reportedBy: 'Ban thư ký' }),
      assignment('SK2024-01', 'STP', { status: 'applying', due: '2024-10-01', updatedAt: new Date(2024, 9, 1, 8, 0) }),
      assignment('SK2024-02', 'STP', { updatedAt: new Date('2024-10-04T00:00:00+07:00') }),
    ]);
  });

  it('reports what it cannot read: the row is kept with a blank or not-started value, or skipped when it lacks a code or repeats a pair', () => {
    const grid: Grid = [
      TRACKING_HEADER,
      ['SK2024-01', '', 'LH', '', 'sắp tới', 'Xong rồi', '', 'hôm qua', '', '', '', 'Có', ''],
      ['SK2024-01', '', '', 'UBND thị trấn Long Hải', '', '', '', '', '', '', '', '', ''],
      [' sk2024-01', '', 'lh', '', '', 'Đã áp dụng', '', '', '', '', '', '', ''],
    ];
    const { assignments, problems } = readTracking(grid);
    expect(assignments).toEqual([assignment('SK2024-01', 'LH')]);
    expect(problems).toEqual([
      { sheet: TRACKING_SHEET, row: 2, code: 'unreadableDue', params: { value: 'sắp tới' } },
      { sheet: TRACKING_SHEET, row: 2, code: 'unreadableStatus', params: { value: 'Xong rồi' } },
      { sheet: TRACKING_SHEET, row: 2, code: 'unreadableUpdatedAt', params: { value: 'hôm qua' } },
      { sheet: TRACKING_SHEET, row: 3, code: 'missingCode', params: { column: 'Mã đơn vị' } },
      { sheet: TRACKING_SHEET, row: 4, code: 'duplicateTrackingRow', params: { initiative: 'sk2024-01', agency: 'lh', firstRow: 2 } },
    ]);
    expect(readTracking([]).assignments).toEqual([]);
  });
});

describe('rebuilding the tracking rows from a new plan', () => {
  const reported = new Date(2024, 9, 3, 14, 30);

  it('keeps every planned pair’s progress, takes the plan’s due date, and starts new pairs not started', () => {
    const previous = [
      assignment('SK2024-01', 'LH', { due: '2024-09-30', status: 'applied', evidence: 'QĐ 12', updatedAt: reported, reportedBy: 'vp@lh.vn', responseId: 'r1', note: 'tốt' }),
      assignment('SK2024-02', 'LH', { status: 'applying', droppedFromPlan: true }),
    ];
    const { assignments, added, dropped, kept } = reconcilePlan([pair('SK2024-02', 'STP', '2024-12-31'), pair('sk2024-01', 'lh', '2024-11-30'), pair('SK2024-02', 'LH')], previous);
    expect(assignments).toEqual([
      assignment('SK2024-02', 'STP', { due: '2024-12-31' }),
      assignment('sk2024-01', 'lh', { due: '2024-11-30', status: 'applied', evidence: 'QĐ 12', updatedAt: reported, reportedBy: 'vp@lh.vn', responseId: 'r1', note: 'tốt' }),
      assignment('SK2024-02', 'LH', { status: 'applying' }),
    ]);
    expect({ added, dropped, kept }).toEqual({ added: 1, dropped: 0, kept: 0 });
  });

  it('keeps a pair no longer planned that has a status, evidence or a note, marked as dropped from the plan, and removes one without progress', () => {
    const previous = [
      assignment('SK2024-01', 'A', { status: 'notSuitable' }),
      assignment('SK2024-01', 'B'),
      assignment('SK2024-01', 'C', { evidence: 'Công văn 15' }),
      assignment('SK2024-01', 'D', { note: 'Đơn vị xin lùi hạn' }),
      assignment('SK2024-02', 'A', { due: '2024-12-31' }),
    ];
    const { assignments, added, dropped, kept } = reconcilePlan([pair('SK2024-02', 'A', '2025-01-31')], previous);
    expect(assignments.map((a) => [a.initiativeCode, a.agencyCode, a.droppedFromPlan])).toEqual([
      ['SK2024-02', 'A', false],
      ['SK2024-01', 'A', true],
      ['SK2024-01', 'C', true],
      ['SK2024-01', 'D', true],
    ]);
    expect(assignments[1].status).toBe('notSuitable');
    expect({ added, dropped, kept }).toEqual({ added: 0, dropped: 1, kept: 3 });
  });

  const code = fc.constantFrom('SK2024-01', 'SK2024-02', 'SK2024-03');
  const agencyCode = fc.constantFrom('A', 'B', 'C', 'D');
  const day = fc.option(fc.constantFrom('2024-10-01', '2024-12-31'), { nil: null });
  const previousArb = fc.uniqueArray(
    fc.record({
      initiativeCode: code,
      agencyCode,
      due: day,
      status: fc.constantFrom(...REPLICATION_STATUSES),
      evidence: fc.constantFrom('', 'QĐ 12'),
      updatedAt: fc.option(fc.date({ min: new Date(2024, 0, 1), max: new Date(2025, 0, 1), noInvalidDate: true }), { nil: null }),
      reportedBy: fc.constantFrom('', 'vp@a.vn'),
      responseId: fc.constantFrom('', 'r1'),
      note: fc.constantFrom('', 'gọi lại'),
      droppedFromPlan: fc.boolean(),
    }),
    { selector: (a) => `${a.initiativeCode}|${a.agencyCode}`, maxLength: 12 },
  );
  const pairsArb = fc.array(fc.record({ initiativeCode: code, agencyCode, due: day, row: fc.integer({ min: 2, max: 50 }) }), { maxLength: 12 });
  const keyOf = (a: { initiativeCode: string; agencyCode: string }): string => `${a.initiativeCode}|${a.agencyCode}`;

  it('loses no pair that has progress, and has every planned pair exactly once', () => {
    fc.assert(
      fc.property(pairsArb, previousArb, (pairs, previous) => {
        const { assignments, added, dropped, kept } = reconcilePlan(pairs, previous);
        const keys = assignments.map(keyOf);
        expect(new Set(keys).size).toBe(keys.length);
        const planned = new Set(pairs.map(keyOf));
        for (const k of planned) expect(keys.filter((x) => x === k)).toHaveLength(1);
        for (const old of previous) {
          const now = assignments.find((a) => keyOf(a) === keyOf(old));
          const progress = old.status !== 'notStarted' || old.evidence !== '' || old.note !== '';
          if (progress) expect(now).toMatchObject({ status: old.status, evidence: old.evidence, note: old.note, updatedAt: old.updatedAt, responseId: old.responseId });
          if (!planned.has(keyOf(old))) expect(now === undefined ? 'removed' : 'kept').toBe(progress ? 'kept' : 'removed');
        }
        for (const a of assignments) expect(a.droppedFromPlan).toBe(!planned.has(keyOf(a)));
        expect(added).toBe([...planned].filter((k) => !previous.some((p) => keyOf(p) === k)).length);
        expect(assignments.length).toBe(planned.size + kept);
        expect(previous.length).toBe(planned.size - added + kept + dropped);
      }),
      { numRuns: 300 },
    );
  });

  it('changes nothing when rebuilt again from the same plan', () => {
    fc.assert(
      fc.property(pairsArb, previousArb, (pairs, previous) => {
        const once = reconcilePlan(pairs, previous);
        const twice = reconcilePlan(pairs, once.assignments);
        expect(twice.assignments).toEqual(once.assignments);
        expect({ added: twice.added, dropped: twice.dropped }).toEqual({ added: 0, dropped: 0 });
      }),
      { numRuns: 200 },
    );
  });
});
