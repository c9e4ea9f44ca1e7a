/**
 * What a cell holds and how Sheets reads and shows it: USER_ENTERED parsing of written values
 * (Range.setValues, appendRow and typing all parse like a person typing), the types getValues
 * returns, and display formatting by number format, locale and time zone.
 */
import { types } from 'node:util'; // realm-safe: a bundle in its own VM context makes its own Dates
import { dateToSerial, DAY_NAMES, MONTH_NAMES, pad, serialToDate, zonedParts, zonedTimeToEpoch } from './dates';
import { fail, MESSAGES } from './errors';

export type CellValue = string | number | boolean | Date;

export const MAX_CELL_CHARS = 50000;
export const TEXT_FORMAT = '@';

export interface LocaleConventions {
  decimal: string;
  group: string;
  dateOrder: 'DMY' | 'MDY' | 'YMD';
}

const conventions = new Map<string, LocaleConventions>();

/** Separators and day/month order of a spreadsheet locale such as `vi_VN` or `en_US`. */
export function localeConventions(locale: string): LocaleConventions {
  let c = conventions.get(locale);
  if (c) return c;
  const tag = locale.replace('_', '-');
  let parts: Intl.NumberFormatPart[];
  let order: string;
  try {
    parts = new Intl.NumberFormat(tag).formatToParts(12345.5);
    order = new Intl.DateTimeFormat(tag, { timeZone: 'UTC' })
      .formatToParts(new Date(Date.UTC(2001, 10, 22)))
      .filter((p) => p.type === 'day' || p.type === 'month' || p.type === 'year')
      .map((p) => p.type[0].toUpperCase())
      .join('');
  } catch {
    return localeConventions('en_US');
  }
  c = {
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    dateOrder: order === 'MDY' || order === 'YMD' ? order : 'DMY',
  };
  conventions.set(locale, c);
  return c;
}

export interface ParseContext {
  /** The cell's number format; undefined is Automatic/General. */
  format: string | undefined;
  locale: string;
  timeZone: string;
  /** Virtual now, for dates typed without a year. */
  now: number;
}

export interface ParsedInput {
  /** Absent when the cell becomes empty or holds a formula. */
  value?: CellValue;
  formula?: string;
  /** Number format Sheets applies when the text implies one (percent, grouping, dates). */
  impliedFormat?: string;
}

export function checkCellLength(input: unknown): void {
  if (typeof input === 'string' && input.length > MAX_CELL_CHARS) fail(MESSAGES.cellTooLong);
}

/** Parses one written value as USER_ENTERED does. */
export function parseUserEntered(input: unknown, ctx: ParseContext): ParsedInput {
  if (input === null || input === undefined || input === '') return {};
  if (typeof input === 'number') return Number.isFinite(input) ? { value: input } : { value: String(input) };
  if (typeof input === 'boolean') return { value: input };
  if (types.isDate(input)) return Number.isNaN(input.getTime()) ? { value: String(input) } : { value: new Date(input) };
  if (typeof input !== 'string') return { value: String(input) };
  if (ctx.format === TEXT_FORMAT) return { value: input };
  if (input.startsWith("'")) return input.length > 1 ? { value: input.slice(1) } : {};
  if (input.startsWith('=')) return { formula: input };
  const t = input.trim();
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true' };
  const num = parseNumber(t, localeConventions(ctx.locale));
  if (num) return num;
  const date = parseDate(t, ctx);
  if (date) return date;
  // Sheets reads a leading + - @ as the start of a formula; text that is not a number fails to parse.
  if (input.length > 1 && /^[+\-@]/.test(input)) return { formula: `=${input}` };
  return { value: input };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function parseNumber(t: string, c: LocaleConventions): ParsedInput | null {
  const g = escapeRe(c.group);
  const d = escapeRe(c.decimal);
  const re = new RegExp(`^([+-])?(\\d{1,3}(?:${g}\\d{3})+|\\d*)(?:${d}(\\d*))?(?:[eE]([+-]?\\d+))?(%)?$`);
  const m = re.exec(t);
  if (!m || !/\d/.test((m[2] ?? '') + (m[3] ?? ''))) return null;
  const intPart = m[2].split(c.group).join('');
  let n = Number(`${intPart || '0'}.${m[3] || '0'}${m[4] ? `e${m[4]}` : ''}`);
  if (m[1] === '-') n = -n;
  const decimals = m[3] ? m[3].length : 0;
  if (m[5]) return { value: n / 100, impliedFormat: decimals ? `0.${'0'.repeat(decimals)}%` : '0%' };
  const grouped = m[2].includes(c.group) && m[2].length > 3;
  if (grouped) return { value: n, impliedFormat: decimals ? `#,##0.${'0'.repeat(decimals)}` : '#,##0' };
  return { value: n };
}

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length > 2) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

function defaultDateFormat(order: LocaleConventions['dateOrder'], withTime: boolean): string {
  const date = order === 'MDY' ? 'M/d/yyyy' : order === 'YMD' ? 'yyyy/M/d' : 'd/M/yyyy';
  return withTime ? `${date} H:mm:ss` : date;
}

function parseDate(t: string, ctx: ParseContext): ParsedInput | null {
  const c = localeConventions(ctx.locale);
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (time) {
    const [h, mi, s] = [Number(time[1]), Number(time[2]), Number(time[3] ?? 0)];
    if (h > 23 || mi > 59 || s > 59) return null;
    return { value: serialToDate((h * 3600 + mi * 60 + s) / 86400, ctx.timeZone), impliedFormat: 'H:mm:ss' };
  }
  let y: number;
  let mo: number;
  let d: number;
  let rest: string | undefined;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](.+))?$/.exec(t);
  const local = /^(\d{1,4})\/(\d{1,2})(?:\/(\d{1,4}))?(?:\s+(.+))?$/.exec(t);
  if (iso) {
    [y, mo, d, rest] = [Number(iso[1]), Number(iso[2]), Number(iso[3]), iso[4]];
  } else if (local) {
    const a = local[1];
    const b = local[2];
    const year = local[3] !== undefined ? fullYear(local[3]) : zonedParts(ctx.now, ctx.timeZone).year;
    rest = local[4];
    if (c.dateOrder === 'MDY') [mo, d, y] = [Number(a), Number(b), year];
    else if (c.dateOrder === 'YMD' && local[3] !== undefined) [y, mo, d] = [fullYear(a), Number(b), Number(local[3])];
    else [d, mo, y] = [Number(a), Number(b), year];
  } else {
    return null;
  }
  if (!validDay(y, mo, d)) return null;
  let h = 0;
  let mi = 0;
  let s = 0;
  if (rest !== undefined) {
    const tm = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(rest.trim());
    if (!tm) return null;
    [h, mi, s] = [Number(tm[1]), Number(tm[2]), Number(tm[3] ?? 0)];
    if (h > 23 || mi > 59 || s > 59) return null;
  }
  const when = zonedTimeToEpoch({ year: y, month: mo, day: d, hour: h, minute: mi, second: s, millisecond: 0 }, ctx.timeZone);
  return { value: new Date(when), impliedFormat: defaultDateFormat(c.dateOrder, rest !== undefined) };
}

// ---------------------------------------------------------------------------------------------
// Number formats

/** Splits a format into sections and tokens, keeping quoted and escaped text literal. */
function splitSections(format: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end;
      cur += format.slice(i, stop + 1);
      i = stop;
    } else if (ch === '\\') {
      cur += format.slice(i, i + 2);
      i += 1;
    } else if (ch === ';') {
      out.push(cur);
      cur = '';
    } else {
      cur += ch;
    }
  }
  out.push(cur);
  return out;
}

/** The format with quoted and escaped text removed, to look for placeholders. */
function unquoted(format: string): string {
  return format.replace(/"[^"]*"?/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
}

export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === TEXT_FORMAT) return false;
  return /[dyhs]|m/i.test(unquoted(splitSections(format)[0]).replace(/am\/pm|a\/p/gi, '').replace(/E[+-]/g, ''));
}

export function isNumberFormat(format: string | undefined): boolean {
  return !!format && format !== TEXT_FORMAT && !isDateFormat(format) && /[0#?]/.test(unquoted(format));
}

/** Rounds half away from zero on the decimal digits, as Sheets displays (2.675 → 2.68). */
function roundHalfAway(x: number, decimals: number): number {
  const scaled = Number(`${Math.abs(x).toPrecision(15)}e${decimals}`);
  return (Math.sign(x) * Math.round(scaled)) / 10 ** decimals;
}

function groupDigits(int: string, sep: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

function formatNumberSection(x: number, section: string, c: LocaleConventions): string {
  let prefix = '';
  let suffix = '';
  let intPattern = '';
  let decPattern = '';
  let inNumber = false;
  let afterNumber = false;
  let afterPoint = false;
  let percent = false;
  let grouping = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    let literal: string;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      literal = section.slice(i + 1, stop);
      i = stop;
    } else if (ch === '\\') {
      literal = section[i + 1] ?? '';
      i += 1;
    } else if (ch === '_' || ch === '*') {
      literal = ch === '_' ? ' ' : '';
      i += 1;
    } else if ((ch === '0' || ch === '#' || ch === '?') && !afterNumber) {
      inNumber = true;
      if (afterPoint) decPattern += ch;
      else intPattern += ch;
      continue;
    } else if (ch === '.' && !afterPoint && !afterNumber && (inNumber || /[0#?]/.test(section[i + 1] ?? ''))) {
      inNumber = true;
      afterPoint = true;
      continue;
    } else if (ch === ',' && inNumber && !afterPoint && !afterNumber) {
      grouping = true;
      continue;
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      i = end < 0 ? section.length : end;
      continue;
    } else {
      if (ch === '%') percent = true;
      literal = ch;
    }
    if (inNumber) afterNumber = true;
    if (afterNumber) suffix += literal;
    else prefix += literal;
  }
  const decimals = decPattern.length;
  const minDecimals = (decPattern.match(/0/g) ?? []).length;
  const rounded = roundHalfAway(percent ? x * 100 : x, decimals);
  let [int, dec = ''] = rounded.toFixed(decimals).split('.');
  while (dec.length > minDecimals && dec.endsWith('0')) dec = dec.slice(0, -1);
  const minInt = (intPattern.match(/0/g) ?? []).length;
  if (int === '0' && minInt === 0) int = '';
  if (int.length < minInt) int = '0'.repeat(minInt - int.length) + int;
  if (grouping) int = groupDigits(int, c.group);
  const body = dec ? `${int}${c.decimal}${dec}` : int;
  return `${prefix}${body}${suffix}`;
}

function formatNumber(x: number, format: string, c: LocaleConventions): string {
  const sections = splitSections(format);
  if (x < 0 && sections.length > 1) return formatNumberSection(-x, sections[1], c);
  if (x === 0 && sections.length > 2) return formatNumberSection(0, sections[2], c);
  const s = formatNumberSection(Math.abs(x), sections[0], c);
  return x < 0 && /[1-9]/.test(s) ? `-${s}` : s;
}

/** Automatic format: up to 10 significant digits, no grouping. */
function formatGeneral(x: number, c: LocaleConventions): string {
  if (x === 0) return '0';
  const abs = Math.abs(x);
  if (abs >= 1e15 || abs < 1e-10) {
    const [m, e] = x.toExponential(5).split('e');
    const mant = m.replace(/\.?0+$/, '').replace('.', c.decimal);
    const exp = Number(e);
    return `${mant}E${exp < 0 ? '-' : '+'}${pad(Math.abs(exp), 2)}`;
  }
  let s = String(Number(x.toPrecision(10)));
  if (/e/.test(s)) s = Number(x.toPrecision(10)).toFixed(20).replace(/\.?0+$/, '');
  return s.replace('.', c.decimal);
}

// ---------------------------------------------------------------------------------------------
// Date formats (Sheets' letters: case-insensitive; m is minutes next to h or s, months otherwise)

type DateToken = { kind: 'lit'; text: string } | { kind: 'field'; code: string };

function tokenizeDateFormat(format: string): DateToken[] {
  const tokens: DateToken[] = [];
  for (let i = 0; i < format.length; ) {
    const ch = format[i];
    const lower = ch.toLowerCase();
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end;
      tokens.push({ kind: 'lit', text: format.slice(i + 1, stop) });
      i = stop + 1;
    } else if (ch === '\\') {
      tokens.push({ kind: 'lit', text: format[i + 1] ?? '' });
      i += 2;
    } else if (/^(am\/pm|a\/p)/i.test(format.slice(i))) {
      const len = /^am\/pm/i.test(format.slice(i)) ? 5 : 3;
      tokens.push({ kind: 'field', code: format.slice(i, i + len).toLowerCase() });
      i += len;
    } else if ('dmyhs'.includes(lower)) {
      let n = 1;
      while (format[i + n]?.toLowerCase() === lower) n += 1;
      tokens.push({ kind: 'field', code: lower.repeat(n) });
      i += n;
    } else if (ch === '.' && format[i + 1] === '0') {
      let n = 1;
      while (format[i + 1 + n] === '0') n += 1;
      tokens.push({ kind: 'field', code: `.${'0'.repeat(n)}` });
      i += n + 1;
    } else {
      tokens.push({ kind: 'lit', text: ch });
      i += 1;
    }
  }
  // m/mm means minutes after an hour field or before a seconds field.
  const fields = tokens.filter((t): t is { kind: 'field'; code: string } => t.kind === 'field');
  fields.forEach((t, idx) => {
    if (t.code[0] !== 'm' || t.code.length > 2) return;
    const prev = fields[idx - 1]?.code[0];
    const next = fields[idx + 1]?.code[0];
    if (prev === 'h' || next === 's') t.code = t.code === 'm' ? 'M' : 'MM';
  });
  return tokens;
}

function formatDateValue(date: Date, format: string, tz: string): string {
  const p = zonedParts(date.getTime(), tz);
  const tokens = tokenizeDateFormat(format);
  const twelveHour = tokens.some((t) => t.kind === 'field' && (t.code === 'am/pm' || t.code === 'a/p'));
  return tokens
    .map((t) => {
      if (t.kind === 'lit') return t.text;
      const hour = twelveHour ? p.hour % 12 || 12 : p.hour;
      switch (t.code) {
        case 'd': return String(p.day);
        case 'dd': return pad(p.day, 2);
        case 'ddd': return DAY_NAMES[p.weekday].slice(0, 3);
        case 'm': return String(p.month);
        case 'mm': return pad(p.month, 2);
        case 'mmm': return MONTH_NAMES[p.month - 1].slice(0, 3);
        case 'mmmmm': return MONTH_NAMES[p.month - 1][0];
        case 'yy': return pad(p.year % 100, 2);
        case 'h': return String(hour);
        case 'hh': return pad(hour, 2);
        case 'M': return String(p.minute);
        case 'MM': return pad(p.minute, 2);
        case 's': return String(p.second);
        case 'ss': return pad(p.second, 2);
        case 'am/pm': return p.hour < 12 ? 'AM' : 'PM';
        case 'a/p': return p.hour < 12 ? 'A' : 'P';
        default:
          if (t.code.startsWith('.')) return `.${pad(p.millisecond, 3).slice(0, t.code.length - 1)}`;
          if (t.code.startsWith('dddd')) return DAY_NAMES[p.weekday];
          if (t.code.startsWith('mmmm')) return MONTH_NAMES[p.month - 1];
          if (t.code.startsWith('y')) return String(p.year);
          return t.code;
      }
    })
    .join('');
}

function defaultDateDisplay(date: Date, locale: string, tz: string): string {
  const c = localeConventions(locale);
  const p = zonedParts(date.getTime(), tz);
  const serial = dateToSerial(date, tz);
  if (serial >= 0 && serial < 1) return formatDateValue(date, 'H:mm:ss', tz);
  const hasTime = p.hour !== 0 || p.minute !== 0 || p.second !== 0;
  return formatDateValue(date, defaultDateFormat(c.dateOrder, hasTime), tz);
}

/** What getDisplayValues shows for a value under a number format. */
export function displayValue(value: CellValue, format: string | undefined, locale: string, tz: string): string {
  const c = localeConventions(locale);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (types.isDate(value)) {
    if (isDateFormat(format)) return formatDateValue(value, format as string, tz);
    if (isNumberFormat(format)) return formatNumber(dateToSerial(value, tz), format as string, c);
    return defaultDateDisplay(value, locale, tz);
  }
  if (isDateFormat(format)) return formatDateValue(serialToDate(value, tz), format as string, tz);
  if (isNumberFormat(format)) return formatNumber(value, format as string, c);
  return formatGeneral(value, c);
}

/** What getValues returns: a number in a date format reads as a Date, a Date in a number format as its serial. */
export function scriptValue(value: CellValue, format: string | undefined, tz: string): CellValue {
  if (types.isDate(value)) return isNumberFormat(format) ? dateToSerial(value, tz) : new Date(value);
  if (typeof value === 'number' && isDateFormat(format)) return serialToDate(value, tz);
  return value;
}

/** Text a cell's value has in an onEdit event (`e.value`, `e.oldValue`). */
export function eventText(value: CellValue, tz: string): string {
  if (types.isDate(value)) return String(dateToSerial(value, tz));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
