// The secretariat's judging sheets in the contest workbook: the assignment (Phân công chấm), the
// judges' sheets register (Phiếu chấm), conflicts declared by the secretariat (Khai báo xung đột)
// and the audit log (Nhật ký chấm điểm). Their Vietnamese words are workbook vocabulary, like
// the Entries register's; each sheet is read and written whole, in one call.

import type { CellValue, Grid } from '../cell';
import { isDate } from '../cell-grid';
import type { Criterion } from '../config/model';
import { ROUND_WORDS, readWord, wordFor } from '../config/workbook-vocabulary';
import type { RoundId } from '../scoring/score-sheet';
import { judgeKey, type Assignment, type AssignmentReason } from './judging-model';

export const ASSIGNMENT_SHEET = 'Phân công chấm';
export const JUDGE_SHEETS_SHEET = 'Phiếu chấm';
export const CONFLICTS_SHEET = 'Khai báo xung đột';
export const AUDIT_LOG_SHEET = 'Nhật ký chấm điểm';

export const ASSIGNMENT_HEADER = ['Vòng', 'Mã bài', 'Email giám khảo', 'Giám khảo', 'Lý do'];
const REASON_WORDS: Record<AssignmentReason, string> = {
  assigned: 'Phân công',
  extra: 'Giám khảo bổ sung do chênh lệch điểm lớn',
};

export function roundWord(round: RoundId): string {
  return wordFor(ROUND_WORDS, round);
}

function columnsOf<K extends string>(grid: Grid, header: Record<K, string>): Record<K, number> | null {
  const found = (grid[0] ?? []).map((h) => String(h).trim());
  const at = {} as Record<K, number>;
  for (const key of Object.keys(header) as K[]) {
    at[key] = found.indexOf(header[key]);
    if (at[key] < 0) return null;
  }
  return at;
}

const text = (value: CellValue | undefined): string => (value === undefined ? '' : String(value).trim());

/** The assignment sheet's rows; rows with an unknown round or a blank code or e-mail are skipped. */
export function readAssignments(grid: Grid): Assignment[] {
  const at = columnsOf(grid, { round: ASSIGNMENT_HEADER[0], code: ASSIGNMENT_HEADER[1], judge: ASSIGNMENT_HEADER[2], reason: ASSIGNMENT_HEADER[4] });
  if (!at) return [];
  const assignments: Assignment[] = [];
  for (const row of grid.slice(1)) {
    const round = readWord(ROUND_WORDS, text(row[at.round]));
    const entryCode = text(row[at.code]);
    const judge = judgeKey(text(row[at.judge]));
    if (!round || entryCode === '' || judge === '') continue;
    const reason: AssignmentReason = text(row[at.reason]) === REASON_WORDS.extra ? 'extra' : 'assigned';
    assignments.push({ round, entryCode, judge, reason });
  }
  return assignments;
}

export function assignmentRows(assignments: readonly Assignment[], judgeName: (email: string) => string): Grid {
  return assignments.map((a) => [roundWord(a.round), a.entryCode, a.judge, judgeName(a.judge), REASON_WORDS[a.reason]]);
}

/** Where each judge scores a round. */
export interface JudgeSheetRecord {
  round: RoundId;
  judge: string;
  judgeName: string;
  /** null: a tab of the contest workbook. */
  spreadsheetId: string | null;
  sheetName: string;
  url: string;
  locked: boolean;
}

export const JUDGE_SHEETS_HEADER = ['Vòng', 'Email giám khảo', 'Giám khảo', 'Nơi chấm', 'Tên trang', 'Mã bảng tính', 'Đường liên kết', 'Trạng thái'];
const PLACE_WORDS = { shared: 'Trang trong bảng tính này', private: 'Bảng tính riêng của giám khảo' };
export const SHEET_STATE_WORDS = { open: 'Đang chấm', locked: 'Đã khóa' };

export function readJudgeSheetRecords(grid: Grid): JudgeSheetRecord[] {
  const at = columnsOf(grid, {
    round: JUDGE_SHEETS_HEADER[0],
    judge: JUDGE_SHEETS_HEADER[1],
    name: JUDGE_SHEETS_HEADER[2],
    sheet: JUDGE_SHEETS_HEADER[4],
    id: JUDGE_SHEETS_HEADER[5],
    url: JUDGE_SHEETS_HEADER[6],
    state: JUDGE_SHEETS_HEADER[7],
  });
  if (!at) return [];
  const records: JudgeSheetRecord[] = [];
  for (const row of grid.slice(1)) {
    const round = readWord(ROUND_WORDS, text(row[at.round]));
    const judge = judgeKey(text(row[at.judge]));
    const sheetName = text(row[at.sheet]);
    if (!round || judge === '' || sheetName === '') continue;
    const id = text(row[at.id]);
    records.push({
      round,
      judge,
      judgeName: text(row[at.name]),
      spreadsheetId: id === '' ? null : id,
      sheetName,
      url: text(row[at.url]),
      locked: text(row[at.state]) === SHEET_STATE_WORDS.locked,
    });
  }
  return records;
}

export function judgeSheetRows(records: readonly JudgeSheetRecord[]): Grid {
  return records.map((r) => [
    roundWord(r.round),
    r.judge,
    r.judgeName,
    r.spreadsheetId === null ? PLACE_WORDS.shared : PLACE_WORDS.private,
    r.sheetName,
    r.spreadsheetId ?? '',
    r.url,
    r.locked ? SHEET_STATE_WORDS.locked : SHEET_STATE_WORDS.open,
  ]);
}

export const CONFLICTS_HEADER = ['Email giám khảo', 'Mã bài', 'Lý do'];

/** Conflicts the secretariat typed: a judge's e-mail and an entry code per row. */
export function readDeclaredConflicts(grid: Grid): { judge: string; entryCode: string }[] {
  const at = columnsOf(grid, { judge: CONFLICTS_HEADER[0], code: CONFLICTS_HEADER[1] });
  if (!at) return [];
  return grid
    .slice(1)
    .map((row) => ({ judge: judgeKey(text(row[at.judge])), entryCode: text(row[at.code]) }))
    .filter((c) => c.judge !== '' && c.entryCode !== '');
}

/** How a change reached the audit log. */
export type AuditSource = 'edit' | 'sync' | 'afterLock';

export const AUDIT_LOG_HEADER = ['Thời điểm', 'Vòng', 'Mã bài', 'Giám khảo', 'Tiêu chí', 'Giá trị cũ', 'Giá trị mới', 'Người sửa', 'Cách ghi nhận'];
const SOURCE_WORDS: Record<AuditSource, string> = {
  edit: 'Sửa trực tiếp trên phiếu',
  sync: 'Phát hiện khi cập nhật điểm',
  afterLock: 'Sửa sau khi đã khóa',
};

export interface AuditRecord {
  at: Date;
  round: RoundId;
  entryCode: string;
  judge: string;
  /** Criterion name, or the conflict column's name. */
  field: string;
  before: CellValue;
  after: CellValue;
  /** Who edited, when Apps Script tells ('' when it does not: other domains, or a change found later). */
  editor: string;
  source: AuditSource;
}

export function auditRows(records: readonly AuditRecord[]): Grid {
  return records.map((r) => [r.at, roundWord(r.round), r.entryCode, r.judge, r.field, r.before, r.after, r.editor, SOURCE_WORDS[r.source]]);
}

/** The audit log's rows as records (for reports and tests); rows without a time are skipped. */
export function readAuditLog(grid: Grid): AuditRecord[] {
  const sources = Object.entries(SOURCE_WORDS) as [AuditSource, string][];
  return grid.slice(1).flatMap((row): AuditRecord[] => {
    const round = readWord(ROUND_WORDS, text(row[1]));
    if (!isDate(row[0]) || !round) return [];
    const source = sources.find(([, word]) => word === text(row[8]))?.[0] ?? 'edit';
    return [{ at: row[0], round, entryCode: text(row[2]), judge: text(row[3]), field: text(row[4]), before: row[5], after: row[6], editor: text(row[7]), source }];
  });
}

/** The help a judge sees on a score cell (its data validation): the range, the step, blank is not zero. */
export function scoreHelp(criterion: Pick<Criterion, 'maxPoints' | 'step'>): string {
  const vi = (n: number): string => String(n).replace('.', ',');
  return `Điểm từ 0 đến ${vi(criterion.maxPoints)}, bước ${vi(criterion.step)}; để trống nếu chưa chấm (ô trống không phải điểm 0).`;
}
