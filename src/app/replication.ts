// After the prizes: the register of recognised initiatives, the replication plan and its tracking
// (BR-VT 2022: the Home Affairs department follows "who has applied what"), the agencies' status
// form, reminders, the yearly summary per unit (Tân An's year-round register, the CCHC annual
// report) and the report document. Each use case reads the sheets it needs in one batch and writes
// whole sheets; nothing the secretariat typed is overwritten.

import type { Grid } from '../core/cell';
import type { ContestConfig, IsoDate } from '../core/config/model';
import { secretariatEmails } from '../core/config/model';
import { DOCUMENTS_SHEET, readDocumentRecords } from '../core/documents/documents-sheet';
import { DOCUMENT_KIND_INFO } from '../core/documents/document-kinds';
import { ENTRIES_SHEET } from '../core/intake/entries-sheet';
import { AGENCIES_HEADER, AGENCIES_NOTES, AGENCIES_SHEET, AGENCIES_TEXT_COLUMNS, agencyRowsFromUnits, readAgencies } from '../core/replication/agencies-sheet';
import {
  INITIATIVES_HEADER,
  INITIATIVES_NOTES,
  INITIATIVES_SHEET,
  INITIATIVES_TEXT_COLUMNS,
  assignMissingCodes,
  completeFromRegister,
  initiativeRows,
  mergeWinners,
  readInitiatives,
} from '../core/replication/initiatives-sheet';
import { PLAN_HEADER, PLAN_NOTES, PLAN_SHEET, PLAN_TEXT_COLUMNS, readPlan } from '../core/replication/plan-sheet';
import { MATRIX_SHEET, dueWithin, overdueAssignments, progressMatrix, statusTotals } from '../core/replication/progress-matrix';
import type { ReplicationProblem } from '../core/replication/replication-problems';
import type { Agency, Assignment, Initiative, ReplicationStatus, StatusReport } from '../core/replication/replication-model';
import { replicationReportFill, replicationReportName, replicationReportTemplate } from '../core/replication/report-document';
import { applyReports, type HeldReason } from '../core/replication/status-reports';
import { statusFormChoices, statusFormSpec, statusReportOf } from '../core/replication/status-form';
import { TRACKING_HEADER, TRACKING_NOTES, TRACKING_SHEET, TRACKING_TEXT_COLUMNS, readTracking, reconcilePlan, trackingRows } from '../core/replication/tracking-sheet';
import { awardDecisionText, winnersAsInitiatives } from '../core/replication/winners';
import { countedEntries, summaryYears, yearlySummary, yearlySummarySheetName, yearlySummaryTable } from '../core/replication/yearly-summary';
import type { ContestResults } from '../core/results/results-model';
import { ASSIGNMENT_SHEET } from '../core/judging/judging-sheets';
import { contestFolder } from './documents';
import { computeContest, type ResultsPorts } from './results';
import type { DocumentFilesPort, FormsPort, LockPort, MailPort, SheetTable, StatePort, WorkbookPort } from './ports';

/** The state key holding the id of the agencies' status form. */
export const STATUS_FORM_KEY = 'replication.formId';
/** …and its address, to put in reminders without opening the form. */
const STATUS_FORM_URL_KEY = 'replication.formUrl';

/**
 * Reminders cover what is overdue and what falls due within this many days: a week's notice is
 * the shortest an agency can act on between two weekly meetings (the secretariat may run the step
 * more often; each run reminds once).
 */
export const REMINDER_WINDOW_DAYS = 7;

export interface ReplicationPorts {
  workbook: WorkbookPort;
  forms: FormsPort;
  mail: MailPort;
  files: DocumentFilesPort;
  state: StatePort;
  lock: LockPort;
  now(): Date;
  /** Today in the contest's time zone. */
  today(): IsoDate;
  wording: ReplicationWording;
}

/** One agency's reminder: what is overdue and what falls due soon. */
export interface AgencyReminderFacts {
  agencyName: string;
  contest: string;
  overdue: { initiative: string; due: IsoDate; daysLate: number }[];
  dueSoon: { initiative: string; due: IsoDate }[];
  formUrl: string;
}

/** The e-mail an agency receives (always Vietnamese) and the register's words, from the message catalog. */
export interface ReplicationWording {
  reminder(facts: AgencyReminderFacts): { subject: string; body: string };
  /** Whether an entry with this register status counts in the yearly summary: every status but "invalid", as for judging. */
  isCounted(status: string): boolean;
}

/** The contest as the results computation sees it, for the winners and the defence round's shortlist. */
export interface ContestOutcome {
  results: ContestResults;
  register: Grid;
  provisional: boolean;
}

/**
 * The contest's computed results when judges were assigned; null for a register nobody judged (a
 * year-round one, whose initiatives are recognised by decision and typed into the register).
 */
export function judgedOutcome(config: ContestConfig, ports: ResultsPorts): ContestOutcome | null {
  if (ports.workbook.presentSheets([ASSIGNMENT_SHEET]).length === 0) return null;
  const contest = computeContest(config, ports);
  return { results: contest.results, register: contest.register, provisional: contest.provisional };
}

// ---------------------------------------------------------------------------------------------
// The register of recognised initiatives

export interface InitiativesSummary {
  /** Winners added by this run, by code. */
  added: string[];
  /** Rows whose blank fields were filled (from the results or the Entries sheet). */
  completed: string[];
  /** Codes given to rows typed without one. */
  assignedCodes: string[];
  /** Entry codes typed in the register that the Entries sheet does not have. */
  unknownEntries: string[];
  /** The results are provisional (a round is not locked): winners were not taken yet. */
  provisional: boolean;
  /** The contest has no computed winners (no scores yet, or a year-round register). */
  noWinners: boolean;
  total: number;
  /** Sheets created blank because they did not exist. */
  created: string[];
  problems: ReplicationProblem[];
  /** The register lacks a column the add-on writes (a header renamed by hand): nothing was written, so nothing in it is lost. */
  layoutChanged: boolean;
}

/** The rows typed with an entry code the Entries sheet does not have (they are kept as typed). */
function unknownEntryProblems(initiatives: readonly Initiative[], rows: readonly number[], unknown: readonly string[]): ReplicationProblem[] {
  const missing = new Set(unknown);
  return initiatives.flatMap((x, i) =>
    i < rows.length && missing.has(x.entryCode.trim()) ? [{ sheet: INITIATIVES_SHEET, row: rows[i], code: 'unknownEntry' as const, params: { entryCode: x.entryCode.trim() } }] : [],
  );
}

/** A sheet the add-on rewrites whole but whose header lost a column: rewriting it would drop that column's cells. */
function lacksColumn(problems: readonly ReplicationProblem[], sheet: string): boolean {
  return problems.some((p) => p.sheet === sheet && p.code === 'missingColumn');
}

/** The award decision as the Documents sheet records it (number and day typed after signing), else null. */
function awardDecision(documents: Grid | undefined): { number: string; signedOn: IsoDate | null } | null {
  const record = readDocumentRecords(documents ?? []).find((r) => r.key === DOCUMENT_KIND_INFO.decision.keyPrefix);
  return record ? { number: record.number, signedOn: record.signedOn } : null;
}

/** Blank sheets the secretariat fills in: the agencies (seeded from the units) and the plan. */
function missingSheets(config: ContestConfig, sheets: Map<string, Grid>): SheetTable[] {
  const tables: SheetTable[] = [];
  if (!sheets.has(AGENCIES_SHEET)) {
    tables.push({ name: AGENCIES_SHEET, header: AGENCIES_HEADER, rows: agencyRowsFromUnits(config.units), textColumns: AGENCIES_TEXT_COLUMNS, notes: AGENCIES_NOTES });
  }
  if (!sheets.has(PLAN_SHEET)) tables.push({ name: PLAN_SHEET, header: PLAN_HEADER, rows: [], textColumns: PLAN_TEXT_COLUMNS, notes: PLAN_NOTES });
  return tables;
}

/**
 * "Cập nhật danh mục sáng kiến": the contest's winners join the register (once each, keyed by
 * entry code) with the award decision as their recognition, rows typed with only an entry code are
 * completed from the Entries sheet, rows without a code get one. `outcome` is the computed contest
 * (judgedOutcome: null when nobody judged); winners are taken from final results only.
 */
export function updateInitiatives(config: ContestConfig, ports: ReplicationPorts, outcome: () => ContestOutcome | null): InitiativesSummary {
  return ports.lock.withLock(() => {
    const sheets = ports.workbook.readSheets([INITIATIVES_SHEET, ENTRIES_SHEET, DOCUMENTS_SHEET, AGENCIES_SHEET, PLAN_SHEET]);
    const read = readInitiatives(sheets.get(INITIATIVES_SHEET) ?? []);
    const register = sheets.get(ENTRIES_SHEET) ?? [];
    const summary: InitiativesSummary = {
      added: [],
      completed: [],
      assignedCodes: [],
      unknownEntries: [],
      provisional: false,
      noWinners: false,
      total: 0,
      created: [],
      problems: read.problems,
      layoutChanged: lacksColumn(read.problems, INITIATIVES_SHEET),
    };
    if (summary.layoutChanged) return summary;
    const contest = outcome();
    summary.provisional = contest?.provisional ?? false;
    let initiatives: Initiative[] = read.initiatives;
    if (contest && !contest.provisional) {
      const decision = awardDecisionText(awardDecision(sheets.get(DOCUMENTS_SHEET)), config);
      const winners = winnersAsInitiatives({ results: contest.results, register: contest.register, config, decision });
      summary.noWinners = winners.length === 0;
      const merged = mergeWinners(initiatives, winners);
      initiatives = merged.initiatives;
      summary.added = merged.added;
      summary.completed.push(...merged.completed);
    } else if (!contest) {
      summary.noWinners = true;
    }
    const completed = completeFromRegister(initiatives, register, config);
    initiatives = completed.initiatives;
    summary.completed = [...new Set([...summary.completed, ...completed.completed])];
    summary.unknownEntries = completed.unknownEntries;
    summary.problems = [...summary.problems, ...unknownEntryProblems(initiatives, read.rows, completed.unknownEntries)];
    const coded = assignMissingCodes(initiatives, config.identity.year);
    initiatives = coded.initiatives;
    summary.assignedCodes = coded.assigned;
    summary.total = initiatives.length;
    const tables: SheetTable[] = [
      { name: INITIATIVES_SHEET, header: INITIATIVES_HEADER, rows: initiativeRows(initiatives), textColumns: INITIATIVES_TEXT_COLUMNS, notes: INITIATIVES_NOTES },
      ...missingSheets(config, sheets),
    ];
    summary.created = tables.slice(1).map((t) => t.name);
    ports.workbook.writeSheets(tables);
    return summary;
  });
}

// ---------------------------------------------------------------------------------------------
// The plan, the status form and the tracking

export interface ReplicationSummary {
  /** Pairs (initiative, agency) in the tracking. */
  pairs: number;
  added: number;
  /** Pairs no longer planned that had no progress, removed; and those kept because they had some. */
  dropped: number;
  kept: number;
  applied: StatusReport[];
  held: { report: StatusReport; reason: HeldReason }[];
  overdue: number;
  totals: Record<ReplicationStatus, number>;
  formUrl: string;
  formCreated: boolean;
  /** A form was recorded but could not be opened (deleted, or not shared): a new one was made. */
  formReplaced: boolean;
  problems: ReplicationProblem[];
  /**
   * Sheets missing or without a row (the register, the agencies, the plan): nothing was tracked. A
   * form needs at least one initiative and one agency to offer (Forms refuses an empty list).
   */
  missing: string[];
  /** The tracking sheet lacks a column (a header renamed by hand): it was not rewritten, so nothing in it is lost. */
  layoutChanged: boolean;
}

export interface ReplicationBook {
  initiatives: Initiative[];
  agencies: Agency[];
  assignments: Assignment[];
  problems: ReplicationProblem[];
  sheets: Map<string, Grid>;
}

function readBook(ports: ReplicationPorts, also: readonly string[] = []): ReplicationBook {
  const sheets = ports.workbook.readSheets([INITIATIVES_SHEET, AGENCIES_SHEET, PLAN_SHEET, TRACKING_SHEET, ...also]);
  const initiatives = readInitiatives(sheets.get(INITIATIVES_SHEET) ?? []);
  const agencies = readAgencies(sheets.get(AGENCIES_SHEET) ?? []);
  const tracking = readTracking(sheets.get(TRACKING_SHEET) ?? []);
  return {
    initiatives: initiatives.initiatives,
    agencies: agencies.agencies,
    assignments: tracking.assignments,
    problems: [...initiatives.problems, ...agencies.problems, ...tracking.problems],
    sheets,
  };
}

/** The status form: made on first use (shared with the secretariat), else its choices follow the plan. */
function statusForm(
  config: ContestConfig,
  ports: ReplicationPorts,
  book: ReplicationBook,
  assignments: readonly Assignment[],
): { id: string; url: string; created: boolean; replaced: boolean } {
  const spec = statusFormSpec(config, book.initiatives, book.agencies, assignments);
  const known = ports.state.get(STATUS_FORM_KEY);
  if (known !== null && ports.forms.exists(known)) {
    ports.forms.setChoices(known, statusFormChoices(spec));
    return { id: known, url: ports.state.get(STATUS_FORM_URL_KEY) ?? '', created: false, replaced: false };
  }
  const created = ports.forms.createLinkedForm(spec, secretariatEmails(config));
  ports.state.set(STATUS_FORM_KEY, created.id);
  ports.state.set(STATUS_FORM_URL_KEY, created.url);
  return { id: created.id, url: created.url, created: true, replaced: known !== null };
}

/**
 * "Cập nhật tiến độ nhân rộng": the plan becomes one tracking row per (initiative, agency) keeping
 * every status already reported, the status form follows the plan, the agencies' reports are
 * applied (newest wins, once each), and the tracking and the matrix with its overdue list are written.
 */
export function updateReplication(config: ContestConfig, ports: ReplicationPorts): ReplicationSummary {
  return ports.lock.withLock(() => {
    const book = readBook(ports);
    const missing = [
      ...(book.initiatives.length === 0 ? [INITIATIVES_SHEET] : []),
      ...(book.agencies.length === 0 ? [AGENCIES_SHEET] : []),
      ...(book.sheets.has(PLAN_SHEET) ? [] : [PLAN_SHEET]),
    ];
    const empty: ReplicationSummary = {
      pairs: 0,
      added: 0,
      dropped: 0,
      kept: 0,
      applied: [],
      held: [],
      overdue: 0,
      totals: statusTotals([]),
      formUrl: '',
      formCreated: false,
      formReplaced: false,
      problems: book.problems,
      missing,
      layoutChanged: lacksColumn(book.problems, TRACKING_SHEET),
    };
    if (missing.length > 0 || empty.layoutChanged) return empty;
    const plan = readPlan(book.sheets.get(PLAN_SHEET) ?? [], book.initiatives, book.agencies);
    const reconciled = reconcilePlan(plan.pairs, book.assignments);
    const form = statusForm(config, ports, book, reconciled.assignments);
    const reports = ports.forms.responses(form.id).map(statusReportOf);
    const reported = applyReports(reconciled.assignments, reports, book.agencies);
    const today = ports.today();
    const overdue = overdueAssignments(reported.assignments, today);
    const matrix = progressMatrix(book.initiatives, book.agencies, reported.assignments, overdue);
    ports.workbook.writeSheets([
      {
        name: TRACKING_SHEET,
        header: TRACKING_HEADER,
        rows: trackingRows(reported.assignments, book.initiatives, book.agencies, today),
        textColumns: TRACKING_TEXT_COLUMNS,
        notes: TRACKING_NOTES,
      },
      { name: MATRIX_SHEET, header: matrix.header, rows: matrix.rows },
    ]);
    return {
      ...empty,
      pairs: reported.assignments.length,
      added: reconciled.added,
      dropped: reconciled.dropped,
      kept: reconciled.kept,
      applied: reported.applied,
      held: reported.held,
      overdue: overdue.length,
      totals: statusTotals(reported.assignments),
      formUrl: form.url,
      formCreated: form.created,
      formReplaced: form.replaced,
      problems: [...book.problems, ...plan.problems],
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Reminders

export interface AgencyRemindersSummary {
  reminded: { agency: string; overdue: number; dueSoon: number }[];
  /** Agencies with something to be reminded of but no contact address in the agencies sheet. */
  noContact: string[];
  /** Agencies not reminded because the day's e-mail quota ran out. */
  deferred: string[];
  /** The tracking has not been made yet. */
  noTracking: boolean;
}

export interface AgencyDue {
  agency: Agency;
  overdue: { assignment: Assignment; daysLate: number }[];
  dueSoon: Assignment[];
}

export interface RemindersDue {
  due: AgencyDue[];
  book: ReplicationBook;
}

/** What each agency would be reminded of, as the tracking sheet stands: reminders read it, never the form. */
export function remindersDue(ports: ReplicationPorts): RemindersDue {
  const book = readBook(ports);
  const today = ports.today();
  const overdue = overdueAssignments(book.assignments, today);
  const soon = dueWithin(book.assignments, today, REMINDER_WINDOW_DAYS);
  const due = book.agencies
    .map((agency) => ({
      agency,
      overdue: overdue.filter((o) => o.assignment.agencyCode === agency.code),
      dueSoon: soon.filter((a) => a.agencyCode === agency.code),
    }))
    .filter((d) => d.overdue.length + d.dueSoon.length > 0);
  return { due, book };
}

/**
 * "Nhắc đơn vị triển khai nhân rộng": one e-mail per agency with overdue or soon-due initiatives,
 * to its contact addresses, with the status form's address. Run "Cập nhật tiến độ" first so that
 * reports already sent are counted.
 */
export function remindAgencies(config: ContestConfig, ports: ReplicationPorts, prepared: RemindersDue = remindersDue(ports)): AgencyRemindersSummary {
  const { due, book } = prepared;
  const summary: AgencyRemindersSummary = { reminded: [], noContact: [], deferred: [], noTracking: !book.sheets.has(TRACKING_SHEET) };
  const titleOf = new Map(book.initiatives.map((i) => [i.code, i.title]));
  const named = (code: string): string => (titleOf.get(code) ? `${code} – ${titleOf.get(code)}` : code);
  const formUrl = ports.state.get(STATUS_FORM_URL_KEY) ?? '';
  for (const d of due) {
    if (d.agency.emails.length === 0) {
      summary.noContact.push(d.agency.name || d.agency.code);
      continue;
    }
    if (ports.mail.remainingQuota() < d.agency.emails.length) {
      summary.deferred.push(d.agency.name || d.agency.code);
      continue;
    }
    const mail = ports.wording.reminder({
      agencyName: d.agency.name || d.agency.code,
      contest: config.identity.title,
      overdue: d.overdue.map((o) => ({ initiative: named(o.assignment.initiativeCode), due: o.assignment.due ?? '', daysLate: o.daysLate })),
      dueSoon: d.dueSoon.map((a) => ({ initiative: named(a.initiativeCode), due: a.due ?? '' })),
      formUrl,
    });
    ports.mail.send(d.agency.emails.join(','), mail.subject, mail.body);
    summary.reminded.push({ agency: d.agency.name || d.agency.code, overdue: d.overdue.length, dueSoon: d.dueSoon.length });
  }
  return summary;
}

// ---------------------------------------------------------------------------------------------
// The yearly summary

export interface YearlySummariesResult {
  years: { year: number; sheet: string; units: number; bonusUnits: number; basis: 'defenceRound' | 'recognised' }[];
}

/**
 * "Tổng hợp năm": one sheet per year met in the Entries sheet ("Tính cho năm", the cut-off rule in
 * a year-round contest) or the register, with each unit's entries, recognised initiatives and
 * replication, and the PAR Index bonus list. The defence round's shortlist is the bonus basis for
 * the contest's own year when the contest has that round (Hậu Giang 2024).
 */
export function writeYearlySummaries(config: ContestConfig, ports: ReplicationPorts, outcome: () => ContestOutcome | null): YearlySummariesResult {
  return ports.lock.withLock(() => {
    const sheets = ports.workbook.readSheets([ENTRIES_SHEET, INITIATIVES_SHEET, TRACKING_SHEET]);
    const entries = countedEntries(sheets.get(ENTRIES_SHEET) ?? [], config, (status) => ports.wording.isCounted(status));
    const initiatives = readInitiatives(sheets.get(INITIATIVES_SHEET) ?? []).initiatives;
    const assignments = readTracking(sheets.get(TRACKING_SHEET) ?? []).assignments;
    const contest = config.rounds.defence ? outcome() : null;
    const shortlisted = contest ? contest.results.entries.filter((r) => r.shortlisted === true).map((r) => r.entry.unitCode) : null;
    const years = summaryYears(entries, initiatives, assignments);
    const result: YearlySummariesResult = { years: [] };
    const tables: SheetTable[] = years.map((year) => {
      const summary = yearlySummary({ year, config, entries, initiatives, assignments, defenceUnits: year === config.identity.year ? shortlisted : null });
      const table = yearlySummaryTable(summary);
      const sheet = yearlySummarySheetName(year);
      result.years.push({ year, sheet, units: summary.units.length, bonusUnits: summary.bonusUnits.length, basis: summary.bonusBasis });
      return { name: sheet, header: table.header, rows: table.rows };
    });
    if (tables.length > 0) ports.workbook.writeSheets(tables);
    return result;
  });
}

// ---------------------------------------------------------------------------------------------
// The report document

export interface ReplicationReport {
  url: string;
  pdfUrl: string;
  name: string;
  initiatives: number;
  overdue: number;
}

/** "Tạo báo cáo nhân rộng": a Báo cáo in the decree's layout with a PDF beside it, in the contest's folder. */
export function createReplicationReport(config: ContestConfig, ports: ReplicationPorts): ReplicationReport | null {
  const book = readBook(ports);
  if (!book.sheets.has(TRACKING_SHEET)) return null;
  const today = ports.today();
  const overdue = overdueAssignments(book.assignments, today);
  const folder = contestFolder(config, ports);
  const name = replicationReportName(config, today);
  const template = { ...replicationReportTemplate(), name };
  const doc = ports.files.createDocument(template, folder.id);
  ports.files.fill(doc.id, replicationReportFill({ config, today, initiatives: book.initiatives, agencies: book.agencies, assignments: book.assignments, overdue }));
  const pdf = ports.files.exportPdf(doc.id, folder.id, name);
  const planned = new Set(book.assignments.filter((a) => !a.droppedFromPlan).map((a) => a.initiativeCode));
  return { url: doc.url, pdfUrl: pdf.url, name, initiatives: planned.size, overdue: overdue.length };
}
