// What the replication sheets' readers share: the problems they report (codes and parameters, never
// sentences: src/ui/messages renders them), the reading of headers, cells and years that finds
// them (days and instants: src/core/day-cells.ts), and how codes are compared. A problem never stops anything: the row
// is kept or skipped as its code says, so the secretariat sees every line the add-on could not use
// as typed.

import type { CellValue, Grid } from '../cell';
import { isDate } from '../cell-grid';
import { foldText } from '../config/workbook-vocabulary';
import { dayOfDateCell } from '../day-cells';
import { slashDate } from '../vn/dates';

/**
 * Every problem code, with what happened to the line (params in brackets):
 * - missingColumn [column]: the header lacks this column; every row reads it as blank (row 1).
 * - missingCode [column]: a row with content but no code in `column`; the row is skipped
 *   (agencies: no agency code; plan: no initiative code; tracking: no initiative or agency code).
 * - duplicateCode [code, firstRow]: an initiative's code is used again; both rows are kept.
 * - unreadableYear [value]: the recognition year is not a year; the row is kept with no year.
 * - unknownEntry [entryCode]: the entry code is not in the Entries sheet; the row is kept as typed
 *   (reported by the app from completeFromRegister's unknownEntries).
 * - duplicateAgency [code, firstRow]: an agency's code is used again; this row is skipped, the first kept.
 * - invalidEmail [agency, email]: not an e-mail address; it is left out, the agency kept.
 * - unknownInitiative [code]: the plan names an initiative not in the register; the plan line is skipped.
 * - unknownAgency [initiative, agency]: the plan names an agency not in the agencies sheet; that agency is skipped.
 * - noAgencies [initiative]: a plan line assigns the initiative to nobody; it assigns nothing.
 * - ownerAssigned [initiative, agency]: the plan asks the initiative's own unit to apply it; that agency is skipped.
 * - duplicatePair [initiative, agency, otherRow]: a pair planned on an earlier line too; this (later) line's due date wins.
 * - duplicateTrackingRow [initiative, agency, firstRow]: the pair has two tracking rows; this one is skipped, the first kept.
 * - unreadableDue [value]: the due date is not a dd/mm/yyyy day; the line is kept with no due date.
 * - unreadableStatus [value]: the status is none of the status words; it is read as not started.
 * - unreadableUpdatedAt [value]: "updated at" is not a day and time; it is read as blank.
 */
export const REPLICATION_PROBLEM_CODES = [
  'missingColumn',
  'missingCode',
  'duplicateCode',
  'unreadableYear',
  'unknownEntry',
  'duplicateAgency',
  'invalidEmail',
  'unknownInitiative',
  'unknownAgency',
  'noAgencies',
  'ownerAssigned',
  'duplicatePair',
  'duplicateTrackingRow',
  'unreadableDue',
  'unreadableStatus',
  'unreadableUpdatedAt',
] as const;

export type ReplicationProblemCode = (typeof REPLICATION_PROBLEM_CODES)[number];

export interface ReplicationProblem {
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  code: ReplicationProblemCode;
  params: Record<string, string | number>;
}

/** A cell as trimmed NFC text; a Date someone pasted into a text column reads as its day. */
export function cellText(value: CellValue | undefined): string {
  if (value === undefined) return '';
  if (isDate(value)) return Number.isNaN(value.getTime()) ? '' : slashDate(dayOfDateCell(value));
  return String(value).normalize('NFC').trim();
}

/** A row a person sees as empty. */
export function isBlankRow(row: readonly CellValue[]): boolean {
  return row.every((cell) => cellText(cell) === '');
}

/**
 * Where each of `header`'s columns is in the sheet, found by its header text whatever its case,
 * accents or spacing (the secretariat may move columns); -1 for one the sheet lacks, with a
 * missingColumn problem when it is one the reader uses (`used`, every column by default). A sheet
 * with no header row at all (new, or emptied) reports nothing.
 */
export function sheetColumns(
  sheet: string,
  grid: Grid,
  header: readonly string[],
  used: readonly string[] = header,
): { columns: number[]; problems: ReplicationProblem[] } {
  const present = (grid[0] ?? []).map((cell) => foldText(cellText(cell)));
  const columns = header.map((name) => present.indexOf(foldText(name)));
  const hasHeader = present.some((name) => name !== '');
  const problems: ReplicationProblem[] = hasHeader
    ? header.flatMap((name, i) => (columns[i] < 0 && used.includes(name) ? [{ sheet, row: 1, code: 'missingColumn' as const, params: { column: name } }] : []))
    : [];
  return { columns, problems };
}

/** A row's cell under the header's `index`-th column (sheetColumns' `columns`); undefined when the sheet lacks that column. */
export function cellOf(cells: readonly CellValue[], columns: readonly number[], index: number): CellValue | undefined {
  return columns[index] < 0 ? undefined : cells[columns[index]];
}

/** A year cell: a whole number or its digits ("2024"). null for a blank cell, undefined for anything else. */
export function readYear(value: CellValue | undefined): number | null | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1000 && value <= 9999 ? value : undefined;
  const text = cellText(value);
  if (text === '') return null;
  return /^\d{4}$/.test(text) ? Number(text) : undefined;
}

/** Codes are compared trimmed and whatever their case: "sk2024-01" is "SK2024-01". */
export function codeKey(code: string): string {
  return code.normalize('NFC').trim().toUpperCase();
}

/** One initiative × agency pair as a key, codes compared as codeKey compares them. */
export function pairKey(initiativeCode: string, agencyCode: string): string {
  return `${codeKey(initiativeCode)}\u0000${codeKey(agencyCode)}`;
}

/** A field of each listed item by its code; the first item of a code wins. */
export function firstByCode<T extends { code: string }>(items: readonly T[], field: (x: T) => string): Map<string, string> {
  const map = new Map<string, string>();
  for (const x of items) if (!map.has(codeKey(x.code))) map.set(codeKey(x.code), field(x));
  return map;
}
