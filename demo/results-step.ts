// The demo's judging and results: simulated judges score the entries of both rounds, the rules
// engine computes the results, and the same numbers are recomputed by the custom functions in a
// sheet of the emulated workbook, as a clerk would check them. A judge's correction after the
// announcement shows what the board would be asked to approve.

import type { CellValue } from '../src/core/cell';
import { columnToLetters } from '../test/emulator/a1';
import type { ContestConfig } from '../src/core/config/model';
import { computeResults } from '../src/core/results/compute-results';
import type { ContestResults } from '../src/core/results/results-model';
import type { ScoreSheet } from '../src/core/scoring/score-sheet';
import { formatMoney } from '../src/core/vn';
import { literalCell } from '../src/core/sheet-text';
import { BOUNDARY_TIE_POLICY_WORDS, VACANCY_POLICY_WORDS, wordFor } from '../src/core/config/workbook-vocabulary';
import { describeNotice, entryExplainer } from '../src/ui/messages/results-text';
import { functionsText } from '../src/ui/messages/functions-text';

const cellText = functionsText.vi;
import type { JudgeHabit, SimulatedContest } from './simulated-judging';

/** The demo panel's habits: what a secretariat meets in a real panel. */
export function demoHabits(config: ContestConfig): JudgeHabit[] {
  const judges = config.members.filter((m) => m.role === 'judge').map((m) => m.email);
  const habits: Omit<JudgeHabit, 'judge'>[] = [
    { bias: 0, gaps: 0, outliers: 0 },
    { bias: 0.03, gaps: 0, outliers: 0 }, // lenient
    { bias: -0.03, gaps: 0, outliers: 0 }, // harsh
    { bias: 0, gaps: 0.1, outliers: 0 }, // leaves criteria blank
    { bias: 0, gaps: 0, outliers: 0.1 }, // sometimes far from the others
  ];
  return judges.map((judge, i) => ({ judge, ...habits[i % habits.length] }));
}

export interface JudgedContest {
  contest: SimulatedContest;
  sheets: ScoreSheet[];
  results: ContestResults;
}

/** The results of what the judges typed into their sheets. */
export function judgeContest(config: ContestConfig, contest: SimulatedContest, sheets: readonly ScoreSheet[]): JudgedContest {
  return { contest, sheets: [...sheets], results: computeResults({ config, entries: contest.entries, sheets }) };
}

/** A judge corrects one finalist's defence score after the announcement (the winner's, downwards). */
export function correctedSheets(judged: JudgedContest): ScoreSheet[] {
  const winner = judged.results.entries.find((r) => r.outcome.kind === 'prize')!;
  const round = winner.defence ? 'defence' : 'preliminary';
  const target = judged.sheets.find((s) => s.entryCode === winner.entry.code && s.round === round)!;
  return judged.sheets.map((s) => (s !== target ? s : { ...s, scores: Object.fromEntries(Object.entries(s.scores).map(([k, v]) => [k, v === null ? null : Math.max(0, v - 10)])) }));
}

export interface Winner {
  code: string;
  title: string;
  unit: string;
  finalScore: number | null;
  rank: number | null;
  tier: string;
  award: string;
  amount: number;
  amountText: string;
  explanation: string;
}

export function winnersOf(config: ContestConfig, results: ContestResults): Winner[] {
  const explain = entryExplainer(results, config, 'vi');
  const units = new Map(config.units.map((u) => [u.code, u.name]));
  const tiers = new Map(config.prizes.tiers.map((t) => [t.code, t]));
  return results.entries
    .filter((r) => r.outcome.kind === 'prize' || r.outcome.kind === 'special' || r.outcome.kind === 'referred')
    .map((r) => {
      const o = r.outcome;
      const tier = o.kind === 'prize' ? tiers.get(o.tierCode) : undefined;
      const amount = o.kind === 'prize' || o.kind === 'special' ? o.amount : 0;
      return {
        code: r.entry.code,
        title: r.entry.title,
        unit: units.get(r.entry.unitCode) ?? r.entry.unitCode,
        finalScore: r.finalScore,
        rank: r.rank,
        tier: o.kind === 'special' ? o.name : o.kind === 'referred' ? 'Trình Ban Tổ chức quyết định' : (tier?.name ?? ''),
        award: tier?.award ?? '',
        amount,
        amountText: formatMoney(amount),
        explanation: explain(r),
      };
    });
}

export function noticesOf(results: ContestResults): string[] {
  return results.notices.map((n) => describeNotice(n, 'vi'));
}

/** The results once a judge has corrected a score after the announcement. */
export function correctedResults(config: ContestConfig, judged: JudgedContest): ContestResults {
  return computeResults({ config, entries: judged.contest.entries, sheets: correctedSheets(judged) });
}

export interface CrossCheckSheet {
  /** Every cell of the sheet, row by row, formulas as text starting with "=". */
  cells: CellValue[][];
  /** Where the formulas' answers are: 1-based columns of the rank and of the prize name and amount. */
  rankColumn: number;
  prizeColumn: number;
  rows: number;
}

/**
 * The cross-check sheet: the ranked entries' final scores and tie-break values, the prize tiers,
 * and CCHC_RANK and CCHC_PRIZE formulas over them, so a clerk sees the same ranks and prizes come
 * out of visible formulas.
 */
export function crossCheckSheet(config: ContestConfig, results: ContestResults): CrossCheckSheet {
  const ranked = results.entries.filter((r) => r.finalScore !== null);
  const chain = results.tieBreaks.length;
  const last = ranked.length + 1;
  const range = (column: number): string => `${columnToLetters(column)}2:${columnToLetters(column)}${last}`;
  const tieBreakRanges = Array.from({ length: chain }, (_, i) => range(3 + i));
  const rankColumn = 3 + chain;
  const prizeColumn = rankColumn + 1;
  const tiersColumn = prizeColumn + 3;
  const tiersRange = `${columnToLetters(tiersColumn)}1:${columnToLetters(tiersColumn + 3)}${config.prizes.tiers.length + 1}`;
  const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;
  const rankFormula = `=CCHC_RANK(${[range(2), ...tieBreakRanges].join(', ')})`;
  const prizeFormula = `=CCHC_PRIZE(${[
    range(2),
    tiersRange,
    quoted(wordFor(BOUNDARY_TIE_POLICY_WORDS, config.prizes.boundaryTie)),
    quoted(wordFor(VACANCY_POLICY_WORDS, config.prizes.vacancy)),
    ...tieBreakRanges,
  ].join(', ')})`;
  const header = ['Mã bài', 'Điểm chung cuộc', ...results.tieBreaks.map((_, i) => `Tiêu chí phụ ${i + 1}`), 'Hạng', 'Giải', 'Tiền thưởng', '', 'Tên giải', 'Số lượng', 'Tiền thưởng mỗi giải', 'Điểm tối thiểu'];
  const width = header.length;
  const cells: CellValue[][] = [header];
  ranked.forEach((r, i) => {
    const row: CellValue[] = [literalCell(r.entry.code), r.finalScore!, ...r.tieBreakKeys.map((k) => k ?? '')];
    while (row.length < width) row.push('');
    if (i === 0) {
      row[rankColumn - 1] = rankFormula;
      row[prizeColumn - 1] = prizeFormula;
    }
    cells.push(row);
  });
  config.prizes.tiers.forEach((t, i) => {
    while (cells.length < i + 2) cells.push(Array<string>(width).fill(''));
    cells[i + 1].splice(tiersColumn - 1, 4, literalCell(t.name), t.count ?? '', t.amount, t.minScore ?? '');
  });
  return { cells, rankColumn, prizeColumn, rows: ranked.length };
}

/** What the formulas should show for each ranked entry, from the engine's own results. */
export function expectedCrossCheck(config: ContestConfig, results: ContestResults): (string | number)[][] {
  const tierName = new Map(config.prizes.tiers.map((t) => [t.code, t.name]));
  return results.entries
    .filter((r) => r.finalScore !== null)
    .map((r) => {
      const o = r.outcome;
      const tier = (code: string): string => tierName.get(code) ?? '';
      let name = '';
      if (o.kind === 'prize') name = o.boundaryTie ? cellText.sharedPrize(tier(o.tierCode)) : tier(o.tierCode);
      else if (o.kind === 'referred') name = cellText.referred(o.contested.map((c) => tier(c.tierCode)).join(', '));
      return [r.rank!, name, o.kind === 'prize' ? o.amount : ''];
    });
}
