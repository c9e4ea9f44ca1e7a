/**
 * In-memory emulator of the Apps Script services the add-on uses. See README.md for what is
 * emulated, what is not, and the latency model.
 */
import path from 'node:path';
import { types } from 'node:util'; // realm-safe: a bundle in its own VM context makes its own Dates
import { parseA1Range, splitSheetName } from './a1';
import { type CellValue, displayValue, scriptValue } from './cell-values';
import { type ChartInfo, chartInfo, ChartsImpl } from './charts';
import type { VirtualClock } from './clock';
import { DocsAdvancedService } from './docs-api';
import { SheetsAdvancedService } from './sheets-api';
import { DocumentAppImpl, type DocumentInspector, documentInspector, DocumentService, saveDocumentsAtEndOfExecution } from './documents';
import { DriveAppImpl, DriveService, DriveStore, MIME_TYPES } from './drive';
import { type FaultController, installFaults } from './faults';
import { FormController, type FormInfo } from './form-controller';
import { FormAppImpl } from './forms';
import { FormulaError } from './formulas';
import { HtmlServiceImpl } from './html';
import { type LogEntry, LogBook, LoggerImpl, recordingConsole } from './logger';
import { LockServiceImpl } from './lock';
import { DEFAULT_MAIL_QUOTA, MailAppImpl, MailQuota, Outbox, type SentMail } from './mail';
import type { Meter } from './meter';
import { PropertiesServiceImpl, PropertyStores } from './properties';
import { Execution, type ExecutionOptions, Runtime } from './runtime';
import { SessionImpl } from './session';
import { sheetDataOf } from './sheet';
import type { SheetData, SpreadsheetData } from './sheet-model';
import { SpreadsheetAppImpl, spreadsheetDataOf, spreadsheetView } from './spreadsheet';
import { type FireOptions, ScriptAppImpl, TriggerController, TriggerRegistry } from './triggers';
import { UiRecorder, UiService } from './ui';
import { userEdit, type UserEditResult, userPaste } from './user-edit';
import { UtilitiesImpl } from './utilities';
import { installVirtualDate } from './virtual-date';

export { Execution, EXECUTION_TIME_LIMITS_MS, type ExecutionOptions, ExecutionTimeLimitExceeded, TIME_LIMIT_MESSAGES } from './runtime';
export { CHART_COSTS, type ChartInfo } from './charts';
export { installVirtualDate } from './virtual-date';
export { GasException, MESSAGES } from './errors';
export type { FormController, FormInfo, FormItemInfo, FormResponseInfo, RespondAnswers, RespondOptions, RespondResult } from './form-controller';
export { FORM_MESSAGES } from './forms';
export { DEFAULT_MAIL_QUOTA, MAIL_MESSAGES, RECIPIENTS_PER_MESSAGE, type SentMail } from './mail';
export { DOC_MESSAGES, type DocumentInspector, type DriveItemInfo } from './documents';
export { DOCS_API_MESSAGES } from './docs-api';
export { GoogleJsonResponseException, SHEETS_API_MESSAGES } from './sheets-api';
export { DRIVE_MESSAGES } from './drive';
export type { Block, DocContent, PageSetup, ParagraphBlock, ParagraphStyle, TableBlock, TextRun, TextStyle } from './docs-model';
export { exportDocx } from './docx-export';
export { DOCS_AND_DRIVE_COSTS, FORMS_AND_MAIL_COSTS, HTML_COSTS, LATENCY, LOOKAHEAD_ROWS, METHOD_COSTS, SHEETS_API_COSTS } from './latency';
export { ALLOWED_META_TAGS, HTML_MESSAGES } from './html';
export { FAULT_MESSAGES, type FaultController, type FaultKind, type IndexFault, type InjectedFault, type MethodFault } from './faults';
export type { MeterSnapshot, MethodStats } from './meter';
export type { FireOptions, FireResult, FormSubmission, FormSubmitResult, TriggerRecord } from './triggers';
export { type HtmlRecord, type MenuEntry, type RecordedMenu, SIDEBAR_WIDTH_PX } from './ui';
export type { UserEditResult } from './user-edit';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface EmulatorOptions {
  /** Owner of the active spreadsheet and default user of every execution. */
  owner?: string;
  /** Other people with edit access to the active spreadsheet. */
  editors?: string[];
  spreadsheetName?: string;
  firstSheetName?: string;
  /** Spreadsheet and script time zone. */
  timeZone?: string;
  /** Spreadsheet locale (number and date display, parsing of typed values). */
  locale?: string;
  /** Session.getActiveUserLocale() unless an execution sets its own. */
  userLocale?: string;
  latency?: 'model' | 'off';
  /** Virtual clock start (default: the real time at creation). */
  startTime?: number | Date;
  /** Where trigger handlers, menu functions, onOpen/onEdit and custom functions are looked up (default globalThis). */
  scope?: object;
  /** Caption of the menu made by createAddonMenu(). */
  addonName?: string;
  /** E-mail recipients per user per day (default 100, a consumer account; Workspace: 1,500). */
  mailQuota?: number;
  /**
   * Virtual ms an execution may run before it is killed (default 6 min; 30 s for custom functions
   * and simple triggers); replaces every kind's limit, Infinity disables them.
   */
  executionTimeLimitMs?: number;
  /**
   * Where `HtmlService.createHtmlOutputFromFile(name)` finds `<name>.html`: the project's HTML
   * files (default: the repository's build/, where `npm run build` writes the pages).
   */
  htmlDir?: string;
}

/** build/ of this repository. */
const DEFAULT_HTML_DIR = path.resolve(__dirname, '../../build');

export interface EmulatorGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Logger: GoogleAppsScript.Base.Logger;
  FormApp: GoogleAppsScript.Forms.FormApp;
  MailApp: GoogleAppsScript.Mail.MailApp;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  /** The Docs advanced service: `Docs.Documents.batchUpdate` (replaceAllText) and `get`. */
  Docs: GoogleAppsScript.Docs;
  /** The Sheets advanced service: `Sheets.Spreadsheets.Values.batchGet` and `Sheets.Spreadsheets.get` (metadata). */
  Sheets: GoogleAppsScript.Sheets;
  MimeType: GoogleAppsScript.Base.MimeType;
  /** Only `Charts.ChartType` (for `sheet.newChart().setChartType`). */
  Charts: GoogleAppsScript.Charts.Charts;
  /** HtmlOutput from a string or a project file; no templates. */
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  /** Recording console; installed only on request. */
  console: Pick<Console, 'log' | 'info' | 'warn' | 'error'>;
}

export interface CellInfo {
  /** As getValues would return it. */
  value: CellValue;
  display: string;
  formula: string;
  format: string | undefined;
  /** The error a formula shows (#REF!, #ERROR!, #NAME?…) and its hover message. */
  error: { code: string; message: string } | null;
  note: string;
  style: Record<string, unknown>;
  validation: { criteria: string; values: unknown[]; allowInvalid: boolean; helpText: string } | null;
}

/** Reads of committed spreadsheet state, unmetered: what another person looking at the sheet sees. */
export interface Inspector {
  values(sheet: Sheet | string, a1?: string): CellValue[][];
  displayValues(sheet: Sheet | string, a1?: string): string[][];
  cell(sheet: Sheet | string, a1: string): CellInfo;
  formulaError(sheet: Sheet | string, a1: string): { code: string; message: string } | null;
  sheetNames(spreadsheet?: Spreadsheet): string[];
  /** A form's settings, items and responses. */
  form(form: GoogleAppsScript.Forms.Form | string): FormInfo;
  /** A sheet's embedded charts: type, title, ranges in A1 notation, position. */
  charts(sheet: Sheet | string): ChartInfo[];
}

/** What MailApp sent, and the quota left, unmetered. */
export interface MailInspector {
  readonly sent: readonly SentMail[];
  /** Recipients `user` (default: the owner) may still send to today. */
  remaining(user?: string): number;
}

export interface Emulator {
  readonly globals: EmulatorGlobals;
  /**
   * Assigns the globals onto `target` (default globalThis); returns a function restoring what was
   * there. `virtualDate`: `new Date()`, `Date()` and `Date.now()` read the virtual clock.
   */
  install(target?: object, options?: { console?: boolean; virtualDate?: boolean }): () => void;
  /** Undoes every install(). */
  uninstall(): void;
  readonly meter: Meter;
  readonly clock: VirtualClock;
  readonly owner: string;
  /** The spreadsheet the script is bound to. */
  readonly activeSpreadsheet: Spreadsheet;
  createSpreadsheet(name: string, options?: { owner?: string; editors?: string[] }): Spreadsheet;
  openById(id: string): Spreadsheet;
  readonly ui: UiRecorder;
  /** A person clicks a menu item: its function runs in a menu execution as that person. */
  clickMenu(captionOrPath: string | string[], options?: { user?: string; scope?: object }): unknown;
  readonly triggers: TriggerController;
  /** Forms made outside the script, respondents' submissions and edits (README "Forms"). */
  readonly forms: FormController;
  readonly mail: MailInspector;
  /** Drive items and committed Docs, .docx and PDF exports (README "Documents and Drive"). */
  readonly documents: DocumentInspector;
  readonly logs: readonly LogEntry[];
  readonly properties: PropertyStores;
  scope: object;
  registerCustomFunctions(functions: Record<string, (...args: never[]) => unknown>): void;
  beginExecution(options?: ExecutionOptions): Execution;
  endExecution(execution?: Execution): void;
  /** Runs `fn` in an execution: an open one (kept open), or a new one for a user/options (ended after). */
  runAs<T>(executionOrUser: Execution | string | ExecutionOptions, fn: () => T): T;
  runExecution<T>(options: ExecutionOptions, fn: () => T): T;
  readonly currentExecution: Execution;
  /** A person types into one cell (README "Triggers"). */
  userEdit(sheet: Sheet | string, a1: string, value: unknown, userEmail: string, options?: FireOptions): UserEditResult;
  /** A person pastes a block into `a1Range` (its exact range, or the cell taking its top-left value); one onEdit event for the block. */
  userPaste(sheet: Sheet | string, a1Range: string, values: unknown[][], userEmail: string, options?: FireOptions): UserEditResult;
  readonly inspect: Inspector;
  /** Service calls made to fail on purpose (README "Faults"). */
  readonly faults: FaultController;
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const owner = options.owner ?? 'owner@example.com';
  const start = types.isDate(options.startTime) ? options.startTime.getTime() : options.startTime;
  const rt = new Runtime({
    owner,
    timeZone: options.timeZone ?? 'Asia/Ho_Chi_Minh',
    locale: options.locale ?? 'vi_VN',
    userLocale: options.userLocale ?? 'vi',
    latency: options.latency ?? 'model',
    startTime: start ?? Date.now(),
    scope: options.scope ?? globalThis,
    executionTimeLimitMs: options.executionTimeLimitMs,
  });
  rt.ui.addonName = options.addonName ?? 'CCHC';
  rt.activeSpreadsheet = rt.createSpreadsheet(options.spreadsheetName ?? 'CCHC', owner, 1000, 26, options.firstSheetName ?? 'Sheet1');
  (options.editors ?? []).forEach((e) => rt.activeSpreadsheet.editors.add(e));

  const registry = new TriggerRegistry();
  const triggers = new TriggerController(rt, registry);
  const forms = new FormController(rt, triggers);
  const outbox = new Outbox(new MailQuota(options.mailQuota ?? DEFAULT_MAIL_QUOTA));
  const book = new LogBook();
  const stores = new PropertyStores();
  const drive = new DriveStore(() => rt.clock.now());
  const docs = new DocumentService(rt, drive);
  const faults = installFaults(rt);
  saveDocumentsAtEndOfExecution(rt, docs);
  const globals: EmulatorGlobals = {
    SpreadsheetApp: new SpreadsheetAppImpl(rt, new UiService(rt)) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    PropertiesService: new PropertiesServiceImpl(rt, stores) as unknown as GoogleAppsScript.Properties.PropertiesService,
    LockService: new LockServiceImpl(rt) as unknown as GoogleAppsScript.Lock.LockService,
    ScriptApp: new ScriptAppImpl(rt, registry) as unknown as GoogleAppsScript.Script.ScriptApp,
    Session: new SessionImpl(rt) as unknown as GoogleAppsScript.Base.Session,
    Utilities: new UtilitiesImpl(rt) as unknown as GoogleAppsScript.Utilities.Utilities,
    Logger: new LoggerImpl(rt, book) as unknown as GoogleAppsScript.Base.Logger,
    FormApp: new FormAppImpl(rt) as unknown as GoogleAppsScript.Forms.FormApp,
    MailApp: new MailAppImpl(rt, outbox) as unknown as GoogleAppsScript.Mail.MailApp,
    DocumentApp: new DocumentAppImpl(docs) as unknown as GoogleAppsScript.Document.DocumentApp,
    DriveApp: new DriveAppImpl(new DriveService(rt, drive)) as unknown as GoogleAppsScript.Drive.DriveApp,
    Docs: new DocsAdvancedService(rt, drive) as unknown as GoogleAppsScript.Docs,
    Sheets: new SheetsAdvancedService(rt) as unknown as GoogleAppsScript.Sheets,
    MimeType: MIME_TYPES,
    Charts: new ChartsImpl() as unknown as GoogleAppsScript.Charts.Charts,
    HtmlService: new HtmlServiceImpl(rt, path.resolve(options.htmlDir ?? DEFAULT_HTML_DIR)) as unknown as GoogleAppsScript.HTML.HtmlService,
    console: recordingConsole(rt, book),
  };

  const restorers: Array<() => void> = [];
  const install = (target: object = globalThis, opts: { console?: boolean; virtualDate?: boolean } = {}): (() => void) => {
    const t = target as Record<string, unknown>;
    const names = Object.keys(globals).filter((k) => k !== 'console' || opts.console);
    const saved = names.map((k) => [k, Object.getOwnPropertyDescriptor(t, k)] as const);
    for (const k of names) t[k] = globals[k as keyof EmulatorGlobals];
    const restoreDate = opts.virtualDate ? installVirtualDate(target, rt.clock) : undefined;
    const restore = (): void => {
      restoreDate?.();
      for (const [k, d] of saved) {
        if (d) Object.defineProperty(t, k, d);
        else delete t[k];
      }
    };
    restorers.push(restore);
    return restore;
  };

  const sheetOf = (sheet: Sheet | string): SheetData => {
    if (typeof sheet !== 'string') return sheetDataOf(sheet);
    const s = rt.activeSpreadsheet.sheetNamed(sheet);
    if (!s) throw new Error(`No sheet named ${sheet}`);
    return s;
  };

  const area = (sheet: Sheet | string, a1?: string) => {
    const s = sheetOf(sheet);
    const b = s.parent.recalc.bounds(s);
    const rect = a1
      ? parseA1Range(splitSheetName(a1).ref, s.maxRows, s.maxCols)
      : { row: 1, col: 1, numRows: Math.max(1, b.lastRow), numCols: Math.max(1, b.lastCol) };
    if (!rect) throw new Error(`Not A1 notation: ${a1}`);
    s.parent.recalc.prepare(s, rect);
    return { s, rect };
  };

  const committed = <T>(sheet: Sheet | string, a1: string | undefined, fn: (s: SheetData, v: CellValue | FormulaError, format: string | undefined) => T): T[][] => {
    const { s, rect } = area(sheet, a1);
    const out: T[][] = [];
    for (let i = 0; i < rect.numRows; i++) {
      const row: T[] = [];
      for (let j = 0; j < rect.numCols; j++) {
        const r = rect.row + i;
        const c = rect.col + j;
        row.push(fn(s, s.parent.recalc.value(s, r, c), s.cell(r, c)?.format));
      }
      out.push(row);
    }
    return out;
  };

  const inspect: Inspector = {
    values: (sheet, a1) =>
      committed(sheet, a1, (s, v, f) => (v instanceof FormulaError ? v.code : scriptValue(v, f, s.parent.timeZone))),
    displayValues: (sheet, a1) =>
      committed(sheet, a1, (s, v, f) => (v instanceof FormulaError ? v.code : displayValue(v, f, s.parent.locale, s.parent.timeZone))),
    formulaError: (sheet, a1) => {
      const { s, rect } = area(sheet, a1);
      const e = s.parent.recalc.error(s, rect.row, rect.col);
      return e && { code: e.code, message: e.message };
    },
    cell: (sheet, a1) => {
      const { s, rect } = area(sheet, a1);
      const cell = s.cell(rect.row, rect.col);
      const rule = cell?.validation?.rule;
      return {
        value: inspect.values(sheet, a1)[0][0],
        display: inspect.displayValues(sheet, a1)[0][0],
        formula: cell?.formula ?? '',
        format: cell?.format,
        error: inspect.formulaError(sheet, a1),
        note: cell?.note ?? '',
        style: { ...cell?.style },
        validation: rule
          ? { criteria: String(rule.criteria), values: [...rule.values], allowInvalid: rule.allowInvalid, helpText: rule.helpText ?? '' }
          : null,
      };
    },
    sheetNames: (spreadsheet) => (spreadsheet ? spreadsheetDataOf(spreadsheet) : rt.activeSpreadsheet).sheets.map((s) => s.name),
    form: (form) => forms.info(form),
    charts: (sheet) => chartInfo(sheetOf(sheet)),
  };

  const runAs = <T>(who: Execution | string | ExecutionOptions, fn: () => T): T => {
    if (who instanceof Execution) return rt.within(who, fn);
    return rt.run(typeof who === 'string' ? { user: who } : who, fn);
  };

  return {
    globals,
    install,
    uninstall: () => restorers.splice(0).reverse().forEach((r) => r()),
    meter: rt.meter,
    clock: rt.clock,
    owner,
    get activeSpreadsheet() {
      return spreadsheetView(rt, rt.activeSpreadsheet);
    },
    createSpreadsheet: (name, o = {}) => {
      const data: SpreadsheetData = rt.createSpreadsheet(name, o.owner ?? owner);
      (o.editors ?? []).forEach((e) => data.editors.add(e));
      return spreadsheetView(rt, data);
    },
    openById: (id) => {
      const data = rt.spreadsheets.get(id);
      if (!data) throw new Error(`No spreadsheet ${id}`);
      return spreadsheetView(rt, data);
    },
    ui: rt.ui,
    clickMenu: (captionOrPath, o = {}) => {
      const fn = rt.ui.functionFor(captionOrPath);
      const result = triggers.invoke({ user: o.user ?? owner, kind: 'menu', authMode: 'FULL' }, fn, undefined, o.scope);
      return triggers.settle([result], {})[0].returned;
    },
    triggers,
    forms,
    mail: {
      sent: outbox.sent,
      remaining: (user = owner) => outbox.quota.remaining(user, rt.clock.now()),
    },
    documents: documentInspector(drive),
    logs: book.entries,
    properties: stores,
    get scope() {
      return rt.scope;
    },
    set scope(s: object) {
      rt.scope = s;
    },
    registerCustomFunctions: (functions) => {
      for (const [name, fn] of Object.entries(functions)) {
        rt.customFunctions.set(name.toUpperCase(), fn as (...args: unknown[]) => unknown);
      }
    },
    beginExecution: (o) => rt.beginExecution(o),
    endExecution: (e) => rt.endExecution(e),
    runAs,
    runExecution: (o, fn) => rt.run(o, fn),
    get currentExecution() {
      return rt.current();
    },
    userEdit: (sheet, a1, value, userEmail, o) => userEdit(rt, triggers, sheetOf(sheet), a1, value, userEmail, o),
    userPaste: (sheet, a1Range, values, userEmail, o) => userPaste(rt, triggers, sheetOf(sheet), a1Range, values, userEmail, o),
    inspect,
    faults,
  };
}
