// The register of recognised initiatives ("Sáng kiến được công nhận"): this contest's winners,
// imported from the results by entry code, and rows the secretariat types. A typed row may give
// only an entry code and a decision: an update fills the rest from the Entries sheet. Nothing the
// secretariat typed is ever overwritten or reordered; only blank cells are filled.

import type { CellValue, Grid } from '../cell';
import type { ContestConfig } from '../config/model';
import { readWord, wordFor, type Words } from '../config/workbook-vocabulary';
import { tidy } from '../vn/text';
import type { Initiative, InitiativeSource } from './replication-model';
import { cellOf, cellText, codeKey, isBlankRow, readYear, sheetColumns, type ReplicationProblem } from './replication-problems';
import { isUnnumberedDecision, registerFacts } from './winners';

export const INITIATIVES_SHEET = 'Sáng kiến được công nhận';

const COLUMNS = {
  code: 'Mã sáng kiến',
  title: 'Tên sáng kiến',
  ownerUnit: 'Đơn vị chủ trì',
  category: 'Lĩnh vực',
  summary: 'Mô tả ngắn',
  decision: 'Quyết định công nhận',
  year: 'Năm công nhận',
  source: 'Nguồn',
  entryCode: 'Mã bài dự thi',
  prize: 'Giải',
} as const;
type Column = keyof typeof COLUMNS;
const ORDER = Object.keys(COLUMNS) as Column[];

export const INITIATIVES_HEADER: string[] = ORDER.map((c) => COLUMNS[c]);

const FROM_ENTRY = 'để trống nếu đã ghi mã bài dự thi: lần cập nhật sau lấy từ trang "Bài dự thi"';

export const INITIATIVES_NOTES: string[] = ORDER.map((c) => {
  switch (c) {
    case 'code':
      return 'Để trống: lần cập nhật sau cấp mã SK<năm>-01, SK<năm>-02…; sáng kiến đạt giải giữ mã bài dự thi.';
    case 'title':
      return `Tên mô hình, sáng kiến, giải pháp; ${FROM_ENTRY}.`;
    case 'ownerUnit':
      return `Cơ quan, đơn vị chủ trì (ghi đúng tên như trang "Đơn vị nhân rộng"); ${FROM_ENTRY}.`;
    case 'category':
      return `Lĩnh vực của sáng kiến; ${FROM_ENTRY}.`;
    case 'summary':
      return `Vài câu về nội dung sáng kiến; ${FROM_ENTRY} (phần giải pháp của bài).`;
    case 'decision':
      return 'Ví dụ: Quyết định số 125/QĐ-UBND ngày 20/9/2024 của Chủ tịch UBND tỉnh.';
    case 'year':
      return `Ví dụ: 2024; ${FROM_ENTRY} (năm "Tính cho năm" của bài).`;
    case 'source':
      return 'Cuộc thi / Nhập tay; để trống là Nhập tay.';
    case 'entryCode':
      return 'Thêm sáng kiến bằng tay: chỉ cần ghi mã bài dự thi và quyết định công nhận, lần cập nhật sau điền các cột còn lại. Để trống với sáng kiến không qua cuộc thi.';
    case 'prize':
      return 'Ví dụ: Giải Nhất; để trống nếu không có.';
  }
});

/** Every column but the year is text: codes like "001" and decisions like "125/QĐ-UBND" stay as typed. */
export const INITIATIVES_TEXT_COLUMNS: number[] = ORDER.flatMap((c, i) => (c === 'year' ? [] : [i]));

const SOURCE_WORDS: Words<InitiativeSource> = {
  contest: ['Cuộc thi'],
  manual: ['Nhập tay', 'Thủ công'],
};

/**
 * Every row with anything in it, columns found by their header. The code may be blank (it is
 * assigned later); a code used twice is reported and both rows kept. The source is "Cuộc thi" or
 * "Nhập tay" (blank or any other word reads as typed by hand).
 */
export function readInitiatives(grid: Grid): { initiatives: Initiative[]; rows: number[]; problems: ReplicationProblem[] } {
  const { columns, problems } = sheetColumns(INITIATIVES_SHEET, grid, INITIATIVES_HEADER);
  const initiatives: Initiative[] = [];
  const rows: number[] = [];
  const firstRowOfCode = new Map<string, number>();
  grid.slice(1).forEach((cells, i) => {
    if (isBlankRow(cells)) return;
    const row = i + 2;
    const cell = (column: Column): CellValue | undefined => cellOf(cells, columns, ORDER.indexOf(column));
    const text = (column: Column): string => tidy(cellText(cell(column)));
    const year = readYear(cell('year'));
    if (year === undefined) problems.push({ sheet: INITIATIVES_SHEET, row, code: 'unreadableYear', params: { value: cellText(cell('year')) } });
    const code = text('code');
    const first = firstRowOfCode.get(codeKey(code));
    if (code !== '' && first !== undefined) problems.push({ sheet: INITIATIVES_SHEET, row, code: 'duplicateCode', params: { code, firstRow: first } });
    else if (code !== '') firstRowOfCode.set(codeKey(code), row);
    initiatives.push({
      code,
      title: text('title'),
      ownerUnit: text('ownerUnit'),
      category: text('category'),
      summary: text('summary'),
      decision: text('decision'),
      year: year ?? null,
      source: readWord(SOURCE_WORDS, text('source')) ?? 'manual',
      entryCode: text('entryCode'),
      prize: text('prize'),
    });
    rows.push(row);
  });
  return { initiatives, rows, problems };
}

/**
 * The register's rows in INITIATIVES_HEADER order: text as it is (the sheet writer keeps user text
 * literal: text columns are plain text, see INITIATIVES_TEXT_COLUMNS), the year a number or ''.
 */
export function initiativeRows(initiatives: readonly Initiative[]): Grid {
  return initiatives.map((x) => {
    const cells: Record<Column, CellValue> = {
      code: x.code,
      title: x.title,
      ownerUnit: x.ownerUnit,
      category: x.category,
      summary: x.summary,
      decision: x.decision,
      year: x.year ?? '',
      source: wordFor(SOURCE_WORDS, x.source),
      entryCode: x.entryCode,
      prize: x.prize,
    };
    return ORDER.map((c) => cells[c]);
  });
}

/**
 * Blank codes become "SK<year>-01", "SK<year>-02"… in row order, skipping every code in use (whatever
 * its case). A row naming an entry waits instead: it takes the entry's code once the entry is found
 * (completeFromRegister), so a mistyped entry code does not leave an SK code behind.
 */
export function assignMissingCodes(initiatives: readonly Initiative[], year: number): { initiatives: Initiative[]; assigned: string[] } {
  const used = new Set(initiatives.map((x) => codeKey(x.code)).filter((key) => key !== ''));
  const assigned: string[] = [];
  let next = 1;
  const result = initiatives.map((x) => {
    if (x.code.trim() !== '' || x.entryCode.trim() !== '') return { ...x };
    let code: string;
    do code = `SK${year}-${String(next++).padStart(2, '0')}`;
    while (used.has(codeKey(code)));
    used.add(codeKey(code));
    assigned.push(code);
    return { ...x, code };
  });
  return { initiatives: result, assigned };
}

/** The fields a later source may fill when they are blank, and how each is blank. */
type Fillable = Pick<Initiative, 'title' | 'ownerUnit' | 'category' | 'summary' | 'decision' | 'year' | 'entryCode' | 'prize'>;

function fillBlanks(x: Initiative, from: Partial<Fillable>): { initiative: Initiative; filled: boolean } {
  const out = { ...x };
  let filled = false;
  for (const key of ['title', 'ownerUnit', 'category', 'summary', 'decision', 'entryCode', 'prize'] as const) {
    const value = from[key];
    const blank = out[key].trim() === '' || (key === 'decision' && isUnnumberedDecision(out[key]));
    if (blank && value !== undefined && value.trim() !== '' && value !== out[key]) {
      out[key] = value;
      filled = true;
    }
  }
  if (out.year === null && from.year !== undefined && from.year !== null) {
    out.year = from.year;
    filled = true;
  }
  return { initiative: out, filled };
}

/**
 * Rows with an entry code get their BLANK title, owner unit, category, summary and year from that
 * entry's row in the Entries sheet (names as the sheet writes them; the year its "Tính cho năm",
 * else the contest's year), and a blank code becomes the entry code when no row has it yet.
 * `completed` lists the code of each row that got something; `unknownEntries` the entry codes the
 * Entries sheet lacks, once each (those rows are left as typed).
 */
export function completeFromRegister(
  initiatives: readonly Initiative[],
  register: Grid,
  config: ContestConfig,
): { initiatives: Initiative[]; completed: string[]; unknownEntries: string[] } {
  const facts = registerFacts(register);
  const completed: string[] = [];
  const unknown = new Set<string>();
  const used = new Set(initiatives.map((x) => codeKey(x.code)).filter((k) => k !== ''));
  const result = initiatives.map((x) => {
    if (x.entryCode.trim() === '') return { ...x };
    const fact = facts.get(codeKey(x.entryCode));
    if (!fact) {
      unknown.add(x.entryCode.trim());
      return { ...x };
    }
    const { title, unit, category, summary } = fact;
    const { initiative, filled } = fillBlanks(x, { title, ownerUnit: unit, category, summary, year: fact.year ?? config.identity.year });
    // Like a winner, an initiative that came through the form keeps its entry's code, unless a row has it already.
    const code = x.code.trim() === '' && !used.has(codeKey(fact.code)) ? fact.code : x.code;
    used.add(codeKey(code));
    if (filled || code !== x.code) completed.push(code.trim() || x.entryCode.trim());
    return { ...initiative, code };
  });
  return { initiatives: result, completed, unknownEntries: [...unknown] };
}

/**
 * Winners merged into the register, keyed by entry code (a row without one whose code is the
 * winner's entry code is the same initiative). A winner not there is appended after the existing
 * rows, in the winners' order; a winner there only fills the row's blank fields, its code too when
 * no other row has it (a decision the add-on wrote before its number was recorded counts as blank,
 * so the numbered one replaces it). Rows are never removed or reordered, and nothing typed is
 * changed. `added` and `completed` list codes (a completed row's entry code while it has none).
 */
export function mergeWinners(existing: readonly Initiative[], winners: readonly Initiative[]): { initiatives: Initiative[]; added: string[]; completed: string[] } {
  const initiatives = existing.map((x) => ({ ...x }));
  const added: string[] = [];
  const completed = new Set<string>();
  const seen = new Set<string>();
  for (const winner of winners) {
    const key = codeKey(winner.entryCode);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    let at = initiatives.findIndex((x) => codeKey(x.entryCode) === key);
    if (at < 0) at = initiatives.findIndex((x) => codeKey(x.entryCode) === '' && codeKey(x.code) === key);
    if (at < 0) {
      initiatives.push({ ...winner });
      added.push(winner.code);
      continue;
    }
    const { initiative, filled } = fillBlanks(initiatives[at], winner);
    const takesCode = initiative.code.trim() === '' && !initiatives.some((x) => codeKey(x.code) === codeKey(winner.code));
    if (takesCode) initiative.code = winner.code;
    if (!filled && !takesCode) continue;
    initiatives[at] = initiative;
    completed.add(initiative.code || initiative.entryCode);
  }
  return { initiatives, added, completed: [...completed] };
}
