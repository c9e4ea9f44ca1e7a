/** Time zones (through Intl), Sheets date serials and Java SimpleDateFormat for Utilities.formatDate. */
import { fail } from './errors';

export interface WallTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

export interface ZonedParts extends WallTime {
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Java (and so Apps Script) falls back to GMT for an unknown zone id instead of failing. */
export function knownTimeZone(tz: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return tz;
  } catch {
    return 'UTC';
  }
}

function formatterFor(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: knownTimeZone(tz),
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
      era: 'short',
    });
    formatters.set(tz, f);
  }
  return f;
}

export function zonedParts(ms: number, tz: string): ZonedParts {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(tz).formatToParts(new Date(ms))) parts[p.type] = p.value;
  const year = parts.era === 'BC' ? 1 - Number(parts.year) : Number(parts.year);
  const wall: WallTime = {
    year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: ((ms % 1000) + 1000) % 1000,
  };
  const offsetMinutes = Math.round((wallToEpoch(wall) - ms) / 60000);
  return { ...wall, weekday: WEEKDAYS.indexOf(parts.weekday), offsetMinutes };
}

/** Milliseconds of a wall time read as if it were UTC. */
function wallToEpoch(w: WallTime): number {
  const d = new Date(Date.UTC(2000, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond));
  d.setUTCFullYear(w.year);
  return d.getTime();
}

/** The instant at which the wall clock of `tz` shows `w`. */
export function zonedTimeToEpoch(w: WallTime, tz: string): number {
  const guess = wallToEpoch(w);
  let t = guess - zonedParts(guess, tz).offsetMinutes * 60000;
  t = guess - zonedParts(t, tz).offsetMinutes * 60000;
  return t;
}

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86400000;

/** Sheets stores dates as days since 1899-12-30 in the spreadsheet's time zone. */
export function dateToSerial(d: Date, tz: string): number {
  return (wallToEpoch(zonedParts(d.getTime(), tz)) - SERIAL_EPOCH) / DAY_MS;
}

export function serialToDate(serial: number, tz: string): Date {
  const wallMs = Math.round(SERIAL_EPOCH + serial * DAY_MS);
  const u = new Date(wallMs);
  return new Date(
    zonedTimeToEpoch(
      {
        year: u.getUTCFullYear(),
        month: u.getUTCMonth() + 1,
        day: u.getUTCDate(),
        hour: u.getUTCHours(),
        minute: u.getUTCMinutes(),
        second: u.getUTCSeconds(),
        millisecond: u.getUTCMilliseconds(),
      },
      tz,
    ),
  );
}

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December',
];
export const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

function offsetText(minutes: number, style: 'Z' | 'X1' | 'X2' | 'X3'): string {
  if (minutes === 0 && style !== 'Z') return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const h = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const m = pad(Math.abs(minutes) % 60, 2);
  if (style === 'X1') return `${sign}${h}`;
  if (style === 'X3') return `${sign}${h}:${m}`;
  return `${sign}${h}${m}`;
}

function dayOfYear(p: WallTime): number {
  return (Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / DAY_MS + 1;
}

function shortZoneName(ms: number, tz: string): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone: knownTimeZone(tz), timeZoneName: 'short' })
    .formatToParts(new Date(ms))
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? 'GMT';
}

/** Java SimpleDateFormat, as `Utilities.formatDate(date, timeZone, format)` uses it. */
export function formatJavaDate(date: Date, tz: string, pattern: string): string {
  const ms = date.getTime();
  const p = zonedParts(ms, tz);
  let out = '';
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i];
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      const stop = end < 0 ? pattern.length : end;
      out += pattern.slice(i + 1, stop).replace(/''/g, "'");
      i = stop + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i += 1;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n += 1;
    i += n;
    out += javaField(ch, n, p, ms, tz);
  }
  return out;
}

function javaField(ch: string, n: number, p: ZonedParts, ms: number, tz: string): string {
  switch (ch) {
    case 'G':
      return p.year > 0 ? 'AD' : 'BC';
    case 'y':
    case 'Y':
      return n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
    case 'M':
      if (n >= 4) return MONTH_NAMES[p.month - 1];
      if (n === 3) return MONTH_NAMES[p.month - 1].slice(0, 3);
      return pad(p.month, n);
    case 'd':
      return pad(p.day, n);
    case 'D':
      return pad(dayOfYear(p), n);
    case 'E':
      return n >= 4 ? DAY_NAMES[p.weekday] : DAY_NAMES[p.weekday].slice(0, 3);
    case 'u':
      return pad(p.weekday === 0 ? 7 : p.weekday, n);
    case 'a':
      return p.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(p.hour, n);
    case 'k':
      return pad(p.hour === 0 ? 24 : p.hour, n);
    case 'K':
      return pad(p.hour % 12, n);
    case 'h':
      return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, n);
    case 'm':
      return pad(p.minute, n);
    case 's':
      return pad(p.second, n);
    case 'S':
      return pad(p.millisecond, n);
    case 'Z':
      return offsetText(p.offsetMinutes, 'Z');
    case 'X':
      return offsetText(p.offsetMinutes, n === 1 ? 'X1' : n === 2 ? 'X2' : 'X3');
    case 'z':
      return shortZoneName(ms, tz);
    default:
      return fail(`Illegal pattern character '${ch}'`);
  }
}
