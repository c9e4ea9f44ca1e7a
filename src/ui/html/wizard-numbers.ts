// Figures the wizard shows beside the inputs (a rubric's maximum, an amount in đồng), written as the
// user's language writes numbers. A half-typed value is not a number yet: it shows as a dash.

import { formatMoney, formatNumberVi } from '../../core/vn/money';
import type { Locale } from '../locale';

const NOT_A_NUMBER = '—';

export function formatScore(value: number, locale: Locale): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return NOT_A_NUMBER;
  return locale === 'vi' ? formatNumberVi(value) : new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(value);
}

/** Whole đồng only, as validation requires: anything else shows as a dash; nothing (no cap) shows nothing. */
export function formatAmount(value: number | undefined, locale: Locale): string {
  if (value === undefined) return '';
  if (!Number.isSafeInteger(value)) return NOT_A_NUMBER;
  return locale === 'vi' ? formatMoney(value) : `${new Intl.NumberFormat('en').format(value)} VND`;
}
