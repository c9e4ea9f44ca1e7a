// How far the judges are with one round (tiến độ chấm): per judge and per entry, the assigned
// pairs scored completely, partly or not at all (issue 5).

import type { CellValue, Grid } from '../cell';
import { columnText } from '../cell-grid';
import type { Rubric } from '../config/model';
import { roundScore } from '../scoring/rounding';
import type { RoundId, ScoreSheet } from '../scoring/score-sheet';
import { sheetTotal } from '../scoring/sheet-total';
import { judgeKey, pairKey, type Assignment } from './judging-model';
import { roundSheetName, type FormulaTable } from './score-matrix';

/**
 * 'complete': the sheet has a total (sheetTotal); 'partial': at least one criterion holds a number,
 * even one that fails the checks; 'notStarted': no sheet, or nothing typed in it.
 */
export type PairState = 'complete' | 'partial' | 'notStarted';

export function pairState(sheet: ScoreSheet | undefined, rubric: Rubric): PairState {
  if (!sheet) return 'notStarted';
  const total = sheetTotal(sheet, rubric);
  if (total.complete) return 'complete';
  return total.missing.length < rubric.criteria.length ? 'partial' : 'notStarted';
}

interface Counts {
  assigned: number;
  complete: number;
  partial: number;
  notStarted: number;
}

export interface JudgeProgress extends Counts {
  /** The judge's e-mail in lower case (judgeKey). */
  judge: string;
  /** Entries assigned to the judge and not complete, in assignment order: whom to remind of what. */
  unfinished: string[];
  /** Score cells of the judge's sheet that could not be read as a score (as the sheet reader counted them). */
  invalidCells: number;
  /** Entries the judge declared a conflict of interest with. */
  declaredConflicts: number;
}

export interface EntryProgress extends Counts {
  entryCode: string;
  /** Judges (judgeKey) assigned to the entry who have not completed it, in assignment order. */
  unfinished: string[];
  /** Judges (judgeKey) assigned as an extra judge after an escalated spread. */
  extraJudges: string[];
}

export interface JudgingProgress {
  /** The listed judges in their order, then any other judge the inputs name, in the order first met. */
  judges: JudgeProgress[];
  /** Entries in the order of their first assignment. */
  entries: EntryProgress[];
  totals: { assigned: number; complete: number };
}

export interface JudgingProgressInput {
  round: RoundId;
  rubric: Rubric;
  judges: readonly { email: string; name: string }[];
  assignments: readonly Assignment[];
  sheets: readonly ScoreSheet[];
  declaredConflicts: readonly { judge: string; entryCode: string }[];
  /** Judge e-mail → score cells the judge's sheet holds that are not scores. */
  invalidCells: ReadonlyMap<string, number>;
}

const noCounts = (): Counts => ({ assigned: 0, complete: 0, partial: 0, notStarted: 0 });

/**
 * Only assigned pairs count: a sheet of a pair that is not assigned (the judge was never given the
 * entry, or lost it) is ignored. An assignment listed twice counts once.
 */
export function judgingProgress(input: JudgingProgressInput): JudgingProgress {
  const { round, rubric } = input;
  const judges = new Map<string, JudgeProgress>();
  const judgeOf = (email: string): JudgeProgress => {
    const key = judgeKey(email);
    let judge = judges.get(key);
    if (!judge) {
      judge = { judge: key, ...noCounts(), unfinished: [], invalidCells: 0, declaredConflicts: 0 };
      judges.set(key, judge);
    }
    return judge;
  };
  for (const judge of input.judges) judgeOf(judge.email);

  const sheets = new Map<string, ScoreSheet>();
  for (const sheet of input.sheets) if (sheet.round === round) sheets.set(pairKey(round, sheet.entryCode, sheet.judge), sheet);

  const entries = new Map<string, EntryProgress>();
  const seen = new Set<string>();
  const totals = { assigned: 0, complete: 0 };
  for (const a of input.assignments) {
    const key = pairKey(round, a.entryCode, a.judge);
    if (a.round !== round || seen.has(key)) continue;
    seen.add(key);
    const judge = judgeOf(a.judge);
    let entry = entries.get(a.entryCode);
    if (!entry) entries.set(a.entryCode, (entry = { entryCode: a.entryCode, ...noCounts(), unfinished: [], extraJudges: [] }));
    const state = pairState(sheets.get(key), rubric);
    judge.assigned += 1;
    entry.assigned += 1;
    totals.assigned += 1;
    judge[state] += 1;
    entry[state] += 1;
    if (state === 'complete') totals.complete += 1;
    else {
      judge.unfinished.push(a.entryCode);
      entry.unfinished.push(judge.judge);
    }
    if (a.reason === 'extra') entry.extraJudges.push(judge.judge);
  }

  for (const [email, count] of input.invalidCells) judgeOf(email).invalidCells += count;
  const conflicts = new Set<string>();
  for (const c of input.declaredConflicts) {
    const key = pairKey(round, c.entryCode, c.judge);
    if (conflicts.has(key)) continue;
    conflicts.add(key);
    judgeOf(c.judge).declaredConflicts += 1;
  }

  return { judges: [...judges.values()], entries: [...entries.values()], totals };
}

export function progressSheetName(round: RoundId): string {
  return roundSheetName('Tiến độ chấm', round);
}

/** The progress table's columns, in order: the writer and the reader both go by these. */
const PROGRESS_COLUMNS = {
  name: 'Giám khảo',
  email: 'Email',
  assigned: 'Được giao',
  complete: 'Đã chấm xong',
  partial: 'Đang chấm dở',
  notStarted: 'Chưa chấm',
  rate: 'Tỉ lệ hoàn thành (%)',
  invalidCells: 'Ô điểm không hợp lệ',
  declaredConflicts: 'Xung đột đã khai báo',
} as const;
const PROGRESS_HEADER: string[] = Object.values(PROGRESS_COLUMNS);

/** Completion is shown to one decimal: 2 of 3 is 66.7 %. */
const PERCENT_DECIMALS = 1;

/**
 * One row per judge of `progress`, named from `judgesByEmail` (e-mail → name, '' when unknown); the
 * completion rate is '' for a judge with nothing assigned. Every cell is data: no formulas.
 */
export function progressTable(round: RoundId, progress: JudgingProgress, judgesByEmail: ReadonlyMap<string, string>): FormulaTable {
  const names = new Map<string, string>();
  for (const [email, name] of judgesByEmail) names.set(judgeKey(email), name);
  const rows = progress.judges.map((j) => [
    names.get(j.judge) ?? '',
    j.judge,
    j.assigned,
    j.complete,
    j.partial,
    j.notStarted,
    j.assigned === 0 ? '' : roundScore((100 * j.complete) / j.assigned, PERCENT_DECIMALS),
    j.invalidCells,
    j.declaredConflicts,
  ]);
  return { name: progressSheetName(round), header: [...PROGRESS_HEADER], rows, formulaColumns: [] };
}

/** A judge's row of the progress table, as the last "bring in scores" wrote it. */
export interface ProgressRow extends Counts {
  /** '' when the table did not know the judge's name. */
  name: string;
  email: string;
}

const count = (value: CellValue | undefined): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/** The judges' rows of a progress sheet (progressTable's layout, found by its headers); a count that is not a number reads as 0. */
export function readProgressTable(grid: Grid): ProgressRow[] {
  const header = (grid[0] ?? []).map(String);
  const at = (column: keyof typeof PROGRESS_COLUMNS): number => header.indexOf(PROGRESS_COLUMNS[column]);
  const [name, email, assigned, complete, partial, notStarted] = [at('name'), at('email'), at('assigned'), at('complete'), at('partial'), at('notStarted')];
  return grid
    .slice(1)
    .filter((row) => columnText(row, name) !== '' || columnText(row, email) !== '')
    .map((row) => ({
      name: columnText(row, name),
      email: columnText(row, email),
      assigned: count(row[assigned]),
      complete: count(row[complete]),
      partial: count(row[partial]),
      notStarted: count(row[notStarted]),
    }));
}
