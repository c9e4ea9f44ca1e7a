// Custom functions: thin wrappers that check what Sheets passed and call the core.
// Their JSDoc is what Sheets shows in autocomplete (copied above the globals by scripts/build.mjs).
// Sheets passes a single cell as a value and a range as a 2-D array with '' for blanks
// (research/apps-script-platform.md §3.7); a bad input throws, and Sheets shows the message in
// the cell, so every message names where the bad value is.

import type { CellValue } from './core/cell';
import { isDate, mapCells, type CellInput, type CellPosition } from './core/cell-grid';
import { dayOfDateCell } from './core/day-cells';
import type { AggregationMethod, BoundaryTiePolicy, VacancyPolicy } from './core/config/model';
import {
  AGGREGATION_METHOD_WORDS,
  BOUNDARY_TIE_POLICY_WORDS,
  VACANCY_POLICY_WORDS,
  readWord,
  wordsHint,
  type Words,
} from './core/config/workbook-vocabulary';
import { allocatePrizes, type TierSpec } from './core/results/prize-allocation';
import { rankCompetition } from './core/results/ranking';
import { aggregateTotals } from './core/scoring/aggregation';
import { normaliseByJudge, type JudgeTotal } from './core/scoring/normalisation';
import { roundScore } from './core/scoring/rounding';
import { formatMoney, moneyInWords } from './core/vn';
import { functionsText } from './ui/messages/functions-text';

// Cells are part of the contest's Vietnamese workbook, whoever opens it.
const text = functionsText.vi;

type Optional = CellValue | undefined | null;

function shown(value: CellValue): string {
  if (isDate(value)) {
    const { year, month, day } = dayOfDateCell(value);
    return `ngày ${day}/${month}/${year}`;
  }
  return typeof value === 'string' ? `«${value}»` : String(value);
}

const isBlank = (value: Optional): boolean => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

function amountAt(value: CellValue, at: CellPosition): number | null {
  if (value === '') return null;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new Error(text.notAnAmount(at, shown(value)));
  }
  return value;
}

const grid = (input: CellInput): CellValue[][] => (Array.isArray(input) ? input : [[input]]);

/** A one-column range as its cells, top to bottom. */
function column(input: CellInput, what: string): CellValue[] {
  const rows = grid(input);
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  if (width > 1) throw new Error(text.notOneColumn(what, width));
  return rows.map((r) => (r.length === 0 ? '' : r[0]));
}

/** A score cell: null for blank ("not scored yet", never zero), else a finite non-negative number. */
function scoreAt(value: CellValue, at: CellPosition): number | null {
  if (isBlank(value)) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new Error(text.notAScore(at, shown(value)));
  return value;
}

function word<T extends string>(value: Optional, words: Words<T>, what: string, fallback: T): T {
  if (isBlank(value)) return fallback;
  const found = readWord(words, String(value));
  if (found === undefined) throw new Error(text.unknownWord(what, String(value), wordsHint(words)));
  return found;
}

function wholeNumber(value: Optional, what: string, min: number, max: number, fallback: number): number {
  if (isBlank(value)) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new Error(text.notAWholeNumber(what, shown(value as CellValue), min, max));
  }
  return value;
}

/**
 * Tie-break ranges as numbers where higher wins: a number as it is, a date negated (the earlier
 * submission wins), a blank as null (loses to any value).
 */
function tieBreakColumns(ranges: readonly CellInput[], height: number): (number | null)[][] {
  return ranges.map((range, i) => {
    const what = text.tieBreak(i + 1);
    const cells = column(range, what);
    if (cells.length !== height) throw new Error(text.heightMismatch(what, cells.length, height));
    return cells.map((value, row) => {
      if (isBlank(value)) return null;
      if (typeof value === 'number' && Number.isFinite(value)) return value;
      if (isDate(value)) return -value.getTime();
      throw new Error(text.notATieBreakValue(what, row + 1, shown(value)));
    });
  });
}

function scoreColumn(scores: CellInput): (number | null)[] {
  return column(scores, text.scores).map((value, row) => scoreAt(value, { row: row + 1, column: 1 }));
}

/** Competition ranks of the non-blank scores, with the tie-break columns; '' for a blank score. */
function ranksOf(scores: readonly (number | null)[], tieBreaks: readonly CellInput[]): Map<number, number> {
  const keys = tieBreakColumns(tieBreaks, scores.length);
  const items = [];
  for (let row = 0; row < scores.length; row++) {
    const score = scores[row];
    if (score !== null) items.push({ id: String(row), keys: [score, ...keys.map((k) => k[row])] });
  }
  return new Map(rankCompetition(items).map((r) => [Number(r.id), r.rank]));
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

/**
 * Tổng hợp điểm của các giám khảo cho từng bài: mỗi hàng một bài, mỗi cột một giám khảo, ô trống
 * là giám khảo chưa chấm (không tính là 0). Cách tổng hợp: "Trung bình cộng" (mặc định),
 * "Trung bình bỏ điểm cao nhất và thấp nhất" (khi đủ số giám khảo), "Trung vị", hoặc
 * "Chuẩn hóa" (đưa điểm của từng giám khảo về cùng thang để bù giám khảo chấm rộng hay chặt).
 *
 * @param {number} totals Vùng tổng điểm: mỗi hàng một bài, mỗi cột một giám khảo.
 * @param {string} method Cách tổng hợp (không bắt buộc), mặc định "Trung bình cộng".
 * @param {number} decimals Số chữ số thập phân khi làm tròn (không bắt buộc), mặc định 2.
 * @param {number} maximum Điểm tối đa của thang điểm, dùng khi chuẩn hóa (không bắt buộc), mặc định 100.
 * @param {number} trimMinJudges Số giám khảo tối thiểu để bỏ điểm cao nhất và thấp nhất (không bắt buộc), mặc định 5.
 * @return {number} Điểm tổng hợp của từng bài, một cột; trống nếu chưa ai chấm.
 * @customfunction
 */
export function CCHC_AGGREGATE(totals: CellInput, method?: Optional, decimals?: Optional, maximum?: Optional, trimMinJudges?: Optional): number | string | (number | string)[][] {
  const chosen = word<AggregationMethod>(method, AGGREGATION_METHOD_WORDS, text.method, 'mean');
  const places = wholeNumber(decimals, text.decimals, 0, 6, 2);
  const trim = wholeNumber(trimMinJudges, text.trimMinJudges, 3, 1000, 5);
  let scale = 100;
  if (!isBlank(maximum)) {
    if (typeof maximum !== 'number' || !(maximum > 0)) throw new Error(text.notAPositiveNumber(text.maximum, shown(maximum as CellValue)));
    scale = maximum;
  }
  const rows = grid(totals).map((row, r) => row.map((value, c) => scoreAt(value, { row: r + 1, column: c + 1 })));
  let perEntry: number[][] = rows.map((row) => row.filter((v): v is number => v !== null));
  if (chosen === 'normalisedMean') {
    // Judges are the columns: each is put on the panel's scale over the entries it scored.
    const judged: JudgeTotal[] = [];
    rows.forEach((row, r) => row.forEach((v, c) => v !== null && judged.push({ entryCode: String(r), judge: String(c), total: v })));
    perEntry = rows.map(() => []);
    for (const t of normaliseByJudge(judged, scale).totals) perEntry[Number(t.entryCode)].push(t.total);
  }
  const out = perEntry.map((values) => {
    const aggregate = aggregateTotals(values, chosen === 'normalisedMean' ? 'mean' : chosen, trim);
    return [aggregate === null ? '' : roundScore(aggregate.value, places)];
  });
  return Array.isArray(totals) ? out : out[0][0];
}

/**
 * Xếp hạng các bài theo điểm (kiểu "1, 2, 2, 4": các bài bằng nhau cùng hạng), rồi phân định các
 * bài bằng điểm bằng các tiêu chí phụ theo thứ tự: số cao hơn xếp trên, ngày sớm hơn xếp trên.
 * Các bài vẫn bằng nhau sau mọi tiêu chí phụ giữ cùng hạng, không bị phân định ngẫu nhiên.
 *
 * @param {number} scores Cột điểm của các bài; ô trống không được xếp hạng.
 * @param {number} tieBreaks Các cột tiêu chí phụ (không bắt buộc), mỗi cột cùng số hàng với cột điểm, ví dụ điểm tính mới, thời điểm nộp bài.
 * @return {number} Hạng của từng bài, một cột.
 * @customfunction
 */
export function CCHC_RANK(scores: CellInput, ...tieBreaks: CellInput[]): number | string | (number | string)[][] {
  const values = scoreColumn(scores);
  const ranks = ranksOf(values, tieBreaks);
  const out = values.map((_, row) => [ranks.get(row) ?? '']);
  return Array.isArray(scores) ? out : out[0][0];
}

/** A tier row: name, count (blank: every entry reaching the minimum), money per prize, minimum (blank: none). */
function tiersOf(range: CellInput): { names: Map<string, string>; specs: TierSpec[] } {
  const rows = grid(range).filter((row) => row.some((v) => !isBlank(v)));
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  if (width !== 4) throw new Error(text.tiersShape(width));
  // A header row ("Tên giải", "Số lượng", …) is skipped: its count is text.
  const body = rows.length > 0 && typeof rows[0][1] === 'string' && !isBlank(rows[0][1]) ? rows.slice(1) : rows;
  const offset = rows.length - body.length + 1;
  if (body.length === 0) throw new Error(text.noTiers);
  const names = new Map<string, string>();
  const specs = body.map(([name, count, amount, minimum], i): TierSpec => {
    const row = i + offset;
    if (isBlank(name)) throw new Error(text.tierName(row));
    if (!isBlank(count) && (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0)) throw new Error(text.tierCount(row, shown(count)));
    if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 0) throw new Error(text.tierAmount(row, shown(amount)));
    if (!isBlank(minimum) && (typeof minimum !== 'number' || !Number.isFinite(minimum) || minimum < 0)) throw new Error(text.tierMinimum(row, shown(minimum)));
    if (isBlank(count) && isBlank(minimum)) throw new Error(text.tierUnbounded(row));
    const code = String(i);
    names.set(code, String(name).trim());
    const spec: TierSpec = { code, amount };
    if (!isBlank(count)) spec.count = count as number;
    if (!isBlank(minimum)) spec.minScore = minimum as number;
    return spec;
  });
  return { names, specs };
}

/**
 * Xét giải theo cơ cấu giải: bài xếp trên nhận giải cao hơn; giải có điểm tối thiểu chỉ trao cho
 * bài đạt điểm đó. Trả về hai cột: tên giải và tiền thưởng. Các bài bằng điểm ở ranh giới giải
 * được xử lý theo cách đã chọn: "Ban Tổ chức quyết định" (mặc định), "Chia đều" hoặc "Nhận đủ".
 *
 * @param {number} scores Cột điểm chung cuộc của các bài; ô trống không được xét.
 * @param {string} tiers Vùng cơ cấu giải, 4 cột: tên giải, số lượng, tiền thưởng mỗi giải (đồng), điểm tối thiểu; có thể kèm hàng tiêu đề.
 * @param {string} tiePolicy Cách xử lý bằng điểm ở ranh giới giải (không bắt buộc).
 * @param {string} vacancyPolicy Giải không có bài đạt điểm tối thiểu: "Để trống giải" (mặc định) hoặc "Chuyển xuống giải kế tiếp".
 * @param {number} tieBreaks Các cột tiêu chí phụ như của CCHC_RANK (không bắt buộc).
 * @return {string} Hai cột: tên giải và tiền thưởng (đồng) của từng bài.
 * @customfunction
 */
export function CCHC_PRIZE(scores: CellInput, tiers: CellInput, tiePolicy?: Optional, vacancyPolicy?: Optional, ...tieBreaks: CellInput[]): (string | number)[][] {
  const boundaryTie = word<BoundaryTiePolicy>(tiePolicy, BOUNDARY_TIE_POLICY_WORDS, text.tiePolicy, 'referToBoard');
  const vacancy = word<VacancyPolicy>(vacancyPolicy, VACANCY_POLICY_WORDS, text.vacancyPolicy, 'leaveVacant');
  const { names, specs } = tiersOf(tiers);
  const values = scoreColumn(scores);
  const ranks = ranksOf(values, tieBreaks);
  const candidates = [...ranks]
    .sort((a, b) => a[1] - b[1] || a[0] - b[0])
    .map(([row, rank]) => ({ id: String(row), rank, score: values[row]!, unitCode: '', categoryCode: '' }));
  const out: (string | number)[][] = values.map(() => ['', '']);
  for (const placement of allocatePrizes(candidates, specs, { vacancy, boundaryTie }).placements) {
    const row = Number(placement.id);
    if (placement.kind === 'prize') {
      const name = names.get(placement.tierCode) ?? '';
      out[row] = [placement.boundaryTie ? text.sharedPrize(name) : name, placement.amount];
    } else if (placement.kind === 'referred') {
      out[row] = [text.referred(placement.contested.map((c) => names.get(c.tierCode) ?? '').join(', ')), ''];
    }
  }
  return out;
}
