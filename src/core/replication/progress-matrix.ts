// Where replication stands: which assignments are overdue or due soon, totals by status, and the
// progress matrix ("Ma trận nhân rộng": initiatives × agencies, then the overdue list) that lets
// the Home Affairs department see who has applied what (seeds/br-vt-2022-replication.txt).

import type { CellValue, Grid } from '../cell';
import type { IsoDate } from '../config/model';
import { REPLICATION_STATUSES, REPLICATION_STATUS_WORDS, type Agency, type Assignment, type Initiative, type ReplicationStatus } from './replication-model';
import { dayText } from '../day-cells';
import { daysBetween } from '../vn/dates';
import { codeKey, firstByCode, pairKey } from './replication-problems';

export const MATRIX_SHEET = 'Ma trận nhân rộng';

/** Statuses still waiting for the agency to finish: only these can be overdue or due soon. */
const OPEN: readonly ReplicationStatus[] = ['notStarted', 'applying'];

/**
 * Days past the due date (today is the Vietnam calendar day, given by the caller) of a planned
 * assignment not yet applied or found unsuitable; null when it is not overdue.
 */
export function daysOverdue(assignment: Assignment, today: IsoDate): number | null {
  if (assignment.droppedFromPlan || assignment.due === null || !OPEN.includes(assignment.status)) return null;
  const late = daysBetween(assignment.due, today);
  return Number.isFinite(late) && late > 0 ? late : null;
}

const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Overdue assignments, most late first, then by initiative code, then agency code. */
export function overdueAssignments(assignments: readonly Assignment[], today: IsoDate): { assignment: Assignment; daysLate: number }[] {
  return assignments
    .flatMap((assignment) => {
      const daysLate = daysOverdue(assignment, today);
      return daysLate === null ? [] : [{ assignment, daysLate }];
    })
    .sort(
      (a, b) =>
        b.daysLate - a.daysLate ||
        byCode(a.assignment.initiativeCode, b.assignment.initiativeCode) ||
        byCode(a.assignment.agencyCode, b.assignment.agencyCode),
    );
}

/**
 * Planned assignments still open whose due date is today or within the next `days` days
 * (0 ≤ due − today ≤ days, as judges' reminders count: src/app/judging.ts), in input order.
 */
export function dueWithin(assignments: readonly Assignment[], today: IsoDate, days: number): Assignment[] {
  return assignments.filter((a) => {
    if (a.droppedFromPlan || a.due === null || !OPEN.includes(a.status)) return false;
    const ahead = daysBetween(today, a.due);
    return ahead >= 0 && ahead <= days;
  });
}

/** How many planned assignments are in each status (pairs dropped from the plan are not counted). */
export function statusTotals(assignments: readonly Assignment[]): Record<ReplicationStatus, number> {
  const totals = Object.fromEntries(REPLICATION_STATUSES.map((s) => [s, 0])) as Record<ReplicationStatus, number>;
  for (const a of assignments) if (!a.droppedFromPlan) totals[a.status] += 1;
  return totals;
}

const MATRIX_WORDS = {
  code: 'Mã sáng kiến',
  title: 'Tên sáng kiến',
  ratio: 'Đã áp dụng / được giao',
  overdue: '(quá hạn)',
  total: 'TỔNG SỐ',
  overdueTitle: 'DANH SÁCH QUÁ HẠN',
  agency: 'Đơn vị',
  due: 'Hạn hoàn thành',
  daysLate: 'Số ngày quá hạn',
  status: 'Trạng thái',
} as const;

/** The codes in `used`, each once: in the order of `listed` first (spelled as listed), then the codes it lacks in the order used. */
function lineOrder(listed: readonly { code: string }[], used: readonly string[]): string[] {
  const wanted = new Set(used.map(codeKey));
  const order: string[] = [];
  const seen = new Set<string>();
  for (const code of [...listed.map((x) => x.code).filter((code) => wanted.has(codeKey(code))), ...used]) {
    if (seen.has(codeKey(code))) continue;
    seen.add(codeKey(code));
    order.push(code);
  }
  return order;
}

function ratio(assignments: readonly Assignment[]): string {
  return `${assignments.filter((a) => a.status === 'applied').length}/${assignments.length}`;
}

/**
 * The progress matrix of the planned assignments (pairs dropped from the plan are left out, as in
 * statusTotals): a row per initiative that has any (register order, then codes the register lacks),
 * a column per agency that has any (agencies sheet order, named; then codes the sheet lacks), each
 * cell the status word, "(quá hạn)" added when overdue, '' when not assigned; the applied/assigned
 * count of each row; then a blank row and the totals row ("TỔNG SỐ", applied/assigned per agency);
 * then a blank row and the overdue list (a title row, a header row, one row per overdue pair).
 * Text is as it is: the sheet writer keeps it literal.
 */
export function progressMatrix(
  initiatives: readonly Initiative[],
  agencies: readonly Agency[],
  assignments: readonly Assignment[],
  overdue: readonly { assignment: Assignment; daysLate: number }[],
): { header: string[]; rows: Grid } {
  const planned = assignments.filter((a) => !a.droppedFromPlan);
  const titleOf = firstByCode(initiatives, (x) => x.title);
  const nameOf = firstByCode(agencies, (x) => x.name);
  const lines = lineOrder(initiatives, planned.map((a) => a.initiativeCode));
  const columns = lineOrder(agencies, planned.map((a) => a.agencyCode));
  const late = new Set(overdue.map((o) => pairKey(o.assignment.initiativeCode, o.assignment.agencyCode)));
  const byPair = new Map(planned.map((a) => [pairKey(a.initiativeCode, a.agencyCode), a]));

  const header = [MATRIX_WORDS.code, MATRIX_WORDS.title, ...columns.map((code) => nameOf.get(codeKey(code)) ?? code), MATRIX_WORDS.ratio];
  const rows: Grid = lines.map((initiative) => {
    const cells = columns.map((agency): CellValue => {
      const a = byPair.get(pairKey(initiative, agency));
      if (!a) return '';
      const word = REPLICATION_STATUS_WORDS[a.status];
      return late.has(pairKey(initiative, agency)) ? `${word} ${MATRIX_WORDS.overdue}` : word;
    });
    const own = planned.filter((a) => codeKey(a.initiativeCode) === codeKey(initiative));
    return [initiative, titleOf.get(codeKey(initiative)) ?? '', ...cells, ratio(own)];
  });
  const totals = columns.map((agency) => ratio(planned.filter((a) => codeKey(a.agencyCode) === codeKey(agency))));
  rows.push([], [MATRIX_WORDS.total, '', ...totals, ratio(planned)]);

  rows.push([], [MATRIX_WORDS.overdueTitle], [MATRIX_WORDS.code, MATRIX_WORDS.title, MATRIX_WORDS.agency, MATRIX_WORDS.due, MATRIX_WORDS.daysLate, MATRIX_WORDS.status]);
  for (const { assignment: a, daysLate } of overdue) {
    rows.push([
      a.initiativeCode,
      titleOf.get(codeKey(a.initiativeCode)) ?? '',
      nameOf.get(codeKey(a.agencyCode)) ?? a.agencyCode,
      dayText(a.due),
      daysLate,
      REPLICATION_STATUS_WORDS[a.status],
    ]);
  }
  return { header, rows };
}
