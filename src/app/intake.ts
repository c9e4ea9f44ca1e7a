// Intake use cases: create the entry form once, receive each submission into the Entries register
// (under the document lock, idempotent on the response id), re-sync responses the trigger missed,
// keep the submit trigger alive, and send receipts within the daily mail quota.
// Nothing submitted is lost: an invalid entry is stored with its reasons; a receipt that cannot be
// sent today stays queued in the register ("Chờ gửi") until one can.

import type { CellValue, Grid } from '../core/cell';
import { isDate } from '../core/cell-grid';
import { secretariatEmails, type ContestConfig, type EntryFormat } from '../core/config/model';
import { checkSubmission, worstStatus, type IntakeCheck, type IntakeStatus } from '../core/intake/checks';
import { nextEntryCode } from '../core/intake/entry-codes';
import { ENTRIES_SHEET, ENTRY_COLUMNS, RAW_PREFIX, entriesHeader, entriesTextColumns, entryRowCells, indexEntries } from '../core/intake/entries-sheet';
import { buildFormSpec, readSubmission, type FormSpec } from '../core/intake/form-spec';
import { NearDuplicateIndex, NEAR_DUPLICATE_THRESHOLD, type SimilarMatch } from '../core/intake/near-duplicates';
import { readContribution, readLength } from '../core/intake/author-fields';
import type { Submission } from '../core/intake/submission';
import { ServiceUnavailable, type FormResponseData, type FormsPort, type LockPort, type MailPort, type StatePort, type TriggersPort, type WorkbookPort } from './ports';

/** Global functions Apps Script calls for intake (exported by src/main.ts). */
export const SUBMIT_HANDLER = 'onEntrySubmitted';
export const DAILY_HANDLER = 'dailyIntakeCheck';
/** An installable open trigger: the simple onOpen runs without the grants needed to see triggers. */
export const OPEN_HANDLER = 'intakeCheckOnOpen';
const FORM_ID_KEY = 'intake.formId';

/** Ideas already applied in the province: new entries are compared with them too. */
export const APPLIED_IDEAS_SHEET = 'Ý tưởng đã áp dụng';

/** Words of the receipt column; the first state is the one the secretariat sees. */
export const RECEIPT_STATES = { sent: 'Đã gửi', queued: 'Chờ gửi', noAddress: 'Không có email' } as const;

export interface IntakePorts {
  workbook: WorkbookPort;
  forms: FormsPort;
  triggers: TriggersPort;
  mail: MailPort;
  state: StatePort;
  lock: LockPort;
}

/** The words intake writes: statuses, reasons and the receipt, from the message catalog. */
export interface IntakeWording {
  status(status: IntakeStatus): string;
  reasons(check: IntakeCheck): string;
  receipt(facts: { code: string; title: string; statusText: string; reasonsText: string; contest: string }): { subject: string; body: string };
}

export type FormSetUp =
  | { kind: 'ready'; formId: string; url: string; formCreated: boolean; triggerCreated: boolean }
  /** A form is recorded but cannot be opened by this person: nothing was done. */
  | { kind: 'unreachable'; formId: string };

/**
 * Creates the entry form and its submit trigger, once: running it again creates neither twice. A
 * recorded form that cannot be opened is replaced only when `replaceUnreachable` says so: it may
 * have been made by another secretary and not shared, and a new form would leave every response
 * sent to the old one out of the register.
 */
export function setUpEntryForm(config: ContestConfig, ports: IntakePorts, replaceUnreachable = false): FormSetUp {
  return ports.lock.withLock((): FormSetUp => {
    const known = ports.state.get(FORM_ID_KEY);
    const reachable = known !== null && ports.forms.exists(known);
    if (known !== null && !reachable && !replaceUnreachable) return { kind: 'unreachable', formId: known };
    let formId = reachable ? known : null;
    let url = '';
    const formCreated = formId === null;
    if (formId === null) {
      const created = // Shared with the secretariat, so that any of them can run intake.
      ports.forms.createLinkedForm(buildFormSpec(config), secretariatEmails(config));
      formId = created.id;
      url = created.url;
      ports.state.set(FORM_ID_KEY, formId);
    }
    const triggerCreated = ensureSubmitTrigger(ports, formId);
    ports.triggers.ensureDailyTrigger(DAILY_HANDLER);
    ports.triggers.ensureOpenTrigger(OPEN_HANDLER);
    return { kind: 'ready', formId, url, formCreated, triggerCreated };
  });
}

/** Re-creates the submit trigger when it has gone (Flubaroo's lesson, peer-systems.md); true when it had to. */
export function ensureSubmitTrigger(ports: IntakePorts, formId = ports.state.get(FORM_ID_KEY)): boolean {
  if (!formId || ports.triggers.formSubmitTriggers(SUBMIT_HANDLER) > 0) return false;
  ports.triggers.createFormSubmitTrigger(SUBMIT_HANDLER, formId);
  return true;
}

const parse = { contribution: readContribution, length: (text: string, format: EntryFormat) => readLength(text, format) };

function isBlankResponse(response: FormResponseData): boolean {
  return Object.values(response.answers).every((a) => (Array.isArray(a) ? a.every((x) => x.trim() === '') : a.trim() === ''));
}

/** The register as it stands, with what intake needs to find rows and compare texts. */
class Register {
  readonly header: string[];
  readonly index: ReturnType<typeof indexEntries>;
  readonly similar: NearDuplicateIndex;
  /** The title of the solution question: with the entry's title, the text compared for near-duplicates. */
  readonly solutionTitle: string;
  private nextRow: number;

  constructor(
    readonly spec: FormSpec,
    readonly grid: Grid,
    applied: Grid | undefined,
  ) {
    this.header = entriesHeader(spec);
    this.index = indexEntries(grid);
    this.nextRow = Math.max(2, grid.length + 1);
    this.solutionTitle = spec.questions.find((q) => q.key === 'solution')?.title ?? '';
    const column = (name: string): number => (grid[0] ?? []).map(String).indexOf(name);
    const [code, title, solution] = [column(ENTRY_COLUMNS.code), column(ENTRY_COLUMNS.title), column(RAW_PREFIX + this.solutionTitle)];
    const records = grid.slice(1).map((row) => ({ id: String(row[code] ?? ''), text: `${row[title] ?? ''} ${solution < 0 ? '' : (row[solution] ?? '')}` }));
    // Applied ideas: code (or row number), name, summary.
    for (const [i, row] of (applied ?? []).slice(1).entries()) {
      records.push({ id: String(row[0] || `${APPLIED_IDEAS_SHEET} ${i + 2}`), text: `${row[1] ?? ''} ${row[2] ?? ''}` });
    }
    this.similar = new NearDuplicateIndex(records.filter((r) => r.id !== ''));
  }

  cellsAt(row: number): CellValue[] {
    return this.grid[row - 1] ?? [];
  }

  /** The register as it stands once `prepared` rows are written: receipts are sent from it without reading it again. */
  withRows(prepared: readonly Prepared[]): Grid {
    const grid = this.grid.length > 0 ? [...this.grid] : [this.header];
    for (const p of prepared) grid[p.row - 1] = p.cells;
    return grid;
  }

  claimRow(): number {
    return this.nextRow++;
  }
}

function sameCell(a: CellValue, b: CellValue): boolean {
  return isDate(a) && isDate(b) ? a.getTime() === b.getTime() : String(a) === String(b);
}

function textOf(s: Submission): string {
  return `${s.title} ${s.solution}`;
}

export type ReceiveOutcome = { kind: 'created' | 'updated' | 'unchanged'; code: string; row: number } | { kind: 'blankEvent' };

interface Prepared {
  row: number;
  cells: CellValue[];
  outcome: ReceiveOutcome;
}

function prepare(config: ContestConfig, register: Register, wording: IntakeWording, response: FormResponseData): Prepared | null {
  if (isBlankResponse(response)) return null;
  const submission = readSubmission(register.spec, config, response.answers, { responseId: response.responseId, receivedAt: response.timestamp.toISOString(), respondentEmail: response.respondentEmail }, parse);
  const existingRow = register.index.rowOfResponse.get(response.responseId);
  const existing = existingRow === undefined ? null : register.cellsAt(existingRow);
  const column = (name: string): number => register.header.indexOf(name);
  const code = existing ? String(existing[column(ENTRY_COLUMNS.code)]) : nextEntryCode(config.identity.code, register.index.codes);
  const check = checkSubmission(submission, config);
  const closest = existing ? storedMatch(register, existing, submission) : newMatch(register, submission, code);
  if (closest) {
    // Shown to the board, never a rejection (DESIGN §2: near-duplicates are surfaced to the judges).
    check.reasons.push({ code: 'nearDuplicate', status: 'review', params: { match: closest.id, similarity: Math.round(closest.similarity * 100) } });
    check.status = worstStatus(check.reasons);
  }
  const statusText = wording.status(check.status);
  const reasonsText = wording.reasons(check);
  const address = submission.respondentEmail || submission.authors[0]?.email.trim().toLowerCase() || '';
  const previousReceipt = existing ? String(existing[column(ENTRY_COLUMNS.receipt)] ?? '') : '';
  const receipt = previousReceipt || (address ? RECEIPT_STATES.queued : RECEIPT_STATES.noAddress);
  const preScreening = existing ? String(existing[column(ENTRY_COLUMNS.preScreening)] ?? '') : '';
  const cells = entryRowCells({ code, submission, check, statusText, reasonsText, closest, receipt, receiptTo: address, preScreening }, register.spec, config, response.timestamp);
  if (existing && existingRow !== undefined) {
    const same = cells.every((v, i) => sameCell(v, existing[i] ?? ''));
    return { row: existingRow, cells, outcome: { kind: same ? 'unchanged' : 'updated', code, row: existingRow } };
  }
  const row = register.claimRow();
  register.index.codes.push(code);
  register.index.rowOfResponse.set(response.responseId, row);
  register.similar.add({ id: code, text: textOf(submission) });
  return { row, cells, outcome: { kind: 'created', code, row } };
}

function newMatch(register: Register, submission: Submission, code: string): SimilarMatch | null {
  const match = register.similar.closest(textOf(submission), code);
  return match && match.similarity >= NEAR_DUPLICATE_THRESHOLD ? match : null;
}

/**
 * An entry already in the register keeps the match it was given when received, unless its text
 * was edited: compared again with everything, it would now also match entries received after it,
 * and a second sync would change rows that nothing changed.
 */
function storedMatch(register: Register, existing: CellValue[], submission: Submission): SimilarMatch | null {
  const at = (name: string): number => register.header.indexOf(name);
  const solutionTitle = register.solutionTitle;
  const sameText = String(existing[at(ENTRY_COLUMNS.title)] ?? '') === submission.title && String(existing[at(RAW_PREFIX + solutionTitle)] ?? '') === (submission.raw[solutionTitle] ?? '');
  if (!sameText) return newMatch(register, submission, String(existing[at(ENTRY_COLUMNS.code)]));
  const id = String(existing[at(ENTRY_COLUMNS.closest)] ?? '');
  const similarity = Number(existing[at(ENTRY_COLUMNS.similarity)]);
  return id === '' || !Number.isFinite(similarity) ? null : { id, similarity: similarity / 100 };
}

function openRegister(config: ContestConfig, ports: IntakePorts): Register {
  const grids = ports.workbook.readSheets([ENTRIES_SHEET, APPLIED_IDEAS_SHEET]);
  return new Register(buildFormSpec(config), grids.get(ENTRIES_SHEET) ?? [], grids.get(APPLIED_IDEAS_SHEET));
}

function write(ports: IntakePorts, register: Register, prepared: readonly Prepared[]): void {
  const changed = prepared.filter((p) => p.outcome.kind !== 'unchanged').sort((a, b) => a.row - b.row);
  const textColumns = entriesTextColumns(register.spec);
  // Consecutive rows go in one block: a sync of many responses is one write.
  let start = 0;
  for (let i = 1; i <= changed.length; i++) {
    if (i === changed.length || changed[i].row !== changed[i - 1].row + 1) {
      ports.workbook.writeRows(ENTRIES_SHEET, register.header, changed[start].row, changed.slice(start, i).map((p) => p.cells), textColumns);
      start = i;
    }
  }
}

/** The submit trigger's work: one response into the register, under the lock. */
export function receiveResponse(config: ContestConfig, ports: IntakePorts, wording: IntakeWording, response: FormResponseData): ReceiveOutcome {
  return ports.lock.withLock(() => {
    const register = openRegister(config, ports);
    const prepared = prepare(config, register, wording, response);
    if (!prepared) return { kind: 'blankEvent' } as const;
    write(ports, register, [prepared]);
    if (prepared.outcome.kind === 'created') sendReceipts(config, ports, wording, register.withRows([prepared]));
    return prepared.outcome;
  });
}

/** Rebuilds missing rows (and updates edited ones) from every response of the form, after making sure the submit trigger exists. */
export interface SyncCounts {
  created: number;
  updated: number;
  unchanged: number;
  /** A form is recorded but this person cannot open it (not shared with them, or deleted): nothing was read. */
  formUnreachable: boolean;
  /** The submit trigger had gone and was made again. */
  triggerRecreated: boolean;
}

export function syncEntries(config: ContestConfig, ports: IntakePorts, wording: IntakeWording): SyncCounts {
  const formId = ports.state.get(FORM_ID_KEY);
  const nothing = { created: 0, updated: 0, unchanged: 0, triggerRecreated: false };
  if (!formId) return { ...nothing, formUnreachable: false };
  if (!ports.forms.exists(formId)) return { ...nothing, formUnreachable: true };
  // Before any write: a failure here leaves the register as it was.
  const triggerRecreated = ensureSubmitTrigger(ports, formId);
  const responses = ports.forms.responses(formId).sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime());
  return ports.lock.withLock(() => {
    const register = openRegister(config, ports);
    const prepared = responses.map((r) => prepare(config, register, wording, r)).filter((p): p is Prepared => p !== null);
    write(ports, register, prepared);
    const count = (kind: string): number => prepared.filter((p) => p.outcome.kind === kind).length;
    if (count('created') > 0) sendReceipts(config, ports, wording, register.withRows(prepared));
    return { created: count('created'), updated: count('updated'), unchanged: count('unchanged'), formUnreachable: false, triggerRecreated };
  });
}

/** Sends queued receipts while the daily quota lasts; the rest stay queued for the next run. */
export function sendQueuedReceipts(config: ContestConfig, ports: IntakePorts, wording: IntakeWording): { sent: number; queued: number } {
  return ports.lock.withLock(() => sendReceipts(config, ports, wording, ports.workbook.readSheets([ENTRIES_SHEET]).get(ENTRIES_SHEET) ?? []));
}

/** Sends the receipts queued in `grid` (the register as it stands, header included); call holding the lock. */
function sendReceipts(config: ContestConfig, ports: IntakePorts, wording: IntakeWording, grid: Grid): { sent: number; queued: number } {
  const header = (grid[0] ?? []).map(String);
  const at = (name: string): number => header.indexOf(name);
  const receiptAt = at(ENTRY_COLUMNS.receipt);
  if (receiptAt < 0) return { sent: 0, queued: 0 };
  const toAt = at(ENTRY_COLUMNS.receiptTo);
  let quota = unlessMailFails(() => ports.mail.remainingQuota(), 0);
  let sent = 0;
  let queued = 0;
  const column: CellValue[][] = grid.slice(1).map((row) => [row[receiptAt]]);
  grid.slice(1).forEach((row, i) => {
    if (row[receiptAt] !== RECEIPT_STATES.queued) return;
    const to = toAt < 0 ? '' : String(row[toAt]).trim();
    if (quota <= 0 || to === '') {
      queued++;
      return;
    }
    const message = wording.receipt({
      code: String(row[at(ENTRY_COLUMNS.code)]),
      title: String(row[at(ENTRY_COLUMNS.title)]),
      statusText: String(row[at(ENTRY_COLUMNS.status)]),
      reasonsText: String(row[at(ENTRY_COLUMNS.reasons)]),
      contest: config.identity.title,
    });
    // MailApp has no batch send: one call per receipt, bounded by the day's quota.
    const delivered = unlessMailFails(() => {
      ports.mail.send(to, message.subject, message.body);
      return true;
    }, false);
    if (!delivered) {
      quota = 0;
      queued++;
      return;
    }
    quota--;
    sent++;
    column[i] = [RECEIPT_STATES.sent];
  });
  if (sent > 0) ports.workbook.writeCells(ENTRIES_SHEET, 2, receiptAt + 1, column);
  return { sent, queued };
}

/**
 * A mail call, or `instead` when MailApp is busy or out of quota: the receipts left then stay
 * queued in the register for the next run, and those already sent are still marked sent.
 */
function unlessMailFails<T>(call: () => T, instead: T): T {
  try {
    return call();
  } catch (error) {
    if (error instanceof ServiceUnavailable) return instead;
    throw error;
  }
}
