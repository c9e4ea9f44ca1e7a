// `npm run bench`: wall time of the rules engine and the custom functions on large contests, as
// JSON lines (one per scenario and operation). Issue 3's target: 10,000 entries ranked and
// allocated in under 1 s on this machine. Each figure is the median of several runs after a
// warm-up, so a one-off pause of the garbage collector does not decide it.

import { statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { presetById } from '../src/core/config/presets';
import type { ContestConfig } from '../src/core/config/model';
import { computeResults } from '../src/core/results/compute-results';
import { sheetTotal } from '../src/core/scoring/sheet-total';
import { CCHC_AGGREGATE, CCHC_PRIZE, CCHC_RANK } from '../src/functions';
import { entryExplainer } from '../src/ui/messages/results-text';
import { assignJudges, type AssignmentInput } from '../src/core/judging/assignment';
import { ordinaryJudge, simulateEntries, simulateSheets, type JudgeHabit } from '../demo/simulated-judging';

const RUNS = 5;
const JUDGES = 15;
const bundleBytes = statSync(path.resolve(__dirname, '../build/Code.js')).size;

function timed(action: () => unknown): { medianMs: number; minMs: number } {
  action();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    action();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const round = (ms: number): number => Math.round(ms * 10) / 10;
  return { medianMs: round(times[Math.floor(RUNS / 2)]), minMs: round(times[0]) };
}

function habits(): JudgeHabit[] {
  const list = Array.from({ length: JUDGES }, (_, i) => ordinaryJudge(`giamkhao${String(i + 1).padStart(2, '0')}@bench.example`));
  list[0] = { ...list[0], bias: 0.05 };
  list[1] = { ...list[1], bias: -0.05 };
  list[2] = { ...list[2], gaps: 0.05 };
  list[3] = { ...list[3], outliers: 0.05 };
  return list;
}

function scenario(entries: number): void {
  const config: ContestConfig = presetById('province2026').build();
  const contest = simulateEntries(config, entries);
  const codes = contest.entries.map((e) => e.code);
  const judges = habits();
  const preliminary = simulateSheets(contest, codes, config.rounds.preliminary.rubric, 'preliminary', judges);
  // As in a real contest, only the shortlisted entries are scored in the defence round.
  const shortlist = computeResults({ config, entries: contest.entries, sheets: preliminary }).entries.filter((r) => r.shortlisted).map((r) => r.entry.code);
  const defence = simulateSheets(contest, shortlist, config.rounds.defence!.rubric, 'defence', judges, 11);
  const sheets = [...preliminary, ...defence];
  const criteria = config.rounds.preliminary.rubric.criteria.length;

  // The matrix a master sheet holds: one row per entry, one column per judge's total.
  const index = new Map(codes.map((c, i) => [c, i]));
  const judgeIndex = new Map(judges.map((j, i) => [j.judge, i]));
  const totals: (number | string)[][] = codes.map(() => judges.map(() => ''));
  for (const s of preliminary) {
    const t = sheetTotal(s, config.rounds.preliminary.rubric);
    if (t.complete) totals[index.get(s.entryCode)!][judgeIndex.get(s.judge)!] = t.total;
  }
  const scores = CCHC_AGGREGATE(totals) as (number | string)[][];
  const novelty = codes.map((_, i) => [typeof scores[i][0] === 'number' ? (scores[i][0] as number) % 7 : '']);
  const tiers = [['Giải Nhất', 1, 15_000_000, ''], ['Giải Nhì', 2, 10_000_000, ''], ['Giải Ba', 3, 7_000_000, ''], ['Giải Khuyến khích', 5, 3_000_000, '']];

  // Judges from ten of the units, so own-unit exclusions shape the assignment.
  const panel = judges.map((j, i) => ({ email: j.judge, unit: i < 10 ? config.units[i % config.units.length]?.code ?? '' : '' }));
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
  for (const [operation, action] of operations) {
    const { medianMs, minMs } = timed(action);
    console.log(JSON.stringify({ scenario: `${entries} bài × ${JUDGES} giám khảo × ${criteria} tiêu chí`, entries, judges: JUDGES, criteria, sheets: sheets.length, operation, medianMs, minMs, runs: RUNS, bundleBytes }));
  }
}

scenario(1_000);
scenario(10_000);
