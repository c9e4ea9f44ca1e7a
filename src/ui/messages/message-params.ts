// Formatting a message's parameters (problems, intake reasons): never throws, whatever a
// parameter holds, since parameters can carry what a person typed.

import type { Words } from '../../core/config/workbook-vocabulary';
import { calendarDateOf, slashDate } from '../../core/vn/dates';
import { formatMoney, formatNumberVi } from '../../core/vn/money';

export type Params = Readonly<Record<string, string | number>>;

export function raw(p: Params, key: string): string {
  const v = p[key];
  return v === undefined ? '' : String(v);
}

export function numberVi(p: Params, key: string): string {
  const v = p[key];
  return typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < 1e21 ? formatNumberVi(v) : raw(p, key);
}

export function numberEn(p: Params, key: string): string {
  const v = p[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) return raw(p, key);
  const [int, frac] = String(Math.abs(Number(v.toFixed(2)))).split('.');
  return (v < 0 ? '-' : '') + int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
}

export function moneyVi(p: Params, key: string): string {
  const v = p[key];
  return typeof v === 'number' && Number.isSafeInteger(v) ? formatMoney(v) : `${numberVi(p, key)} đồng`;
}

export const moneyEn = (p: Params, key: string): string => `${numberEn(p, key)} VND`;

/** ISO days as a Vietnamese reads them: "16/08/2024". */
export function dateVi(p: Params, key: string): string {
  const s = raw(p, key);
  const day = calendarDateOf(s);
  return day ? slashDate(day) : s;
}

/** English keeps ISO days: "01/07" means different days to different English readers. */
export const dateEn = raw;

/** An enumeration value in the workbook's own word, so a message and the cell say the same thing. */
export function wordVi<T extends string>(words: Words<T>, value: string): string {
  return Object.prototype.hasOwnProperty.call(words, value) ? words[value as T][0] : value;
}
