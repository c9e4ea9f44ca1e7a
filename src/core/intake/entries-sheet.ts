// The Entries register ("Bài dự thi"): one row per submission, the normalised fields and the
// checks' outcome first, then every answer exactly as given. The secretariat reads and sorts it;
// the add-on finds a submission's row by its response id, so an edited response updates its row
// and a second trigger event for the same response changes nothing.

import type { CellValue, Grid } from '../cell';
import { columnText, isDate } from '../cell-grid';
import type { ContestConfig, EntrantKind } from '../config/model';
import { BOOLEAN_WORDS, ENTRANT_KIND_WORDS, ENTRY_FORMAT_WORDS, readWord, wordFor } from '../config/workbook-vocabulary';
import type { Entry } from '../entry';
import { joinFullName } from '../vn/names';
import { fitCell } from '../sheet-text';
import type { IntakeCheck } from './checks';
import { ATTACHMENT_LINK_QUESTION, type FormSpec } from './form-spec';
import type { SimilarMatch } from './near-duplicates';
import type { Submission } from './submission';

export const ENTRIES_SHEET = 'Bài dự thi';

/** Columns before the raw answers, in order. */
export const ENTRY_COLUMNS = {
  code: 'Mã bài',
  status: 'Trạng thái',
  reasons: 'Lý do',
  receivedAt: 'Thời điểm nhận',
  countsForYear: 'Tính cho năm',
  kind: 'Đối tượng',
  authors: 'Tác giả',
  unit: 'Đơn vị',
  category: 'Lĩnh vực',
  title: 'Tên bài',
  format: 'Hình thức',
  length: 'Số từ / số phút',
  closest: 'Giống nhất với',
  similarity: 'Độ tương đồng (%)',
  receipt: 'Biên nhận',
  receiptTo: 'Email nhận biên nhận',
  preScreening: 'Sơ loại của đơn vị',
  responseId: 'Mã phản hồi',
  reasonCodes: 'Mã lý do',
  otherAnswers: 'Trả lời cho câu hỏi thêm',
} as const;
export type EntryColumn = keyof typeof ENTRY_COLUMNS;
const COLUMN_ORDER = Object.keys(ENTRY_COLUMNS) as EntryColumn[];
export const RAW_PREFIX = 'Trả lời gốc: ';
/** Ends a text cut to fit a cell; the Form keeps the whole answer. */
export const CUT_MARKER = ' … [quá dài, đã cắt bớt: xem bản đầy đủ trong Google Biểu mẫu]';

/** The header: the fixed columns, then one raw-answer column per question of the form. */
export function entriesHeader(spec: FormSpec): string[] {
  return [...COLUMN_ORDER.map((c) => ENTRY_COLUMNS[c]), ...spec.questions.filter((q) => q.kind !== 'section').map((q) => RAW_PREFIX + q.title)];
}

/** 0-based columns kept as plain text: everything people typed, and codes. */
export function entriesTextColumns(spec: FormSpec): number[] {
  const numeric: EntryColumn[] = ['receivedAt', 'countsForYear', 'length', 'similarity'];
  return entriesHeader(spec)
    .map((_, i) => i)
    .filter((i) => i >= COLUMN_ORDER.length || !numeric.includes(COLUMN_ORDER[i]));
}

export interface EntryRow {
  code: string;
  submission: Submission;
  check: IntakeCheck;
  /** The sentences of the check's reasons, in the sheet's language (Vietnamese). */
  reasonsText: string;
  statusText: string;
  closest: SimilarMatch | null;
  receipt: string;
  /** Where the receipt goes: the respondent's account, else the first author's e-mail; '' for none. */
  receiptTo: string;
  preScreening: string;
}

export function entryRowCells(row: EntryRow, spec: FormSpec, config: ContestConfig, receivedAt: Date): CellValue[] {
  const s = row.submission;
  const name = (code: string | null, list: readonly { code: string; name: string }[]): string => (code === null ? '' : (list.find((x) => x.code === code)?.name ?? code));
  const cells: Record<EntryColumn, CellValue> = {
    code: row.code,
    status: row.statusText,
    reasons: row.reasonsText,
    receivedAt,
    countsForYear: row.check.countsForYear,
    kind: s.kind ? wordFor(ENTRANT_KIND_WORDS, s.kind) : '',
    authors: s.authors.map((a) => joinFullName({ family: a.familyName, middle: a.middleName, given: a.givenName })).filter((n) => n !== '').join('; '),
    unit: name(s.unitCode, config.units),
    category: name(s.categoryCode, config.categories),
    title: s.title,
    format: s.format ? wordFor(ENTRY_FORMAT_WORDS, s.format) : '',
    length: s.length === null || Number.isNaN(s.length) ? '' : s.length,
    closest: row.closest?.id ?? '',
    similarity: row.closest ? Math.round(row.closest.similarity * 100) : '',
    receipt: row.receipt,
    receiptTo: row.receiptTo,
    preScreening: row.preScreening,
    responseId: s.responseId,
    reasonCodes: row.check.reasons.map((r) => r.code).join('; '),
    otherAnswers: Object.entries(s.raw)
      .filter(([title]) => !spec.questions.some((q) => q.title === title))
      .map(([title, answer]) => `${title}: ${answer}`)
      .join('\n'),
  };
  const raw = spec.questions.filter((q) => q.kind !== 'section').map((q) => s.raw[q.title] ?? '');
  return [...COLUMN_ORDER.map((c) => cells[c]), ...raw].map((cell) => fitCell(cell, CUT_MARKER));
}

/**
 * The register's entries as the rules engine sees them (rows `keep` accepts), units, categories
 * and kinds read back from the words written in the sheet.
 */
export function entriesFromRegister(grid: Grid, config: ContestConfig, keep: (status: string) => boolean): Entry[] {
  const header = (grid[0] ?? []).map(String);
  const at = (column: EntryColumn): number => header.indexOf(ENTRY_COLUMNS[column]);
  const entries: Entry[] = [];
  for (const row of grid.slice(1)) {
    const cell = (column: EntryColumn): CellValue => row[at(column)] ?? '';
    const code = String(cell('code')).trim();
    const kind = readWord<EntrantKind>(ENTRANT_KIND_WORDS, String(cell('kind')));
    const received = cell('receivedAt');
    if (code === '' || !kind || !keep(String(cell('status'))) || !isDate(received)) continue;
    entries.push({
      code,
      title: String(cell('title')),
      unitCode: codeByName(config.units, String(cell('unit'))),
      categoryCode: codeByName(config.categories, String(cell('category'))),
      kind,
      submittedAt: received.toISOString(),
    });
  }
  return entries;
}

/** Each entry's link to its material (the answer to the link question), by entry code. */
export function entryLinks(grid: Grid): Map<string, string> {
  const header = (grid[0] ?? []).map(String);
  const code = header.indexOf(ENTRY_COLUMNS.code);
  const link = header.indexOf(RAW_PREFIX + ATTACHMENT_LINK_QUESTION);
  const links = new Map<string, string>();
  if (code < 0 || link < 0) return links;
  for (const row of grid.slice(1)) links.set(String(row[code]).trim(), String(row[link] ?? '').trim());
  return links;
}

/** The register writes names of units and categories: their codes again (an unknown name stands for itself). */
function codeByName(list: readonly { code: string; name: string }[], name: string): string {
  return list.find((x) => x.name === name)?.code ?? name;
}

/**
 * Every entry's unit code and whether its unit chose it in its pre-screening (the mark typed in
 * "Sơ loại của đơn vị": "Có" or "x"), for the units report.
 */
export function unitsOfRegister(grid: Grid, config: ContestConfig): { unitCode: string; chosen: boolean }[] {
  const header = (grid[0] ?? []).map(String);
  const [unitAt, markAt] = [header.indexOf(ENTRY_COLUMNS.unit), header.indexOf(ENTRY_COLUMNS.preScreening)];
  if (unitAt < 0) return [];
  return grid.slice(1).map((row) => ({
    unitCode: codeByName(config.units, String(row[unitAt])),
    chosen: markAt >= 0 && readWord(BOOLEAN_WORDS, String(row[markAt])) === 'yes',
  }));
}

/** Where each entry's row is, by response id, and the codes already given (header row excluded). */
export interface EntriesIndex {
  rowOfResponse: Map<string, number>;
  codes: string[];
}

/** Reads the register's identity columns; `grid` includes the header row. Rows are 1-based sheet rows. */
export function indexEntries(grid: Grid): EntriesIndex {
  const header = (grid[0] ?? []).map(String);
  const codeAt = header.indexOf(ENTRY_COLUMNS.code);
  const responseAt = header.indexOf(ENTRY_COLUMNS.responseId);
  const rowOfResponse = new Map<string, number>();
  const codes: string[] = [];
  grid.slice(1).forEach((row, i) => {
    const code = codeAt < 0 ? '' : String(row[codeAt] ?? '').trim();
    const response = responseAt < 0 ? '' : String(row[responseAt] ?? '').trim();
    if (code !== '') codes.push(code);
    if (response !== '') rowOfResponse.set(response, i + 2);
  });
  return { rowOfResponse, codes };
}

/** What the documents print of every entry in the register (receipts; authors of the winners). */
export interface RegisterEntry {
  code: string;
  title: string;
  authors: string;
  unitName: string;
  categoryName: string;
  receivedAt: Date;
}

/** Every coded row of the register with a reception time, in register order, names as written. */
export function receivedEntries(grid: Grid): RegisterEntry[] {
  const header = (grid[0] ?? []).map(String);
  const at = (column: EntryColumn): number => header.indexOf(ENTRY_COLUMNS[column]);
  const entries: RegisterEntry[] = [];
  for (const row of grid.slice(1)) {
    const text = (column: EntryColumn): string => String(row[at(column)] ?? '').trim();
    const received = row[at('receivedAt')];
    if (text('code') === '' || !isDate(received)) continue;
    entries.push({ code: text('code'), title: text('title'), authors: text('authors'), unitName: text('unit'), categoryName: text('category'), receivedAt: received });
  }
  return entries;
}

/** What the dashboard counts of one row of the register: the words and names as written, read back as codes. */
export interface RegisterRow {
  code: string;
  /** The status word as the sheet shows it ("Hợp lệ", "Cần xem xét", …), '' when blank. */
  status: string;
  /** The unit's code; a name no configured unit has stands for itself, as in entriesFromRegister. */
  unitCode: string;
  categoryCode: string;
  title: string;
  /** The unit as the register shows it (its name). */
  unit: string;
}

/**
 * Every row of the register with anything in it, whatever its status, reception time or code: a
 * row a person sees is a row counted, even one whose cells someone damaged by hand.
 */
export function registerRows(grid: Grid, lists: Pick<ContestConfig, 'units' | 'categories'>): RegisterRow[] {
  const header = (grid[0] ?? []).map(String);
  const at = (column: EntryColumn): number => header.indexOf(ENTRY_COLUMNS[column]);
  const [codeAt, statusAt, unitAt, categoryAt, titleAt] = [at('code'), at('status'), at('unit'), at('category'), at('title')];
  return grid
    .slice(1)
    .filter((row) => row.some((cell) => String(cell).trim() !== ''))
    .map((row) => ({
      code: columnText(row, codeAt),
      status: columnText(row, statusAt),
      unitCode: codeByName(lists.units, columnText(row, unitAt)),
      categoryCode: codeByName(lists.categories, columnText(row, categoryAt)),
      title: columnText(row, titleAt),
      unit: columnText(row, unitAt),
    }));
}
