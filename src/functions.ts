// Custom functions: thin wrappers that check what Sheets passed and call the core.
// Their JSDoc is what Sheets shows in autocomplete (copied above the globals by scripts/build.mjs).

import type { CellValue } from './core/cell';
import { isDate, mapCells, type CellInput, type CellPosition } from './core/cell-grid';
import { formatMoney, moneyInWords } from './core/vn';
import { functionsText } from './ui/messages/functions-text';

// Cells are part of the contest's Vietnamese workbook, whoever opens it.
const text = functionsText.vi;

function shown(value: CellValue): string {
  if (isDate(value)) return `ngày ${value.getDate()}/${value.getMonth() + 1}/${value.getFullYear()}`;
  return typeof value === 'string' ? `«${value}»` : String(value);
}

function amountAt(value: CellValue, at: CellPosition): number | null {
  if (value === '') return null;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new Error(text.notAnAmount(at, shown(value)));
  }
  return value;
}

/**
 * Viết số tiền bằng chữ như trong văn bản hành chính: 10000000 → "Mười triệu đồng",
 * 105000 → "Một trăm linh năm nghìn đồng". Ô trống cho kết quả trống.
 *
 * @param {number} amount Số tiền (đồng), hoặc một vùng ô chứa các số tiền.
 * @return {string} Số tiền bằng chữ, cùng kích thước với vùng dữ liệu.
 * @customfunction
 */
export function CCHC_MONEY_WORDS(amount: CellInput): string | string[][] {
  return mapCells(amount, (value, at) => {
    const n = amountAt(value, at);
    return n === null ? '' : moneyInWords(n);
  });
}

/**
 * Viết số tiền bằng số có dấu chấm phân cách hàng nghìn: 10000000 → "10.000.000 đồng".
 * Ô trống cho kết quả trống.
 *
 * @param {number} amount Số tiền (đồng), hoặc một vùng ô chứa các số tiền.
 * @return {string} Số tiền viết bằng số, cùng kích thước với vùng dữ liệu.
 * @customfunction
 */
export function CCHC_MONEY(amount: CellInput): string | string[][] {
  return mapCells(amount, (value, at) => {
    const n = amountAt(value, at);
    return n === null ? '' : formatMoney(n);
  });
}
