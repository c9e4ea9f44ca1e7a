import fc from 'fast-check';
import type { CellValue, Grid } from '../../../src/core/cell';
import type { ContestConfig } from '../../../src/core/config/model';
import { presetById, type PresetId } from '../../../src/core/config/presets';
import type { Entry } from '../../../src/core/entry';
import { computeResults } from '../../../src/core/results/compute-results';
import type { BoardDecisions, ContestResults } from '../../../src/core/results/results-model';
import {
  defenceUnits,
  entriesPerUnit,
  entryFlags,
  finalMaximum,
  readResultsSheet,
  resultsChartsSheet,
  resultsSheet,
  RESULTS_COLUMNS,
  scoreDistribution,
  type EntryFlag,
} from '../../../src/core/results/results-sheet';
import type { RoundId, ScoreSheet } from '../../../src/core/scoring/score-sheet';
import { entryExplainer } from '../../../src/ui/messages/results-text';
import { resultsSheetText } from '../../../src/ui/messages/results-sheet-text';

const JUDGES = ['a@x.vn', 'b@x.vn', 'c@x.vn'];
const PRELIMINARY = ['TM', 'KT', 'HQ', 'NR', 'TB'];
const DEFENCE = ['TR', 'UD', 'TL'];
const words = resultsSheetText.vi.sheet;

function config(id: PresetId, edit: (c: ContestConfig) => void = () => undefined): ContestConfig {
  const c = presetById(id).build();
  c.members = JUDGES.map((email, i) => ({ name: `Giám khảo ${i + 1}`, email, role: 'judge', unit: '', position: '' }));
  edit(c);
  return c;
}

const code = (n: number): string => `E-${String(n).padStart(3, '0')}`;

function entry(n: number, extra: Partial<Entry> = {}): Entry {
  return { code: code(n), title: `Bài ${n}`, unitCode: 'U1', categoryCode: 'C1', kind: 'individual', submittedAt: '2024-07-15T09:00:00+07:00', ...extra };
}

function sheet(entryCode: string, judge: string, points: (number | null)[], round: RoundId = 'preliminary'): ScoreSheet {
  const codes = round === 'preliminary' ? PRELIMINARY : DEFENCE;
  return { entryCode, judge, round, scores: Object.fromEntries(codes.map((c, i) => [c, points[i] ?? null])) };
}

const unanimous = (entryCode: string, points: number[], round: RoundId = 'preliminary'): ScoreSheet[] => JUDGES.map((j) => sheet(entryCode, j, points, round));

function sheetOf(c: ContestConfig, results: ContestResults, openRounds: RoundId[] = []) {
  return resultsSheet({ config: c, results, openRounds, boardProblems: [], explain: entryExplainer(results, c, 'vi'), words });
}

/** The table part of the sheet, as records by header. */
function table(cells: { header: string[]; rows: Grid }): Record<string, CellValue>[] {
  const width = cells.header.indexOf('');
  const codeColumn = cells.header.indexOf(RESULTS_COLUMNS.code);
  return cells.rows.filter((r) => r[codeColumn] !== '').map((r) => Object.fromEntries(cells.header.slice(0, width).map((h, i) => [h, r[i]])));
}

/** The summary block, row by row, as one line of text each (cells joined by '|', trailing blanks dropped). */
function summary(cells: { header: string[]; rows: Grid }): string[] {
  const start = cells.header.indexOf('') + 1;
  return [cells.header, ...cells.rows].map((r) => r.slice(start).map(String).join('|').replace(/\|+$/, '')).filter((l) => l !== '');
}

describe('Hậu Giang 2024: two rounds', () => {
  const c = config('hauGiang2024');
  const units = c.units.map((u) => u.code);
  // Twelve entries; the tenth comes from a commune the configuration does not list.
  const entries = Array.from({ length: 12 }, (_, i) => entry(i + 1, { unitCode: i === 9 ? 'UBND xã Vị Tân' : units[i % units.length] }));
  // Preliminary totals fall with the entry number (95 − i); defence totals rise with it (60 + i), so
  // of the ten shortlisted the tenth wins.
  const sheets = entries.flatMap((e, i) => unanimous(e.code, [29 - i, 24, 24, 9, 9]));
  entries.slice(0, 10).forEach((e, i) => sheets.push(...unanimous(e.code, [20 + i, 20, 20], 'defence')));
  const results = computeResults({ config: c, entries, sheets });
  const cells = sheetOf(c, results, ['defence']);
  const rows = table(cells);

  it('has a defence column and no pool column, header on row 1', () => {
    expect(cells.header.slice(0, cells.header.indexOf(''))).toEqual([
      'Xếp hạng', 'Mã bài', 'Tên bài', 'Đơn vị', 'Lĩnh vực', 'Điểm sơ khảo', 'Điểm vòng bảo vệ', 'Điểm chung cuộc',
      'Cách tổng hợp điểm', 'Số giám khảo chấm đủ', 'Giải thích', 'Lưu ý', 'Giải', 'Hình thức khen thưởng', 'Tiền thưởng (đồng)',
    ]);
  });

  it('lists the entries by final rank with their prizes, award kinds and amounts', () => {
    const prizes = rows.map((r) => [r['Mã bài'], r['Xếp hạng'], r['Điểm chung cuộc'], r['Giải'], r['Hình thức khen thưởng'], r['Tiền thưởng (đồng)']]);
    expect(prizes.slice(0, 7)).toEqual([
      [code(10), 1, 69, 'Giải Nhất', 'Bằng khen', 10_000_000],
      [code(9), 2, 68, 'Giải Nhì', 'Bằng khen', 7_000_000],
      [code(8), 3, 67, 'Giải Ba', 'Bằng khen', 5_000_000],
      [code(7), 4, 66, 'Giải Khuyến khích', 'Giấy khen', 3_000_000],
      [code(6), 5, 65, 'Giải Khuyến khích', 'Giấy khen', 3_000_000],
      [code(5), 6, 64, 'Giải Khuyến khích', 'Giấy khen', 3_000_000],
      [code(4), 7, 63, '', '', ''],
    ]);
    expect(rows.map((r) => r['Mã bài']).slice(10)).toEqual([code(11), code(12)]);
  });

  it('shows both rounds\' scores, the method and the judges of the last round, and why', () => {
    const winner = rows[0];
    expect(winner).toMatchObject({ 'Điểm sơ khảo': 86, 'Điểm vòng bảo vệ': 69, 'Cách tổng hợp điểm': 'Trung bình cộng', 'Số giám khảo chấm đủ': 3 });
    expect(winner['Đơn vị']).toBe('UBND xã Vị Tân');
    expect(winner['Lĩnh vực']).toBe('C1');
    expect(String(winner['Giải thích'])).toMatch(/^Sơ khảo: 86 điểm.*Vòng bảo vệ: 69 điểm.*Đạt Giải Nhất: 10\.000\.000 đồng\.$/);
    const out = rows.find((r) => r['Mã bài'] === code(11))!;
    expect(out).toMatchObject({ 'Xếp hạng': '', 'Điểm vòng bảo vệ': '', 'Điểm chung cuộc': '', 'Lưu ý': 'Không vào vòng bảo vệ', 'Giải': '' });
  });

  it('formats the amount columns as money and keeps codes as text', () => {
    const amount = cells.header.indexOf(RESULTS_COLUMNS.amount);
    expect(cells.numberFormats).toEqual([
      { column: amount, pattern: '#,##0' },
      { column: cells.header.length - 1, pattern: '#,##0' },
    ]);
    expect(cells.textColumns).toEqual([cells.header.indexOf(RESULTS_COLUMNS.code)]);
    expect(cells.notes[cells.header.indexOf(RESULTS_COLUMNS.method)]).toMatch(/vòng bảo vệ/);
  });

  it('sums up prizes, money, provisional status and the units of the defence round beside the table', () => {
    const block = summary(cells);
    expect(block.slice(0, 4)).toEqual([
      'TỔNG HỢP KẾT QUẢ',
      'Tình trạng|TẠM TÍNH: vòng bảo vệ ý tưởng chưa khóa',
      'Số bài dự thi được chấm|12',
      'Số bài được xếp hạng|10',
    ]);
    expect(block).toEqual(
      expect.arrayContaining([
        'Giải|Số giải theo kế hoạch|Đã trao|Chờ Ban Tổ chức quyết định|Chuyển xuống giải dưới|Để trống|Tiền thưởng (đồng)',
        'Giải Nhất|1|1|0|0|0|10000000',
        'Giải Khuyến khích|3|3|0|0|0|9000000',
        'Tổng tiền thưởng đã trao (kể cả giải đặc biệt)||||||31000000',
        'Tổng tiền thưởng tối đa||||||Không giới hạn',
        'Vượt mức tối đa (kể cả các giải chờ quyết định)||||||Không',
        'Mã đơn vị|Tên đơn vị|Số bài vào vòng bảo vệ',
        'SNV|Sở Nội vụ|2',
        'STP|Sở Tư pháp|1',
        '|UBND xã Vị Tân|1',
        'Lưu ý',
        'Không có lưu ý.',
      ]),
    );
    expect(summary(sheetOf(c, results, []))[1]).toBe('Tình trạng|Mọi vòng chấm đã khóa');
  });

  it('lists the units with shortlisted entries: configured ones in order, then ones found only in the register', () => {
    expect(defenceUnits(c, results)).toEqual([
      { code: 'SNV', name: 'Sở Nội vụ', shortlisted: 2 },
      { code: 'SKHDT', name: 'Sở Kế hoạch và Đầu tư', shortlisted: 2 },
      { code: 'VPUB', name: 'Văn phòng UBND tỉnh', shortlisted: 2 },
      { code: 'STP', name: 'Sở Tư pháp', shortlisted: 1 },
      { code: 'STC', name: 'Sở Tài chính', shortlisted: 1 },
      { code: 'STTTT', name: 'Sở Thông tin và Truyền thông', shortlisted: 1 },
      { code: '', name: 'UBND xã Vị Tân', shortlisted: 1 },
    ]);
  });
});

describe('Đakrông 2020: one round', () => {
  const c = config('dakrong2020');
  const entries = [1, 2, 3, 4].map((n) => entry(n));
  const sheets = [
    ...unanimous(code(1), [27, 22, 22, 9, 8]), // 88
    ...unanimous(code(2), [26, 21.5, 21, 8, 8]), // 84.5
    ...unanimous(code(3), [24, 20, 20, 8, 8]), // 80
    ...unanimous(code(4), [22, 19, 19, 8, 7]), // 75
  ];

  it('has no defence column and no units list; the prizes are Đakrông\'s', () => {
    const cells = sheetOf(c, computeResults({ config: c, entries, sheets }));
    expect(cells.header).not.toContain(RESULTS_COLUMNS.defence);
    expect(cells.header).not.toContain(RESULTS_COLUMNS.pool);
    expect(table(cells).map((r) => [r['Mã bài'], r['Điểm chung cuộc'], r['Tiền thưởng (đồng)']])).toEqual([
      [code(1), 88, c.prizes.tiers[0].amount],
      [code(2), 84.5, c.prizes.tiers[1].amount],
      [code(3), 80, c.prizes.tiers[2].amount],
      [code(4), 75, ''],
    ]);
    expect(c.prizes.tiers.map((t) => t.amount)).toEqual([2_000_000, 1_500_000, 1_000_000]);
    expect(summary(cells).join('\n')).not.toContain('vòng bảo vệ ý tưởng');
  });

  it('names each entry\'s pool when prizes are given per category', () => {
    const perCategory = config('dakrong2020', (x) => (x.prizes.scope = 'perCategory'));
    const [first, second] = perCategory.categories;
    const mixed = [entry(1, { categoryCode: first.code }), entry(2, { categoryCode: second.code }), entry(3, { categoryCode: first.code })];
    const cells = sheetOf(perCategory, computeResults({ config: perCategory, entries: mixed, sheets: sheets.filter((s) => s.entryCode !== code(4)) }));
    expect(cells.header[0]).toBe(RESULTS_COLUMNS.pool);
    expect(table(cells).map((r) => [r[RESULTS_COLUMNS.pool], r['Mã bài'], r['Xếp hạng']])).toEqual([
      [first.name, code(1), 1],
      [first.name, code(3), 2],
      [second.name, code(2), 1],
    ]);
    expect(summary(cells)).toEqual(expect.arrayContaining([`Cơ cấu giải: ${first.name}`, `Cơ cấu giải: ${second.name}`]));
  });
});

describe('flags', () => {
  const flagsOf = (c: ContestConfig, entries: Entry[], sheets: ScoreSheet[], decisions?: BoardDecisions): Map<string, EntryFlag[]> => {
    const results = computeResults({ config: c, entries, sheets, decisions });
    return new Map(results.entries.map((r) => [r.entry.code, entryFlags(r, results, c)]));
  };

  it('marks judges\' disagreement, incomplete sheets and missing judges, by round', () => {
    const c = config('dakrong2020');
    const flags = flagsOf(
      c,
      [1, 2, 3].map((n) => entry(n)),
      [
        // Totals 80, 86, 80: a spread of 6 goes to the chair; 70, 80, 90 is escalated.
        sheet(code(1), 'a@x.vn', [24, 20, 20, 8, 8]),
        sheet(code(1), 'b@x.vn', [30, 20, 20, 8, 8]),
        sheet(code(1), 'c@x.vn', [24, 20, 20, 8, 8]),
        sheet(code(2), 'a@x.vn', [14, 20, 20, 8, 8]),
        sheet(code(2), 'b@x.vn', [24, 20, 20, 8, 8]),
        sheet(code(2), 'c@x.vn', [30, 22, 22, 8, 8]),
        // Two complete sheets and a blank criterion: not ranked.
        sheet(code(3), 'a@x.vn', [24, 20, 20, 8, 8]),
        sheet(code(3), 'b@x.vn', [24, 20, 20, 8, 8]),
        sheet(code(3), 'c@x.vn', [24, 20, null, 8, 8]),
      ],
    );
    expect(flags.get(code(1))).toEqual([{ kind: 'discrepancy', round: 'preliminary', level: 'review' }]);
    expect(flags.get(code(2))).toEqual([{ kind: 'discrepancy', round: 'preliminary', level: 'escalate' }]);
    expect(flags.get(code(3))).toEqual([
      { kind: 'incompleteSheets', round: 'preliminary', count: 1 },
      { kind: 'notEnoughJudges', round: 'preliminary', have: 2, need: 3 },
    ]);
  });

  it('marks a tie referred to the board, then the board\'s order once it is given', () => {
    const c = config('dakrong2020');
    const entries = [1, 2, 3, 4].map((n) => entry(n));
    const sheets = [
      ...unanimous(code(1), [27, 22, 22, 9, 8]),
      ...unanimous(code(2), [26, 21.5, 21, 8, 8]),
      ...unanimous(code(3), [24, 20, 20, 8, 8]),
      ...unanimous(code(4), [24, 20, 20, 8, 8]),
    ];
    const third = c.prizes.tiers[2].name;
    const referred = flagsOf(c, entries, sheets);
    expect(referred.get(code(3))).toEqual([{ kind: 'tieReferred', tiers: [third] }]);
    expect(referred.get(code(4))).toEqual([{ kind: 'tieReferred', tiers: [third] }]);
    expect(words.flag(referred.get(code(3))![0])).toBe(`Bằng điểm ở ranh giới giải (${third}): chờ Ban Tổ chức quyết định`);

    const settled = flagsOf(c, entries, sheets, { tieOrders: [[code(4), code(3)]] });
    expect(settled.get(code(4))).toEqual([{ kind: 'boardOrder' }]);
    expect(settled.get(code(3))).toEqual([{ kind: 'boardOrder' }]);
    const results = computeResults({ config: c, entries, sheets, decisions: { tieOrders: [[code(4), code(3)]] } });
    const rows = table(sheetOf(c, results));
    expect(rows.find((r) => r['Mã bài'] === code(4))).toMatchObject({ 'Giải': third, 'Tiền thưởng (đồng)': 1_000_000, 'Lưu ý': 'Thứ tự do Ban Tổ chức quyết định' });
    expect(rows.find((r) => r['Mã bài'] === code(3))).toMatchObject({ 'Giải': '', 'Tiền thưởng (đồng)': '' });
  });

  it('marks a shared prize, a missed minimum and a unit over its limit', () => {
    const shared = config('dakrong2020', (x) => (x.prizes.boundaryTie = 'shareMoney'));
    const tie = [
      ...unanimous(code(1), [27, 22, 22, 9, 8]),
      ...unanimous(code(2), [26, 21.5, 21, 8, 8]),
      ...unanimous(code(3), [24, 20, 20, 8, 8]),
      ...unanimous(code(4), [24, 20, 20, 8, 8]),
    ];
    expect(flagsOf(shared, [1, 2, 3, 4].map((n) => entry(n)), tie).get(code(3))).toEqual([{ kind: 'sharedPrize', policy: 'shareMoney', tied: 2 }]);

    const floor = config('dakrong2020', (x) => x.prizes.tiers.forEach((t) => (t.minScore = 80)));
    const low = [...unanimous(code(1), [27, 22, 22, 9, 8]), ...unanimous(code(2), [20, 15, 15, 5, 5])];
    expect(flagsOf(floor, [entry(1), entry(2)], low).get(code(2))).toEqual([{ kind: 'belowMinimum', tier: floor.prizes.tiers[2].name, minScore: 80 }]);

    const limited = config('dakrong2020', (x) => (x.prizes.maxPerUnit = 1));
    expect(flagsOf(limited, [entry(1), entry(2)], [...unanimous(code(1), [27, 22, 22, 9, 8]), ...unanimous(code(2), [26, 21, 21, 8, 8])]).get(code(2))).toEqual([
      { kind: 'unitLimit', limit: 1 },
    ]);
  });

  it('joins several flags with "; " in the sheet', () => {
    const c = config('hauGiang2024');
    const entries = [entry(1), entry(2)];
    const sheets = [
      sheet(code(1), 'a@x.vn', [14, 20, 20, 8, 8]),
      sheet(code(1), 'b@x.vn', [24, 20, 20, 8, 8]),
      sheet(code(1), 'c@x.vn', [30, 22, 22, 8, 8]),
      ...unanimous(code(2), [24, 20, 20, 8, 8]),
    ];
    const rows = table(sheetOf(c, computeResults({ config: c, entries, sheets }), ['preliminary', 'defence']));
    expect(rows.find((r) => r['Mã bài'] === code(1))!['Lưu ý']).toBe(
      'Điểm giám khảo chênh lệch lớn: chấm lại hoặc thêm giám khảo (sơ khảo); Chưa đủ giám khảo: 0/3 (vòng bảo vệ)',
    );
  });
});

describe('notices and the board\'s rows in the summary', () => {
  it('writes each notice and each unusable row of the board\'s sheet as a sentence with its severity', () => {
    const c = config('dakrong2020', (x) => (x.prizes.budgetCap = 1_000_000));
    const entries = [entry(1), entry(2)];
    const results = computeResults({ config: c, entries, sheets: [...unanimous(code(1), [27, 22, 22, 9, 8]), ...unanimous(code(2), [26, 21, 21, 8, 8])] });
    const cells = resultsSheet({
      config: c,
      results,
      openRounds: ['preliminary'],
      boardProblems: [{ kind: 'unknownEntry', row: 3, part: 'special', entryCode: 'X-9' }],
      explain: () => '',
      words,
    });
    const block = summary(cells);
    expect(block).toContain('Cảnh báo: Tổng tiền thưởng 3.500.000 đồng vượt mức tối đa 1.000.000 đồng.');
    expect(block).toContain(
      'Lỗi: Trang "Quyết định của Ban Tổ chức", hàng 3: không có bài X-9 trong danh sách bài dự thi được chấm (giải đặc biệt); dòng này chưa được tính.',
    );
    expect(block).toContain('Vượt mức tối đa (kể cả các giải chờ quyết định)||||||Có');
  });

  it('lists special awards with their money', () => {
    const c = config('hauGiang2024', (x) => (x.rounds.defence = undefined));
    const entries = [entry(1), entry(2)];
    const results = computeResults({
      config: c,
      entries,
      sheets: [...unanimous(code(1), [27, 22, 22, 9, 8]), ...unanimous(code(2), [26, 21, 21, 8, 8])],
      decisions: { specialAwards: [{ entryCode: code(2), name: 'Giải Đặc biệt', amount: 15_000_000 }] },
    });
    const cells = sheetOf(c, results);
    expect(table(cells).find((r) => r['Mã bài'] === code(2))).toMatchObject({ 'Giải': 'Giải Đặc biệt', 'Tiền thưởng (đồng)': 15_000_000 });
    expect(summary(cells)).toEqual(expect.arrayContaining(['Giải đặc biệt', `${code(2)}|Giải Đặc biệt|||||15000000`, 'Trong đó giải đặc biệt||||||15000000']));
  });
});

describe('charts', () => {
  it('puts final scores in ten buckets of 10% of the maximum, the maximum itself in the last', () => {
    const c = config('dakrong2020');
    const totals = [[0, 0, 0, 0, 0], [5, 4.5, 0, 0, 0], [5, 5, 0, 0, 0], [20, 20, 10, 3, 2], [30, 25, 25, 10, 10]]; // 0, 9.5, 10, 55, 100
    const results = computeResults({ config: c, entries: totals.map((_, i) => entry(i + 1)), sheets: totals.flatMap((p, i) => unanimous(code(i + 1), p)) });
    const buckets = scoreDistribution(results, finalMaximum(c));
    expect(buckets.map((b) => b.count)).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 0, 1]);
    expect(buckets.map((b) => [b.from, b.to])[9]).toEqual([90, 100]);
  });

  it('counts every ranked entry exactly once, in the bucket its score falls in', () => {
    const c = config('dakrong2020');
    const points = fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }));
    const halves = points.map((p) => p.map((x) => x / 2));
    fc.assert(
      fc.property(fc.array(fc.tuple(halves, fc.boolean()), { maxLength: 25 }), (specs) => {
        const entries = specs.map((_, i) => entry(i + 1));
        // Some entries have only two judges: they are not ranked and are not counted.
        const sheets = specs.flatMap(([p, complete], i) => (complete ? unanimous(code(i + 1), p) : unanimous(code(i + 1), p).slice(0, 2)));
        const results = computeResults({ config: c, entries, sheets });
        const buckets = scoreDistribution(results, finalMaximum(c));
        const scored = results.entries.filter((r) => r.finalScore !== null);
        expect(buckets.reduce((sum, b) => sum + b.count, 0)).toBe(scored.length);
        expect(scored.length).toBe(specs.filter(([, complete]) => complete).length);
        for (const r of scored) {
          const holding = buckets.filter((b, i) => r.finalScore! >= b.from && (r.finalScore! < b.to || i === buckets.length - 1));
          expect(holding).toHaveLength(1);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('takes the final maximum from the final-score formula', () => {
    expect(finalMaximum(config('dakrong2020'))).toBe(100);
    expect(finalMaximum(config('hauGiang2024'))).toBe(100);
    const weighted = config('hauGiang2024', (x) => {
      x.rounds.defence!.final = { mode: 'weighted', preliminaryWeight: 40, defenceWeight: 60 };
      x.rounds.defence!.rubric.criteria[0].maxPoints = 30; // defence maximum 90
    });
    expect(finalMaximum(weighted)).toBe(94);
  });

  it('counts entries for every configured unit, zero included, then units found only in the register', () => {
    const c = config('hauGiang2024');
    const counts = entriesPerUnit(c, [entry(1, { unitCode: 'STP' }), entry(2, { unitCode: 'STP' }), entry(3, { unitCode: 'Phòng Nội vụ Long Mỹ' })]);
    expect(counts.map((u) => [u.name, u.count])).toEqual([...c.units.map((u) => [u.name, u.code === 'STP' ? 2 : 0]), ['Phòng Nội vụ Long Mỹ', 1]]);
  });

  it('lays out three tables side by side with a chart over each, beside them', () => {
    const c = config('hauGiang2024');
    const entries = [entry(1, { unitCode: 'SNV', categoryCode: c.categories[0].code })];
    const results = computeResults({ config: c, entries, sheets: unanimous(code(1), [20, 20, 20, 5, 5]) });
    const { header, rows, charts } = resultsChartsSheet({ config: c, results, words });
    expect(header).toEqual(['Khoảng điểm chung cuộc', 'Số bài', '', 'Lĩnh vực', 'Số bài', '', 'Đơn vị', 'Số bài']);
    expect(rows).toHaveLength(Math.max(10, c.categories.length, c.units.length));
    expect(rows[0].slice(0, 2)).toEqual(['0–10', 0]);
    expect(rows[0].slice(3, 5)).toEqual([c.categories[0].name, 1]);
    expect(charts.map((ch) => [ch.kind, ch.title, ch.range])).toEqual([
      ['column', 'Phân bố điểm chung cuộc', { firstRow: 1, firstColumn: 1, rows: 11, columns: 2 }],
      ['pie', 'Số bài dự thi theo lĩnh vực', { firstRow: 1, firstColumn: 4, rows: c.categories.length + 1, columns: 2 }],
      ['bar', 'Số bài dự thi theo đơn vị', { firstRow: 1, firstColumn: 7, rows: c.units.length + 1, columns: 2 }],
    ]);
    expect(charts.every((ch) => ch.anchor.column > header.length)).toBe(true);
    expect(new Set(charts.map((ch) => ch.anchor.row)).size).toBe(3);
  });
});

describe('reading the sheet back (the dashboard)', () => {
  const gridOf = (cells: { header: string[]; rows: Grid }): Grid => [cells.header, ...cells.rows];
  const c = config('hauGiang2024');
  // Twelve entries, ten shortlisted (as in the two-round example); the defence scores rise with the entry number.
  const entries = Array.from({ length: 12 }, (_, i) => entry(i + 1));
  const sheets = entries.flatMap((e, i) => unanimous(e.code, [29 - i, 24, 24, 9, 9]));
  entries.slice(0, 10).forEach((e, i) => sheets.push(...unanimous(e.code, [20 + i, 20, 20], 'defence')));

  it('counts the entries, the ranked ones, each prize with its money and the total the summary shows', () => {
    const cells = sheetOf(c, computeResults({ config: c, entries, sheets }), ['defence']);
    expect(readResultsSheet(gridOf(cells))).toEqual({
      entries: 12,
      ranked: 10,
      prizes: [
        { name: 'Giải Nhất', count: 1, money: 10_000_000 },
        { name: 'Giải Nhì', count: 1, money: 7_000_000 },
        { name: 'Giải Ba', count: 1, money: 5_000_000 },
        { name: 'Giải Khuyến khích', count: 3, money: 9_000_000 },
      ],
      money: 31_000_000,
    });
    expect(summary(cells)).toContain('Tổng tiền thưởng đã trao (kể cả giải đặc biệt)||||||31000000');
  });

  it('counts a special award under its name, with its money in the total', () => {
    const decisions: BoardDecisions = { specialAwards: [{ entryCode: code(11), name: 'Giải Đặc biệt', amount: 15_000_000 }] };
    const facts = readResultsSheet(gridOf(sheetOf(c, computeResults({ config: c, entries, sheets, decisions }))));
    expect(facts.prizes).toContainEqual({ name: 'Giải Đặc biệt', count: 1, money: 15_000_000 });
    expect(facts.money).toBe(46_000_000);
  });

  it('reads an empty sheet, a sheet without its table and a money cell typed over as text without failing', () => {
    expect(readResultsSheet([])).toEqual({ entries: 0, ranked: 0, prizes: [], money: 0 });
    expect(readResultsSheet([['TỔNG HỢP KẾT QUẢ'], ['Tình trạng']])).toEqual({ entries: 0, ranked: 0, prizes: [], money: 0 });
    const header = [RESULTS_COLUMNS.rank, RESULTS_COLUMNS.code, RESULTS_COLUMNS.prize, RESULTS_COLUMNS.amount];
    expect(readResultsSheet([header, [1, 'E-001', 'Giải Nhất', 'mười triệu'], ['', 'E-002', '', ''], ['', '', 'Giải Nhì', 7]])).toEqual({
      entries: 2,
      ranked: 1,
      prizes: [{ name: 'Giải Nhất', count: 1, money: 0 }],
      money: 0,
    });
  });

  it('for any scores, agrees with the results it was written from', () => {
    const d = config('dakrong2020');
    const points = fc.array(fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(points, (rows) => {
        const some = rows.map((_, i) => entry(i + 1));
        const scored = rows.flatMap((row, i) => JUDGES.map((j, k) => sheet(code(i + 1), j, [22 + row[k], 20, 20, 8, 8])));
        const results = computeResults({ config: d, entries: some, sheets: scored });
        const facts = readResultsSheet(gridOf(sheetOf(d, results)));
        expect(facts.entries).toBe(results.entries.length);
        expect(facts.ranked).toBe(results.entries.filter((r) => r.rank !== null).length);
        expect(facts.money).toBe(results.budget.awarded);
        expect(facts.prizes.reduce((n, p) => n + p.count, 0)).toBe(results.entries.filter((r) => r.outcome.kind === 'prize').length);
      }),
      { numRuns: 50 },
    );
  });
});
