// "Tạo văn bản": the papers the organiser signs, as Google Docs with a PDF beside each, in the
// contest's Drive folder. A run first plans every document (the "Văn bản" sheet gets a waiting
// row per document, with the data to fill it), then makes them in order until its time is up.
// Whatever is left waits in the sheet: the time-driven trigger (made hourly while a batch waits)
// or the menu again goes on from the first waiting row, so 200 certificates come out exactly once
// each across as many executions as it takes. A row marked "Đã ký" is never made again.

import type { ContestConfig, IsoDate } from '../core/config/model';
import type { DocumentModel } from '../core/documents/document-model';
import { malformedPlaceholdersIn, placeholdersIn } from '../core/documents/document-model';
import { DOCUMENT_KINDS, DOCUMENT_KIND_INFO, type DocumentKind } from '../core/documents/document-kinds';
import { planDocuments, type DocumentFacts, type IssuedDocument, type PlannedDocument } from '../core/documents/document-plan';
import {
  DOCUMENTS_HEADER,
  DOCUMENTS_NOTES,
  DOCUMENTS_SHEET,
  DOCUMENTS_TEXT_COLUMNS,
  DOCUMENT_COLUMN,
  NO_FILL_DATA_NOTE,
  documentRow,
  isTemplateKey,
  kindOfKey,
  readDocumentRecords,
  templateKey,
  templateLabel,
  type DocumentRecord,
} from '../core/documents/documents-sheet';
import { TEMPLATE_FIELDS } from '../core/documents/placeholders';
import { defaultTemplate } from '../core/documents/templates';
import { receivedEntries } from '../core/intake/entries-sheet';
import type { DocumentFilesPort, LockPort, StatePort, StoredFile, TriggersPort, WorkbookPort } from './ports';
import type { ComputedContest } from './results';

/** The time-driven trigger's handler (src/main.ts), made hourly while documents wait. */
export const TIMED_HANDLER = 'dailyIntakeCheck';

/** The state key holding the id of the contest's Drive folder of documents. */
export const FOLDER_KEY = 'documents.folderId';
/** Until when (epoch ms) a run is making documents: a second run meanwhile would make them twice. */
const RUNNING_KEY = 'documents.runningUntil';

/**
 * A run stops starting documents after this long: Apps Script ends an execution at 6 minutes
 * (research/apps-script-platform.md §1.1) and one document (copy, fill, save, PDF) is modeled at
 * about 5 s, with a slow real one perhaps three times that; 90 s are left for the last document
 * and the bookkeeping.
 */
export const RUN_BUDGET_MS = 270_000;
/** Longer than any execution (6 minutes): a lease older than this belongs to a run Apps Script has ended. */
const LEASE_MS = 390_000;

export interface DocumentsPorts {
  workbook: WorkbookPort;
  files: DocumentFilesPort;
  triggers: TriggersPort;
  state: StatePort;
  lock: LockPort;
  now(): Date;
  today(): IsoDate;
  /** Called after each document with how many of the batch are done. */
  progress(done: number, total: number): void;
}

export type DocumentsRefusal =
  | { kind: 'busy'; until: Date }
  | { kind: 'provisional' }
  /** `names`: well-formed placeholders the kind does not have; `malformed`: braced text as written (malformedPlaceholdersIn). */
  | { kind: 'unknownPlaceholders'; templates: { kind: DocumentKind; url: string; names: string[]; malformed: string[] }[] };

export class DocumentsRefused extends Error {
  constructor(readonly refusal: DocumentsRefusal) {
    super(refusal.kind);
  }
}

export interface DocumentsSummary {
  /** A new batch was planned by this run (false: it went on with a waiting one). */
  planned: boolean;
  folderUrl: string;
  /** Documents made by this run, and by the batch so far. */
  madeNow: number;
  made: number;
  /** Documents of the batch still waiting (a later run makes them). */
  waiting: number;
  failed: { key: string; note: string }[];
  /** Signed documents left as they are. */
  signed: string[];
  /** Templates created by this run (first use, or the secretariat deleted one). */
  templatesCreated: DocumentKind[];
  /** Entries whose prize the board must still settle: they have no certificate yet. */
  referred: string[];
}

type SheetRecord = DocumentRecord & { row: number };

interface Sheet {
  records: SheetRecord[];
}

function readSheet(workbook: WorkbookPort): Sheet {
  return { records: readDocumentRecords(workbook.readSheets([DOCUMENTS_SHEET]).get(DOCUMENTS_SHEET) ?? []) };
}

function writeSheet(workbook: WorkbookPort, records: readonly DocumentRecord[]): void {
  workbook.writeSheets([
    { name: DOCUMENTS_SHEET, header: DOCUMENTS_HEADER, rows: records.map(documentRow), textColumns: DOCUMENTS_TEXT_COLUMNS, notes: DOCUMENTS_NOTES },
  ]);
}

/** Takes the run's lease, or refuses when another run holds it. */
function lease<T>(ports: DocumentsPorts, run: () => T): T {
  const start = ports.now().getTime();
  ports.lock.withLock(() => {
    const until = Number(ports.state.get(RUNNING_KEY) ?? 0);
    if (until > start) throw new DocumentsRefused({ kind: 'busy', until: new Date(until) });
    ports.state.set(RUNNING_KEY, String(start + LEASE_MS));
  });
  try {
    return run();
  } finally {
    ports.state.set(RUNNING_KEY, '0');
  }
}

function issuedDocuments(records: readonly DocumentRecord[]): Partial<Record<DocumentKind, IssuedDocument>> {
  const issued: Partial<Record<DocumentKind, IssuedDocument>> = {};
  for (const r of records) {
    const kind = kindOfKey(r.key);
    if (!kind || isTemplateKey(r.key) || r.key.includes('-') || r.number === '') continue;
    issued[kind] = { number: r.number, date: r.signedOn };
  }
  return issued;
}

/** The kinds' templates: those in the sheet whose file still exists, the missing ones created from the defaults. */
function ensureTemplates(
  ports: DocumentsPorts,
  folderId: string,
  kinds: readonly DocumentKind[],
  records: DocumentRecord[],
): { templates: Map<DocumentKind, StoredFile>; created: DocumentKind[] } {
  const templates = new Map<DocumentKind, StoredFile>();
  const created: DocumentKind[] = [];
  for (const kind of kinds) {
    const key = templateKey(kind);
    const record = records.find((r) => r.key === key);
    if (record && record.docId !== '' && ports.files.isAvailable(record.docId)) {
      templates.set(kind, { id: record.docId, url: record.docUrl });
      continue;
    }
    const model: DocumentModel = defaultTemplate(kind);
    const file = ports.files.createDocument(model, folderId);
    templates.set(kind, file);
    created.push(kind);
    const row: DocumentRecord = {
      key,
      kind: templateLabel(kind),
      subject: model.name,
      version: 1,
      status: 'template',
      number: '',
      signedOn: null,
      docUrl: file.url,
      pdfUrl: '',
      previousUrl: '',
      madeAt: ports.now(),
      note: '',
      docId: file.id,
      pdfId: '',
      batch: '',
      work: null,
    };
    if (record) Object.assign(record, row);
    else records.unshift(row);
  }
  return { templates, created };
}

/** Placeholders a template uses that the add-on does not fill (a typo while editing it): they would be printed as typed. */
function unknownPlaceholders(ports: DocumentsPorts, templates: Map<DocumentKind, StoredFile>): DocumentsRefusal | null {
  const bad: { kind: DocumentKind; url: string; names: string[]; malformed: string[] }[] = [];
  for (const [kind, file] of templates) {
    const known = new Set<string>([...TEMPLATE_FIELDS[kind].values, ...TEMPLATE_FIELDS[kind].tables]);
    const text = ports.files.textOf(file.id);
    const names = placeholdersIn(text).filter((n) => !known.has(n));
    const malformed = malformedPlaceholdersIn(text);
    if (names.length > 0 || malformed.length > 0) bad.push({ kind, url: file.url, names, malformed });
  }
  return bad.length > 0 ? { kind: 'unknownPlaceholders', templates: bad } : null;
}

function factsOf(config: ContestConfig, contest: ComputedContest, records: readonly DocumentRecord[], today: IsoDate): DocumentFacts {
  return { config, results: contest.results, received: receivedEntries(contest.register), issued: issuedDocuments(records), today };
}

/** The sheet's rows for a new batch: each planned document waits with its data; signed ones stay as they are. */
function plannedRecords(planned: readonly PlannedDocument[], existing: readonly DocumentRecord[], batch: string): { records: DocumentRecord[]; signed: string[] } {
  const byKey = new Map(existing.map((r) => [r.key, r]));
  const signed: string[] = [];
  const rows: DocumentRecord[] = existing.filter((r) => isTemplateKey(r.key));
  const plannedKeys = new Set(planned.map((p) => p.key));
  for (const p of planned) {
    const before = byKey.get(p.key);
    if (before?.status === 'signed') {
      signed.push(p.key);
      rows.push(before);
      continue;
    }
    rows.push({
      key: p.key,
      kind: DOCUMENT_KIND_INFO[p.kind].name,
      subject: p.subject,
      version: (before?.version ?? 0) + 1,
      status: 'pending',
      number: before?.number ?? '',
      signedOn: before?.signedOn ?? null,
      docUrl: '',
      pdfUrl: '',
      previousUrl: before?.docUrl || before?.previousUrl || '',
      madeAt: null,
      note: '',
      docId: '',
      pdfId: '',
      batch,
      work: { fileName: p.fileName, fill: p.fill },
    });
  }
  // Documents of an earlier batch that the new results no longer call for stay listed, untouched.
  rows.push(...existing.filter((r) => !isTemplateKey(r.key) && !plannedKeys.has(r.key)));
  return { records: rows, signed };
}

/** Records with their 1-based sheet rows, as writeSheet lays them out. */
function numbered(records: readonly DocumentRecord[]): SheetRecord[] {
  return records.map((r, i) => ({ ...r, row: i + 2 }));
}

/**
 * Makes the batch's waiting documents in sheet order until the budget is spent. `records` are the
 * sheet's rows as last written; in the run that planned them they still hold work too long to be
 * stored in a cell, which only that run can make.
 */
function makeWaiting(
  ports: DocumentsPorts,
  start: number,
  folderId: string,
  templates: ReadonlyMap<DocumentKind, StoredFile>,
  records: readonly SheetRecord[],
  summary: DocumentsSummary,
): void {
  const batch = records.find((r) => r.status === 'pending')?.batch;
  const batchRecords = records.filter((r) => !isTemplateKey(r.key) && batch !== undefined && r.batch === batch);
  const waiting = batchRecords.filter((r) => r.status === 'pending');
  let made = batchRecords.filter((r) => r.status === 'made').length;
  let settled = 0;
  let resuming = true;
  for (const record of waiting) {
    if (ports.now().getTime() - start > RUN_BUDGET_MS) break;
    const kind = kindOfKey(record.key);
    const template = kind ? templates.get(kind) : undefined;
    const work = record.work;
    const update = (changes: Partial<DocumentRecord>): void => {
      const row = documentRow({ ...record, ...changes });
      ports.workbook.writeCells(DOCUMENTS_SHEET, record.row, DOCUMENT_COLUMN.version + 1, [row.slice(DOCUMENT_COLUMN.version)]);
      ports.workbook.flush();
    };
    if (!kind || !template || !work) {
      update({ status: 'failed', note: NO_FILL_DATA_NOTE, work: null });
      summary.failed.push({ key: record.key, note: NO_FILL_DATA_NOTE });
      settled += 1;
      continue;
    }
    try {
      const name = `${work.fileName} – v${record.version}`;
      // Only the first waiting row can be half-made: a run Apps Script ended while making it.
      const doc = (resuming ? ports.files.findInFolder(folderId, name) : null) ?? ports.files.copy(template.id, folderId, name);
      ports.files.fill(doc.id, work.fill);
      const pdf = (resuming ? ports.files.findInFolder(folderId, `${name}.pdf`) : null) ?? ports.files.exportPdf(doc.id, folderId, name);
      update({ status: 'made', docUrl: doc.url, docId: doc.id, pdfUrl: pdf.url, pdfId: pdf.id, madeAt: ports.now(), note: '', work: null });
      made += 1;
      settled += 1;
      summary.madeNow += 1;
      ports.progress(made, batchRecords.length);
    } catch (error) {
      const note = error instanceof Error ? error.message : String(error);
      summary.failed.push({ key: record.key, note });
      // A second failure of the same document is not passing: it is set aside, the rest go on.
      // A first one stops the run and the document waits for the next.
      if (record.note === '') {
        update({ note });
        break;
      }
      update({ status: 'failed', note, work: null });
      settled += 1;
    }
    resuming = false;
  }
  summary.made = made;
  summary.waiting = waiting.length - settled;
}

/** The contest's Drive folder of papers (the documents and the replication reports share it), made when missing. */
export function contestFolder(config: ContestConfig, ports: Pick<DocumentsPorts, 'files' | 'state'>): StoredFile {
  const folder = ports.files.folder(ports.state.get(FOLDER_KEY), `${config.identity.title} – Văn bản`);
  ports.state.set(FOLDER_KEY, folder.id);
  return folder;
}

function emptySummary(planned: boolean, folderUrl: string): DocumentsSummary {
  return { planned, folderUrl, madeNow: 0, made: 0, waiting: 0, failed: [], signed: [], templatesCreated: [], referred: [] };
}

/** After a run: an hourly trigger while documents wait, the daily one again once none do. */
function scheduleContinuation(ports: DocumentsPorts, waiting: number): void {
  ports.triggers.setTimedTrigger(TIMED_HANDLER, waiting > 0 ? 'hourly' : 'daily');
}

/**
 * Menu "Tạo văn bản": goes on with a waiting batch if there is one, else plans a new batch from
 * the current results (refused while a round is not locked) and starts making it.
 */
export function generateDocuments(config: ContestConfig, ports: DocumentsPorts, contest: () => ComputedContest): DocumentsSummary {
  const start = ports.now().getTime();
  return lease(ports, () => {
    const sheet = readSheet(ports.workbook);
    if (sheet.records.some((r) => r.status === 'pending')) return continueBatch(config, ports, start, sheet);
    const computed = contest();
    if (computed.provisional) throw new DocumentsRefused({ kind: 'provisional' });
    const folder = contestFolder(config, ports);
    const records = sheet.records.map(({ row: _row, ...r }) => r);
    const planned = planDocuments(factsOf(config, computed, records, ports.today()));
    const kinds = DOCUMENT_KINDS.filter((k) => planned.some((p) => p.kind === k));
    const { templates, created } = ensureTemplates(ports, folder.id, kinds, records);
    const unknown = unknownPlaceholders(ports, templates);
    if (unknown) {
      writeSheet(ports.workbook, records);
      throw new DocumentsRefused(unknown);
    }
    const batch = ports.now().toISOString();
    const { records: rows, signed } = plannedRecords(planned, records, batch);
    writeSheet(ports.workbook, rows);
    // Set before making anything: if Apps Script ends this run early, the trigger still comes back.
    scheduleContinuation(ports, rows.filter((r) => r.status === 'pending').length);
    const summary = emptySummary(true, folder.url);
    summary.signed = signed;
    summary.templatesCreated = created;
    summary.referred = computed.results.entries.filter((r) => r.outcome.kind === 'referred').map((r) => r.entry.code);
    makeWaiting(ports, start, folder.id, templates, numbered(rows), summary);
    scheduleContinuation(ports, summary.waiting);
    return summary;
  });
}

function continueBatch(config: ContestConfig, ports: DocumentsPorts, start: number, sheet: Sheet): DocumentsSummary {
  const folder = contestFolder(config, ports);
  const records = sheet.records.map(({ row: _row, ...r }) => r);
  const kinds = DOCUMENT_KINDS.filter((k) => sheet.records.some((r) => r.status === 'pending' && kindOfKey(r.key) === k));
  const { templates, created } = ensureTemplates(ports, folder.id, kinds, records);
  // A re-created template's row goes first and moves the others down.
  if (created.length > 0) writeSheet(ports.workbook, records);
  const summary = emptySummary(false, folder.url);
  summary.templatesCreated = created;
  makeWaiting(ports, start, folder.id, templates, created.length > 0 ? numbered(records) : sheet.records, summary);
  scheduleContinuation(ports, summary.waiting);
  return summary;
}

/**
 * The time-driven trigger: goes on with a waiting batch; does nothing when none waits. `start` is
 * when the execution began, if other work ran before in it: the budget counts from there.
 */
export function continueDocuments(config: ContestConfig, ports: DocumentsPorts, start = ports.now().getTime()): DocumentsSummary | null {
  const sheet = readSheet(ports.workbook);
  if (!sheet.records.some((r) => r.status === 'pending')) return null;
  return lease(ports, () => continueBatch(config, ports, start, readSheet(ports.workbook)));
}
