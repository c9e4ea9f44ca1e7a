// Reading what people type in the entry form's free-text fields: percentages, lengths, phone
// numbers, e-mail addresses and names. Vietnamese writes "30,5" for 30.5 and "1.500" for 1500,
// and entrants add units ("1500 từ", "4 phút 30 giây"), so each reader accepts the forms people
// actually use and reports the rest as unreadable (NaN) rather than guessing.

import type { EntryFormat } from '../config/model';
import { tidy } from '../vn/text';

/** Text lower-cased, tidied, with no-break and similar spaces made plain. */
function plain(text: string): string {
  return tidy(text).toLowerCase();
}

/** "30", "30,5", "30.5" (one decimal separator, either mark) → number; anything else → NaN. */
function decimal(text: string): number {
  return /^\d+(?:[.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : NaN;
}

/**
 * A contribution in percent (tỷ lệ đóng góp): "30", "30%", "30,5 %", "30.5", "30 phần trăm".
 * '' → null (not given); anything else → NaN (given but unreadable).
 */
export function readContribution(text: string): number | null {
  const t = plain(text);
  if (t === '') return null;
  return decimal(t.replace(/\s*(?:%|phần trăm)$/u, ''));
}

/**
 * A whole number of words with optional thousands separators: "1500", "1.500", "1,500", "1 500".
 * A word count has no fraction, so a dot or comma before exactly three digits groups thousands.
 */
function wordCount(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  return /^\d{1,3}(?:[., ]\d{3})+$/.test(text) ? Number(text.replace(/[., ]/g, '')) : NaN;
}

const WORD_UNITS = /\s*(?:từ|chữ|words?)$/u;
const ABOUT = /^(?:khoảng|chừng|gần|~)\s*/u;

const HOUR_UNITS = ['giờ', 'tiếng', 'h'];
const MINUTE_UNITS = ['phút', 'ph', 'p', "'", '’', 'min', 'mins', 'minute', 'minutes'];
const SECOND_UNITS = ['giây', 's', 'sec', 'secs', 'second', 'seconds', '"', '”', "''"];

/** "4:30" (minutes:seconds) or "1:02:30" (hours:minutes:seconds) → minutes. */
function clockMinutes(text: string): number {
  const m = /^(\d+):(\d{1,2})(?::(\d{1,2}))?$/.exec(text);
  if (!m) return NaN;
  const [a, b, c] = [Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3])];
  if (c === undefined) return b < 60 ? a + b / 60 : NaN;
  return b < 60 && c < 60 ? a * 60 + b + c / 60 : NaN;
}

/**
 * "4 phút 30 giây", "4p30s", "4 phút 30", "1 giờ 5 phút", "45 giây" → minutes. Each part is a
 * number and a unit, in descending order; a bare number after minutes is seconds ("4 phút 30").
 */
function unitMinutes(text: string): number {
  const parts = [...text.matchAll(/(\d+(?:[.,]\d+)?)\s*([^\d\s.,]*)\s*/gu)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== text) return NaN;
  let minutes = 0;
  let rank = 3; // 3: nothing read yet, 2: hours read, 1: minutes read, 0: seconds read
  for (const [, number, unitText] of parts) {
    const value = decimal(number);
    const unit = unitText === '' && rank === 1 ? 'giây' : unitText;
    const r = HOUR_UNITS.includes(unit) ? 2 : MINUTE_UNITS.includes(unit) ? 1 : SECOND_UNITS.includes(unit) ? 0 : -1;
    if (r < 0 || r >= rank) return NaN;
    minutes += r === 2 ? value * 60 : r === 1 ? value : value / 60;
    rank = r;
  }
  return minutes;
}

/**
 * The length of an entry as typed: words for an article ("1.500", "1500 từ", "khoảng 1.200
 * chữ"), minutes for video and audio ("5", "4,5", "4:30", "4 phút 30 giây" → 4.5).
 * '' → null (not given); anything else → NaN (given but unreadable).
 */
export function readLength(text: string, format: EntryFormat): number | null {
  const t = plain(text).replace(ABOUT, '');
  if (t === '') return null;
  if (format === 'article') return wordCount(t.replace(WORD_UNITS, ''));
  if (/^\d+(?:[.,]\d+)?$/.test(t)) return decimal(t);
  return t.includes(':') ? clockMinutes(t) : unitMinutes(t);
}

/**
 * A phone number as digits only, in the national form: "+84 912 345 678", "0912.345.678" and
 * "(+84) 0912 345 678" all become "0912345678"; a foreign number keeps its "+". Text with no
 * digits, or with more digits than one number has (several numbers typed together), is kept as
 * typed, tidied.
 */
export function normalisePhone(text: string): string {
  const digits = text.replace(/\D/g, '');
  // 10 digits for mobiles, 11 for landlines with their area code; 84 or 0084 in front of either.
  if (digits === '' || digits.length > 13) return tidy(text);
  const plus = /^\s*\(?\s*\+/.test(text);
  const vietnam = /^(?:00)?84/.exec(digits);
  if (vietnam && (plus || vietnam[0] === '0084' || digits.length >= 11)) {
    const national = digits.slice(vietnam[0].length);
    return national.startsWith('0') ? national : `0${national}`;
  }
  return plus ? `+${digits}` : digits;
}

/** Trimmed and lower-cased: Gmail and Workspace addresses are case-insensitive in practice. */
export function normaliseEmail(text: string): string {
  return tidy(text).toLowerCase();
}

/**
 * NFC, single spaces, and each word capitalised: "nguyễn  văn an" and "NGUYỄN VĂN AN" →
 * "Nguyễn Văn An". A letter after a hyphen or an apostrophe starts a word too, as in the
 * ethnic-minority names "H'Hen Niê" and "Y-Moan".
 */
export function normaliseName(text: string): string {
  return tidy(text)
    .toLowerCase()
    .replace(/(^|[\s\-'’])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
