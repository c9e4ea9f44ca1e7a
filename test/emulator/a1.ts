/** A1 notation: `B2`, `A1:C3`, `A:A`, `2:3`, `'My sheet'!A1:B2`, with optional `$` anchors. */

export interface Rect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export function columnToLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellA1(row: number, col: number): string {
  return `${columnToLetters(col)}${row}`;
}

export function rectToA1(r: Rect): string {
  const start = cellA1(r.row, r.col);
  return r.numRows === 1 && r.numCols === 1 ? start : `${start}:${cellA1(r.row + r.numRows - 1, r.col + r.numCols - 1)}`;
}

interface Endpoint {
  row?: number;
  col?: number;
}

function parseEndpoint(s: string): Endpoint | null {
  const m = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/.exec(s);
  if (!m || (!m[1] && !m[2])) return null;
  const ep: Endpoint = {};
  if (m[1]) ep.col = lettersToColumn(m[1]);
  if (m[2]) ep.row = Number(m[2]);
  if (ep.row === 0) return null;
  return ep;
}

/** Splits `Sheet!A1` into its sheet name (unquoted) and range part. */
export function splitSheetName(a1: string): { sheetName?: string; ref: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { ref: a1 };
  let name = a1.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'") && name.length >= 2) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, ref: a1.slice(bang + 1) };
}

/**
 * Resolves the range part of an A1 string against a sheet's size; whole columns and rows span the
 * sheet. Returns null when the text is not A1 notation.
 */
export function parseA1Range(ref: string, maxRows: number, maxCols: number): Rect | null {
  const parts = ref.trim().split(':');
  if (parts.length > 2) return null;
  const a = parseEndpoint(parts[0]);
  const b = parts.length === 2 ? parseEndpoint(parts[1]) : a;
  if (!a || !b) return null;
  if (parts.length === 1 && (a.row === undefined || a.col === undefined)) return null;
  // `A2:A` runs to the last row; `A:B2` is not A1 notation.
  if ((a.row === undefined && b.row !== undefined) || (a.col === undefined && b.col !== undefined)) return null;
  const r1 = a.row ?? 1;
  const r2 = b.row ?? maxRows;
  const c1 = a.col ?? 1;
  const c2 = b.col ?? maxCols;
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  return { row, col, numRows: Math.abs(r2 - r1) + 1, numCols: Math.abs(c2 - c1) + 1 };
}

export function rectContains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.col + inner.numCols <= outer.col + outer.numCols
  );
}
