// The "Văn bản" sheet: one row per document the contest needs and one per template, with its
// version, status, links and the number and date the secretariat records once the paper is
// signed. It is the batch's memory: a generation run writes every planned row first ("Chờ tạo",
// with the data to fill it), then marks each row as its document is made, so a later run (the
// time-driven trigger or the menu again) goes on from the first row still waiting, and a row the
// secretariat marked "Đã ký" is never touched again.

import type { CellValue, Grid } from '../cell';
import { isDate } from '../cell-grid';
import { readDay } from '../day-cells';
import { CELL_TEXT_LIMIT } from '../sheet-text';
import type { IsoDate } from '../config/model';
import type { FillData } from './document-model';
import { DOCUMENT_KINDS, DOCUMENT_KIND_INFO, type DocumentKind } from './document-kinds';

export const DOCUMENTS_SHEET = 'Văn bản đã tạo';

export const DOCUMENT_STATUS = {
  pending: 'Chờ tạo',
  made: 'Đã tạo',
  signed: 'Đã ký',
  failed: 'Lỗi',
  template: 'Mẫu (sửa được)',
} as const;
export type DocumentStatus = keyof typeof DOCUMENT_STATUS;

export const DOCUMENTS_HEADER = [
  'Mã văn bản',
  'Loại',
  'Nội dung',
  'Phiên bản',
  'Trạng thái',
  'Số, ký hiệu',
  'Ngày ký',
  'Văn bản',
  'Bản PDF',
  'Phiên bản trước',
  'Thời điểm tạo',
  'Ghi chú',
  'Mã tệp văn bản',
  'Mã tệp PDF',
  'Lần tạo',
  'Dữ liệu điền (dùng nội bộ)',
];

/** 0-based columns. */
export const DOCUMENT_COLUMN = {
  key: 0,
  kind: 1,
  subject: 2,
  version: 3,
  status: 4,
  number: 5,
  signedOn: 6,
  docUrl: 7,
  pdfUrl: 8,
  previousUrl: 9,
  madeAt: 10,
  note: 11,
  docId: 12,
  pdfId: 13,
  batch: 14,
  data: 15,
} as const;

export const DOCUMENTS_NOTES = DOCUMENTS_HEADER.map((_, i) =>
  i === DOCUMENT_COLUMN.status
    ? `Chọn "${DOCUMENT_STATUS.signed}" khi văn bản đã ký: lần tạo sau sẽ không tạo lại nó.`
    : i === DOCUMENT_COLUMN.number
      ? 'Nhập số, ký hiệu sau khi văn thư cấp số (ví dụ 125/QĐ-UBND): lần tạo sau sẽ điền vào văn bản và các văn bản dẫn chiếu nó.'
      : i === DOCUMENT_COLUMN.signedOn
        ? 'Ngày ký (dd/mm/yyyy), nhập cùng với số, ký hiệu.'
        : '',
);

/** Columns whose text is kept exactly as written (codes, numbers like "05/QĐ-UBND", ids, data). */
export const DOCUMENTS_TEXT_COLUMNS = [DOCUMENT_COLUMN.key, DOCUMENT_COLUMN.number, DOCUMENT_COLUMN.docId, DOCUMENT_COLUMN.pdfId, DOCUMENT_COLUMN.batch, DOCUMENT_COLUMN.data];

/** A waiting document: its file name (the same in every run, so that a half-made one is found again) and its fill data. */
export interface DocumentWork {
  fileName: string;
  fill: FillData;
}

export interface DocumentRecord {
  key: string;
  kind: string;
  subject: string;
  version: number;
  status: DocumentStatus | null;
  /** What the secretariat typed: the registered number and the signing day. */
  number: string;
  signedOn: IsoDate | null;
  docUrl: string;
  pdfUrl: string;
  previousUrl: string;
  madeAt: Date | null;
  note: string;
  docId: string;
  pdfId: string;
  batch: string;
  /** What a waiting row's document is made from; null when absent or unreadable. */
  work: DocumentWork | null;
}

function statusOf(text: string): DocumentStatus | null {
  const t = text.trim();
  return (Object.keys(DOCUMENT_STATUS) as DocumentStatus[]).find((s) => DOCUMENT_STATUS[s] === t) ?? null;
}

function workOf(text: string): DocumentWork | null {
  if (text.trim() === '') return null;
  try {
    const parsed = JSON.parse(text) as Partial<DocumentWork>;
    const fill = parsed?.fill;
    return typeof parsed.fileName === 'string' && fill && typeof fill.values === 'object' && typeof fill.tables === 'object' ? (parsed as DocumentWork) : null;
  } catch {
    return null;
  }
}

/** The sheet's rows, in sheet order, keyed rows only. `row` is the 1-based sheet row. */
export function readDocumentRecords(grid: Grid): (DocumentRecord & { row: number })[] {
  const records: (DocumentRecord & { row: number })[] = [];
  grid.slice(1).forEach((cells, i) => {
    const cell = (column: number): CellValue => cells[column] ?? '';
    const text = (column: number): string => String(cell(column)).trim();
    const key = text(DOCUMENT_COLUMN.key);
    if (key === '') return;
    const version = Number(cell(DOCUMENT_COLUMN.version));
    const madeAt = cell(DOCUMENT_COLUMN.madeAt);
    records.push({
      row: i + 2,
      key,
      kind: text(DOCUMENT_COLUMN.kind),
      subject: text(DOCUMENT_COLUMN.subject),
      version: Number.isInteger(version) && version > 0 ? version : 0,
      status: statusOf(text(DOCUMENT_COLUMN.status)),
      number: text(DOCUMENT_COLUMN.number),
      signedOn: readDay(cell(DOCUMENT_COLUMN.signedOn)) ?? null,
      docUrl: text(DOCUMENT_COLUMN.docUrl),
      pdfUrl: text(DOCUMENT_COLUMN.pdfUrl),
      previousUrl: text(DOCUMENT_COLUMN.previousUrl),
      madeAt: isDate(madeAt) ? madeAt : null,
      note: text(DOCUMENT_COLUMN.note),
      docId: text(DOCUMENT_COLUMN.docId),
      pdfId: text(DOCUMENT_COLUMN.pdfId),
      batch: text(DOCUMENT_COLUMN.batch),
      work: workOf(String(cell(DOCUMENT_COLUMN.data))),
    });
  });
  return records;
}

export function documentRow(record: DocumentRecord): CellValue[] {
  const row: CellValue[] = Array<CellValue>(DOCUMENTS_HEADER.length).fill('');
  row[DOCUMENT_COLUMN.key] = record.key;
  row[DOCUMENT_COLUMN.kind] = record.kind;
  row[DOCUMENT_COLUMN.subject] = record.subject;
  row[DOCUMENT_COLUMN.version] = record.version > 0 ? record.version : '';
  row[DOCUMENT_COLUMN.status] = record.status ? DOCUMENT_STATUS[record.status] : '';
  row[DOCUMENT_COLUMN.number] = record.number;
  row[DOCUMENT_COLUMN.signedOn] = record.signedOn ? slashDay(record.signedOn) : '';
  row[DOCUMENT_COLUMN.docUrl] = record.docUrl;
  row[DOCUMENT_COLUMN.pdfUrl] = record.pdfUrl;
  row[DOCUMENT_COLUMN.previousUrl] = record.previousUrl;
  row[DOCUMENT_COLUMN.madeAt] = record.madeAt ?? '';
  row[DOCUMENT_COLUMN.note] = record.note;
  row[DOCUMENT_COLUMN.docId] = record.docId;
  row[DOCUMENT_COLUMN.pdfId] = record.pdfId;
  row[DOCUMENT_COLUMN.batch] = record.batch;
  const work = record.work && record.status === 'pending' ? JSON.stringify(record.work) : '';
  row[DOCUMENT_COLUMN.data] = work.length <= CELL_TEXT_LIMIT ? work : '';
  return row;
}

function slashDay(iso: IsoDate): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** The note of a waiting row whose data was lost (too long for its cell, or edited): planning again fixes it. */
export const NO_FILL_DATA_NOTE = 'Không đọc được dữ liệu để điền văn bản này: hãy chọn "Tạo văn bản" lại để lập lại.';


/** Keys are "<prefix>" for a single document, "<prefix>-<entry code>" for one per entry, "MAU-<prefix>" for a template. */
const TEMPLATE_PREFIX = 'MAU-';

export function templateKey(kind: DocumentKind): string {
  return TEMPLATE_PREFIX + DOCUMENT_KIND_INFO[kind].keyPrefix;
}

export function templateLabel(kind: DocumentKind): string {
  return `Mẫu: ${DOCUMENT_KIND_INFO[kind].name}`;
}

/** The kind of a document's key (templates included), or null for a key the add-on did not write. */
export function kindOfKey(key: string): DocumentKind | null {
  const bare = key.startsWith(TEMPLATE_PREFIX) ? key.slice(TEMPLATE_PREFIX.length) : key;
  const prefix = bare.split('-')[0];
  return DOCUMENT_KINDS.find((k) => DOCUMENT_KIND_INFO[k].keyPrefix === prefix) ?? null;
}

export function isTemplateKey(key: string): boolean {
  return key.startsWith(TEMPLATE_PREFIX);
}
