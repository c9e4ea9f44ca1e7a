// What custom functions write into a cell when the input is wrong. Sheets shows the message when
// the user points at the #ERROR! cell, so it names the cell's position and what to type instead.

import type { Locale } from '../locale';
import type { CellPosition } from '../../core/cell-grid';

const vi = {
  notAnAmount: (at: CellPosition, shown: string) =>
    `Ô ở hàng ${at.row}, cột ${at.column} của vùng dữ liệu không phải số tiền: ${shown}. Hãy nhập một số nguyên không âm (đồng), ví dụ 10000000.`,
};

export type FunctionsText = typeof vi;

const en: FunctionsText = {
  notAnAmount: (at: CellPosition, shown: string) =>
    `The cell at row ${at.row}, column ${at.column} of the range is not an amount of money: ${shown}. Enter a whole, non-negative number of đồng, e.g. 10000000.`,
};

export const functionsText: Record<Locale, FunctionsText> = { vi, en };
