// Text from users is data. Apps Script's setValues/appendRow read strings as if a person typed
// them (USER_ENTERED): "=…" becomes a formula, "+…", "-…", "@…" may too, "0912345678" becomes a
// number, "16/8/2024" a date, "TRUE" a boolean (research/apps-script-platform.md §4.1). A leading
// apostrophe makes Sheets keep the text as typed and is not part of the stored value, so every
// string that Sheets would re-interpret is written with one.

import type { CellValue } from './cell';

const FORMULA_TRIGGER = /^[=+\-@\t\r]/;
const NUMBER_LIKE = /^\s*[+-]?(\d[\d.,\s]*)?\.?\d+(e[+-]?\d+)?\s*%?\s*$/i;
const BOOLEAN_LIKE = /^\s*(true|false)\s*$/i;
const DATE_OR_TIME_LIKE = /^\s*(\d{1,4}[/.-]\d{1,2}([/.-]\d{1,4})?|\d{1,2}:\d{2})/;

/** True when Sheets would store this string as something other than the same text. */
export function wouldBeReinterpreted(text: string): boolean {
  return (
    text.startsWith("'") ||
    FORMULA_TRIGGER.test(text) ||
    NUMBER_LIKE.test(text) ||
    BOOLEAN_LIKE.test(text) ||
    DATE_OR_TIME_LIKE.test(text)
  );
}

/**
 * Sheets refuses a whole write when one cell holds more than 50,000 characters ("Your input
 * contains more than the maximum of 50000 characters in a single cell"), so long text is cut
 * to fit, ending with `marker`, and the write goes through. The caller keeps the full text elsewhere.
 */
export const CELL_TEXT_LIMIT = 50_000;

export function fitCell(value: CellValue, marker: string): CellValue {
  if (typeof value !== 'string' || value.length <= CELL_TEXT_LIMIT - 1) return value;
  // One character spare for the apostrophe literalCell may add.
  return value.slice(0, CELL_TEXT_LIMIT - 1 - marker.length) + marker;
}

/** The value to hand to setValues so that the cell holds exactly `value`. */
export function literalCell(value: CellValue): CellValue {
  return typeof value === 'string' && wouldBeReinterpreted(value) ? `'${value}` : value;
}

/** A string the add-on built as a formula; adapters pass it through only in the columns that expect one. */
export function isFormula(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith('=');
}
