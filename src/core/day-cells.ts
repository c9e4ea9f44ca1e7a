// Days and instants in sheet cells, as the secretariat types them and as Sheets gives them back.
// Sheets gives a typed day as a Date at its midnight in the spreadsheet's time zone, the
// contest's (Asia/Ho_Chi_Minh): it is read in that zone, not in whatever zone the script runs in
// (under Node's UTC a local getter reads 30/08 as 29/08). Typed text is Vietnam's wall clock.

import type { CellValue } from './cell';
import { isDate } from './cell-grid';
import type { IsoDate } from './config/model';
import { calendarDateOf, dateInTimeZone, daysInMonth, slashDate, VIETNAM_TIME_ZONE, zoneOffsetMs, type CalendarDate } from './vn/dates';

/** The calendar day a Date cell stands for. */
export function dayOfDateCell(date: Date): CalendarDate {
  return dateInTimeZone(date, VIETNAM_TIME_ZONE);
}

function isoOf(year: number, month: number, day: number): IsoDate | undefined {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function typed(value: CellValue | undefined): string {
  return value === undefined ? '' : String(value).normalize('NFC').trim();
}

/** A day cell: a Date as Sheets gives it, or "dd/mm/yyyy" text. null for a blank cell, undefined for anything else. */
export function readDay(value: CellValue | undefined): IsoDate | null | undefined {
  if (value !== undefined && isDate(value)) {
    if (Number.isNaN(value.getTime())) return undefined;
    const { year, month, day } = dayOfDateCell(value);
    return isoOf(year, month, day);
  }
  const text = typed(value);
  if (text === '') return null;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  return m ? isoOf(Number(m[3]), Number(m[2]), Number(m[1])) : undefined;
}

/** A day as the add-on writes it into text cells: "05/09/2024", read back by readDay. */
export function dayText(day: IsoDate | null): string {
  const date = day === null ? undefined : calendarDateOf(day);
  return date ? slashDate(date) : '';
}

/**
 * An instant cell: a Date, or "dd/mm/yyyy", "dd/mm/yyyy hh:mm" or "dd/mm/yyyy hh:mm:ss" text read
 * as Vietnam's wall clock. null for a blank cell, undefined for anything else.
 */
export function readInstant(value: CellValue | undefined): Date | null | undefined {
  if (value !== undefined && isDate(value)) return Number.isNaN(value.getTime()) ? undefined : value;
  const text = typed(value).replace(/\s+/g, ' ');
  if (text === '') return null;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (!m || isoOf(Number(m[3]), Number(m[2]), Number(m[1])) === undefined) return undefined;
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const wall = Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1]), hour, minute, second);
  return new Date(wall - zoneOffsetMs(wall, VIETNAM_TIME_ZONE));
}
