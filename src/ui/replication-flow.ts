// The replication menu items: the register of recognised initiatives, the tracking with the
// agencies' status form, reminders, the yearly summary and the report. The sheets and e-mails are
// Vietnamese (the contest's records); dialogs follow the user's language.

import type { ContestConfig } from '../core/config/model';
import type { ReplicationProblem } from '../core/replication/replication-problems';
import { TRACKING_SHEET } from '../core/replication/tracking-sheet';
import {
  createReplicationReport,
  remindAgencies,
  remindersDue,
  REMINDER_WINDOW_DAYS,
  updateInitiatives,
  updateReplication,
  writeYearlySummaries,
  type ContestOutcome,
  type ReplicationPorts,
  type ReplicationWording,
} from '../app/replication';
import type { Locale } from './locale';
import { replicationProblemText } from './messages/replication-problems-text';
import { replicationText } from './messages/replication-text';
import type { Dialogs } from './dialogs';
import { configurationOrTell } from './configuration-or-tell';
import { judgingWording } from './judging-flow';

/** Agencies' reminders are Vietnamese; entries count in the yearly summary when judging would take them. */
export function replicationWording(): ReplicationWording {
  const t = replicationText.vi.reminder;
  return { reminder: (facts) => ({ subject: t.subject(facts.contest), body: t.body(facts) }), isCounted: judgingWording().isJudged };
}

/** Computes the contest when it was judged; null for a register with no judging (a year-round one). */
export type OutcomeOf = (config: ContestConfig) => ContestOutcome | null;

/** At most this many problems are listed in a dialog; the rest are counted. */
const PROBLEMS_SHOWN = 10;

function problemLines(problems: readonly ReplicationProblem[], locale: Locale): string[] {
  if (problems.length === 0) return [];
  const t = replicationProblemText[locale];
  const shown = problems.slice(0, PROBLEMS_SHOWN).map((p) => `- ${t.describe(p)}`);
  if (problems.length > PROBLEMS_SHOWN) shown.push(t.more(problems.length - PROBLEMS_SHOWN));
  return [t.heading, ...shown];
}

export function runUpdateInitiativesFlow(ports: ReplicationPorts, dialogs: Dialogs, locale: Locale, outcomeOf: OutcomeOf): void {
  const t = replicationText[locale];
  const config = configurationOrTell(ports.workbook, dialogs, locale, t.titles.initiatives);
  if (!config) return;
  const s = updateInitiatives(config, ports, () => outcomeOf(config));
  if (s.layoutChanged) {
    dialogs.tell(t.titles.initiatives, [t.layoutChanged, ...problemLines(s.problems, locale)].join('\n\n'));
    return;
  }
  const lines: string[] = [];
  if (s.provisional) lines.push(t.initiatives.provisional);
  else if (s.noWinners) lines.push(t.initiatives.noWinners);
  else lines.push(s.added.length > 0 ? t.initiatives.added(s.added.join(', ')) : t.initiatives.noneAdded);
  if (s.completed.length > 0) lines.push(t.initiatives.completed(s.completed.join(', ')));
  if (s.assignedCodes.length > 0) lines.push(t.initiatives.assignedCodes(s.assignedCodes.join(', ')));
  lines.push(t.initiatives.total(s.total));
  if (s.created.length > 0) lines.push(t.initiatives.created(s.created.map((n) => `"${n}"`).join(', ')));
  lines.push(...problemLines(s.problems, locale));
  dialogs.tell(t.titles.initiatives, lines.join('\n\n'));
}

export function runUpdateReplicationFlow(ports: ReplicationPorts, dialogs: Dialogs, locale: Locale): void {
  const t = replicationText[locale];
  const config = configurationOrTell(ports.workbook, dialogs, locale, t.titles.tracking);
  if (!config) return;
  const s = updateReplication(config, ports);
  if (s.missing.length > 0) {
    dialogs.tell(t.titles.tracking, t.tracking.missing(s.missing.map((n) => `"${n}"`).join(', ')));
    return;
  }
  if (s.layoutChanged) {
    dialogs.tell(t.titles.tracking, [t.layoutChanged, ...problemLines(s.problems, locale)].join('\n\n'));
    return;
  }
  const lines = [t.tracking.summary(s.pairs, s.added), t.tracking.totals(s.totals)];
  if (s.applied.length > 0) lines.push(t.tracking.applied(s.applied.length));
  if (s.kept > 0) lines.push(t.tracking.kept(s.kept));
  if (s.dropped > 0) lines.push(t.tracking.dropped(s.dropped));
  lines.push(t.tracking.overdue(s.overdue));
  if (s.held.length > 0) {
    lines.push(t.tracking.held(s.held.map((h) => t.tracking.heldLine(h.reason, h.report.agencyCode, h.report.initiativeCode, h.report.respondentEmail)).join('\n')));
  }
  lines.push(s.formReplaced ? t.tracking.formReplaced(s.formUrl) : s.formCreated ? t.tracking.formCreated(s.formUrl) : t.tracking.formUrl(s.formUrl));
  lines.push(...problemLines(s.problems, locale));
  dialogs.tell(t.titles.tracking, lines.join('\n\n'));
}

/** Asks before sending: e-mails cannot be taken back. */
export function runRemindAgenciesFlow(ports: ReplicationPorts, dialogs: Dialogs, locale: Locale): void {
  const t = replicationText[locale];
  const config = configurationOrTell(ports.workbook, dialogs, locale, t.titles.reminders);
  if (!config) return;
  const { due, book } = remindersDue(ports);
  if (!book.sheets.has(TRACKING_SHEET)) {
    dialogs.tell(t.titles.reminders, t.reminders.noTracking);
    return;
  }
  if (due.length === 0) {
    dialogs.tell(t.titles.reminders, t.reminders.nothing);
    return;
  }
  const reachable = due.filter((d) => d.agency.emails.length > 0).length;
  if (reachable > 0 && !dialogs.confirm(t.titles.reminders, t.reminders.confirm(reachable, due.length - reachable, REMINDER_WINDOW_DAYS))) {
    dialogs.tell(t.titles.reminders, t.reminders.cancelled);
    return;
  }
  const s = remindAgencies(config, ports, { due, book });
  const lines: string[] = [];
  if (s.reminded.length > 0) lines.push(t.reminders.reminded(s.reminded.map((r) => t.reminders.remindedLine(r.agency, r.overdue, r.dueSoon)).join('\n')));
  if (s.noContact.length > 0) lines.push(t.reminders.noContact(s.noContact.join(', ')));
  if (s.deferred.length > 0) lines.push(t.reminders.deferred(s.deferred.join(', ')));
  dialogs.tell(t.titles.reminders, lines.join('\n\n'));
}

export function runYearlySummaryFlow(ports: ReplicationPorts, dialogs: Dialogs, locale: Locale, outcomeOf: OutcomeOf): void {
  const t = replicationText[locale];
  const config = configurationOrTell(ports.workbook, dialogs, locale, t.titles.yearly);
  if (!config) return;
  const s = writeYearlySummaries(config, ports, () => outcomeOf(config));
  dialogs.tell(
    t.titles.yearly,
    s.years.length === 0 ? t.yearly.none : t.yearly.written(s.years.map((y) => t.yearly.line(y.sheet, y.units, y.bonusUnits, y.basis)).join('\n')),
  );
}

export function runReplicationReportFlow(ports: ReplicationPorts, dialogs: Dialogs, locale: Locale): void {
  const t = replicationText[locale];
  const config = configurationOrTell(ports.workbook, dialogs, locale, t.titles.report);
  if (!config) return;
  const report = createReplicationReport(config, ports);
  dialogs.tell(t.titles.report, report ? t.report.created(report.name, report.url, report.pdfUrl) : t.report.noTracking);
}
