// The secretariat's score matrix (ma trận điểm) of one round: entries × judges' totals, with the
// aggregated score and the rank as CCHC_AGGREGATE and CCHC_RANK formulas over the totals, so a
// clerk sees the engine's numbers come out of visible formulas (issue 5).

import type { CellValue, Grid } from '../cell';
import { columnLetters, columnText } from '../cell-grid';
import { rubricMaximum, type Rubric, type ScoringRules } from '../config/model';
import { AGGREGATION_METHOD_WORDS, ROUND_WORDS, wordFor } from '../config/workbook-vocabulary';
import { rankCompetition } from '../results/ranking';
import { scoreRound } from '../results/round-scoring';
import { assessDiscrepancy, type DiscrepancyLevel } from '../scoring/discrepancy';
import { FINEST_DECIMALS, roundScore } from '../scoring/rounding';
import type { RoundId, ScoreSheet } from '../scoring/score-sheet';
import { sheetTotal } from '../scoring/sheet-total';
import { judgeKey, pairKey, type Assignment } from './judging-model';

/** A whole sheet to write in one setValues: the shape of SheetTable (src/app/ports.ts) plus its formulas. */
export interface FormulaTable {
  name: string;
  header: string[];
  rows: CellValue[][];
  /** 0-based columns whose '='-strings in `rows` are formulas; every other string, and every header, is literal data. */
  formulaColumns: number[];
  /** One hint per header cell ('' for none), shown as the header cell's note. */
  notes?: string[];
}

/** A sheet kept per round: "<base> – Sơ khảo", "<base> – Bảo vệ". */
export function roundSheetName(base: string, round: RoundId): string {
  return `${base} – ${wordFor(ROUND_WORDS, round)}`;
}

export function scoreMatrixSheetName(round: RoundId): string {
  return roundSheetName('Ma trận điểm', round);
}

/** What the secretariat writes for a level of assessDiscrepancy; the engine's rule decides the level. */
export const DISCREPANCY_LEVEL_WORDS: Readonly<Record<DiscrepancyLevel, string>> = {
  none: '',
  review: 'Trưởng Ban xem xét',
  escalate: 'Chấm lại hoặc thêm giám khảo',
};

export interface MatrixEntry {
  code: string;
  title: string;
  categoryName: string;
  unitName: string;
}

export interface MatrixJudge {
  email: string;
  name: string;
}

export interface ScoreMatrixInput {
  round: RoundId;
  rubric: Rubric;
  rules: ScoringRules;
  /** The rows, in this order. */
  entries: readonly MatrixEntry[];
  /** The judge columns, in Members order; an assigned judge missing here gets a column after them, headed by the e-mail. */
  judges: readonly MatrixJudge[];
  /** This round's sheets, one per (entry, judge): a later sheet of the same pair replaces an earlier one. */
  sheets: readonly ScoreSheet[];
  /** This round's assignments: a sheet counts only for an assigned pair, as on the progress sheet. */
  assignments: readonly Assignment[];
  /** Entry code → the extra judge assigned because its judges' spread was escalated: an e-mail is shown as that judge's column name, other text as it is. */
  actions: ReadonlyMap<string, { extraJudge: string }>;
}

const FIXED_HEAD = ['Mã bài', 'Tên bài', 'Lĩnh vực', 'Đơn vị'];
const FIXED_TAIL = ['Số GK được giao', 'Số GK đã chấm xong', 'Điểm tổng hợp', 'Chênh lệch', 'Mức chênh lệch', 'Xử lý', 'Hạng theo điểm'];

interface JudgeColumn {
  key: string;
  email: string;
  name: string;
}

interface MatrixRow {
  entry: MatrixEntry;
  assigned: number;
  /** Per judge column: the complete total of an assigned pair, else null. */
  totals: (number | null)[];
}

interface Matrix {
  columns: JudgeColumn[];
  rows: MatrixRow[];
  /** The sheets the matrix counts: assigned pairs only, one per pair, judges as judgeKey. */
  counted: ScoreSheet[];
}

function collect(input: ScoreMatrixInput): Matrix {
  const { round, rubric } = input;
  const columns: JudgeColumn[] = [];
  const columnOf = new Map<string, number>();
  const addColumn = (email: string, name: string): void => {
    const key = judgeKey(email);
    if (columnOf.has(key)) return;
    columnOf.set(key, columns.length);
    columns.push({ key, email, name: name.trim() === '' ? email : name });
  };
  for (const judge of input.judges) addColumn(judge.email, judge.name);

  const assigned = new Set<string>();
  const assignedPerEntry = new Map<string, number>();
  for (const a of input.assignments) {
    const key = pairKey(round, a.entryCode, a.judge);
    if (a.round !== round || assigned.has(key)) continue;
    assigned.add(key);
    assignedPerEntry.set(a.entryCode, (assignedPerEntry.get(a.entryCode) ?? 0) + 1);
    addColumn(a.judge, '');
  }

  const byPair = new Map<string, ScoreSheet>();
  for (const sheet of input.sheets) {
    const key = pairKey(round, sheet.entryCode, sheet.judge);
    if (sheet.round === round && assigned.has(key)) byPair.set(key, { ...sheet, judge: judgeKey(sheet.judge) });
  }

  const rows = input.entries.map((entry): MatrixRow => {
    const totals = columns.map((column) => {
      const sheet = byPair.get(pairKey(round, entry.code, column.key));
      if (!sheet) return null;
      const total = sheetTotal(sheet, rubric);
      return total.complete ? total.total : null;
    });
    return { entry, assigned: assignedPerEntry.get(entry.code) ?? 0, totals };
  });
  return { columns, rows, counted: [...byPair.values()] };
}

/** Column letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
const letters = (index: number): string => columnLetters(index + 1);

const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/**
 * The matrix of one round. Judge columns hold each assigned judge's complete total (sheetTotal) as a
 * number; they are '' both when the judge is not assigned and when the sheet is incomplete, because
 * CCHC_AGGREGATE rejects text in its range: the two count columns tell the cases apart. "Điểm tổng
 * hợp" and "Hạng theo điểm" are one array formula each in the first data row, so "Chuẩn hóa" puts
 * every judge on the panel's scale over the whole block, as the engine does; "Chênh lệch" is a
 * formula per row. "Mức chênh lệch" is the engine's assessDiscrepancy, written as words. Every
 * entry with a complete total is aggregated and ranked, even below rules.minJudges (the count
 * columns show it; the results rank only entries with enough judges).
 */
export function scoreMatrixTable(input: ScoreMatrixInput): FormulaTable {
  const { rules } = input;
  const maximum = rubricMaximum(input.rubric);
  const { columns, rows } = collect(input);
  const first = FIXED_HEAD.length;
  const width = columns.length;
  const [assignedColumn, completeColumn, aggregateColumn, spreadColumn, levelColumn, actionColumn, rankColumn] = FIXED_TAIL.map((_, i) => first + width + i);
  const lastRow = rows.length + 1;
  const judgeRange = (from: number, to: number): string => `${letters(first)}${from}:${letters(first + width - 1)}${to}`;
  const names = new Map(columns.map((c) => [c.key, c.name]));
  const percent = rules.discrepancy.unit === 'percent';
  // Without a judge column there is no range for a formula to read.
  const hasJudges = width > 0;

  const aggregateFormula = `=CCHC_AGGREGATE(${[
    judgeRange(2, lastRow),
    quoted(wordFor(AGGREGATION_METHOD_WORDS, rules.aggregation)),
    rules.decimals,
    maximum,
    rules.trimMinJudges,
  ].join(', ')})`;
  const rankFormula = `=CCHC_RANK(${letters(aggregateColumn)}2:${letters(aggregateColumn)}${lastRow})`;
  const spreadFormula = (row: number): string => {
    const range = judgeRange(row, row);
    const spread = `MAX(${range})-MIN(${range})`;
    return `=IF(COUNT(${range})<2,"",${percent ? `(${spread})*100/${maximum}` : spread})`;
  };

  const body = rows.map((row, i): CellValue[] => {
    const complete = row.totals.filter((t): t is number => t !== null);
    const level = assessDiscrepancy(complete, rules.discrepancy, maximum).level;
    const action = input.actions.get(row.entry.code);
    const cells: CellValue[] = [row.entry.code, row.entry.title, row.entry.categoryName, row.entry.unitName, ...row.totals.map((t) => t ?? '')];
    cells[assignedColumn] = row.assigned;
    cells[completeColumn] = complete.length;
    cells[aggregateColumn] = hasJudges && i === 0 ? aggregateFormula : '';
    cells[spreadColumn] = hasJudges ? spreadFormula(i + 2) : '';
    cells[levelColumn] = DISCREPANCY_LEVEL_WORDS[level];
    cells[actionColumn] = action ? `Đã giao thêm giám khảo: ${names.get(judgeKey(action.extraJudge)) ?? action.extraJudge}` : '';
    cells[rankColumn] = hasJudges && i === 0 ? rankFormula : '';
    return cells;
  });

  const notes = [...FIXED_HEAD.map(() => ''), ...columns.map((c) => c.email), ...FIXED_TAIL.map(() => '')];
  notes[completeColumn] = `Bài cần ít nhất ${rules.minJudges} giám khảo chấm xong mới được xếp hạng trong kết quả`;
  notes[spreadColumn] = percent ? `Điểm cao nhất trừ điểm thấp nhất, tính theo % điểm tối đa (${maximum})` : 'Điểm cao nhất trừ điểm thấp nhất';

  return {
    name: scoreMatrixSheetName(input.round),
    header: [...FIXED_HEAD, ...columns.map((c) => c.name), ...FIXED_TAIL],
    rows: body,
    formulaColumns: [aggregateColumn, spreadColumn, rankColumn],
    notes,
  };
}

/**
 * What the matrix's "Điểm tổng hợp" and "Hạng theo điểm" formulas should show, row by row, from the
 * engine: scoreRound over the sheets the matrix counts, then competition ranks of the rounded
 * scores ('' for an entry without a complete total).
 */
export function expectedMatrixValues(input: ScoreMatrixInput): { aggregate: (number | '')[]; rank: (number | '')[] } {
  const { rows, counted } = collect(input);
  const codes = rows.map((r) => r.entry.code);
  const { scores } = scoreRound(input.round, input.rubric, codes, counted, input.rules);
  const aggregate = codes.map((code) => scores.get(code)?.score ?? '');
  const ranked = rankCompetition(aggregate.flatMap((score, row) => (score === '' ? [] : [{ id: String(row), keys: [score] }])));
  const rankOf = new Map(ranked.map((r) => [Number(r.id), r.rank]));
  return { aggregate, rank: codes.map((_, row) => rankOf.get(row) ?? '') };
}

/** An entry the matrix marks for the chair (review) or for re-scoring (escalate). */
export interface MatrixDiscrepancy {
  entryCode: string;
  title: string;
  level: 'review' | 'escalate';
  /** The "Chênh lệch" cell; when it holds no number, the highest judge total of the row minus the lowest. */
  spread: number;
}

/**
 * The rows of a score matrix (scoreMatrixTable's layout, found by its headers) whose "Mức chênh
 * lệch" holds the words of a review or an escalation, in sheet order.
 */
export function readMatrixDiscrepancies(grid: Grid): MatrixDiscrepancy[] {
  const header = (grid[0] ?? []).map(String);
  const [code, title] = FIXED_HEAD.map((h) => header.indexOf(h));
  // A judge may be named like a fixed column: the tail's columns are the last ones of their name.
  const [assigned, , , spread, level] = FIXED_TAIL.map((h) => header.lastIndexOf(h));
  const judgeColumns = { first: FIXED_HEAD.length, end: assigned < 0 ? FIXED_HEAD.length : assigned };
  const levels = new Map<string, MatrixDiscrepancy['level']>([
    [DISCREPANCY_LEVEL_WORDS.review, 'review'],
    [DISCREPANCY_LEVEL_WORDS.escalate, 'escalate'],
  ]);
  const found: MatrixDiscrepancy[] = [];
  for (const row of grid.slice(1)) {
    const rowLevel = levels.get(columnText(row, level));
    if (!rowLevel) continue;
    const shown = spread < 0 ? undefined : row[spread];
    const totals = row.slice(judgeColumns.first, judgeColumns.end).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    const value = typeof shown === 'number' && Number.isFinite(shown) ? shown : totals.length < 2 ? 0 : Math.max(...totals) - Math.min(...totals);
    found.push({ entryCode: columnText(row, code), title: title < 0 ? '' : String(row[title] ?? ''), level: rowLevel, spread: roundScore(value, FINEST_DECIMALS) });
  }
  return found;
}
