// The documents at work for the catalogue: Đakrông's one-round contest (the demo's units and
// people, each prize with a Giấy khen) whose entries and configuration carry the catalogue's
// hostile text, its results computed, then "Tạo văn bản" run as the menu runs it, with its alert.

import * as entryPoints from '../../../src/main';
import type { ComputedContest } from '../../../src/app/results';
import { writeConfiguration } from '../../../src/app/contest-configuration';
import type { CellValue, Grid } from '../../../src/core/cell';
import type { ContestConfig } from '../../../src/core/config/model';
import { presetById } from '../../../src/core/config/presets';
import { DOCUMENT_KIND_INFO, type DocumentKind } from '../../../src/core/documents/document-kinds';
import { DOCUMENTS_SHEET, readDocumentRecords, templateKey } from '../../../src/core/documents/documents-sheet';
import type { Entry } from '../../../src/core/entry';
import { ENTRIES_SHEET, ENTRY_COLUMNS } from '../../../src/core/intake/entries-sheet';
import { computeResults } from '../../../src/core/results/compute-results';
import type { ScoreSheet } from '../../../src/core/scoring/score-sheet';
import { alertDialogs } from '../../../src/ui/dialogs';
import { runGenerateDocumentsFlow } from '../../../src/ui/documents-flow';
import { appsScriptDocumentsPorts } from '../../../src/workspace/documents-ports';
import { SpreadsheetWorkbook } from '../../../src/workspace/spreadsheet-workbook';
import { createEmulator, type Emulator } from '../../emulator';
import { DEMO_MEMBERS, DEMO_UNITS } from '../../../demo/fixtures';
import { SECRETARY } from './contest';
import type { TemplateCase } from './template-cases';

const JUDGE_EMAILS = DEMO_MEMBERS.filter((m) => m.role === 'judge').map((m) => m.email);

export interface DocumentsContest {
  emu: Emulator;
  contest: ComputedContest;
  /** The entry code whose receipt shows each entry case's input. */
  entryOf: Map<TemplateCase, string>;
  close(): void;
}

/** Đakrông 2020 with the demo's people and units; the configuration cases' input where they say. */
function contestConfig(cases: readonly TemplateCase[]): ContestConfig {
  const base = presetById('dakrong2020').build();
  const input = (key: string): string | undefined => cases.find((c) => 'config' in c.into && c.into.config === key)?.input;
  const config: ContestConfig = {
    ...base,
    identity: { ...base.identity, title: input('contestTitle') ?? base.identity.title },
    units: DEMO_UNITS.map((u, i) => (i === 0 ? { ...u, name: input('unitName') ?? u.name } : u)),
    members: DEMO_MEMBERS,
    prizes: { ...base.prizes, tiers: base.prizes.tiers.map((t) => ({ ...t, award: 'giayKhen' as const, awardIssuer: 'Chủ tịch UBND huyện Đakrông' })) },
    documents: {
      ...base.documents,
      signer: { ...base.documents.signer, name: input('signerName') ?? base.documents.signer.name },
      legalBases: base.documents.legalBases.map((b, i) => (i === 0 ? { ...b, text: input('legalBasis') ?? b.text } : b)),
    },
  };
  return config;
}

const code = (n: number): string => `DK-${String(n).padStart(3, '0')}`;

/** Entry 1 is ordinary; each entry case gets an entry of its own after it. */
function entriesOf(config: ContestConfig, cases: readonly TemplateCase[]): { entries: Entry[]; authors: string[]; entryOf: Map<TemplateCase, string> } {
  const entryCases = cases.filter((c) => 'entry' in c.into);
  const entryOf = new Map<TemplateCase, string>();
  const entries: Entry[] = [];
  const authors: string[] = [];
  for (let i = 0; i <= entryCases.length; i++) {
    const c = i === 0 ? undefined : entryCases[i - 1];
    const about = c && 'entry' in c.into ? c.into.entry : undefined;
    if (c) entryOf.set(c, code(i + 1));
    entries.push({
      code: code(i + 1),
      title: c && about === 'title' ? c.input : `Giải pháp số ${i + 1}`,
      unitCode: config.units[i % config.units.length].code,
      categoryCode: config.categories[i % config.categories.length].code,
      kind: 'individual',
      submittedAt: new Date(Date.UTC(2020, 6, 1 + (i % 28), 3)).toISOString(),
    });
    authors.push(c && about === 'authors' ? c.input : `Nguyễn Văn ${i + 1}`);
  }
  return { entries, authors, entryOf };
}

/** Every judge scores every entry; the first entries score highest. */
function sheetsOf(config: ContestConfig, entries: readonly Entry[]): ScoreSheet[] {
  const criteria = config.rounds.preliminary.rubric.criteria;
  return entries.flatMap((e, i) =>
    JUDGE_EMAILS.map((judge) => ({
      round: 'preliminary' as const,
      judge,
      entryCode: e.code,
      scores: Object.fromEntries(criteria.map((c) => [c.code, Math.max(0, c.maxPoints - ((i * 0.5) % c.maxPoints))])),
    })),
  );
}

function registerGrid(config: ContestConfig, entries: readonly Entry[], authors: readonly string[]): CellValue[][] {
  const header = Object.values(ENTRY_COLUMNS);
  const rows = entries.map((e, i) => {
    const cells: Record<string, CellValue> = {
      [ENTRY_COLUMNS.code]: e.code,
      [ENTRY_COLUMNS.status]: 'Hợp lệ',
      [ENTRY_COLUMNS.receivedAt]: new Date(e.submittedAt),
      [ENTRY_COLUMNS.kind]: 'Cá nhân',
      [ENTRY_COLUMNS.authors]: authors[i],
      [ENTRY_COLUMNS.unit]: config.units.find((u) => u.code === e.unitCode)!.name,
      [ENTRY_COLUMNS.category]: config.categories.find((c) => c.code === e.categoryCode)!.name,
      [ENTRY_COLUMNS.title]: e.title,
    };
    return header.map((h) => cells[h] ?? '');
  });
  return [header, ...rows];
}

export function openDocumentsContest(cases: readonly TemplateCase[]): DocumentsContest {
  const emu = createEmulator({ owner: SECRETARY, scope: entryPoints, latency: 'off', startTime: new Date('2020-09-20T02:00:00Z') });
  const close = emu.install();
  const config = contestConfig(cases);
  const { entries, authors, entryOf } = entriesOf(config, cases);
  const register = registerGrid(config, entries, authors);
  emu.runAs(SECRETARY, () => {
    const workbook = new SpreadsheetWorkbook(emu.activeSpreadsheet);
    writeConfiguration(config, workbook, '(cũ)');
    // Every column is text, as intake writes people's answers.
    workbook.writeSheets([{ name: ENTRIES_SHEET, header: register[0].map(String), rows: register.slice(1), textColumns: register[0].map((_, i) => i).filter((i) => i !== 3) }]);
  });
  const results = computeResults({ config, entries, sheets: sheetsOf(config, entries) });
  const contest: ComputedContest = { entries, results, register, provisional: false, openRounds: [], boardProblems: [], boardSheetFound: false };
  return { emu, contest, entryOf, close };
}

/** "Tạo văn bản" as the menu runs it; returns its alert. */
export function generate(c: DocumentsContest): string {
  const { emu } = c;
  emu.runAs(SECRETARY, () => {
    const ports = appsScriptDocumentsPorts(emu.activeSpreadsheet, () => undefined, () => emu.clock.date());
    runGenerateDocumentsFlow(ports, alertDialogs(SpreadsheetApp.getUi()), 'vi', () => c.contest, (d) => d.toISOString());
  });
  return emu.ui.alerts[emu.ui.alerts.length - 1].prompt;
}

export function documentsSheet(c: DocumentsContest): Grid {
  return c.emu.inspect.values(DOCUMENTS_SHEET) as Grid;
}

/** The text of a document as it stands now (its latest version). */
export function documentText(c: DocumentsContest, key: string): string {
  const record = readDocumentRecords(documentsSheet(c)).find((r) => r.key === key);
  if (!record || record.docId === '') throw new Error(`no document ${key}`);
  return c.emu.documents.text(record.docId);
}

function templateId(c: DocumentsContest, kind: DocumentKind): string {
  const record = readDocumentRecords(documentsSheet(c)).find((r) => r.key === templateKey(kind));
  if (!record) throw new Error(`no template of ${DOCUMENT_KIND_INFO[kind].name}`);
  return record.docId;
}

/** The secretariat adds a paragraph to a template in Google Docs; returns how to take it out again. */
export function editTemplate(c: DocumentsContest, kind: DocumentKind, text: string): () => void {
  const id = templateId(c, kind);
  c.emu.runAs(SECRETARY, () => {
    const document = DocumentApp.openById(id);
    document.getBody().insertParagraph(0, text);
    document.saveAndClose();
  });
  return () =>
    c.emu.runAs(SECRETARY, () => {
      const document = DocumentApp.openById(id);
      document.getBody().getChild(0).removeFromParent();
      document.saveAndClose();
    });
}

export function trashTemplate(c: DocumentsContest, kind: DocumentKind): void {
  const id = templateId(c, kind);
  c.emu.runAs(SECRETARY, () => DriveApp.getFileById(id).setTrashed(true));
}
