// The naive baseline: what a step would cost if it read and wrote the same data cell by cell
// (`getRange(r, c).getValue()` / `setValue()`), as scripts written without the batching rule do
// (research/apps-script-platform.md §2, L1–L9). While a step runs, every block it reads
// (`Range.getValues`, the Sheets API's `Values.batchGet`) or writes (`Range.setValues`) is
// recorded; the same reads and writes are then done again, in the same order, one cell at a time,
// in one execution of their own. The baseline is the step as measured with its block reads and
// writes replaced by those cell reads and writes: everything else the step does (mail, forms,
// protections, lookups, the end-of-run commit) stays as it was.
//
// The cell reads go to the very cells the step read. The cell writes go to a scratch sheet of the
// same size in a spreadsheet made for the purpose, so the contest's sheets stay exactly as the step
// left them (writing them again cell by cell would not undo a `clear()` the step made between two
// writes). The cost model is the same wherever a cell is.

import type { Emulator } from '../test/emulator';
import { parseA1Range, splitSheetName, type Rect } from '../test/emulator/a1';
import { RangeImpl } from '../test/emulator/range';
import { ValuesCollection } from '../test/emulator/sheets-api';
import type { Cost } from './cost';
import type { NaiveFigures } from './lines';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

interface Access {
  kind: 'read' | 'write';
  /** The spreadsheet's id and the sheet's name at the time of the access. */
  book: string;
  sheet: string;
  rect: Rect;
  values: unknown[][];
}

/** The step's methods that move blocks of cells, which the baseline replaces. */
const BLOCK_METHODS = new Set(['Range.getValues', 'Range.setValues', 'Sheets.Spreadsheets.Values.batchGet', 'Sheets.Spreadsheets.get']);
/** The baseline's methods that move single cells (its lookups stand for the step's own, already counted). */
const CELL_METHODS = new Set(['Sheet.getRange', 'Range.getValue', 'Range.setValue']);

let recording: Access[] | null = null;

const blockRead = RangeImpl.prototype.getValues;
const blockWrite = RangeImpl.prototype.setValues;
const apiRead = ValuesCollection.prototype.batchGet;
RangeImpl.prototype.getValues = function (this: RangeImpl) {
  recording?.push({ kind: 'read', book: this.sheet.parent.id, sheet: this.sheet.name, rect: { ...this.rect }, values: [] });
  return blockRead.call(this);
};
RangeImpl.prototype.setValues = function (this: RangeImpl, values: unknown[][]) {
  recording?.push({ kind: 'write', book: this.sheet.parent.id, sheet: this.sheet.name, rect: { ...this.rect }, values: values.map((row) => [...row]) });
  return blockWrite.call(this, values);
};
ValuesCollection.prototype.batchGet = function (this: ValuesCollection, spreadsheetId: string, optionalArgs: object = {}) {
  const response = apiRead.call(this, spreadsheetId, optionalArgs);
  // A second request for the same cells rendered as text only tells dates from numbers, which
  // getValue answers by itself: the baseline reads each cell once.
  const formatted = (optionalArgs as { dateTimeRenderOption?: string }).dateTimeRenderOption === 'FORMATTED_STRING';
  if (recording && !formatted) {
    for (const range of response.valueRanges ?? []) {
      const { sheetName, ref } = splitSheetName(String(range.range));
      const origin = parseA1Range(ref, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
      const values = range.values ?? [];
      if (!origin || sheetName === undefined || values.length === 0) continue;
      const numCols = values.reduce((w, line) => Math.max(w, line.length), 0);
      recording.push({ kind: 'read', book: spreadsheetId, sheet: sheetName, rect: { row: origin.row, col: origin.col, numRows: values.length, numCols }, values: [] });
    }
  }
  return response;
};

const sumOf = (cost: Cost, methods: ReadonlySet<string>, field: 'calls' | 'modeledMs'): number =>
  Object.entries(cost.byMethod)
    .filter(([method]) => methods.has(method))
    .reduce((n, [, stats]) => n + stats[field], 0);

/** The step's figures with its block reads and writes replaced by the baseline's cell reads and writes. */
export function naiveFigures(step: Cost, cellByCell: Cost, cells: { read: number; written: number }): NaiveFigures {
  const replaced = (field: 'calls' | 'modeledMs'): number => step[field] - sumOf(step, BLOCK_METHODS, field) + sumOf(cellByCell, CELL_METHODS, field);
  return { calls: replaced('calls'), modeledMs: Math.round(replaced('modeledMs')), cellsRead: cells.read, cellsWritten: cells.written };
}

/** What a step read and wrote in blocks, ready to be done again cell by cell. */
export class RecordedAccesses {
  constructor(private readonly accesses: readonly Access[]) {}

  /** Cells the step read and wrote in blocks. */
  get cells(): { read: number; written: number } {
    const count = (kind: Access['kind']): number => this.accesses.filter((a) => a.kind === kind).reduce((n, a) => n + a.rect.numRows * a.rect.numCols, 0);
    return { read: count('read'), written: count('write') };
  }

  /** The sheets the step wrote most cells to (in blocks), by name: where its flushes go. */
  largestWrites(count = 3): { sheet: string; cells: number }[] {
    const cells = new Map<string, number>();
    for (const a of this.accesses.filter((x) => x.kind === 'write')) cells.set(a.sheet, (cells.get(a.sheet) ?? 0) + a.rect.numRows * a.rect.numCols);
    return [...cells].map(([sheet, n]) => ({ sheet, cells: n })).sort((a, b) => b.cells - a.cells).slice(0, count);
  }

  get empty(): boolean {
    return this.accesses.length === 0;
  }

  /**
   * Makes the scratch sheets (unmeasured), then returns the baseline for the caller to run in its
   * measured window.
   */
  prepare(emu: Emulator, user: string): () => void {
    const key = (a: Access): string => `${a.book}\u0000${a.sheet}`;
    const written = new Map<string, { rows: number; columns: number }>();
    for (const a of this.accesses.filter((x) => x.kind === 'write')) {
      const size = written.get(key(a)) ?? { rows: 1, columns: 1 };
      written.set(key(a), { rows: Math.max(size.rows, a.rect.row + a.rect.numRows - 1), columns: Math.max(size.columns, a.rect.col + a.rect.numCols - 1) });
    }
    const scratchName = new Map([...written.keys()].map((k, i) => [k, `w${i}`]));
    const { scratchId, activeId } = emu.runAs(user, () => {
      const scratch = SpreadsheetApp.create('Bench: naive baseline scratch');
      for (const [k, size] of written) {
        const sheet = scratch.insertSheet(scratchName.get(k)!);
        if (size.rows > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), size.rows - sheet.getMaxRows());
        if (size.columns > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), size.columns - sheet.getMaxColumns());
      }
      return { scratchId: scratch.getId(), activeId: SpreadsheetApp.getActiveSpreadsheet().getId() };
    });
    const accesses = this.accesses;
    return () =>
      emu.runAs(user, () => {
        const books = new Map<string, Spreadsheet>();
        const sheets = new Map<string, Sheet>();
        const book = (id: string): Spreadsheet => {
          let opened = books.get(id);
          if (!opened) books.set(id, (opened = id === activeId ? SpreadsheetApp.getActiveSpreadsheet() : SpreadsheetApp.openById(id)));
          return opened;
        };
        const sheetFor = (a: Access): Sheet => {
          const k = `${a.kind}\u0000${key(a)}`;
          let sheet = sheets.get(k) ?? null;
          if (!sheet) {
            sheet = a.kind === 'read' ? book(a.book).getSheetByName(a.sheet) : book(scratchId).getSheetByName(scratchName.get(key(a))!);
            if (!sheet) throw new Error(`naive baseline: the sheet "${a.sheet}" the step read is gone`);
            sheets.set(k, sheet);
          }
          return sheet;
        };
        for (const a of accesses) {
          const sheet = sheetFor(a);
          for (let i = 0; i < a.rect.numRows; i++) {
            for (let j = 0; j < a.rect.numCols; j++) {
              const cell = sheet.getRange(a.rect.row + i, a.rect.col + j);
              if (a.kind === 'read') cell.getValue();
              else cell.setValue(a.values[i][j]);
            }
          }
        }
      });
  }
}

/** Runs `step`, recording the blocks it reads and writes. */
export function recordingBlocks<T>(step: () => T): { result: T; accesses: RecordedAccesses } {
  const log: Access[] = [];
  recording = log;
  try {
    return { result: step(), accesses: new RecordedAccesses(log) };
  } finally {
    recording = null;
  }
}
