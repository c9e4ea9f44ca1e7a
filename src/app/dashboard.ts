// The secretariat's dashboard (sidebar): where the contest stands, read from the sheets the steps
// wrote. One batch read of every sheet it needs and three state reads, whatever the size of the
// contest; it never throws on a half-set-up or hand-damaged workbook, it shows what it can read.

import type { Grid } from '../core/cell';
import type { ContestConfig } from '../core/config/model';
import { decodeConfig, type DecodeResult } from '../core/config/sheet-codec';
import { CONFIG_SHEET_NAMES } from '../core/config/workbook-vocabulary';
import { DOCUMENT_KIND_INFO } from '../core/documents/document-kinds';
import { DOCUMENTS_SHEET, isTemplateKey, kindOfKey, readDocumentRecords, type DocumentRecord } from '../core/documents/documents-sheet';
import { ENTRIES_SHEET, registerRows } from '../core/intake/entries-sheet';
import { unitIntake } from '../core/intake/units-report';
import { progressSheetName, readProgressTable } from '../core/judging/judging-progress';
import { readMatrixDiscrepancies, scoreMatrixSheetName } from '../core/judging/score-matrix';
import { readResultsSheet, RESULTS_SHEET } from '../core/results/results-sheet';
import type { RoundId } from '../core/scoring/score-sheet';
import type { DashboardView, DocumentView, IntakeView, PrizeCount, ResultsView, RoundView, Tally } from '../ui/sidebar-contract';
import type { Locale } from '../ui/locale';
import { FOLDER_KEY } from './documents';
import { isRoundLocked } from './judging';
import { openRounds } from './results';
import type { StatePort, WorkbookPort } from './ports';

export interface DashboardPorts {
  workbook: WorkbookPort;
  state: StatePort;
}

const ROUNDS: readonly RoundId[] = ['preliminary', 'defence'];

/** Every sheet the dashboard reads, in its one batch read. */
const SHEETS: readonly string[] = [
  ...CONFIG_SHEET_NAMES,
  ENTRIES_SHEET,
  ...ROUNDS.flatMap((round) => [progressSheetName(round), scoreMatrixSheetName(round)]),
  RESULTS_SHEET,
  DOCUMENTS_SHEET,
];

/**
 * The dashboard as the sheets and the state hold it now. The configuration's problems are
 * decodeConfig's, validation's included; `progress` is left null for the caller, which knows
 * whether a batch of documents is running.
 */
export function dashboardView(ports: DashboardPorts, locale: Locale): DashboardView {
  const grids = ports.workbook.readSheets(SHEETS);
  const configGrids = CONFIG_SHEET_NAMES.flatMap((name): [string, Grid][] => {
    const grid = grids.get(name);
    return grid ? [[name, grid]] : [];
  });
  const configured = configGrids.length > 0;
  const decoded: DecodeResult = configured ? decodeConfig(Object.fromEntries(configGrids)) : { config: null, problems: [] };
  const config = decoded.config;
  const locked = new Map(ROUNDS.map((round) => [round, isRoundLocked(ports, round)]));
  const register = grids.get(ENTRIES_SHEET);
  const results = grids.get(RESULTS_SHEET);
  const folderId = ports.state.get(FOLDER_KEY) ?? '';
  return {
    locale,
    configured,
    title: config?.identity.title ?? '',
    configProblems: {
      errors: decoded.problems.filter((p) => p.severity === 'error').length,
      warnings: decoded.problems.filter((p) => p.severity === 'warning').length,
    },
    intake: register ? intakeView(register, config) : null,
    rounds: roundViews(grids, locked),
    results: results ? resultsView(results, config, grids, locked) : null,
    documents: documentViews(grids.get(DOCUMENTS_SHEET) ?? []),
    documentsFolderUrl: driveUrl('folder', folderId),
    progress: null,
  };
}

// ---------------------------------------------------------------------------------------------
// Intake

/** Counts under each listed item's name (every item, zero included), then under each other code as typed, in the order first met. */
function tally(list: readonly { code: string; name: string }[], codes: readonly string[]): Tally[] {
  const counts = new Map<string, number>(list.map((x) => [x.code, 0]));
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  const names = new Map(list.map((x) => [x.code, x.name]));
  return [...counts].map(([code, count]) => ({ name: names.get(code) ?? code, count }));
}

/** Enough to see what just came in; the register has the rest. */
const RECENT_ENTRIES = 5;

function intakeView(register: Grid, config: ContestConfig | null): IntakeView {
  const rows = registerRows(register, config ?? { units: [], categories: [] });
  const unitCodes = rows.map((r) => r.unitCode);
  // No quota: the units to chase are those with no entry at all (a unit only the register names has one).
  const below = config ? unitIntake(config, unitCodes).filter((u) => (config.unitRules.minEntriesPerUnit > 0 ? u.missing : u.entries === 0)) : [];
  return {
    total: rows.length,
    byStatus: tally([], rows.map((r) => r.status)),
    byCategory: tally(config?.categories ?? [], rows.map((r) => r.categoryCode)),
    byUnit: tally(config?.units ?? [], unitCodes),
    unitsWithoutEntry: below.map((u) => u.unitName),
    recent: rows
      .slice(-RECENT_ENTRIES)
      .reverse()
      .map((r) => ({ code: r.code, title: r.title, unit: r.unit, status: r.status })),
  };
}

// ---------------------------------------------------------------------------------------------
// Judging

function roundViews(grids: ReadonlyMap<string, Grid>, locked: ReadonlyMap<RoundId, boolean>): RoundView[] {
  return ROUNDS.flatMap((round): RoundView[] => {
    const progress = grids.get(progressSheetName(round));
    if (!progress) return [];
    const judges = readProgressTable(progress);
    return [
      {
        round,
        locked: locked.get(round) ?? false,
        assigned: judges.reduce((sum, j) => sum + j.assigned, 0),
        complete: judges.reduce((sum, j) => sum + j.complete, 0),
        judges,
        discrepancies: readMatrixDiscrepancies(grids.get(scoreMatrixSheetName(round)) ?? []),
      },
    ];
  });
}

// ---------------------------------------------------------------------------------------------
// Results

/**
 * The rounds whose scoring can still change the ranking: the configured ones not locked. Without a
 * readable configuration, the defence round counts when its progress sheet shows it was judged.
 */
function unlockedRounds(config: ContestConfig | null, grids: ReadonlyMap<string, Grid>, locked: ReadonlyMap<RoundId, boolean>): RoundId[] {
  const isLocked = (round: RoundId): boolean => locked.get(round) ?? false;
  if (config) return openRounds(config, isLocked);
  return ROUNDS.filter((round) => (round === 'preliminary' || grids.has(progressSheetName('defence'))) && !isLocked(round));
}

function resultsView(sheet: Grid, config: ContestConfig | null, grids: ReadonlyMap<string, Grid>, locked: ReadonlyMap<RoundId, boolean>): ResultsView {
  const facts = readResultsSheet(sheet);
  const written = new Map(facts.prizes.map((p) => [p.name, p]));
  const tiers = config?.prizes.tiers.map((t) => t.name) ?? [];
  // The configured tiers in their order, awarded or not, then special awards as the sheet lists them.
  const prizes: PrizeCount[] = [
    ...tiers.map((name) => written.get(name) ?? { name, count: 0, money: 0 }),
    ...facts.prizes.filter((p) => !tiers.includes(p.name)),
  ];
  return { provisional: unlockedRounds(config, grids, locked).length > 0, entries: facts.entries, ranked: facts.ranked, prizes, money: facts.money };
}

// ---------------------------------------------------------------------------------------------
// Documents

/** Drive's own address forms for a file it holds; '' for no id or one Drive could not have made. */
function driveUrl(kind: 'document' | 'file' | 'folder', id: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(id)) return '';
  switch (kind) {
    case 'document':
      return `https://docs.google.com/document/d/${id}/edit`;
    case 'file':
      return `https://drive.google.com/file/d/${id}/view`;
    case 'folder':
      return `https://drive.google.com/drive/folders/${id}`;
  }
}

/** The sheet's link when it is an https address (a hand-typed one may be anything), else one built from the file's id. */
const linkOf = (url: string, kind: 'document' | 'file', id: string): string => (/^https:\/\/\S+$/i.test(url) ? url : driveUrl(kind, id));

function documentView(record: DocumentRecord): DocumentView {
  const docUrl = linkOf(record.docUrl, 'document', record.docId);
  const kind = kindOfKey(record.key);
  return {
    key: record.key,
    name: record.subject || record.kind || (kind ? DOCUMENT_KIND_INFO[kind].name : record.key),
    // A status someone typed over: what the links show it reached.
    status: record.status ?? (docUrl === '' ? 'pending' : 'made'),
    version: record.version,
    docUrl,
    pdfUrl: linkOf(record.pdfUrl, 'file', record.pdfId),
  };
}

/** One row per key, its newest version (the later row on a tie), in sheet order; templates last. */
function documentViews(sheet: Grid): DocumentView[] {
  const newest = new Map<string, DocumentRecord>();
  for (const record of readDocumentRecords(sheet)) {
    const before = newest.get(record.key);
    if (!before || record.version >= before.version) newest.set(record.key, record);
  }
  const records = [...newest.values()];
  return [...records.filter((r) => !isTemplateKey(r.key)), ...records.filter((r) => isTemplateKey(r.key))].map(documentView);
}
