// Custom functions receive a single cell's value or a 2-D array for a range
// (research/apps-script-platform.md §3.7) and must answer in the same shape.

import type { CellValue } from './cell';

/** Where a value sits inside the range the user passed: 1-based row and column. */
export interface CellPosition {
  row: number;
  column: number;
}

export type CellInput = CellValue | CellValue[][];

/** Applies `fn` to every cell, keeping the input's shape (a scalar stays a scalar). */
export function mapCells<T>(input: CellInput, fn: (value: CellValue, at: CellPosition) => T): T | T[][] {
  if (!Array.isArray(input)) return fn(input, { row: 1, column: 1 });
  return input.map((row, r) => row.map((value, c) => fn(value, { row: r + 1, column: c + 1 })));
}

/** Dates from another realm (a bundle loaded in its own context) fail `instanceof Date`. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A 1-based column number in A1 letters, as formulas the add-on builds need: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26)) letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return letters;
}

/** A row's cell as trimmed text, its column found by header (-1 when the sheet lacks it: ''). */
export function columnText(row: readonly CellValue[], column: number): string {
  return column < 0 ? '' : String(row[column] ?? '').trim();
}
