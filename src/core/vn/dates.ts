/**
 * Dates as Vietnamese administrative documents write them (Nghị định 30/2020/NĐ-CP,
 * research/vietnamese-domain.md §1.5).
 */

/** A calendar day with no time or zone: documents are dated by the day in Vietnam. */
export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The day a 'YYYY-MM-DD' string names, or undefined when it is not a real calendar day. */
export function calendarDateOf(iso: string): CalendarDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? { year, month, day } : undefined;
}

/** A real calendar day written 'YYYY-MM-DD'. */
export function isIsoDate(value: string): boolean {
  return calendarDateOf(value) !== undefined;
}

/** "16/08/2024": day and month always two digits, as dates are typed in sheets (unlike ND 30's text style). */
export function slashDate({ year, month, day }: CalendarDate): string {
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

function checkDate(date: CalendarDate): void {
  const { year, month, day } = date;
  const valid =
    Number.isInteger(year) && year >= 1 && year <= 9999 &&
    Number.isInteger(month) && month >= 1 && month <= 12 &&
    Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);
  if (!valid) throw new Error(`Ngày không hợp lệ: ngày ${day} tháng ${month} năm ${year}.`);
}

/**
 * ND 30/2020 pads days below 10 and the months 1 and 2 with a zero, and nothing else
 * (research §1.5: "ngày 05 tháng 01", "ngày 16 tháng 8", "ngày 01 tháng 12").
 */
function dayText(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

function monthText(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

/** "ngày 05 tháng 02 năm 2024", "ngày 16 tháng 8 năm 2024". */
export function documentDate(date: CalendarDate): string {
  checkDate(date);
  return `ngày ${dayText(date.day)} tháng ${monthText(date.month)} năm ${date.year}`;
}

/** The địa danh and date line: "Hậu Giang, ngày 16 tháng 8 năm 2024". */
export function placeAndDate(place: string, date: CalendarDate): string {
  const name = place.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (name === '') throw new Error('Chưa có địa danh cho dòng ngày tháng.');
  return `${name}, ${documentDate(date)}`;
}

/**
 * Numeric form used in running text ("Kế hoạch số 612/KH-UBND ngày 16/3/2023"). The seed plans
 * apply the same padding rule as the long form: "29/01/2021", "05/3/2024", "01/9/2020".
 */
export function shortDate(date: CalendarDate): string {
  checkDate(date);
  return `${dayText(date.day)}/${monthText(date.month)}/${date.year}`;
}

/** A period as the seed plans write it: "01/7–16/8/2024"; the year is repeated only if it differs. */
export function shortDateRange(from: CalendarDate, to: CalendarDate): string {
  const end = shortDate(to);
  if (from.year !== to.year) return `${shortDate(from)}–${end}`;
  checkDate(from);
  return `${dayText(from.day)}/${monthText(from.month)}–${end}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    try {
      // The whole wall clock, for the day of an instant and for a zone's offset from UTC alike.
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        calendar: 'gregory',
        numberingSystem: 'latn',
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        era: 'short',
      });
    } catch {
      throw new Error(`Múi giờ không hợp lệ: "${timeZone}".`);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The calendar day of an instant in a time zone (default Asia/Ho_Chi_Minh, UTC+7): 31/12 at
 * 23:30 UTC is already 01/01 in Vietnam, and a script's server time zone must not decide it.
 */
export function dateInTimeZone(instant: Date, timeZone: string = VIETNAM_TIME_ZONE): CalendarDate {
  if (Number.isNaN(instant.getTime())) throw new Error('Thời điểm không hợp lệ (Invalid Date).');
  const parts = formatterFor(timeZone).formatToParts(instant);
  const field = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value);
  return { year: field('year'), month: field('month'), day: field('day') };
}

/** Milliseconds the wall clock of `timeZone` is ahead of UTC at `instant` (ms since the epoch). */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(instant));
  const field = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  const wall = new Date(Date.UTC(2000, field('month') - 1, field('day'), field('hour'), field('minute'), field('second')));
  // Years before the common era count back from 1 BC, which is year 0.
  wall.setUTCFullYear(parts.find((p) => p.type === 'era')?.value === 'BC' ? 1 - field('year') : field('year'));
  return Math.round((wall.getTime() - Math.floor(instant / 1000) * 1000) / 60_000) * 60_000;
}

const DAY_MS = 86_400_000;

/** Whole days from one 'YYYY-MM-DD' day to another (negative when `to` is earlier; NaN for a string that is not a day). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
/** Day 0 of spreadsheet serial dates, 30/12/1899, as wall-clock time. */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * The instant a spreadsheet serial date stands for: days since 30/12/1899 as wall-clock time in
 * `timeZone`, whatever the zone (an offset that changes between the first guess and the answer,
 * as at a DST switch, is what the second step corrects).
 */
export function instantOfSerialDate(serial: number, timeZone: string): Date {
  const wall = Math.round(SERIAL_EPOCH_MS + serial * DAY_MS);
  const guess = wall - zoneOffsetMs(wall, timeZone);
  return new Date(wall - zoneOffsetMs(guess, timeZone));
}
