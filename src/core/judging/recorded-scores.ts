// What a judge changed since the system last looked, for the audit log (nhật ký chấm điểm). Each
// data row of a judge's sheet carries, in hidden columns, the values last logged; the edit trigger
// (shared mode) and the sync (both modes: in private mode an add-on cannot install triggers on
// other files) compare a band of rows with them and write the new values back, so every edit is
// logged once, whichever of the two sees it first.

import type { CellValue, Grid } from '../cell';
import { isDate } from '../cell-grid';
import { isConflictMark, JUDGE_SHEET_COLUMNS, type JudgeSheetLayout } from './judge-sheet';

/** The field of a change to the conflict checkbox; it has spaces, so no criterion code (LIST_CODE) is ever equal to it. */
export const CONFLICT_FIELD = JUDGE_SHEET_COLUMNS.conflict;

export interface ScoreChange {
  entryCode: string;
  /** The sheet row. */
  row: number;
  /** A criterion code, or CONFLICT_FIELD. */
  field: string;
  /** The value last recorded ('' when never recorded). */
  before: CellValue;
  after: CellValue;
}

/** Blank text is '' (readScore reads it as not scored); dates compare by instant. */
function sameScoreCell(a: CellValue, b: CellValue): boolean {
  const blank = (v: CellValue): boolean => typeof v === 'string' && v.trim() === '';
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  if (isDate(a) || isDate(b)) return isDate(a) && isDate(b) && a.getTime() === b.getTime();
  return a === b;
}

/**
 * The changes in a band of whole sheet rows (`rows[0]` is sheet row `firstRow`) since the values
 * recorded in them, and the block of recorded cells to write so that the next call sees none:
 * the rows from the first to the last changed one, starting at the first recorded column; null
 * when nothing changed. Rows above the table and rows without an entry code are not looked at.
 * The conflict compares as a mark: FALSE and a never-recorded '' are the same.
 */
export function changesSinceRecorded(
  layout: JudgeSheetLayout,
  rows: Grid,
  firstRow: number,
): { changes: ScoreChange[]; recorded: { firstRow: number; column: number; cells: CellValue[][] } | null } {
  const { columns } = layout;
  const fields = [...layout.criterionCodes, CONFLICT_FIELD];
  const changes: ScoreChange[] = [];
  const recordedRows: CellValue[][] = [];
  let firstChanged = -1;
  let lastChanged = -1;
  rows.forEach((cells, i) => {
    const row = firstRow + i;
    const cell = (column: number): CellValue => cells[column - 1] ?? '';
    const current = [...columns.criteria, columns.conflict].map(cell);
    const recorded = [...columns.recorded, columns.recordedConflict].map(cell);
    const entryCode = String(cell(columns.code)).trim();
    if (row < layout.firstDataRow || entryCode === '') {
      recordedRows.push(recorded);
      return;
    }
    let changed = false;
    fields.forEach((field, k) => {
      const [before, after] = [recorded[k], current[k]];
      const same = field === CONFLICT_FIELD ? isConflictMark(before) === isConflictMark(after) : sameScoreCell(before, after);
      if (same) return;
      changes.push({ entryCode, row, field, before, after });
      changed = true;
    });
    recordedRows.push(current);
    if (changed) {
      if (firstChanged < 0) firstChanged = i;
      lastChanged = i;
    }
  });
  if (firstChanged < 0) return { changes, recorded: null };
  return {
    changes,
    recorded: { firstRow: firstRow + firstChanged, column: layout.hiddenColumns.first, cells: recordedRows.slice(firstChanged, lastChanged + 1) },
  };
}
