// What use cases need from the outside world. src/workspace implements these over Apps Script;
// tests and the demo use the same implementations over the emulator.

import type { CellValue, Grid } from '../core/cell';
import type { DocumentModel, FillData } from '../core/documents/document-model';
import type { FormSpec } from '../core/intake/form-spec';

/** A whole sheet to write: a header row, data rows, and how the sheet should look. */
export interface SheetTable {
  name: string;
  header: string[];
  rows: Grid;
  /** 0-based columns kept as plain text ("@"), so what a person types there later stays text too. */
  textColumns?: number[];
  /** One hint per header cell ('' for none), shown as the header cell's note. */
  notes?: string[];
  /** 0-based columns whose '='-strings are formulas the add-on built; every other string is data. */
  formulaColumns?: number[];
  /** 0-based columns shown with a number format below the header, e.g. money as "#,##0" (10.000.000 in a vi_VN sheet). */
  numberFormats?: { column: number; pattern: string }[];
}

/** A chart over a block of a sheet: the block's first row holds the series' names. */
export interface ChartSpec {
  kind: 'column' | 'bar' | 'pie';
  title: string;
  /** 1-based, the header row included. */
  range: { firstRow: number; firstColumn: number; rows: number; columns: number };
  /** The cell its top-left corner sits on, 1-based. */
  anchor: { row: number; column: number };
}

export interface WorkbookPort {
  /** The named sheets that exist, without reading their data. */
  presentSheets(names: readonly string[]): string[];
  /** Every named sheet's whole data range, or nothing for a sheet that does not exist. */
  readSheets(names: readonly string[]): Map<string, Grid>;
  /** Creates or overwrites each sheet with its table, header frozen and bold. */
  writeSheets(tables: readonly SheetTable[]): void;
  /** Renames the named sheets that exist by appending `suffix`, keeping their data. */
  archiveSheets(names: readonly string[], suffix: string): string[];
  /**
   * Writes `rows` from sheet row `firstRow` down (one block), creating the sheet with `header` when
   * it does not exist; other rows are left as they are.
   */
  writeRows(name: string, header: readonly string[], firstRow: number, rows: readonly (readonly CellValue[])[], textColumns?: readonly number[]): void;
  /** Writes a block of cells at (firstRow, firstColumn), 1-based, into an existing sheet. */
  writeCells(name: string, firstRow: number, firstColumn: number, block: readonly (readonly CellValue[])[]): void;
  /** Only `editors` (and the owner, always) may change the named sheets; others may still see them. */
  protectSheets(names: readonly string[], editors: readonly string[]): void;
  /** Appends rows after the sheet's last row, creating it with `header` when missing. */
  appendRows(name: string, header: readonly string[], rows: readonly (readonly CellValue[])[]): void;
  /** Removes the sheet's charts, then inserts these: running it again never duplicates a chart. */
  replaceCharts(sheetName: string, charts: readonly ChartSpec[]): void;
  /** Commits buffered writes now (before slow work in another service that an execution's end could interrupt). */
  flush(): void;
}

/** A response as the Form holds it: answers by question title, checkbox answers as arrays. */
export interface FormResponseData {
  responseId: string;
  timestamp: Date;
  respondentEmail: string;
  answers: Record<string, string | string[]>;
}

export interface FormsPort {
  /**
   * Creates the form from its specification, sending its responses to this spreadsheet, and shares
   * it with `editors` (the secretariat), so that whoever of them runs intake can open it.
   */
  createLinkedForm(spec: FormSpec<string>, editors: readonly string[]): { id: string; url: string };
  /** False when the form cannot be opened by the person running the add-on: deleted, or not shared with them. */
  exists(formId: string): boolean;
  /** Every response of the form, in one batch. */
  responses(formId: string): FormResponseData[];
  /**
   * Replaces the choices of the form's list and multiple-choice questions with these titles (one
   * openById and one getItems, whatever the number of choices). Questions not found are left;
   * returns the titles not found.
   */
  setChoices(formId: string, choices: Readonly<Record<string, readonly string[]>>): string[];
}

export interface TriggersPort {
  /** How many form-submit triggers of this project call `handler`. */
  formSubmitTriggers(handler: string): number;
  createFormSubmitTrigger(handler: string, formId: string): void;
  /** A daily time-driven trigger calling `handler`, created once. */
  ensureDailyTrigger(handler: string): void;
  /**
   * The one time-driven trigger an add-on may have per user and document (research §1.4), made to
   * call `handler` daily or hourly (the shortest period an add-on may use).
   */
  setTimedTrigger(handler: string, every: 'daily' | 'hourly'): void;
  /** An installable open trigger of this spreadsheet calling `handler`, created once. */
  ensureOpenTrigger(handler: string): void;
  /** An installable edit trigger of this spreadsheet calling `handler`, created once. */
  ensureEditTrigger(handler: string): void;
}

/** A file or folder in Drive. */
export interface StoredFile {
  id: string;
  url: string;
}

/**
 * Google Docs and Drive for the documents. Every method makes a fixed number of service calls,
 * whatever the size of the document or the number of placeholders.
 */
export interface DocumentFilesPort {
  /** The folder with this id if it still exists (not trashed), else a new one named `name`. */
  folder(id: string | null, name: string): StoredFile;
  /** A new Google Doc in the folder, written from the model (a default template). */
  createDocument(model: DocumentModel, folderId: string): StoredFile;
  /** The file exists and is not in the trash. */
  isAvailable(fileId: string): boolean;
  /** A document's whole text (to see which placeholders a template uses). */
  textOf(fileId: string): string;
  /** A file of the folder with exactly this name, or null. */
  findInFolder(folderId: string, name: string): StoredFile | null;
  /** A copy of the template in the folder. */
  copy(templateId: string, folderId: string, name: string): StoredFile;
  /** Fills the placeholders in one batch, then puts each table in place of its placeholder, and saves. */
  fill(documentId: string, fill: FillData): void;
  /** Saves the document as `<name>.pdf` in the folder. */
  exportPdf(documentId: string, folderId: string, name: string): StoredFile;
}

export interface MailPort {
  remainingQuota(): number;
  send(to: string, subject: string, body: string): void;
}

/** Small values kept with the document (the form's id). */
export interface StatePort {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

export interface LockPort {
  /** Runs `fn` holding the document lock; what it wrote is flushed before the lock is released. */
  withLock<T>(fn: () => T): T;
}

/** Where a judge's scoring sheet lives: a tab of the contest workbook, or a sheet of the judge's own spreadsheet. */
export interface SheetLocation {
  /** null for the contest workbook itself. */
  spreadsheetId: string | null;
  sheetName: string;
}

/** A judge's sheet to create: its cells, which columns hold formulas or must stay hidden, and who may edit what. */
export interface JudgeSheetDraft {
  /** Name of the tab, and of the spreadsheet in private mode. */
  title: string;
  grid: Grid;
  /** 1-based columns whose '='-strings are formulas the add-on built; every other string is data. */
  formulaColumns: readonly number[];
  /** 1-based row of the table header: rows above it and the header are frozen. */
  headerRow: number;
  /** 1-based columns the judge types into; everything else only the secretariat may change. */
  editableColumns: readonly number[];
  /** 1-based columns hidden from view (the recorded scores). */
  hiddenColumns: { first: number; count: number };
  /** Data validation of the judge's columns, applied from the first data row down. */
  validation: { firstRow: number; scores: readonly { column: number; max: number; help: string }[]; checkboxColumn: number };
  judge: string;
  /** The secretariat members who run the add-on: they keep the right to write the sheet. */
  secretariat: readonly string[];
}

export interface JudgeSheetsPort {
  /** Creates a judge's sheet: a protected tab here, or a new spreadsheet shared with the judge alone. */
  create(draft: JudgeSheetDraft, privateSpreadsheet: boolean): SheetLocation & { url: string };
  /** Each sheet's whole data range, one batch read per sheet; null for a sheet that no longer exists. */
  read(locations: readonly SheetLocation[]): (Grid | null)[];
  /** A band of rows [firstRow, firstRow + count) of one sheet, every column: one batch read. */
  readRows(location: SheetLocation, firstRow: number, count: number): Grid;
  /** Writes a block at (firstRow, column), 1-based; '='-strings in `formulaColumns` (1-based) are formulas. */
  write(location: SheetLocation, firstRow: number, column: number, cells: Grid, formulaColumns?: readonly number[]): void;
  /** Applies the draft's data validation to rows [firstRow, firstRow + count) (appended rows). */
  validate(location: SheetLocation, validation: JudgeSheetDraft['validation'], firstRow: number, count: number): void;
  /** The judge loses the right to edit the sheet (lock) or gets it back (unlock). */
  setJudgeCanEdit(location: SheetLocation, judge: string, canEdit: boolean): void;
  /** The sheet's address for a person. */
  url(location: SheetLocation): string;
}

/**
 * A Google service refused a call: still busy after the adapter's retries (`busy`), or the day's
 * quota of the account is spent (`dailyQuota`: it comes back 24 hours after the day's first call,
 * research/apps-script-platform.md §1.1). Adapters throw it; `detail` is Google's own message.
 */
export class ServiceUnavailable extends Error {
  constructor(
    readonly reason: 'busy' | 'dailyQuota' | 'locked',
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'ServiceUnavailable';
  }
}
