// Judging use cases: assign judges, create or update their scoring sheets, bring their scores in
// (audit log, extra judges for large disagreements, the matrix and progress sheets), lock a round
// with a snapshot, record judges' edits as they happen, and remind judges before the deadline.
// Scores live only in the judges' sheets: every step reads them (one batch read per sheet) and
// none ever writes a score cell, so nothing a judge typed can be erased or moved.

import type { CellValue, Grid } from '../core/cell';
import type { ContestConfig, Criterion, IsoDate, Member, Rubric } from '../core/config/model';
import type { Entry } from '../core/entry';
import { ENTRIES_SHEET, entriesFromRegister, entryLinks } from '../core/intake/entries-sheet';
import { addExtraJudges, assignJudges, type AssignmentResult } from '../core/judging/assignment';
import {
  judgeSheetLayout,
  newJudgeSheet,
  planJudgeSheetUpdate,
  readJudgeSheet,
  scoreSheetsOf,
  type JudgeSheetEntry,
  type JudgeSheetLayout,
  type JudgeSheetProblem,
  type JudgeSheetRow,
  type JudgeSheetSpec,
} from '../core/judging/judge-sheet';
import { judgeKey, pairKey, type Assignment } from '../core/judging/judging-model';
import {
  ASSIGNMENT_HEADER,
  ASSIGNMENT_SHEET,
  AUDIT_LOG_HEADER,
  AUDIT_LOG_SHEET,
  CONFLICTS_HEADER,
  CONFLICTS_SHEET,
  JUDGE_SHEETS_HEADER,
  JUDGE_SHEETS_SHEET,
  assignmentRows,
  auditRows,
  judgeSheetRows,
  readAssignments,
  readDeclaredConflicts,
  readJudgeSheetRecords,
  scoreHelp,
  type AuditRecord,
  type AuditSource,
  type JudgeSheetRecord,
} from '../core/judging/judging-sheets';
import { judgingProgress, progressTable } from '../core/judging/judging-progress';
import { changesSinceRecorded, CONFLICT_FIELD, type ScoreChange } from '../core/judging/recorded-scores';
import { scoreMatrixTable, type FormulaTable } from '../core/judging/score-matrix';
import { compareWithSnapshot, readSnapshot, snapshotChecksum, snapshotGrid, snapshotRows, snapshotScoreSheets, SNAPSHOT_SHEET, type SnapshotRow } from '../core/judging/score-snapshot';
import { computeResults } from '../core/results/compute-results';
import { assessDiscrepancy } from '../core/scoring/discrepancy';
import type { RoundId, ScoreSheet } from '../core/scoring/score-sheet';
import { sheetTotal } from '../core/scoring/sheet-total';
import type { ScoreProblemReason } from '../core/scoring/score-value';
import { rubricMaximum, secretariatEmails } from '../core/config/model';
import { calendarDateOf, daysBetween, slashDate } from '../core/vn/dates';
import { SHEET_NAMES } from '../core/config/workbook-vocabulary';
import type { JudgeSheetDraft, JudgeSheetsPort, LockPort, MailPort, SheetLocation, SheetTable, StatePort, TriggersPort, WorkbookPort } from './ports';

/** The installable edit trigger's handler (exported by src/main.ts). */
export const EDIT_HANDLER = 'onScoreEdited';

const ROUNDS: readonly RoundId[] = ['preliminary', 'defence'];
const layoutKey = (round: RoundId): string => `judging.layout.${round}`;
const lockedKey = (round: RoundId): string => `judging.locked.${round}`;
/** Shared mode: which tab belongs to which judge, for the edit trigger (one property read). */
const TABS_KEY = 'judging.tabs';
const SNAPSHOT_CHECKSUM_KEY = 'judging.snapshotChecksum';
const REMINDED_KEY = 'judging.remindedOn';

export interface JudgingPorts {
  workbook: WorkbookPort;
  judgeSheets: JudgeSheetsPort;
  triggers: TriggersPort;
  mail: MailPort;
  state: StatePort;
  lock: LockPort;
  now(): Date;
  /** Today in the contest's time zone. */
  today(): IsoDate;
  /** The catalog's words for judging (the use cases write Vietnamese into the workbook and e-mails). */
  wording: JudgingWording;
}

/** The words judging sends to judges (always Vietnamese) and reads in the register, from the message catalog. */
export interface JudgingWording {
  /** Whether an entry with this register status is judged: every status but "invalid" (late or doubtful entries keep their flag). */
  isJudged(status: string): boolean;
  reminder(facts: { judgeName: string; contest: string; round: RoundId; unfinished: number; deadline: string; url: string }): { subject: string; body: string };
}

/** Refusals a secretary can act on; the UI words them. */
export type JudgingRefusal =
  | { kind: 'noJudges' }
  | { kind: 'noDefenceRound' }
  | { kind: 'preliminaryNotLocked' }
  | { kind: 'noEntries' }
  | { kind: 'roundLocked'; round: RoundId }
  | { kind: 'noSheets'; round: RoundId };

export class JudgingRefused extends Error {
  constructor(readonly refusal: JudgingRefusal) {
    super(refusal.kind);
  }
}

/** A problem found in one judge's sheet. */
export interface SheetProblem {
  round: RoundId;
  judge: string;
  problem:
    | JudgeSheetProblem
    | { kind: 'sheetMissing' }
    /** An entry assigned to the judge that the sheet has no row for: not added yet, or the row was deleted. */
    | { kind: 'entryMissing'; entryCode: string }
    /** A score cell the add-on cannot use: it does not count until it is corrected. */
    | { kind: 'invalidScore'; entryCode: string; criterion: string; value: CellValue; reason: ScoreProblemReason; maxPoints: number; step: number };
}

interface Panel {
  judges: Member[];
  name(email: string): string;
}

function panelOf(config: ContestConfig): Panel {
  const judges = config.members.filter((m) => m.role === 'judge' && m.email.trim() !== '');
  const names = new Map(judges.map((m) => [judgeKey(m.email), m.name]));
  return { judges, name: (email) => names.get(judgeKey(email)) ?? email };
}

function rubricOf(config: ContestConfig, round: RoundId): Rubric {
  const defence = config.rounds.defence;
  if (round === 'defence' && !defence) throw new JudgingRefused({ kind: 'noDefenceRound' });
  return round === 'defence' ? defence!.rubric : config.rounds.preliminary.rubric;
}

function specFor(config: ContestConfig, round: RoundId, judge: { email: string; name: string }): JudgeSheetSpec {
  const deadline = config.timeline.judgingDeadline ? calendarDateOf(config.timeline.judgingDeadline) : undefined;
  return {
    contestTitle: config.identity.title,
    round,
    rubric: rubricOf(config, round),
    judge,
    ...(deadline ? { deadline: slashDate(deadline) } : {}),
  };
}

/** What the judging steps read from the contest workbook, in one batch. */
interface Workbook {
  /** The register as read, and the entries it holds that are judged. */
  register: Grid;
  entries: Entry[];
  links: Map<string, string>;
  assignments: Assignment[];
  records: JudgeSheetRecord[];
  declared: { judge: string; entryCode: string }[];
  /** Whether the secretariat's conflicts sheet exists. */
  conflictsSheetFound: boolean;
  /** The extra sheets asked for that exist. */
  extra: Map<string, Grid>;
}

/** `extra`: more sheets to read in the same batch, returned as they are. */
function readWorkbook(config: ContestConfig, ports: JudgingPorts, extra: readonly string[] = []): Workbook {
  const grids = ports.workbook.readSheets([ENTRIES_SHEET, ASSIGNMENT_SHEET, JUDGE_SHEETS_SHEET, CONFLICTS_SHEET, ...extra]);
  const register = grids.get(ENTRIES_SHEET) ?? [];
  return {
    register,
    entries: entriesFromRegister(register, config, ports.wording.isJudged),
    links: entryLinks(register),
    assignments: readAssignments(grids.get(ASSIGNMENT_SHEET) ?? []),
    records: readJudgeSheetRecords(grids.get(JUDGE_SHEETS_SHEET) ?? []),
    declared: readDeclaredConflicts(grids.get(CONFLICTS_SHEET) ?? []),
    conflictsSheetFound: grids.has(CONFLICTS_SHEET),
    extra: new Map(extra.flatMap((name): [string, Grid][] => (grids.has(name) ? [[name, grids.get(name)!]] : []))),
  };
}

/** One judge's sheet as read, with what it says. */
interface ReadSheet {
  record: JudgeSheetRecord;
  location: SheetLocation;
  spec: JudgeSheetSpec;
  layout: JudgeSheetLayout;
  grid: Grid | null;
  rows: JudgeSheetRow[];
  problems: JudgeSheetProblem[];
}

const locationOf = (r: JudgeSheetRecord): SheetLocation => ({ spreadsheetId: r.spreadsheetId, sheetName: r.sheetName });

function readSheets(config: ContestConfig, ports: JudgingPorts, records: readonly JudgeSheetRecord[]): ReadSheet[] {
  const grids = ports.judgeSheets.read(records.map(locationOf));
  return records.map((record, i) => {
    const spec = specFor(config, record.round, { email: record.judge, name: record.judgeName });
    const grid = grids[i];
    const reading = grid ? readJudgeSheet(grid, spec) : { rows: [], problems: [] };
    return { record, location: locationOf(record), spec, layout: judgeSheetLayout(spec), grid, ...reading };
  });
}

/**
 * What the secretariat must look at in the judges' sheets: a sheet gone, a layout changed, rows
 * doubled or without a code, assigned entries without a row, and every score cell that cannot
 * count (on rows neither withdrawn nor declared a conflict), so that no score is left out unseen.
 */
function sheetProblems(sheets: readonly ReadSheet[], assignments: readonly Assignment[]): SheetProblem[] {
  return sheets.flatMap((s): SheetProblem[] => {
    const { round, judge } = s.record;
    if (!s.grid) return [{ round, judge, problem: { kind: 'sheetMissing' } }];
    const problems: SheetProblem[] = s.problems.map((problem) => ({ round, judge, problem }));
    if (s.problems.some((p) => p.kind === 'layoutChanged')) return problems;
    const onSheet = new Set([...s.rows.map((r) => r.entryCode), ...s.problems.flatMap((p) => (p.kind === 'duplicateEntry' ? [p.entryCode] : []))]);
    const missing = new Set(assignments.filter((a) => a.round === round && judgeKey(a.judge) === judgeKey(judge) && !onSheet.has(a.entryCode)).map((a) => a.entryCode));
    for (const entryCode of missing) problems.push({ round, judge, problem: { kind: 'entryMissing', entryCode } });
    for (const row of s.rows.filter((r) => !r.withdrawn && !r.conflict)) {
      for (const { code, maxPoints, step } of s.spec.rubric.criteria) {
        for (const bad of row.invalid.filter((b) => b.criterion === code)) {
          problems.push({ round, judge, problem: { kind: 'invalidScore', entryCode: row.entryCode, criterion: code, value: bad.value, reason: bad.reason, maxPoints, step } });
        }
      }
    }
    return problems;
  });
}

const hasAnyScore = (row: JudgeSheetRow): boolean => Object.values(row.scores).some((v) => v !== null) || row.invalid.length > 0;

/** Whether the round's scoring sheets were locked (by the menu or at the deadline). */
export function isRoundLocked(ports: Pick<JudgingPorts, 'state'>, round: RoundId): boolean {
  return ports.state.get(lockedKey(round)) !== null;
}

// ---------------------------------------------------------------------------------------------
// Assignment

export interface AssignmentSummary {
  round: RoundId;
  entries: number;
  judges: number;
  result: AssignmentResult;
}

/** The entries a round scores: every judgeable entry, or the preliminary round's shortlist. */
function entriesOfRound(config: ContestConfig, ports: JudgingPorts, book: Workbook, round: RoundId): Entry[] {
  if (round === 'preliminary') return book.entries;
  if (!config.rounds.defence) throw new JudgingRefused({ kind: 'noDefenceRound' });
  if (!isRoundLocked(ports, 'preliminary')) throw new JudgingRefused({ kind: 'preliminaryNotLocked' });
  const sheets = readSheets(config, ports, book.records.filter((r) => r.round === 'preliminary'));
  const assigned = assignedOnly(sheets.flatMap((s) => scoreSheetsOf(s.rows, 'preliminary', s.record.judge)), book.assignments);
  const results = computeResults({ config, entries: book.entries, sheets: assigned });
  const shortlisted = new Set(results.entries.filter((r) => r.shortlisted === true).map((r) => r.entry.code));
  return book.entries.filter((e) => shortlisted.has(e.code));
}

function wantedJudges(config: ContestConfig, round: RoundId): number | 'all' {
  const k = round === 'preliminary' ? config.judging.judgesPerEntry : config.judging.defenceJudgesPerEntry;
  return k ?? 'all';
}

/**
 * Assigns the round's entries to judges and writes the assignment sheet. Pairs a judge has already
 * scored are kept; conflicts come from the secretariat's sheet and from judges' own ticks.
 */
export function assignRound(config: ContestConfig, ports: JudgingPorts, round: RoundId): AssignmentSummary {
  return ports.lock.withLock(() => {
    const panel = panelOf(config);
    if (panel.judges.length === 0) throw new JudgingRefused({ kind: 'noJudges' });
    if (isRoundLocked(ports, round)) throw new JudgingRefused({ kind: 'roundLocked', round });
    const book = readWorkbook(config, ports);
    const entries = entriesOfRound(config, ports, book, round);
    if (entries.length === 0) throw new JudgingRefused({ kind: 'noEntries' });
    const sheets = readSheets(config, ports, book.records.filter((r) => r.round === round));
    const result = assignJudges({
      round,
      entries: entries.map((e) => ({ code: e.code, unitCode: e.unitCode })),
      judges: panel.judges.map((m) => ({ email: m.email, unit: m.unit })),
      units: config.units,
      judgesPerEntry: wantedJudges(config, round),
      conflicts: [...book.declared, ...declaredBy(sheets)],
      previous: book.assignments.filter((a) => a.round === round),
      scored: scoredPairs(sheets),
    });
    // The assignment and, the first time, the blank conflicts sheet, in one batch written after every read.
    const tables = [assignmentTable(panel, [...book.assignments.filter((a) => a.round !== round), ...result.assignments])];
    if (!book.conflictsSheetFound) tables.push({ name: CONFLICTS_SHEET, header: CONFLICTS_HEADER, rows: [], textColumns: [0, 1, 2] });
    ports.workbook.writeSheets(tables);
    return { round, entries: entries.length, judges: panel.judges.length, result };
  });
}

function assignmentTable(panel: Panel, assignments: readonly Assignment[]): SheetTable {
  return { name: ASSIGNMENT_SHEET, header: ASSIGNMENT_HEADER, rows: assignmentRows(assignments, panel.name), textColumns: [1, 2] };
}

// ---------------------------------------------------------------------------------------------
// Scoring sheets

export interface SheetsSummary {
  round: RoundId;
  created: { judge: string; url: string }[];
  updated: { judge: string; added: number; withdrawn: number }[];
  problems: SheetProblem[];
  privateSpreadsheets: boolean;
}

/** Creates each assigned judge's sheet, or brings an existing one up to the assignment. */
export function prepareScoringSheets(config: ContestConfig, ports: JudgingPorts, round: RoundId): SheetsSummary {
  return ports.lock.withLock(() => {
    if (isRoundLocked(ports, round)) throw new JudgingRefused({ kind: 'roundLocked', round });
    const book = readWorkbook(config, ports);
    const assigned = book.assignments.filter((a) => a.round === round);
    if (assigned.length === 0) throw new JudgingRefused({ kind: 'noSheets', round });
    const judges = [...new Set(assigned.map((a) => a.judge))];
    const summary = updateJudgeSheets(config, ports, book, round, judges);
    finishSheetSetUp(config, ports, book.records, round);
    return summary;
  });
}

function judgeSheetEntries(config: ContestConfig, book: Workbook, codes: ReadonlySet<string>): JudgeSheetEntry[] {
  const categories = new Map(config.categories.map((c) => [c.code, c.name]));
  // Blind by construction: an entry reaches a judge as its code, title, category and link only.
  return book.entries
    .filter((e) => codes.has(e.code))
    .map((e) => ({ code: e.code, title: e.title, categoryName: categories.get(e.categoryCode) ?? e.categoryCode, link: book.links.get(e.code) ?? '' }));
}

/** Creates or updates the sheets of `judges` for `round`; `book.records` is updated in place. */
function updateJudgeSheets(config: ContestConfig, ports: JudgingPorts, book: Workbook, round: RoundId, judges: readonly string[]): SheetsSummary {
  const panel = panelOf(config);
  const privateSpreadsheets = config.judging.mode === 'privateSpreadsheets';
  const summary: SheetsSummary = { round, created: [], updated: [], problems: [], privateSpreadsheets };
  const existing = readSheets(config, ports, book.records.filter((r) => r.round === round && judges.includes(r.judge)));
  for (const judge of judges) {
    const codes = new Set(book.assignments.filter((a) => a.round === round && a.judge === judge).map((a) => a.entryCode));
    const entries = judgeSheetEntries(config, book, codes);
    const spec = specFor(config, round, { email: judge, name: panel.name(judge) });
    const sheet = existing.find((s) => s.record.judge === judge);
    if (sheet?.grid) {
      const plan = planJudgeSheetUpdate(spec, sheet.grid, entries);
      if (plan.kind === 'layoutChanged') {
        summary.problems.push({ round, judge, problem: plan });
        continue;
      }
      const { append, status } = plan;
      if (append.rows.length > 0) {
        ports.judgeSheets.write(sheet.location, append.firstRow, 1, append.rows, sheet.layout.formulaColumns);
        ports.judgeSheets.validate(sheet.location, draftValidation(spec, sheet.layout), append.firstRow, append.rows.length);
      }
      if (status.cells.length > 0) ports.judgeSheets.write(sheet.location, status.firstRow, status.column, status.cells);
      const withdrawn = status.cells.filter((c) => String(c[0]) !== '').length;
      summary.updated.push({ judge, added: append.rows.length, withdrawn });
      continue;
    }
    if (sheet) {
      summary.problems.push({ round, judge, problem: { kind: 'sheetMissing' } });
      continue;
    }
    if (entries.length === 0) continue;
    const created = newJudgeSheet(spec, entries);
    const draft: JudgeSheetDraft = {
      title: sheetTitle(config, round, panel.name(judge), judge, book.records),
      grid: created.grid,
      formulaColumns: created.layout.formulaColumns,
      headerRow: created.layout.headerRow,
      editableColumns: created.layout.editableColumns,
      hiddenColumns: created.layout.hiddenColumns,
      validation: draftValidation(spec, created.layout),
      judge,
      secretariat: secretariatEmails(config),
    };
    const place = ports.judgeSheets.create(draft, privateSpreadsheets);
    book.records.push({ round, judge, judgeName: panel.name(judge), spreadsheetId: place.spreadsheetId, sheetName: place.sheetName, url: place.url, locked: false });
    summary.created.push({ judge, url: place.url });
  }
  ports.workbook.writeSheets([{ name: JUDGE_SHEETS_SHEET, header: JUDGE_SHEETS_HEADER, rows: judgeSheetRows(book.records), textColumns: [1, 4, 5] }]);
  return summary;
}

function draftValidation(spec: JudgeSheetSpec, layout: JudgeSheetLayout): JudgeSheetDraft['validation'] {
  return {
    firstRow: layout.firstDataRow,
    scores: spec.rubric.criteria.map((c, i) => ({ column: layout.columns.criteria[i], max: c.maxPoints, help: scoreHelp(c) })),
    checkboxColumn: layout.columns.conflict,
  };
}

const SHEET_TITLE_LIMIT = 90;
const ROUND_TAB_PREFIX: Record<RoundId, string> = { preliminary: 'Chấm SK', defence: 'Chấm BV' };

/** A tab name unique among the judges' sheets (two judges may share a name). */
function sheetTitle(config: ContestConfig, round: RoundId, name: string, email: string, records: readonly JudgeSheetRecord[]): string {
  const taken = new Set(records.map((r) => r.sheetName));
  const base = `${ROUND_TAB_PREFIX[round]} – ${name}`.slice(0, SHEET_TITLE_LIMIT);
  const title = taken.has(base) ? `${ROUND_TAB_PREFIX[round]} – ${name} (${email})`.slice(0, SHEET_TITLE_LIMIT) : base;
  return config.judging.mode === 'privateSpreadsheets' ? `${config.identity.code} – ${title}` : title;
}

/** What the edit trigger needs, kept with the document; the trigger itself; the secretariat's sheets protected. */
function finishSheetSetUp(config: ContestConfig, ports: JudgingPorts, records: readonly JudgeSheetRecord[], round: RoundId): void {
  const rubric = rubricOf(config, round);
  const layout = judgeSheetLayout(specFor(config, round, { email: '', name: '' }));
  ports.state.set(layoutKey(round), JSON.stringify({ layout, fields: fieldNames(rubric) }));
  if (config.judging.mode !== 'sharedWorkbook') return;
  const tabs: Record<string, { round: RoundId; judge: string }> = {};
  for (const r of records) if (r.spreadsheetId === null) tabs[r.sheetName] = { round: r.round, judge: r.judge };
  ports.state.set(TABS_KEY, JSON.stringify(tabs));
  ports.triggers.ensureEditTrigger(EDIT_HANDLER);
  // Judges now edit this workbook: everything but their own tabs is the secretariat's.
  ports.workbook.protectSheets(
    ports.workbook.presentSheets([...Object.values(SHEET_NAMES), ENTRIES_SHEET, ...SECRETARIAT_SHEETS]),
    secretariatEmails(config),
  );
}

const SECRETARIAT_SHEETS = [ASSIGNMENT_SHEET, JUDGE_SHEETS_SHEET, CONFLICTS_SHEET, AUDIT_LOG_SHEET, SNAPSHOT_SHEET];

function fieldNames(rubric: Rubric): Record<string, string> {
  const names: Record<string, string> = { [CONFLICT_FIELD]: CONFLICT_FIELD_NAME };
  for (const c of rubric.criteria) names[c.code] = `${c.code} – ${c.name}`;
  return names;
}

const CONFLICT_FIELD_NAME = 'Xung đột lợi ích';

// ---------------------------------------------------------------------------------------------
// Bringing scores in

export interface RoundProgress {
  round: RoundId;
  assigned: number;
  complete: number;
  locked: boolean;
}

export interface SyncSummary {
  rounds: RoundProgress[];
  /** Changes found in the judges' sheets since they were last recorded (now in the audit log). */
  logged: number;
  extraJudges: { round: RoundId; entryCode: string; judge: string }[];
  /** Escalated entries for which no judge was free. */
  noExtraJudge: string[];
  problems: SheetProblem[];
  /** Scores that differ from the snapshot taken when their round was locked. */
  changedAfterLock: { round: RoundId; entryCode: string; judge: string; criterion: string; before: number | ''; after: number | '' }[];
  /** False when the snapshot sheet no longer matches its checksum. */
  snapshotIntact: boolean;
  tables: string[];
}

/** Reads every judge's sheet once, logs what changed, adds extra judges where needed, writes the matrix and progress. */
export function syncScores(config: ContestConfig, ports: JudgingPorts): SyncSummary {
  return ports.lock.withLock(() => syncAll(config, ports).summary);
}

interface Synced {
  summary: SyncSummary;
  book: Workbook;
  sheets: Map<RoundId, ScoreSheet[]>;
}

function syncAll(config: ContestConfig, ports: JudgingPorts): Synced {
  // Everything is read before anything is written, so that a failing service stops the sync before
  // its first write rather than between two (extra judges, rare, still write as they are added).
  const book = readWorkbook(config, ports);
  const panel = panelOf(config);
  const locked = new Set(ROUNDS.filter((r) => isRoundLocked(ports, r)));
  const lockedSnapshot = readLockedSnapshot(ports, [...locked]);
  let sheets = readSheets(config, ports, book.records);
  const audit: AuditRecord[] = [];
  const recordings: { location: SheetLocation; firstRow: number; column: number; cells: Grid }[] = [];
  for (const sheet of sheets) {
    if (!sheet.grid) continue;
    const { changes, recorded } = changesSinceRecorded(sheet.layout, sheet.grid, 1);
    if (!recorded || changes.length === 0) continue;
    audit.push(...auditOf(changes, sheet.record, fieldNames(sheet.spec.rubric), '', sheet.record.locked ? 'afterLock' : 'sync', ports.now()));
    recordings.push({ location: sheet.location, ...recorded });
  }

  const extraJudges: SyncSummary['extraJudges'] = [];
  const noExtraJudge: string[] = [];
  if (config.judging.extraJudgeOnEscalation) {
    for (const round of ROUNDS) {
      if (locked.has(round) || !book.records.some((r) => r.round === round)) continue;
      const added = extraJudgesFor(config, book, sheets, round);
      if (added.assignments.length === 0) {
        noExtraJudge.push(...added.unserved);
        continue;
      }
      book.assignments.push(...added.assignments);
      ports.workbook.writeSheets([assignmentTable(panel, book.assignments)]);
      updateJudgeSheets(config, ports, book, round, [...new Set(added.assignments.map((a) => a.judge))]);
      extraJudges.push(...added.assignments.map((a) => ({ round, entryCode: a.entryCode, judge: a.judge })));
      noExtraJudge.push(...added.unserved);
      // The extra judges' sheets changed (or are new): read those again so the tables show their rows.
      const touched = new Set(added.assignments.map((a) => a.judge));
      const fresh = (r: JudgeSheetRecord): boolean => r.round === round && touched.has(r.judge);
      sheets = [...sheets.filter((s) => !fresh(s.record)), ...readSheets(config, ports, book.records.filter(fresh))];
    }
  }

  const byRound = new Map<RoundId, ScoreSheet[]>();
  const tables: FormulaTable[] = [];
  const rounds: RoundProgress[] = [];
  for (const round of ROUNDS) {
    const records = book.records.filter((r) => r.round === round);
    if (records.length === 0) continue;
    const roundSheets = sheets.filter((s) => s.record.round === round);
    const assignments = book.assignments.filter((a) => a.round === round);
    const scoreSheets = assignedOnly(roundSheets.flatMap((s) => scoreSheetsOf(s.rows, round, s.record.judge)), assignments);
    byRound.set(round, scoreSheets);
    const codes = new Set(assignments.map((a) => a.entryCode));
    const rubric = rubricOf(config, round);
    const judges = panel.judges.map((m) => ({ email: judgeKey(m.email), name: m.name }));
    const extras = new Map(assignments.filter((a) => a.reason === 'extra').map((a) => [a.entryCode, { extraJudge: panel.name(a.judge) }]));
    tables.push(
      scoreMatrixTable({
        round,
        rubric,
        rules: config.scoring,
        entries: matrixEntries(config, book.entries.filter((e) => codes.has(e.code))),
        judges,
        sheets: scoreSheets,
        assignments,
        actions: extras,
      }),
    );
    const progress = judgingProgress({
      round,
      rubric,
      judges,
      assignments,
      sheets: scoreSheets,
      declaredConflicts: declaredBy(roundSheets),
      invalidCells: new Map(roundSheets.map((s) => [s.record.judge, s.rows.reduce((n, r) => n + r.invalid.length, 0)])),
    });
    tables.push(progressTable(round, progress, new Map(judges.map((j) => [j.email, j.name]))));
    rounds.push({ round, assigned: progress.totals.assigned, complete: progress.totals.complete, locked: locked.has(round) });
  }
  ports.workbook.writeSheets(tables.map(sheetTable));
  // A change goes into the log before its judge's sheet says it was recorded: were the run to stop
  // between the two, the next sync logs it again rather than never.
  if (audit.length > 0) ports.workbook.appendRows(AUDIT_LOG_SHEET, AUDIT_LOG_HEADER, auditRows(audit));
  for (const r of recordings) ports.judgeSheets.write(r.location, r.firstRow, r.column, r.cells);

  const snapshot = compareSnapshot(config, lockedSnapshot, byRound);
  const summary: SyncSummary = {
    rounds,
    logged: audit.length,
    extraJudges,
    noExtraJudge,
    problems: sheetProblems(sheets, book.assignments),
    changedAfterLock: snapshot.changes,
    snapshotIntact: snapshot.intact,
    tables: tables.map((t) => t.name),
  };
  return { summary, book, sheets: byRound };
}

function sheetTable(table: FormulaTable): SheetTable {
  return { name: table.name, header: table.header, rows: table.rows, formulaColumns: table.formulaColumns, ...(table.notes ? { notes: table.notes } : {}) };
}

function matrixEntries(config: ContestConfig, entries: readonly Entry[]): { code: string; title: string; categoryName: string; unitName: string }[] {
  const categories = new Map(config.categories.map((c) => [c.code, c.name]));
  const units = new Map(config.units.map((u) => [u.code, u.name]));
  return entries.map((e) => ({ code: e.code, title: e.title, categoryName: categories.get(e.categoryCode) ?? e.categoryCode, unitName: units.get(e.unitCode) ?? e.unitCode }));
}

/**
 * Escalated entries of a round that have no extra judge yet, and the judge each gets. One extra
 * judge per entry: if the panel still disagrees after it, the chair decides (Thông tư 6/2020/TT-BNV).
 */
function extraJudgesFor(config: ContestConfig, book: Workbook, sheets: readonly ReadSheet[], round: RoundId): { assignments: Assignment[]; unserved: string[] } {
  const rubric = rubricOf(config, round);
  const maximum = rubricMaximum(rubric);
  const current = book.assignments.filter((a) => a.round === round);
  const served = new Set(current.filter((a) => a.reason === 'extra').map((a) => a.entryCode));
  const ofRound = sheets.filter((s) => s.record.round === round);
  const totals = new Map<string, number[]>();
  for (const s of assignedOnly(ofRound.flatMap((sheet) => scoreSheetsOf(sheet.rows, round, sheet.record.judge)), current)) {
    const total = sheetTotal(s, rubric);
    if (total.complete) totals.set(s.entryCode, [...(totals.get(s.entryCode) ?? []), total.total]);
  }
  const escalated = [...totals]
    .filter(([code, t]) => !served.has(code) && assessDiscrepancy(t, config.scoring.discrepancy, maximum).level === 'escalate')
    .map(([code]) => code);
  if (escalated.length === 0) return { assignments: [], unserved: [] };
  const panel = panelOf(config);
  const codes = new Set(current.map((a) => a.entryCode));
  const result = addExtraJudges({
    round,
    entries: book.entries.filter((e) => codes.has(e.code)).map((e) => ({ code: e.code, unitCode: e.unitCode })),
    judges: panel.judges.map((m) => ({ email: m.email, unit: m.unit })),
    units: config.units,
    conflicts: [...book.declared, ...declaredBy(ofRound)],
    escalated,
    current,
    scored: scoredPairs(ofRound),
  });
  return { assignments: result.added, unserved: result.unserved.filter((u) => u.reason === 'noFreeJudge').map((u) => u.entryCode) };
}

/** Only the sheets of pairs the assignment holds count: a row left on a sheet after a withdrawal does not. */
function assignedOnly(sheets: readonly ScoreSheet[], assignments: readonly Assignment[]): ScoreSheet[] {
  const assigned = new Set(assignments.map((a) => pairKey(a.round, a.entryCode, a.judge)));
  return sheets.filter((s) => assigned.has(pairKey(s.round, s.entryCode, s.judge)));
}

/** Conflicts the judges ticked on their own sheets. */
function declaredBy(sheets: readonly ReadSheet[]): { judge: string; entryCode: string }[] {
  return sheets.flatMap((s) => s.rows.filter((r) => r.conflict).map((r) => ({ judge: s.record.judge, entryCode: r.entryCode })));
}

/** Pairs where the judge has typed anything in a score cell. */
function scoredPairs(sheets: readonly ReadSheet[]): Set<string> {
  const scored = new Set<string>();
  for (const s of sheets) for (const row of s.rows) if (hasAnyScore(row)) scored.add(pairKey(s.record.round, row.entryCode, s.record.judge));
  return scored;
}

function auditOf(changes: readonly ScoreChange[], record: Pick<JudgeSheetRecord, 'round' | 'judge'>, fields: Record<string, string>, editor: string, source: AuditSource, at: Date): AuditRecord[] {
  return changes.map((c) => ({ at, round: record.round, entryCode: c.entryCode, judge: record.judge, field: fields[c.field] ?? c.field, before: c.before, after: c.after, editor, source }));
}

/** The locked rounds, their snapshot as the sheet holds it, and the checksum stored when they were locked. */
interface LockedSnapshot {
  rounds: RoundId[];
  snapshot: ReturnType<typeof readSnapshot>;
  stored: string | null;
}

/** Read before any write; null while no round is locked. */
function readLockedSnapshot(ports: JudgingPorts, rounds: RoundId[]): LockedSnapshot | null {
  if (rounds.length === 0) return null;
  return { rounds, snapshot: readSnapshot(ports.workbook.readSheets([SNAPSHOT_SHEET]).get(SNAPSHOT_SHEET) ?? []), stored: ports.state.get(SNAPSHOT_CHECKSUM_KEY) };
}

function compareSnapshot(config: ContestConfig, read: LockedSnapshot | null, byRound: ReadonlyMap<RoundId, ScoreSheet[]>): { changes: SyncSummary['changedAfterLock']; intact: boolean } {
  if (!read) return { changes: [], intact: true };
  const { rounds: locked, snapshot, stored } = read;
  if (!snapshot) return { changes: [], intact: false };
  const intact = snapshot.intact && stored === snapshot.storedChecksum;
  const current = snapshotRows(locked.flatMap((r) => byRound.get(r) ?? []), rubricsOf(config));
  const lockedRows = snapshot.rows.filter((r) => locked.includes(r.round));
  return { changes: compareWithSnapshot(lockedRows, current), intact };
}

function rubricsOf(config: ContestConfig): Record<RoundId, Rubric | undefined> {
  return { preliminary: config.rounds.preliminary.rubric, defence: config.rounds.defence?.rubric };
}

/** What the results are computed from, read in one batch. */
export interface CollectedScores {
  /** Every assigned judge's scores of both rounds. */
  sheets: ScoreSheet[];
  /** The register as read, and the entries it holds that are judged. */
  register: Grid;
  entries: Entry[];
  /** The rounds locked when they were read. */
  locked: RoundId[];
  /** The sheets asked for in `alsoRead` that exist. */
  also: Map<string, Grid>;
}

/**
 * Every assigned judge's scores of both rounds, with the register and any `alsoRead` sheets read in
 * the same batch. An open round is read from the judges' sheets (one batch read per sheet), a
 * locked one from its snapshot. Reads only; changes nothing.
 */
export function collectScoreSheets(config: ContestConfig, ports: JudgingPorts, alsoRead: readonly string[] = []): CollectedScores {
  const locked = ROUNDS.filter((r) => isRoundLocked(ports, r));
  const book = readWorkbook(config, ports, locked.length > 0 ? [SNAPSHOT_SHEET, ...alsoRead] : alsoRead);
  const snapshot = locked.length > 0 ? readSnapshot(book.extra.get(SNAPSHOT_SHEET) ?? []) : null;
  // A locked round counts as it was locked: its scores come from the snapshot, one sheet of this
  // workbook, instead of every judge's sheet (a spreadsheet each in the private mode). A snapshot
  // whose checksum no longer matches is not trusted: the judges' sheets are read, and the sync reports it.
  const fromSnapshot = snapshot && snapshot.intact && snapshot.storedChecksum === ports.state.get(SNAPSHOT_CHECKSUM_KEY) ? locked : [];
  const live = readSheets(config, ports, book.records.filter((r) => !fromSnapshot.includes(r.round)));
  const frozen = snapshotScoreSheets(snapshot?.rows.filter((r) => fromSnapshot.includes(r.round)) ?? []);
  return {
    sheets: assignedOnly([...frozen, ...live.flatMap((s) => scoreSheetsOf(s.rows, s.record.round, s.record.judge))], book.assignments),
    register: book.register,
    entries: book.entries,
    locked,
    also: new Map(alsoRead.flatMap((name): [string, Grid][] => (book.extra.has(name) ? [[name, book.extra.get(name)!]] : []))),
  };
}

// ---------------------------------------------------------------------------------------------
// Lock

export interface LockSummary {
  round: RoundId;
  sheets: number;
  scores: number;
  checksum: string;
  sync: SyncSummary;
}

/** Makes every judge's sheet of the round read-only and stores a snapshot of its scores with a checksum. */
export function lockRound(config: ContestConfig, ports: JudgingPorts, round: RoundId): LockSummary {
  return ports.lock.withLock(() => lockUnlocked(config, ports, round));
}

function lockUnlocked(config: ContestConfig, ports: JudgingPorts, round: RoundId): LockSummary {
  if (isRoundLocked(ports, round)) throw new JudgingRefused({ kind: 'roundLocked', round });
  const synced = syncAll(config, ports);
  const records = synced.book.records;
  const ofRound = records.filter((r) => r.round === round);
  if (ofRound.length === 0) throw new JudgingRefused({ kind: 'noSheets', round });
  for (const r of ofRound) {
    ports.judgeSheets.setJudgeCanEdit(locationOf(r), r.judge, false);
    r.locked = true;
  }
  ports.workbook.writeSheets([{ name: JUDGE_SHEETS_SHEET, header: JUDGE_SHEETS_HEADER, rows: judgeSheetRows(records), textColumns: [1, 4, 5] }]);
  const earlier = readSnapshot(ports.workbook.readSheets([SNAPSHOT_SHEET]).get(SNAPSHOT_SHEET) ?? [])?.rows.filter((r) => r.round !== round) ?? [];
  const rows: SnapshotRow[] = [...earlier, ...snapshotRows(synced.sheets.get(round) ?? [], rubricsOf(config))];
  const grid = snapshotGrid(rows, ports.now());
  ports.workbook.writeSheets([{ name: SNAPSHOT_SHEET, header: grid[0].map(String), rows: grid.slice(1), textColumns: [1, 2, 3] }]);
  ports.workbook.protectSheets([SNAPSHOT_SHEET, AUDIT_LOG_SHEET].filter((n) => ports.workbook.presentSheets([n]).length > 0), secretariatEmails(config));
  const checksum = snapshotChecksum(rows);
  ports.state.set(SNAPSHOT_CHECKSUM_KEY, checksum);
  ports.state.set(lockedKey(round), ports.now().toISOString());
  return { round, sheets: ofRound.length, scores: rows.filter((r) => r.round === round && r.value !== '').length, checksum, sync: synced.summary };
}

// ---------------------------------------------------------------------------------------------
// Edits as they happen (shared mode)

export interface ScoreEdit {
  sheetName: string;
  firstRow: number;
  rowCount: number;
  /** The editor's e-mail when Apps Script gives it, else ''. */
  editor: string;
}

/**
 * The edit trigger: what changed in the edited rows of a judge's tab goes to the audit log, read
 * in one batch whatever the number of entries. Edits elsewhere cost one property read.
 */
export function recordScoreEdit(ports: JudgingPorts, edit: ScoreEdit): number {
  const tab = (JSON.parse(ports.state.get(TABS_KEY) ?? '{}') as Record<string, { round: RoundId; judge: string } | undefined>)[edit.sheetName];
  if (!tab) return 0;
  const stored = ports.state.get(layoutKey(tab.round));
  if (!stored) return 0;
  const { layout, fields } = JSON.parse(stored) as { layout: JudgeSheetLayout; fields: Record<string, string> };
  const first = Math.max(edit.firstRow, layout.firstDataRow);
  const last = edit.firstRow + edit.rowCount - 1;
  if (last < first) return 0;
  const location: SheetLocation = { spreadsheetId: null, sheetName: edit.sheetName };
  return ports.lock.withLock(() => {
    const rows = ports.judgeSheets.readRows(location, first, last - first + 1);
    const { changes, recorded } = changesSinceRecorded(layout, rows, first);
    if (!recorded || changes.length === 0) return 0;
    const source: AuditSource = isRoundLocked(ports, tab.round) ? 'afterLock' : 'edit';
    ports.workbook.appendRows(AUDIT_LOG_SHEET, AUDIT_LOG_HEADER, auditRows(auditOf(changes, tab, fields, edit.editor, source, ports.now())));
    ports.judgeSheets.write(location, recorded.firstRow, recorded.column, recorded.cells);
    return changes.length;
  });
}

// ---------------------------------------------------------------------------------------------
// Reminders and the daily check

export interface ReminderSummary {
  reminded: { judge: string; unfinished: number }[];
  /** Judges not reminded today because the day's e-mail quota ran out. */
  deferred: string[];
}

/** E-mails every judge who still has unfinished entries in a round that is not locked. */
export function remindJudges(config: ContestConfig, ports: JudgingPorts): ReminderSummary {
  const book = readWorkbook(config, ports);
  const open = book.records.filter((r) => !r.locked && !isRoundLocked(ports, r.round));
  const sheets = readSheets(config, ports, open);
  const summary: ReminderSummary = { reminded: [], deferred: [] };
  const deadline = config.timeline.judgingDeadline ? calendarDateOf(config.timeline.judgingDeadline) : undefined;
  for (const sheet of sheets) {
    const unfinished = sheet.rows.filter((row) => !row.withdrawn && !row.conflict && !isComplete(row, sheet.spec.rubric.criteria)).length;
    if (unfinished === 0) continue;
    if (ports.mail.remainingQuota() < 1) {
      summary.deferred.push(sheet.record.judge);
      continue;
    }
    const mail = ports.wording.reminder({
      judgeName: sheet.record.judgeName,
      contest: config.identity.title,
      round: sheet.record.round,
      unfinished,
      deadline: deadline ? slashDate(deadline) : '',
      url: sheet.record.url,
    });
    ports.mail.send(sheet.record.judge, mail.subject, mail.body);
    summary.reminded.push({ judge: sheet.record.judge, unfinished });
  }
  return summary;
}

const isComplete = (row: JudgeSheetRow, criteria: readonly Criterion[]): boolean => criteria.every((c) => typeof row.scores[c.code] === 'number');

export interface DailyJudgingResult {
  locked: RoundId[];
  reminders: ReminderSummary | null;
}

/**
 * The daily trigger's judging part: after the judging deadline, open rounds are locked (when the
 * configuration says so); in the days before it, judges with unfinished entries are reminded once a day.
 */
export function dailyJudgingCheck(config: ContestConfig, ports: JudgingPorts): DailyJudgingResult {
  const result: DailyJudgingResult = { locked: [], reminders: null };
  const deadline = config.timeline.judgingDeadline;
  if (!deadline) return result;
  const today = ports.today();
  if (today > deadline && config.judging.lockAtDeadline) {
    const records = readJudgeSheetRecords(ports.workbook.readSheets([JUDGE_SHEETS_SHEET]).get(JUDGE_SHEETS_SHEET) ?? []);
    for (const round of ROUNDS) {
      if (!isRoundLocked(ports, round) && records.some((r) => r.round === round)) {
        ports.lock.withLock(() => lockUnlocked(config, ports, round));
        result.locked.push(round);
      }
    }
    return result;
  }
  const days = config.judging.reminderDaysBefore;
  if (days !== undefined && today <= deadline && daysBetween(today, deadline) <= days && ports.state.get(REMINDED_KEY) !== today) {
    result.reminders = remindJudges(config, ports);
    ports.state.set(REMINDED_KEY, today);
  }
  return result;
}
