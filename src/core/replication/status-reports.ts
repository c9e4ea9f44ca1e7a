// Agencies' status reports (the form "Báo cáo tiến độ nhân rộng") applied to the tracking rows. A
// report is applied when it is newer than the row's "updated at", so applying the same responses
// again changes nothing and a row the secretariat updated by hand after a report keeps the
// secretariat's version. A report that cannot be applied is held and listed, never lost: the
// response stays in the Form.

import type { Agency, Assignment, ReplicationStatus, StatusReport } from './replication-model';
import { codeKey, pairKey } from './replication-problems';

export type HeldReason = 'noStatus' | 'unknownAgency' | 'unknownInitiative' | 'notAssigned' | 'notContact';

/** Timestamp order; equal timestamps by response id, so the outcome never depends on the order reports come in. */
function byTime(a: StatusReport, b: StatusReport): number {
  return a.timestamp.getTime() - b.timestamp.getTime() || (a.responseId < b.responseId ? -1 : a.responseId > b.responseId ? 1 : 0);
}

/** The row a report goes to, or why it is held, checked in the order applyReports lists. */
function targetOf(
  report: StatusReport,
  agency: Agency | undefined,
  row: number | undefined,
  initiatives: ReadonlySet<string>,
): { held: HeldReason } | { row: number; status: ReplicationStatus } {
  if (!agency) return { held: 'unknownAgency' };
  if (!initiatives.has(codeKey(report.initiativeCode))) return { held: 'unknownInitiative' };
  if (row === undefined) return { held: 'notAssigned' };
  if (agency.emails.length > 0 && !agency.emails.includes(report.respondentEmail.trim().toLowerCase())) return { held: 'notContact' };
  if (report.status === null) return { held: 'noStatus' };
  return { row, status: report.status };
}

/**
 * Applies reports in timestamp order. A report is held when its agency is not in the agencies
 * sheet (unknownAgency), its initiative has no tracking row at all (unknownInitiative) or none for
 * that agency (notAssigned), the agency has contact addresses and the respondent is not one of them
 * (notContact), or it gives no status (noStatus). Otherwise, when its timestamp is after the row's
 * "updated at" (rows dropped from the plan included), it sets the status, the evidence (when it
 * gives some), "updated at", the reporter and the response id; an older one is skipped silently.
 */
export function applyReports(
  assignments: readonly Assignment[],
  reports: readonly StatusReport[],
  agencies: readonly Agency[],
): { assignments: Assignment[]; applied: StatusReport[]; held: { report: StatusReport; reason: HeldReason }[] } {
  const result = assignments.map((a) => ({ ...a }));
  const rowOf = new Map<string, number>();
  result.forEach((a, i) => {
    if (!rowOf.has(pairKey(a.initiativeCode, a.agencyCode))) rowOf.set(pairKey(a.initiativeCode, a.agencyCode), i);
  });
  const initiatives = new Set(result.map((a) => codeKey(a.initiativeCode)));
  const agencyOf = new Map<string, Agency>();
  for (const agency of agencies) if (!agencyOf.has(codeKey(agency.code))) agencyOf.set(codeKey(agency.code), agency);
  const applied: StatusReport[] = [];
  const held: { report: StatusReport; reason: HeldReason }[] = [];
  for (const report of [...reports].sort(byTime)) {
    const target = targetOf(report, agencyOf.get(codeKey(report.agencyCode)), rowOf.get(pairKey(report.initiativeCode, report.agencyCode)), initiatives);
    if ('held' in target) {
      held.push({ report, reason: target.held });
      continue;
    }
    const row = result[target.row];
    if (row.updatedAt !== null && report.timestamp.getTime() <= row.updatedAt.getTime()) continue;
    result[target.row] = {
      ...row,
      status: target.status,
      evidence: report.evidence.trim() !== '' ? report.evidence.trim() : row.evidence,
      updatedAt: report.timestamp,
      // The person as they name themselves, with the address the form collected.
      reportedBy: report.reporter.trim() !== '' ? `${report.reporter.trim()} (${report.respondentEmail.trim()})` : report.respondentEmail.trim(),
      responseId: report.responseId,
    };
    applied.push(report);
  }
  return { assignments: result, applied, held };
}
