// A judge's scoring sheet (phiếu chấm điểm), one tab per judge and round: its layout, the grid of a
// new sheet, the plan that brings an existing sheet up to date with the assignment, and reading it
// back. Blind: an entry reaches the sheet as a JudgeSheetEntry, which has no author and no unit.
// The adapter writes grids with one setValues and reads a sheet with one getValues from row 1, so
// everything here works on whole rows of the sheet (row 1 of the sheet is grid[0]).

import type { CellValue, Grid } from '../cell';
import { columnLetters, isDate } from '../cell-grid';
import type { Rubric } from '../config/model';
import { BOOLEAN_WORDS, foldText, readWord } from '../config/workbook-vocabulary';
import type { RoundId, ScoreSheet } from '../scoring/score-sheet';
import { readScore, type ScoreProblemReason } from '../scoring/score-value';
import { formatNumberVi } from '../vn/money';
import { tidy } from '../vn/text';

/** Row 1 of the sheet, by round. */
export const JUDGE_SHEET_TITLES: Readonly<Record<RoundId, string>> = {
  preliminary: 'PHIẾU CHẤM ĐIỂM – VÒNG SƠ KHẢO',
  defence: 'PHIẾU CHẤM ĐIỂM – VÒNG BẢO VỆ Ý TƯỞNG',
};

/** Row 3 starts with it: "Giám khảo: Nguyễn Văn A (a@x.vn)". */
export const JUDGE_LINE_PREFIX = 'Giám khảo: ';

/** Headers of the visible rubric above the table. */
export const RUBRIC_COLUMNS = {
  criterion: 'Tiêu chí',
  maxPoints: 'Điểm tối đa',
  weight: 'Hệ số',
  step: 'Bước điểm',
  description: 'Mô tả',
} as const;

/** Headers of the table's fixed columns; criterion columns sit between `link` and `total`. */
export const JUDGE_SHEET_COLUMNS = {
  number: 'STT',
  code: 'Mã bài',
  title: 'Tên bài',
  category: 'Lĩnh vực',
  link: 'Tài liệu',
  total: 'Tổng điểm',
  comment: 'Nhận xét',
  conflict: 'Xung đột lợi ích',
  status: 'Trạng thái',
} as const;

/** Heads a hidden column holding what the system last logged: "Đã ghi nhận: TM". */
export const RECORDED_PREFIX = 'Đã ghi nhận: ';
export const RECORDED_CONFLICT_HEADER = `${RECORDED_PREFIX}xung đột`;

/** What the system writes in "Trạng thái". */
export const JUDGE_SHEET_STATUS = {
  /** The entry was taken off this judge: its scores stay visible and are not used. */
  withdrawn: 'Không còn giao chấm',
} as const;

/** Rows before the rubric: title, contest, judge, instruction. */
const TOP_ROWS = 4;

export interface JudgeSheetEntry {
  code: string;
  title: string;
  categoryName: string;
  link: string;
}

export interface JudgeSheetSpec {
  contestTitle: string;
  round: RoundId;
  rubric: Rubric;
  judge: { name: string; email: string };
  /** The judging deadline, already formatted dd/mm/yyyy. */
  deadline?: string;
}

/** Where things are; rows and columns are 1-based sheet positions. */
export interface JudgeSheetLayout {
  headerRow: number;
  firstDataRow: number;
  width: number;
  /** The rubric's criterion codes, in the order of `columns.criteria` and `columns.recorded`. */
  criterionCodes: string[];
  columns: {
    number: number;
    code: number;
    title: number;
    category: number;
    link: number;
    /** In rubric order. */
    criteria: number[];
    total: number;
    comment: number;
    conflict: number;
    status: number;
    /** In rubric order, like `criteria`. */
    recorded: number[];
    recordedConflict: number;
  };
  /** Columns holding a formula in data rows (only there: the top block is plain text). */
  formulaColumns: number[];
  /** The recorded columns (`recorded`, then `recordedConflict`, side by side): hidden from the judge, editable by the secretariat only. */
  hiddenColumns: { first: number; count: number };
  /** What the judge may edit: the criteria, the comment and the conflict checkbox. */
  editableColumns: number[];
}

export function judgeSheetLayout(spec: JudgeSheetSpec): JudgeSheetLayout {
  const n = spec.rubric.criteria.length;
  // Title block, rubric header, one row per criterion, a blank row, then the table header.
  const headerRow = TOP_ROWS + 1 + n + 2;
  const firstCriterion = 6;
  const total = firstCriterion + n;
  const [comment, conflict, status] = [total + 1, total + 2, total + 3];
  const recorded = Array.from({ length: n }, (_, i) => status + 1 + i);
  const recordedConflict = status + 1 + n;
  const criteria = Array.from({ length: n }, (_, i) => firstCriterion + i);
  return {
    headerRow,
    firstDataRow: headerRow + 1,
    width: recordedConflict,
    criterionCodes: spec.rubric.criteria.map((c) => c.code),
    columns: { number: 1, code: 2, title: 3, category: 4, link: 5, criteria, total, comment, conflict, status, recorded, recordedConflict },
    formulaColumns: [total],
    hiddenColumns: { first: status + 1, count: n + 1 },
    editableColumns: [...criteria, comment, conflict],
  };
}

/** A number as the sheet's Vietnamese text writes it: 7.5 → "7,5". */
function numberText(n: number): string {
  return formatNumberVi(n, { maximumFractionDigits: 6 });
}

/**
 * The table's header row. A criterion's header carries its code (unambiguous when two names are
 * alike), its maximum and a weight other than 1, so a change to any of them is seen as a changed
 * layout rather than scores read against the wrong rule.
 */
export function judgeSheetHeader(rubric: Rubric): string[] {
  return [
    JUDGE_SHEET_COLUMNS.number,
    JUDGE_SHEET_COLUMNS.code,
    JUDGE_SHEET_COLUMNS.title,
    JUDGE_SHEET_COLUMNS.category,
    JUDGE_SHEET_COLUMNS.link,
    ...rubric.criteria.map((c) => `${c.code} – ${c.name} (tối đa ${numberText(c.maxPoints)}${c.weight === 1 ? '' : `, hệ số ${numberText(c.weight)}`})`),
    JUDGE_SHEET_COLUMNS.total,
    JUDGE_SHEET_COLUMNS.comment,
    JUDGE_SHEET_COLUMNS.conflict,
    JUDGE_SHEET_COLUMNS.status,
    ...rubric.criteria.map((c) => RECORDED_PREFIX + c.code),
    RECORDED_CONFLICT_HEADER,
  ];
}

/** Row 4: how to score, in the judge's words. */
export function judgeSheetInstruction(deadline?: string): string {
  const lines = [
    'Chấm từng tiêu chí từ 0 đến điểm tối đa của tiêu chí, theo bước điểm của tiêu chí (xem bảng tiêu chí bên dưới).',
    'Ô để trống là chưa chấm, không phải 0 điểm.',
    `Nếu có liên quan đến bài (tác giả, đơn vị), đánh dấu ô "${JUDGE_SHEET_COLUMNS.conflict}" và không chấm bài đó: bài sẽ được giao cho giám khảo khác.`,
  ];
  if (deadline !== undefined && deadline.trim() !== '') lines.push(`Hạn hoàn thành chấm: ${deadline.trim()}.`);
  return lines.join(' ');
}

/**
 * The total cell of a sheet row, for the judge's eye (the engine computes its own totals): blank
 * until a criterion is scored, then the weighted sum. English function names and commas: Apps
 * Script's formula syntax whatever the spreadsheet's locale.
 */
export function totalFormula(layout: JudgeSheetLayout, rubric: Rubric, row: number): string {
  const cells = layout.columns.criteria.map((column) => `${columnLetters(column)}${row}`);
  const range = `${cells[0]}:${cells[cells.length - 1]}`;
  const sum = rubric.criteria.every((c) => c.weight === 1) ? `SUM(${range})` : cells.map((cell, i) => `${cell}*${rubric.criteria[i].weight}`).join('+');
  return `=IF(COUNT(${range})=0,"",${sum})`;
}

/** A data row as first written: nothing scored, no conflict, nothing recorded yet. */
function dataRow(spec: JudgeSheetSpec, layout: JudgeSheetLayout, entry: JudgeSheetEntry, number: number, row: number): CellValue[] {
  const cells: CellValue[] = new Array<CellValue>(layout.width).fill('');
  const { columns } = layout;
  // Field by field: whatever else the caller's object carries never reaches the judge.
  cells[columns.number - 1] = number;
  cells[columns.code - 1] = entry.code.trim();
  cells[columns.title - 1] = entry.title;
  cells[columns.category - 1] = entry.categoryName;
  cells[columns.link - 1] = entry.link;
  cells[columns.total - 1] = totalFormula(layout, spec.rubric, row);
  cells[columns.conflict - 1] = false;
  return cells;
}

function padded(cells: CellValue[], width: number): CellValue[] {
  return [...cells, ...new Array<CellValue>(Math.max(0, width - cells.length)).fill('')];
}

/** A whole new sheet: the top block, the rubric, the table with one row per entry, in the given order. */
export function newJudgeSheet(spec: JudgeSheetSpec, entries: readonly JudgeSheetEntry[]): { grid: CellValue[][]; layout: JudgeSheetLayout } {
  const layout = judgeSheetLayout(spec);
  const top: CellValue[][] = [
    [JUDGE_SHEET_TITLES[spec.round]],
    [spec.contestTitle],
    [`${JUDGE_LINE_PREFIX}${spec.judge.name} (${spec.judge.email})`],
    [judgeSheetInstruction(spec.deadline)],
    [RUBRIC_COLUMNS.criterion, RUBRIC_COLUMNS.maxPoints, RUBRIC_COLUMNS.weight, RUBRIC_COLUMNS.step, RUBRIC_COLUMNS.description],
    ...spec.rubric.criteria.map((c) => [`${c.code} – ${c.name}`, c.maxPoints, c.weight, c.step, c.description]),
    [],
    judgeSheetHeader(spec.rubric),
  ];
  const data = uniqueByCode(entries).map((entry, i) => dataRow(spec, layout, entry, i + 1, layout.firstDataRow + i));
  return { grid: [...top.map((cells) => padded(cells, layout.width)), ...data], layout };
}

function uniqueByCode(entries: readonly JudgeSheetEntry[]): JudgeSheetEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => {
    const code = e.code.trim();
    if (seen.has(code)) return false;
    seen.add(code);
    return true;
  });
}

export type LayoutChanged = { kind: 'layoutChanged'; expected: string[]; found: string[] };

const cellText = (value: CellValue | undefined): string => (value === undefined ? '' : isDate(value) ? value.toISOString() : tidy(String(value)));

/** The header row as found, against what the layout expects; null when it matches. */
function layoutChange(grid: Grid, spec: JudgeSheetSpec, layout: JudgeSheetLayout): LayoutChanged | null {
  const expected = judgeSheetHeader(spec.rubric);
  const row = grid[layout.headerRow - 1] ?? [];
  const found = expected.map((_, i) => cellText(row[i]));
  // Columns to the right of the table are the secretariat's own and change nothing.
  return expected.every((text, i) => tidy(text) === found[i]) ? null : { kind: 'layoutChanged', expected, found };
}

/** A cell holds nothing: '' or blank text, or an unticked checkbox (FALSE). */
function isBlankCell(value: CellValue | undefined): boolean {
  return value === undefined || value === false || (typeof value === 'string' && value.trim() === '');
}

function entryCodeAt(row: readonly CellValue[], layout: JudgeSheetLayout): string {
  return cellText(row[layout.columns.code - 1]);
}

/** Data rows end at the last row holding anything: appending below it never overwrites what a judge typed. */
function lastOccupiedRow(grid: Grid, layout: JudgeSheetLayout): number {
  for (let r = grid.length; r >= layout.firstDataRow; r--) if (!grid[r - 1].every(isBlankCell)) return r;
  return layout.firstDataRow - 1;
}

/**
 * A conflict-of-interest mark: a ticked checkbox (TRUE), or what people type in its place ("x",
 * "có", "TRUE" as text).
 */
export function isConflictMark(value: CellValue): boolean {
  return value === true || (typeof value === 'string' && readWord(BOOLEAN_WORDS, value) === 'yes');
}

export type JudgeSheetUpdate =
  | {
      kind: 'update';
      /** Rows for newly assigned entries, to write from `firstRow`; empty when nothing is new. */
      append: { firstRow: number; rows: CellValue[][] };
      /** The status of every data row after the update, appended rows included: one write in the status column. */
      status: { firstRow: number; column: number; cells: CellValue[][] };
    }
  | LayoutChanged;

/**
 * Brings an existing sheet (read from row 1) up to date with the judge's assignment. Rows never
 * move and no score cell is written: entries already in the sheet keep their row; new ones are
 * appended below the last data row, numbered on; an entry no longer assigned is marked withdrawn
 * (its scores stay, unused), one assigned again has the mark cleared. A header row not where the
 * layout puts it, or not as it expects (rubric changed, columns moved by hand), refuses the update.
 */
export function planJudgeSheetUpdate(spec: JudgeSheetSpec, existing: Grid, assigned: readonly JudgeSheetEntry[]): JudgeSheetUpdate {
  const layout = judgeSheetLayout(spec);
  const changed = layoutChange(existing, spec, layout);
  if (changed) return changed;
  const lastRow = lastOccupiedRow(existing, layout);
  const rows = existing.slice(layout.firstDataRow - 1, lastRow);
  const assignedCodes = new Set(assigned.map((e) => e.code.trim()));
  const present = new Set(rows.map((row) => entryCodeAt(row, layout)));
  const numbers = rows.map((row) => row[layout.columns.number - 1]).filter((v): v is number => typeof v === 'number');
  const nextNumber = Math.max(rows.length, ...numbers) + 1;
  const appended = uniqueByCode(assigned)
    .filter((e) => !present.has(e.code.trim()))
    .map((entry, i) => dataRow(spec, layout, entry, nextNumber + i, lastRow + 1 + i));
  const status: CellValue[][] = [
    ...rows.map((row) => {
      const code = entryCodeAt(row, layout);
      return [code === '' || assignedCodes.has(code) ? '' : JUDGE_SHEET_STATUS.withdrawn];
    }),
    ...appended.map(() => ['']),
  ];
  return {
    kind: 'update',
    append: { firstRow: lastRow + 1, rows: appended },
    status: { firstRow: layout.firstDataRow, column: layout.columns.status, cells: status },
  };
}

export interface JudgeSheetRow {
  /** The sheet row. */
  row: number;
  entryCode: string;
  /** Per criterion code: the score, or null when blank or invalid. */
  scores: Record<string, number | null>;
  invalid: { criterion: string; value: CellValue; reason: ScoreProblemReason }[];
  comment: string;
  conflict: boolean;
  withdrawn: boolean;
}

export type JudgeSheetProblem = LayoutChanged | { kind: 'duplicateEntry'; entryCode: string; rows: number[] } | { kind: 'rowWithoutCode'; row: number };

/**
 * Reads a judge's sheet (from row 1). Each criterion cell goes through readScore (blank is not
 * zero, text is never guessed). Rows with no code are skipped unless the judge typed in them
 * (rowWithoutCode). An entry found in several rows is reported and none of its rows is read:
 * which one the judge meant is theirs to say. A changed layout reads nothing.
 */
export function readJudgeSheet(grid: Grid, spec: JudgeSheetSpec): { rows: JudgeSheetRow[]; problems: JudgeSheetProblem[] } {
  const layout = judgeSheetLayout(spec);
  const changed = layoutChange(grid, spec, layout);
  if (changed) return { rows: [], problems: [changed] };
  const { columns } = layout;
  const problems: JudgeSheetProblem[] = [];
  const rows: JudgeSheetRow[] = [];
  for (let r = layout.firstDataRow; r <= grid.length; r++) {
    const cells = grid[r - 1];
    const cell = (column: number): CellValue => cells[column - 1] ?? '';
    const entryCode = entryCodeAt(cells, layout);
    if (entryCode === '') {
      if (!layout.editableColumns.every((column) => isBlankCell(cell(column)))) problems.push({ kind: 'rowWithoutCode', row: r });
      continue;
    }
    const scores: Record<string, number | null> = {};
    const invalid: JudgeSheetRow['invalid'] = [];
    spec.rubric.criteria.forEach((criterion, i) => {
      const value = cell(columns.criteria[i]);
      const reading = readScore(value, criterion);
      scores[criterion.code] = reading.kind === 'score' ? reading.value : null;
      if (reading.kind === 'invalid') invalid.push({ criterion: criterion.code, value, reason: reading.reason });
    });
    rows.push({
      row: r,
      entryCode,
      scores,
      invalid,
      // Kept as written, line breaks included.
      comment: String(cell(columns.comment)).normalize('NFC').trim(),
      conflict: isConflictMark(cell(columns.conflict)),
      withdrawn: foldText(cellText(cell(columns.status))) === foldText(JUDGE_SHEET_STATUS.withdrawn),
    });
  }
  const rowsByCode = new Map<string, number[]>();
  for (const { entryCode, row } of rows) rowsByCode.set(entryCode, [...(rowsByCode.get(entryCode) ?? []), row]);
  for (const [entryCode, at] of rowsByCode) if (at.length > 1) problems.push({ kind: 'duplicateEntry', entryCode, rows: at });
  return { rows: rows.filter((r) => rowsByCode.get(r.entryCode)?.length === 1), problems };
}

/** The score sheets a judge's rows give: one per row neither withdrawn nor declared a conflict. */
export function scoreSheetsOf(rows: readonly JudgeSheetRow[], round: RoundId, judge: string): ScoreSheet[] {
  return rows.filter((r) => !r.withdrawn && !r.conflict).map((r) => ({ entryCode: r.entryCode, judge, round, scores: { ...r.scores } }));
}
