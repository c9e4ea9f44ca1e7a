// The tracking sheet ("Tiến độ nhân rộng"): one row per initiative × agency of the plan, with where
// the agency stands. It is rebuilt from the plan on every update keeping every status already
// reported, so the plan can change without losing anything an agency did.

import type { CellValue, Grid } from '../cell';
import type { IsoDate } from '../config/model';
import { BOOLEAN_WORDS, readWord, wordFor, type Words } from '../config/workbook-vocabulary';
import { tidy } from '../vn/text';
import type { PlannedPair } from './plan-sheet';
import { daysOverdue } from './progress-matrix';
import { REPLICATION_STATUS_WORDS, type Agency, type Assignment, type Initiative, type ReplicationStatus } from './replication-model';
import { dayText, readDay, readInstant } from '../day-cells';
import { cellOf, cellText, codeKey, firstByCode, isBlankRow, pairKey, sheetColumns, type ReplicationProblem } from './replication-problems';

export const TRACKING_SHEET = 'Tiến độ nhân rộng';

const COLUMNS = {
  initiativeCode: 'Mã sáng kiến',
  initiativeTitle: 'Tên sáng kiến',
  agencyCode: 'Mã đơn vị',
  agencyName: 'Đơn vị áp dụng',
  due: 'Hạn hoàn thành',
  status: 'Trạng thái',
  evidence: 'Minh chứng',
  updatedAt: 'Cập nhật lúc',
  reportedBy: 'Người báo cáo',
  daysOverdue: 'Quá hạn (ngày)',
  note: 'Ghi chú',
  inPlan: 'Trong kế hoạch',
  responseId: 'Mã phản hồi',
} as const;
type Column = keyof typeof COLUMNS;
const ORDER = Object.keys(COLUMNS) as Column[];

export const TRACKING_HEADER: string[] = ORDER.map((c) => COLUMNS[c]);

/** The columns readTracking reads; the names and the days overdue are written from elsewhere. */
const READ: readonly Column[] = ORDER.filter((c) => c !== 'initiativeTitle' && c !== 'agencyName' && c !== 'daysOverdue');

/** 0-based column of the status, for the dropdown of REPLICATION_STATUS_WORDS. */
export const TRACKING_STATUS_COLUMN = ORDER.indexOf('status');

const KEPT_BY_HAND = 'Tổ giúp việc có thể sửa (và ghi "Cập nhật lúc"); lần cập nhật sau giữ nguyên, trừ khi có báo cáo gửi sau thời điểm "Cập nhật lúc".';

export const TRACKING_NOTES: string[] = ORDER.map((c) => {
  switch (c) {
    case 'due':
      return 'Lấy từ trang "Kế hoạch nhân rộng": sửa hạn ở đó.';
    case 'status':
      return `${Object.values(REPLICATION_STATUS_WORDS).join(' / ')}. ${KEPT_BY_HAND}`;
    case 'evidence':
      return `Kết quả, số liệu, đường liên kết đến văn bản triển khai. ${KEPT_BY_HAND}`;
    case 'updatedAt':
      return 'Thời điểm gửi báo cáo đã ghi vào dòng; khi Tổ giúp việc tự sửa dòng, ghi dd/mm/yyyy hh:mm: báo cáo gửi trước thời điểm này không ghi đè.';
    case 'daysOverdue':
      return 'Số ngày quá hạn của việc chưa triển khai hoặc đang áp dụng; tính lại mỗi lần cập nhật.';
    case 'note':
      return 'Ghi chú của Tổ giúp việc, được giữ nguyên.';
    case 'inPlan':
      return 'Không: cặp sáng kiến – đơn vị đã bỏ khỏi kế hoạch nhưng đã có tiến độ nên được giữ lại.';
    case 'responseId':
      return 'Mã câu trả lời biểu mẫu đã ghi vào dòng này (dùng nội bộ).';
    default:
      return '';
  }
});

/**
 * Everything but the instant "Cập nhật lúc" (a date-time cell) and the number of days overdue is
 * text. The due date is written as "dd/mm/yyyy" text, so it reads back the same whatever the
 * spreadsheet's locale.
 */
export const TRACKING_TEXT_COLUMNS: number[] = ORDER.flatMap((c, i) => (c === 'updatedAt' || c === 'daysOverdue' ? [] : [i]));

/** The status words as they are written, and read whatever their case or accents. */
const STATUS_WORDS: Words<ReplicationStatus> = {
  notStarted: [REPLICATION_STATUS_WORDS.notStarted],
  applying: [REPLICATION_STATUS_WORDS.applying],
  applied: [REPLICATION_STATUS_WORDS.applied],
  notSuitable: [REPLICATION_STATUS_WORDS.notSuitable],
};

/** A status word as the sheet or the status form writes it, whatever its case or accents; undefined when it is none. */
export function readStatus(text: string): ReplicationStatus | undefined {
  return readWord(STATUS_WORDS, text);
}

/**
 * Every tracking row, columns found by their header. A row without both codes is skipped, and a
 * second row of the same pair too (the first is kept); an unreadable status reads as not started,
 * an unreadable due date or "updated at" as blank; "Trong kế hoạch" = "Không" marks a pair dropped
 * from the plan. Each is reported.
 */
export function readTracking(grid: Grid): { assignments: Assignment[]; problems: ReplicationProblem[] } {
  const { columns, problems } = sheetColumns(TRACKING_SHEET, grid, TRACKING_HEADER, READ.map((c) => COLUMNS[c]));
  const report = (row: number, code: ReplicationProblem['code'], params: ReplicationProblem['params']): void => {
    problems.push({ sheet: TRACKING_SHEET, row, code, params });
  };
  const assignments: Assignment[] = [];
  const firstRow = new Map<string, number>();
  grid.slice(1).forEach((cells, i) => {
    if (isBlankRow(cells)) return;
    const row = i + 2;
    const cell = (column: Column): CellValue | undefined => cellOf(cells, columns, ORDER.indexOf(column));
    const text = (column: Column): string => cellText(cell(column));
    const [initiativeCode, agencyCode] = [tidy(text('initiativeCode')), tidy(text('agencyCode'))];
    if (initiativeCode === '' || agencyCode === '') {
      return report(row, 'missingCode', { column: COLUMNS[initiativeCode === '' ? 'initiativeCode' : 'agencyCode'] });
    }
    const first = firstRow.get(pairKey(initiativeCode, agencyCode));
    if (first !== undefined) return report(row, 'duplicateTrackingRow', { initiative: initiativeCode, agency: agencyCode, firstRow: first });
    firstRow.set(pairKey(initiativeCode, agencyCode), row);
    const due = readDay(cell('due'));
    if (due === undefined) report(row, 'unreadableDue', { value: text('due') });
    let status = readStatus(text('status'));
    if (status === undefined) {
      if (text('status') !== '') report(row, 'unreadableStatus', { value: text('status') });
      status = 'notStarted';
    }
    const updatedAt = readInstant(cell('updatedAt'));
    if (updatedAt === undefined) report(row, 'unreadableUpdatedAt', { value: text('updatedAt') });
    assignments.push({
      initiativeCode,
      agencyCode,
      due: due ?? null,
      status,
      evidence: text('evidence'),
      updatedAt: updatedAt ?? null,
      reportedBy: text('reportedBy'),
      responseId: text('responseId'),
      note: text('note'),
      droppedFromPlan: readWord(BOOLEAN_WORDS, text('inPlan')) === 'no',
    });
  });
  return { assignments, problems };
}

function hasProgress(a: Assignment): boolean {
  return a.status !== 'notStarted' || a.evidence.trim() !== '' || a.note.trim() !== '';
}

/**
 * The tracking rows for a new plan. Each planned pair keeps its previous row's status, evidence,
 * "updated at", reporter, response and note, takes the plan's due date and is in the plan again;
 * a new pair starts not started. A previous pair no longer planned is kept, marked dropped from the
 * plan, when it has any progress (a status other than not started, evidence or a note: `kept`),
 * else removed (`dropped`). Order: the plan's, then the kept pairs in their previous order.
 * `previous` holds each pair once (readTracking skips a second row); a pair planned twice keeps its
 * last place and due date, as readPlan does.
 */
export function reconcilePlan(
  pairs: readonly PlannedPair[],
  previous: readonly Assignment[],
): { assignments: Assignment[]; added: number; dropped: number; kept: number } {
  const before = new Map<string, Assignment>();
  for (const a of previous) if (!before.has(pairKey(a.initiativeCode, a.agencyCode))) before.set(pairKey(a.initiativeCode, a.agencyCode), a);
  const planned = new Map<string, PlannedPair>();
  for (const pair of pairs) {
    const key = pairKey(pair.initiativeCode, pair.agencyCode);
    planned.delete(key);
    planned.set(key, pair);
  }
  let added = 0;
  const assignments: Assignment[] = [...planned].map(([key, pair]) => {
    const old = before.get(key);
    if (!old) added += 1;
    return {
      initiativeCode: pair.initiativeCode,
      agencyCode: pair.agencyCode,
      due: pair.due,
      status: old?.status ?? 'notStarted',
      evidence: old?.evidence ?? '',
      updatedAt: old?.updatedAt ?? null,
      reportedBy: old?.reportedBy ?? '',
      responseId: old?.responseId ?? '',
      note: old?.note ?? '',
      droppedFromPlan: false,
    };
  });
  let [dropped, kept] = [0, 0];
  for (const [key, old] of before) {
    if (planned.has(key)) continue;
    if (hasProgress(old)) {
      assignments.push({ ...old, droppedFromPlan: true });
      kept += 1;
    } else dropped += 1;
  }
  return { assignments, added, dropped, kept };
}

/**
 * The sheet's rows in TRACKING_HEADER order: names looked up (the code itself when unknown), the
 * due date as "dd/mm/yyyy" text (a text column), "Cập nhật lúc" a Date or '', days overdue a
 * number or '', "Trong kế hoạch" Có/Không. Text is as it is: the sheet writer keeps it literal.
 */
export function trackingRows(assignments: readonly Assignment[], initiatives: readonly Initiative[], agencies: readonly Agency[], today: IsoDate): Grid {
  const titles = firstByCode(initiatives, (x) => x.title);
  const names = firstByCode(agencies, (x) => x.name);
  return assignments.map((a) => {
    const cells: Record<Column, CellValue> = {
      initiativeCode: a.initiativeCode,
      initiativeTitle: titles.get(codeKey(a.initiativeCode)) ?? a.initiativeCode,
      agencyCode: a.agencyCode,
      agencyName: names.get(codeKey(a.agencyCode)) ?? a.agencyCode,
      due: dayText(a.due),
      status: REPLICATION_STATUS_WORDS[a.status],
      evidence: a.evidence,
      updatedAt: a.updatedAt ?? '',
      reportedBy: a.reportedBy,
      daysOverdue: daysOverdue(a, today) ?? '',
      note: a.note,
      inPlan: wordFor(BOOLEAN_WORDS, a.droppedFromPlan ? 'no' : 'yes'),
      responseId: a.responseId,
    };
    return ORDER.map((c) => cells[c]);
  });
}
