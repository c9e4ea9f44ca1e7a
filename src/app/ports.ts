// What use cases need from the outside world. src/workspace implements these over Apps Script;
// tests and the demo use the same implementations over the emulator.

import type { CellValue, Grid } from '../core/cell';
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
}

/** A response as the Form holds it: answers by question title, checkbox answers as arrays. */
export interface FormResponseData {
  responseId: string;
  timestamp: Date;
  respondentEmail: string;
  answers: Record<string, string | string[]>;
}

export interface FormsPort {
  /** Creates the form from its specification, sending its responses to this spreadsheet. */
  createLinkedForm(spec: FormSpec): { id: string; url: string };
  exists(formId: string): boolean;
  /** Every response of the form, in one batch. */
  responses(formId: string): FormResponseData[];
}

export interface TriggersPort {
  /** How many form-submit triggers of this project call `handler`. */
  formSubmitTriggers(handler: string): number;
  createFormSubmitTrigger(handler: string, formId: string): void;
  /** A daily time-driven trigger calling `handler`, created once. */
  ensureDailyTrigger(handler: string): void;
  /** An installable open trigger of this spreadsheet calling `handler`, created once. */
  ensureOpenTrigger(handler: string): void;
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
