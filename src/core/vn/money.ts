/**
 * Numbers and money in digits, Vietnamese style: "." groups thousands, "," separates decimals
 * ("10.000.000 đồng", DESIGN.md §4). Written by hand rather than with Intl.NumberFormat('vi')
 * because Apps Script's ICU data for 'vi' is unverified (research/vietnamese-domain.md §0.6).
 */
import { moneyInWords, type MoneyWordsOptions } from './number-words';

export interface NumberFormatOptions {
  /** Decimals kept after rounding; trailing zeros are dropped. Default 2; 0 rounds to integers. */
  maximumFractionDigits?: number;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * 1234567 → "1.234.567", 85.5 → "85,5", -1200n → "-1.200". Numbers are rounded to
 * `maximumFractionDigits` (default 2) with Number.prototype.toFixed.
 */
export function formatNumberVi(n: number | bigint, options: NumberFormatOptions = {}): string {
  if (typeof n === 'bigint') {
    return (n < 0n ? '-' : '') + groupThousands((n < 0n ? -n : n).toString());
  }
  const fractionDigits = options.maximumFractionDigits ?? 2;
  if (!Number.isInteger(fractionDigits) || fractionDigits < 0 || fractionDigits > 20) {
    throw new Error(`Số chữ số thập phân phải là số nguyên từ 0 đến 20 (nhận được: ${fractionDigits}).`);
  }
  if (!Number.isFinite(n)) throw new Error(`Không định dạng được giá trị không phải số hữu hạn: ${n}.`);
  // toFixed switches to exponent notation from 1e21 on.
  if (Math.abs(n) >= 1e21) throw new Error(`Số ${n} quá lớn; hãy truyền dưới dạng bigint.`);
  const [intPart, fracPart = ''] = Math.abs(n).toFixed(fractionDigits).split('.');
  const fraction = fracPart.replace(/0+$/, '');
  const body = groupThousands(intPart) + (fraction ? `,${fraction}` : '');
  // No "-0" when a small negative value rounds to zero.
  return n < 0 && /[1-9]/.test(intPart + fraction) ? `-${body}` : body;
}

/** Money is whole đồng: a fraction or an imprecise (unsafe) number is an input error. */
function checkAmount(amount: number | bigint): void {
  if (typeof amount === 'bigint') return;
  if (!Number.isFinite(amount)) throw new Error(`Số tiền không hợp lệ: ${amount}.`);
  if (!Number.isInteger(amount)) {
    throw new Error(`Số tiền phải là số nguyên đồng (nhận được: ${amount}).`);
  }
  if (!Number.isSafeInteger(amount)) {
    throw new Error(`Số tiền ${amount} vượt quá độ chính xác của số; hãy truyền dưới dạng bigint.`);
  }
}

/** 10000000 → "10.000.000 đồng"; -500000 → "-500.000 đồng". Whole đồng only. */
export function formatMoney(amount: number | bigint): string {
  checkAmount(amount);
  return `${formatNumberVi(amount, { maximumFractionDigits: 0 })} đồng`;
}

/** The document form "10.000.000 đồng (Mười triệu đồng)" (DESIGN.md §4, research §4.1). */
export function formatMoneyWithWords(amount: number | bigint, options: MoneyWordsOptions = {}): string {
  checkAmount(amount);
  return `${formatMoney(amount)} (${moneyInWords(amount, options)})`;
}
