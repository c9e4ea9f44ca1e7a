import fc from 'fast-check';
import type { ContestConfig } from '../../../src/core/config/model';
import { presetById, type PresetId } from '../../../src/core/config/presets';
import type { Entry } from '../../../src/core/entry';
import { computeResults } from '../../../src/core/results/compute-results';
import type { BoardDecisions, ContestResults, EntryResult } from '../../../src/core/results/results-model';
import type { RoundId, ScoreSheet } from '../../../src/core/scoring/score-sheet';
import { describeNotice, entryExplainer } from '../../../src/ui/messages/results-text';

const JUDGES = ['a@x.vn', 'b@x.vn', 'c@x.vn'];

function config(id: PresetId, edit: (c: ContestConfig) => void = () => undefined): ContestConfig {
  const c = presetById(id).build();
  c.members = JUDGES.map((email, i) => ({ name: `Giám khảo ${i + 1}`, email, role: 'judge', unit: '', position: '' }));
  edit(c);
  return c;
}

function entry(code: string, extra: Partial<Entry> = {}): Entry {
  return { code, title: `Bài ${code}`, unitCode: 'U1', categoryCode: 'C1', kind: 'individual', submittedAt: '2024-07-15T09:00:00+07:00', ...extra };
}

/** A sheet on the default rubric: points for TM, KT, HQ, NR, TB (30/25/25/10/10). */
function sheet(entryCode: string, judge: string, points: (number | null)[], round: RoundId = 'preliminary', codes = ['TM', 'KT', 'HQ', 'NR', 'TB']): ScoreSheet {
  return { entryCode, judge, round, scores: Object.fromEntries(codes.map((c, i) => [c, points[i] ?? null])) };
}

/** Every judge gives the same points, so the entry's total is their sum. */
const unanimous = (entryCode: string, points: number[], round: RoundId = 'preliminary', codes?: string[]): ScoreSheet[] =>
  JUDGES.map((j) => sheet(entryCode, j, points, round, codes));

const byCode = (results: ContestResults, code: string): EntryResult => results.entries.find((r) => r.entry.code === code)!;
const prizeOf = (r: EntryResult): string => (r.outcome.kind === 'prize' ? `${r.outcome.tierCode} ${r.outcome.amount}` : r.outcome.kind);

describe('Đakrông 2020: one round, three prizes', () => {
  const c = config('dakrong2020');
  const entries = ['D1', 'D2', 'D3', 'D4'].map((code) => entry(code));
  const sheets = [
    ...unanimous('D1', [27, 22, 22, 9, 8]), // 88
    ...unanimous('D2', [26, 21.5, 21, 8, 8]), // 84.5
    ...unanimous('D3', [24, 20, 20, 8, 8]), // 80
    ...unanimous('D4', [22, 19, 19, 8, 7]), // 75
  ];
  const results = computeResults({ config: c, entries, sheets });

  it('awards 2,000,000 / 1,500,000 / 1,000,000 đ by rank and nothing to the fourth', () => {
    expect(results.entries.map((r) => [r.entry.code, r.finalScore, r.rank, prizeOf(r)])).toEqual([
      ['D1', 88, 1, `${c.prizes.tiers[0].code} 2000000`],
      ['D2', 84.5, 2, `${c.prizes.tiers[1].code} 1500000`],
      ['D3', 80, 3, `${c.prizes.tiers[2].code} 1000000`],
      ['D4', 75, 4, 'none'],
    ]);
    expect(results.budget).toMatchObject({ awarded: 4_500_000, pending: 0, special: 0 });
  });

  it('explains each result in Vietnamese from the judges’ totals to the prize', () => {
    const explain = entryExplainer(results, c, 'vi');
    expect(explain(byCode(results, 'D2'))).toBe(
      'Sơ khảo: 84,5 điểm, là trung bình cộng điểm của 3 giám khảo (Giám khảo 1: 84,5; Giám khảo 2: 84,5; Giám khảo 3: 84,5). ' +
        `Điểm chung cuộc 84,5. Xếp hạng 2/4 (toàn cuộc thi). Đạt ${c.prizes.tiers[1].name}: 1.500.000 đồng.`,
    );
    expect(explain(byCode(results, 'D4'))).toMatch(/Không đạt giải: các giải đã được trao hết cho các bài xếp trên\.$/);
    expect(entryExplainer(results, c, 'en')(byCode(results, 'D1'))).toMatch(/^Preliminary round: 88 points, the mean of 3 judges' totals/);
  });
});

describe('Hậu Giang 2024: preliminary round, shortlist of ten, defence round', () => {
  const c = config('hauGiang2024');
  const entries = Array.from({ length: 12 }, (_, i) => entry(`HG2024-${String(i + 1).padStart(3, '0')}`));
  // Preliminary totals fall with the entry number; defence totals rise with it, so the final order
  // (defence only) reverses the shortlist's.
  const sheets = entries.flatMap((e, i) => unanimous(e.code, [29 - i, 24, 24, 9, 9]));
  entries.slice(0, 10).forEach((e, i) => sheets.push(...unanimous(e.code, [20 + i, 20, 20], 'defence', ['TR', 'UD', 'TL'])));
  const results = computeResults({ config: c, entries, sheets });

  it('shortlists the ten best preliminary scores and ranks them on the defence score', () => {
    expect(results.entries.filter((r) => r.shortlisted).map((r) => r.entry.code)).toHaveLength(10);
    expect(byCode(results, 'HG2024-011')).toMatchObject({ shortlisted: false, standing: 'notShortlisted', finalScore: null, preliminaryRank: 11 });
    expect(byCode(results, 'HG2024-010')).toMatchObject({ finalScore: 69, rank: 1, finalFormula: 'defenceOnly' });
  });

  it('awards 10,000,000 / 7,000,000 / 5,000,000 and three 3,000,000 đ: 31,000,000 đ in all', () => {
    const won = results.entries.filter((r) => r.outcome.kind === 'prize').map((r) => [r.entry.code, prizeOf(r)]);
    expect(won).toEqual([
      ['HG2024-010', 'NHAT 10000000'],
      ['HG2024-009', 'NHI 7000000'],
      ['HG2024-008', 'BA 5000000'],
      ['HG2024-007', 'KK 3000000'],
      ['HG2024-006', 'KK 3000000'],
      ['HG2024-005', 'KK 3000000'],
    ]);
    expect(results.budget.awarded).toBe(31_000_000);
  });

  it('says why an entry did not reach the defence round', () => {
    expect(entryExplainer(results, c, 'vi')(byCode(results, 'HG2024-012'))).toContain('Không vào vòng bảo vệ ý tưởng (hạng 12 vòng sơ khảo).');
  });
});

describe('incomplete scoring', () => {
  const c = config('dakrong2020');

  it('treats a blank criterion as not scored, never as zero', () => {
    const sheets = [sheet('E1', 'a@x.vn', [27, 22, 22, 9, 8]), sheet('E1', 'b@x.vn', [27, 22, null, 9, 8]), sheet('E1', 'c@x.vn', [25, 22, 22, 9, 8])];
    const r = byCode(computeResults({ config: c, entries: [entry('E1')], sheets }), 'E1');
    expect(r.preliminary.judges.map((j) => j.total)).toEqual([88, 86]);
    expect(r.preliminary.score).toBe(87);
    expect(r.preliminary.incomplete).toEqual([{ judge: 'b@x.vn', missing: ['HQ'], invalid: [] }]);
    // Two complete sheets are fewer than the three judges the preset asks for: not ranked.
    expect(r).toMatchObject({ standing: 'notEnoughJudges', rank: null, outcome: { kind: 'none', reason: { kind: 'notRanked' } } });
    expect(entryExplainer(computeResults({ config: c, entries: [entry('E1')], sheets }), c, 'vi')(r)).toContain(
      'Mới có 2 giám khảo chấm đủ, cần ít nhất 3: chưa xếp hạng.',
    );
  });

  it('reports an invalid score and does not count that sheet', () => {
    const sheets = [...unanimous('E1', [27, 22, 22, 9, 8]), sheet('E1', 'd@x.vn', [31, 22, 22, 9, 8])];
    const results = computeResults({ config: c, entries: [entry('E1')], sheets });
    expect(byCode(results, 'E1').preliminary.judges).toHaveLength(3);
    expect(results.notices.map((n) => describeNotice(n, 'vi'))).toEqual([
      'Bài E1, giám khảo d@x.vn, tiêu chí TM: điểm không hợp lệ (vượt điểm tối đa); phiếu này chưa được tính.',
    ]);
  });

  it('sets aside two sheets of one judge for one entry, and sheets of unknown entries', () => {
    const sheets = [...unanimous('E1', [27, 22, 22, 9, 8]), sheet('E1', 'a@x.vn', [20, 20, 20, 9, 8]), sheet('E9', 'a@x.vn', [20, 20, 20, 9, 8])];
    const results = computeResults({ config: c, entries: [entry('E1')], sheets });
    expect(byCode(results, 'E1').preliminary.judges.map((j) => j.judge)).toEqual(['b@x.vn', 'c@x.vn']);
    expect(results.notices.map((n) => n.code).sort()).toEqual(['duplicateSheet', 'unknownEntry']);
  });
});

describe('discrepancy between judges (Thông tư 6/2020 default: > 5 to the chair, ≥ 10 re-score)', () => {
  it('flags the spread of an entry’s totals and says what to do', () => {
    const c = config('dakrong2020');
    const sheets = [sheet('E1', 'a@x.vn', [27, 22, 22, 9, 8]), sheet('E1', 'b@x.vn', [25, 20, 20, 8, 5]), sheet('E1', 'c@x.vn', [27, 22, 21, 9, 8])];
    const results = computeResults({ config: c, entries: [entry('E1')], sheets });
    const r = byCode(results, 'E1');
    expect(r.preliminary.discrepancy).toMatchObject({ spread: 10, level: 'escalate' });
    expect(entryExplainer(results, c, 'vi')(r)).toContain('Điểm các giám khảo chênh nhau 10: cần chấm lại hoặc bổ sung giám khảo.');
  });
});

describe('ties', () => {
  const c = config('dakrong2020');
  // E1 and E2 both total 85; E1 is better on novelty (TM), the first step of the preset's chain.
  const sheets = [...unanimous('E1', [28, 21, 20, 8, 8]), ...unanimous('E2', [26, 22, 21, 8, 8]), ...unanimous('E3', [20, 20, 20, 8, 8])];

  it('breaks a tie with the chain and says which step did it', () => {
    const results = computeResults({ config: c, entries: [entry('E1'), entry('E2'), entry('E3')], sheets });
    expect([byCode(results, 'E1').rank, byCode(results, 'E2').rank]).toEqual([1, 2]);
    expect(byCode(results, 'E1').tieBreaksUsed).toBe(1);
    expect(entryExplainer(results, c, 'vi')(byCode(results, 'E2'))).toContain(
      'Bằng điểm với E1; thứ hạng được phân định bằng: điểm tiêu chí «Tính mới, tính sáng tạo» (26).',
    );
  });

  it('keeps a tie the chain cannot break, refers it to the board, then applies the board’s order', () => {
    const twins = [...unanimous('E1', [28, 21, 20, 8, 8]), ...unanimous('E2', [28, 21, 20, 8, 8]), ...unanimous('E3', [20, 20, 20, 8, 8])];
    const entries = [entry('E1'), entry('E2'), entry('E3')];
    const tied = computeResults({ config: c, entries, sheets: twins });
    expect([byCode(tied, 'E1'), byCode(tied, 'E2')].map((r) => [r.rank, r.tie, r.outcome.kind])).toEqual([
      [1, ['E1', 'E2'], 'referred'],
      [1, ['E1', 'E2'], 'referred'],
    ]);
    expect(entryExplainer(tied, c, 'vi')(byCode(tied, 'E1'))).toContain('Đồng hạng với E2: các tiêu chí phụ không phân định được.');
    expect(tied.budget.pending).toBe(3_500_000);
    expect(tied.notices.map((n) => describeNotice(n, 'vi'))).toContain('Các bài E1, E2 bằng điểm ở ranh giới giải (2 giải): trình Ban Tổ chức quyết định.');

    const decisions: BoardDecisions = { tieOrders: [['E2', 'E1']] };
    const decided = computeResults({ config: c, entries, sheets: twins, decisions });
    expect(['E1', 'E2', 'E3'].map((code) => prizeOf(byCode(decided, code)))).toEqual([
      `${c.prizes.tiers[1].code} 1500000`,
      `${c.prizes.tiers[0].code} 2000000`,
      `${c.prizes.tiers[2].code} 1000000`,
    ]);
    expect(entryExplainer(decided, c, 'vi')(byCode(decided, 'E2'))).toContain('quyết định của Ban Tổ chức');
  });
});

describe('prize pools, special awards and the budget', () => {
  it('ranks and awards each category separately when the contest says so', () => {
    const c = config('dakrong2020', (x) => (x.prizes.scope = 'perCategory'));
    const [first, second] = c.categories;
    const entries = [entry('A1', { categoryCode: first.code }), entry('A2', { categoryCode: first.code }), entry('B1', { categoryCode: second.code })];
    const sheets = [...unanimous('A1', [28, 21, 20, 8, 8]), ...unanimous('A2', [27, 21, 20, 8, 8]), ...unanimous('B1', [20, 20, 20, 8, 8])];
    const results = computeResults({ config: c, entries, sheets });
    expect(results.pools.map((p) => [p.key, p.ranked, p.awardedMoney])).toEqual([
      [first.code, 2, 3_500_000],
      [second.code, 1, 2_000_000],
    ]);
    expect(byCode(results, 'B1')).toMatchObject({ rank: 1, pool: second.code });
  });

  it('gives a special award instead of the ordinary prize, and the others move up', () => {
    const c = config('hauGiang2024', (x) => (x.rounds.defence = undefined));
    const entries = ['E1', 'E2', 'E3'].map((code) => entry(code));
    const sheets = [...unanimous('E1', [29, 24, 24, 9, 9]), ...unanimous('E2', [27, 22, 22, 9, 8]), ...unanimous('E3', [24, 20, 20, 8, 8])];
    const decisions: BoardDecisions = { specialAwards: [{ entryCode: 'E1', name: 'Giải Đặc biệt', amount: 15_000_000 }] };
    const results = computeResults({ config: c, entries, sheets, decisions });
    expect(['E1', 'E2', 'E3'].map((code) => prizeOf(byCode(results, code)))).toEqual(['special', 'NHAT 10000000', 'NHI 7000000']);
    expect(results.budget).toMatchObject({ awarded: 32_000_000, special: 15_000_000 });

    const refused = computeResults({ config: config('dakrong2020'), entries, sheets, decisions });
    expect(refused.notices.map((n) => n.code)).toEqual(['specialAwardNotAllowed']);
    expect(byCode(refused, 'E1').outcome.kind).toBe('prize');
  });

  it('warns when prize money, with the places held for the board, passes the cap', () => {
    const c = config('dakrong2020', (x) => (x.prizes.budgetCap = 4_000_000));
    const entries = ['E1', 'E2', 'E3'].map((code) => entry(code));
    const sheets = [...unanimous('E1', [29, 24, 24, 9, 9]), ...unanimous('E2', [27, 22, 22, 9, 8]), ...unanimous('E3', [24, 20, 20, 8, 8])];
    const results = computeResults({ config: c, entries, sheets });
    expect(results.budget).toMatchObject({ awarded: 4_500_000, cap: 4_000_000, overCap: true });
    expect(results.notices.map((n) => describeNotice(n, 'vi'))).toEqual(['Tổng tiền thưởng 4.500.000 đồng vượt mức tối đa 4.000.000 đồng.']);
  });
});

describe('two-round weighted final (province 2026: 40 preliminary : 60 defence)', () => {
  it('combines the two published scores and rounds the result', () => {
    const c = config('province2026');
    const sheets = [...unanimous('E1', [27, 22, 22, 9, 8]), ...unanimous('E1', [30, 25, 25], 'defence', ['TR', 'UD', 'TL'])];
    const r = byCode(computeResults({ config: c, entries: [entry('E1')], sheets }), 'E1');
    expect([r.preliminary.score, r.defence?.score, r.finalScore, r.finalFormula]).toEqual([88, 80, 83.2, 'weighted']);
  });
});

describe('normalisation cancels a lenient judge', () => {
  it('ranks entries the same whether or not one judge adds points to everyone', () => {
    const c = config('dakrong2020', (x) => {
      x.scoring.aggregation = 'normalisedMean';
      x.prizes.tiers.forEach((t) => (t.count = 1));
    });
    const base = [
      [20, 18, 18, 6, 6],
      [24, 20, 19, 7, 7],
      [26, 22, 21, 8, 8],
      [22, 19, 20, 7, 6],
    ];
    const entries = base.map((_, i) => entry(`E${i + 1}`));
    const sheetsWith = (extra: number): ScoreSheet[] =>
      base.flatMap((points, i) => JUDGES.map((j, k) => sheet(`E${i + 1}`, j, points.map((p, c2) => (k === 0 && c2 === 0 ? p + extra : p)))));
    const rank = (extra: number): (number | null)[] => computeResults({ config: c, entries, sheets: sheetsWith(extra) }).entries.map((r) => r.rank);
    expect(rank(3)).toEqual(rank(0));
    const results = computeResults({ config: c, entries, sheets: sheetsWith(3) });
    // The lenient judge's 88 and the others' 85 land on the same point of the panel's scale.
    expect(entryExplainer(results, c, 'vi')(results.entries[0])).toContain(
      'sau khi chuẩn hóa theo mức chấm của từng giám khảo (Giám khảo 1: 88, sau chuẩn hóa 86,24; Giám khảo 2: 85, sau chuẩn hóa 86,24; Giám khảo 3: 85, sau chuẩn hóa 86,24).',
    );
  });
});

describe('properties', () => {
  const c = config('dakrong2020', (x) => (x.prizes.boundaryTie = 'shareMoney'));
  const totals = fc.array(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 12 });

  it('gives every entry the same result whatever the order of entries and sheets', () => {
    fc.assert(
      fc.property(totals, fc.infiniteStream(fc.nat()), (matrix, randoms) => {
        const entries = matrix.map((_, i) => entry(`E${i + 1}`));
        const sheets = matrix.flatMap((row, i) => row.map((t, j) => sheet(`E${i + 1}`, JUDGES[j], [t, 20, 20, 8, 8])));
        const shuffle = <T>(items: T[]): T[] => {
          const it = randoms[Symbol.iterator]();
          return items.map((x) => [it.next().value as number, x] as const).sort((a, b) => a[0] - b[0]).map(([, x]) => x);
        };
        const summary = (r: ContestResults) =>
          Object.fromEntries(r.entries.map((e) => [e.entry.code, [e.finalScore, e.rank, prizeOf(e)]]));
        expect(summary(computeResults({ config: c, entries: shuffle(entries), sheets: shuffle(sheets) }))).toEqual(
          summary(computeResults({ config: c, entries, sheets })),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('counts in the budget exactly the money of the prizes it awards', () => {
    fc.assert(
      fc.property(totals, (matrix) => {
        const entries = matrix.map((_, i) => entry(`E${i + 1}`));
        const sheets = matrix.flatMap((row, i) => row.map((t, j) => sheet(`E${i + 1}`, JUDGES[j], [t, 20, 20, 8, 8])));
        const results = computeResults({ config: c, entries, sheets });
        const paid = results.entries.reduce((sum, r) => sum + (r.outcome.kind === 'prize' || r.outcome.kind === 'special' ? r.outcome.amount : 0), 0);
        expect(results.budget.awarded).toBe(paid);
        expect(paid).toBeLessThanOrEqual(4_500_000);
      }),
      { numRuns: 150 },
    );
  });
});
