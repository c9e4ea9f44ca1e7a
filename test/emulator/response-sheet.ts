/**
 * The sheet Google Forms writes responses into: its name and first headers, one row per response
 * (answers parsed like typed input but never as formulas), and the event object spreadsheet
 * onFormSubmit triggers receive. Used by `emu.forms.respond` and `emu.triggers.submitForm`.
 */
import { type CellValue, displayValue } from './cell-values';
import { AuthMode } from './enums';
import type { Answer } from './form-model';
import { FormulaError } from './formulas';
import { RangeImpl } from './range';
import type { Runtime } from './runtime';
import type { SheetData, SpreadsheetData } from './sheet-model';
import type { TriggerRecord } from './triggers';

export interface ResponseSheetLabels {
  /** The sheet is named `<prefix> <n>`. */
  sheetPrefix: string;
  timestamp: string;
  email: string;
}

const ENGLISH: ResponseSheetLabels = { sheetPrefix: 'Form Responses', timestamp: 'Timestamp', email: 'Email Address' };
/** The names a Vietnamese account gets, as they appear in practitioners' scripts and exports. */
const VIETNAMESE: ResponseSheetLabels = { sheetPrefix: 'Câu trả lời biểu mẫu', timestamp: 'Dấu thời gian', email: 'Địa chỉ email' };

/**
 * Forms names the response sheet and its first columns in the language of the person who links
 * the form [assumed: the research does not say whose language; the emulator uses the locale of the
 * execution that calls setDestination].
 */
export function responseSheetLabels(locale: string): ResponseSheetLabels {
  return locale.toLowerCase().startsWith('vi') ? VIETNAMESE : ENGLISH;
}

/** `Form Responses 1`, or the first number not taken. */
export function newResponseSheetName(ss: SpreadsheetData, prefix: string): string {
  for (let n = 1; ; n++) if (!ss.sheetNamed(`${prefix} ${n}`)) return `${prefix} ${n}`;
}

/**
 * The header row: written when the sheet is empty, else extended with the answer headers it
 * lacks. Forms adds a column for a new question and never moves or removes one.
 */
export function ensureHeaders(sheet: SheetData, timestampHeader: string, answerHeaders: string[]): string[] {
  const width = sheet.contentBounds().lastCol;
  const headers: string[] = [];
  for (let c = 1; c <= width; c++) headers.push(String(sheet.cell(1, c)?.value ?? ''));
  if (!headers.length) headers.push(timestampHeader);
  for (const h of answerHeaders) if (!headers.includes(h)) headers.push(h);
  if (headers.length > sheet.maxCols) sheet.maxCols = headers.length;
  headers.forEach((h, j) => {
    sheet.ensureCell(1, j + 1).value = h;
  });
  return headers;
}

export interface ResponseRow {
  row: number;
  headers: string[];
  /** Display strings of the row, in column order, as the Sheets event carries them (§1.4). */
  values: string[];
}

/**
 * Writes one response: the timestamp in column A and each answer under its header (checkbox
 * answers joined with ", "); `null` clears a cell, a header absent from `answers` is left alone
 * (columns a script added). With `row` the row is rewritten in place, else it lands below the
 * last row with content.
 */
export function writeResponseRow(
  rt: Runtime,
  sheet: SheetData,
  headers: string[],
  timestamp: Date,
  answers: Map<string, Answer | null>,
  row?: number,
): ResponseRow {
  const ss = sheet.parent;
  const at = row ?? ss.recalc.bounds(sheet).lastRow + 1;
  if (at > sheet.maxRows) sheet.maxRows = at;
  const now = rt.clock.now();
  const stamp = sheet.ensureCell(at, 1);
  stamp.value = new Date(timestamp);
  stamp.format ??= ss.locale.startsWith('en') ? 'M/d/yyyy H:mm:ss' : 'd/M/yyyy H:mm:ss';
  headers.forEach((h, j) => {
    if (j === 0 || !answers.has(h)) return;
    const a = answers.get(h) ?? '';
    sheet.store(at, j + 1, Array.isArray(a) ? a.join(', ') : a, now, false);
  });
  ss.touch();
  return { row: at, headers, values: headers.map((_h, j) => shownValue(ss, sheet, at, j + 1)) };
}

export function shownValue(ss: SpreadsheetData, sheet: SheetData, row: number, col: number): string {
  ss.recalc.prepare(sheet, { row, col, numRows: 1, numCols: 1 });
  const v: CellValue | FormulaError = ss.recalc.value(sheet, row, col);
  return v instanceof FormulaError ? v.code : displayValue(v, sheet.cell(row, col)?.format, ss.locale, ss.timeZone);
}

/** `namedValues` maps each header to a list, because two questions may share a title (§3.2). */
export function namedValuesOf(headers: string[], values: string[]): Record<string, string[]> {
  const named: Record<string, string[]> = {};
  headers.forEach((h, j) => (named[h] ??= []).push(values[j]));
  return named;
}

/** The Sheets form-submit event (§1.4): `{ authMode, namedValues, range, triggerUid, values }`. */
export function sheetSubmitEvent(
  rt: Runtime,
  sheet: SheetData,
  row: number,
  headers: string[],
  values: string[],
): (t: TriggerRecord) => GoogleAppsScript.Events.SheetsOnFormSubmit {
  return (t) =>
    ({
      authMode: AuthMode.FULL,
      namedValues: namedValuesOf(headers, values),
      range: new RangeImpl(rt, sheet, { row, col: 1, numRows: 1, numCols: headers.length }),
      triggerUid: t.id,
      values: [...values],
    }) as unknown as GoogleAppsScript.Events.SheetsOnFormSubmit;
}
