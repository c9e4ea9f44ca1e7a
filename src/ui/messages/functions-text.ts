// What custom functions write into a cell when the input is wrong, and the words they return.
// Sheets shows an error's message when the user points at the #ERROR! cell, so each names the
// position in the range and says what to type instead.

import type { Locale } from '../locale';
import type { CellPosition } from '../../core/cell-grid';

const vi = {
  notAnAmount: (at: CellPosition, shown: string) =>
    `Ô ở hàng ${at.row}, cột ${at.column} của vùng dữ liệu không phải số tiền: ${shown}. Hãy nhập một số nguyên không âm (đồng), ví dụ 10000000.`,
  notAScore: (at: CellPosition, shown: string) =>
    `Ô ở hàng ${at.row}, cột ${at.column} của vùng điểm không phải số điểm: ${shown}. Hãy nhập một số không âm, hoặc để trống nếu giám khảo chưa chấm.`,
  notOneColumn: (what: string, columns: number) => `${what} phải là một cột (vùng đang có ${columns} cột).`,
  scores: 'Vùng điểm',
  tieBreak: (index: number) => `Vùng tiêu chí phụ thứ ${index}`,
  heightMismatch: (what: string, rows: number, expected: number) =>
    `${what} có ${rows} hàng, phải có đúng ${expected} hàng như vùng điểm.`,
  notATieBreakValue: (what: string, row: number, shown: string) =>
    `${what}, hàng ${row}: ${shown} không phải số hay ngày. Hãy nhập số (cao hơn xếp trên) hoặc ngày (sớm hơn xếp trên), hoặc để trống.`,
  unknownWord: (what: string, typed: string, hint: string) => `${what} «${typed}» không hợp lệ. Hãy dùng một trong: ${hint}.`,
  method: 'Cách tổng hợp điểm',
  tiePolicy: 'Cách xử lý bằng điểm ở ranh giới giải',
  vacancyPolicy: 'Cách xử lý giải không có bài đạt',
  notAWholeNumber: (what: string, shown: string, min: number, max: number) =>
    `${what} phải là số nguyên từ ${min} đến ${max} (đang là ${shown}).`,
  decimals: 'Số chữ số thập phân',
  trimMinJudges: 'Số giám khảo tối thiểu để bỏ điểm cao nhất, thấp nhất',
  notAPositiveNumber: (what: string, shown: string) => `${what} phải là số lớn hơn 0 (đang là ${shown}).`,
  maximum: 'Điểm tối đa',
  tiersShape: (columns: number) =>
    `Vùng cơ cấu giải phải có 4 cột: tên giải, số lượng, tiền thưởng mỗi giải, điểm tối thiểu (vùng đang có ${columns} cột).`,
  tierName: (row: number) => `Cơ cấu giải, hàng ${row}: thiếu tên giải.`,
  tierCount: (row: number, shown: string) =>
    `Cơ cấu giải, hàng ${row}: số lượng ${shown} phải là số nguyên không âm, hoặc để trống nếu khen mọi bài đạt điểm tối thiểu.`,
  tierAmount: (row: number, shown: string) => `Cơ cấu giải, hàng ${row}: tiền thưởng ${shown} phải là số nguyên không âm (đồng).`,
  tierMinimum: (row: number, shown: string) => `Cơ cấu giải, hàng ${row}: điểm tối thiểu ${shown} phải là số không âm, hoặc để trống.`,
  tierUnbounded: (row: number) => `Cơ cấu giải, hàng ${row}: giải không ghi số lượng phải có điểm tối thiểu.`,
  noTiers: 'Vùng cơ cấu giải chưa có giải nào.',
  sharedPrize: (tier: string) => `${tier} (đồng giải)`,
  referred: (tiers: string) => `Trình Ban Tổ chức quyết định: ${tiers}`,
};

export type FunctionsText = typeof vi;

const en: FunctionsText = {
  notAnAmount: (at, shown) =>
    `The cell at row ${at.row}, column ${at.column} of the range is not an amount of money: ${shown}. Enter a whole, non-negative number of đồng, e.g. 10000000.`,
  notAScore: (at, shown) =>
    `The cell at row ${at.row}, column ${at.column} of the scores is not a score: ${shown}. Enter a non-negative number, or leave it blank if the judge has not scored yet.`,
  notOneColumn: (what, columns) => `${what} must be one column (the range has ${columns}).`,
  scores: 'The scores range',
  tieBreak: (index) => `Tie-break range ${index}`,
  heightMismatch: (what, rows, expected) => `${what} has ${rows} rows; it must have ${expected}, like the scores.`,
  notATieBreakValue: (what, row, shown) =>
    `${what}, row ${row}: ${shown} is neither a number nor a date. Enter a number (higher ranks first), a date (earlier ranks first) or nothing.`,
  unknownWord: (what, typed, hint) => `${what} "${typed}" is not valid. Use one of: ${hint}.`,
  method: 'The aggregation method',
  tiePolicy: 'The boundary-tie policy',
  vacancyPolicy: 'The vacancy policy',
  notAWholeNumber: (what, shown, min, max) => `${what} must be a whole number from ${min} to ${max} (it is ${shown}).`,
  decimals: 'The number of decimals',
  trimMinJudges: 'The number of judges needed to drop the highest and lowest',
  notAPositiveNumber: (what, shown) => `${what} must be a number above 0 (it is ${shown}).`,
  maximum: 'The maximum score',
  tiersShape: (columns) => `The prize tiers range needs 4 columns: name, count, money per prize, minimum score (it has ${columns}).`,
  tierName: (row) => `Prize tiers, row ${row}: the name is missing.`,
  tierCount: (row, shown) => `Prize tiers, row ${row}: the count ${shown} must be a whole number ≥ 0, or blank to award every entry reaching the minimum.`,
  tierAmount: (row, shown) => `Prize tiers, row ${row}: the money ${shown} must be a whole, non-negative number of đồng.`,
  tierMinimum: (row, shown) => `Prize tiers, row ${row}: the minimum score ${shown} must be a non-negative number, or blank.`,
  tierUnbounded: (row) => `Prize tiers, row ${row}: a tier without a count needs a minimum score.`,
  noTiers: 'The prize tiers range has no tier.',
  sharedPrize: (tier) => `${tier} (shared)`,
  referred: (tiers) => `Referred to the board: ${tiers}`,
};

export const functionsText: Record<Locale, FunctionsText> = { vi, en };
