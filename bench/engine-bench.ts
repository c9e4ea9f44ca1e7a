// Wall time of the rules engine and the custom functions on large contests (issue 3's target:
// 10,000 entries ranked and allocated in under 1 s on this machine). Pure computation: no service
// call, so `calls` and `modeledMs` are null. Each figure is the median of several runs after a
// warm-up, so a one-off pause of the garbage collector does not decide it.

import { performance } from 'node:perf_hooks';
import { presetById } from '../src/core/config/presets';
import type { ContestConfig } from '../src/core/config/model';
import { computeResults } from '../src/core/results/compute-results';
import { sheetTotal } from '../src/core/scoring/sheet-total';
import { CCHC_AGGREGATE, CCHC_PRIZE, CCHC_RANK } from '../src/functions';
import { entryExplainer } from '../src/ui/messages/results-text';
import { assignJudges, type AssignmentInput } from '../src/core/judging/assignment';
import { simulateEntries, simulateSheets } from '../demo/simulated-judging';
import { panelHabits } from './judges-at-work';
import type { OperationLine } from './lines';

const JUDGES = 15;
const RUNS = 5;

/** The custom functions, as the targets name them. */
export const CUSTOM_FUNCTION_PREFIX = 'CCHC_';

function medianMs(action: () => unknown): number {
  action();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    action();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(RUNS / 2)] * 10) / 10;
}

export function engineLines(entries: number, bundleBytes: number): OperationLine[] {
  const config: ContestConfig = presetById('province2026').build();
  const contest = simulateEntries(config, entries);
  const codes = contest.entries.map((e) => e.code);
  const habits = panelHabits(Array.from({ length: JUDGES }, (_, i) => `giamkhao${String(i + 1).padStart(2, '0')}@bench.example`));
  const preliminary = simulateSheets(contest, codes, config.rounds.preliminary.rubric, 'preliminary', habits);
  // As in a real contest, only the shortlisted entries are scored in the defence round.
  const shortlist = computeResults({ config, entries: contest.entries, sheets: preliminary }).entries.filter((r) => r.shortlisted).map((r) => r.entry.code);
  const defence = simulateSheets(contest, shortlist, config.rounds.defence!.rubric, 'defence', habits, 11);
  const sheets = [...preliminary, ...defence];

  // The matrix a master sheet holds: one row per entry, one column per judge's total.
  const index = new Map(codes.map((c, i) => [c, i]));
  const judgeIndex = new Map(habits.map((j, i) => [j.judge, i]));
  const totals: (number | string)[][] = codes.map(() => habits.map(() => ''));
  for (const s of preliminary) {
    const t = sheetTotal(s, config.rounds.preliminary.rubric);
    if (t.complete) totals[index.get(s.entryCode)!][judgeIndex.get(s.judge)!] = t.total;
  }
  const scores = CCHC_AGGREGATE(totals) as (number | string)[][];
  const novelty = codes.map((_, i) => [typeof scores[i][0] === 'number' ? (scores[i][0] as number) % 7 : '']);
  const tiers = [['Giải Nhất', 1, 15_000_000, ''], ['Giải Nhì', 2, 10_000_000, ''], ['Giải Ba', 3, 7_000_000, ''], ['Giải Khuyến khích', 5, 3_000_000, '']];

  // Judges from ten of the units, so own-unit exclusions shape the assignment.
  const panel = habits.map((j, i) => ({ email: j.judge, unit: i < 10 ? (config.units[i % config.units.length]?.code ?? '') : '' }));
  const assignment: AssignmentInput = {
    round: 'preliminary',
    entries: contest.entries.map((e) => ({ code: e.code, unitCode: e.unitCode })),
    judges: panel,
    units: config.units,
    judgesPerEntry: 3,
    conflicts: [],
    previous: [],
    scored: new Set(),
  };
  const tenJudges = assignJudges({ ...assignment, judges: panel.slice(0, 10) });

  const results = computeResults({ config, entries: contest.entries, sheets });
  const explain = entryExplainer(results, config, 'vi');
  const operations: [string, () => unknown][] = [
    ['CCHC_AGGREGATE (trung bình cộng)', () => CCHC_AGGREGATE(totals)],
    ['CCHC_AGGREGATE (chuẩn hóa)', () => CCHC_AGGREGATE(totals, 'Chuẩn hóa')],
    ['CCHC_RANK (1 tiêu chí phụ)', () => CCHC_RANK(scores, novelty)],
    ['CCHC_PRIZE', () => CCHC_PRIZE(scores, tiers, 'Chia đều', '', novelty)],
    ['CCHC_RANK + CCHC_PRIZE', () => CCHC_PRIZE(scores, tiers, 'Chia đều', '', novelty) && CCHC_RANK(scores, novelty)],
    ['computeResults (2 vòng, xếp hạng, xét giải, giải thích dạng dữ liệu)', () => computeResults({ config, entries: contest.entries, sheets })],
    ['explanations (câu giải thích cho mọi bài)', () => results.entries.map(explain)],
    ['assignJudges (3 giám khảo mỗi bài, loại đơn vị của giám khảo)', () => assignJudges(assignment)],
    ['assignJudges (thêm 5 giám khảo vào hội đồng 10 người, chia lại)', () => assignJudges({ ...assignment, previous: tenJudges.assignments })],
  ];
  return operations.map(([operation, action]) => ({
    scenario: `engine-${entries}`,
    entries,
    judges: JUDGES,
    criteria: config.rounds.preliminary.rubric.criteria.length,
    rounds: 2,
    operation,
    calls: null,
    modeledMs: null,
    sheetsCalls: null,
    naive: null,
    wallMs: medianMs(action),
    bundleBytes,
    detail: { scoreSheets: sheets.length, runs: RUNS },
  }));
}
