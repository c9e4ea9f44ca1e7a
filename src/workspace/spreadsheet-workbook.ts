// WorkbookPort over SpreadsheetApp and the Sheets API. Sheets are read together through the Sheets
// API (Values.batchGet reads any number of ranges in one request) and each is written with one
// setValues, so the number of service calls never depends on the number of rows, and reading does
// not depend on the number of sheets either (research/apps-script-platform.md §2: a batched write
// of thousands of cells costs about as much as two single-cell calls; §2.1: a batchGet costs
// 150 ms + 0.025 ms a cell where SpreadsheetApp pays two calls a sheet).

import type { CellValue, Grid } from '../core/cell';
import { columnLetters } from '../core/cell-grid';
import { isFormula, literalCell } from '../core/sheet-text';
import { instantOfSerialDate } from '../core/vn/dates';
import type { ChartSpec, SheetTable, WorkbookPort } from '../app/ports';
import { restrictTo } from './protections';
import { withRetry } from './retry';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A cell as getValues returns it: a number the API also rendered as text is a date. */
function cellValue(value: unknown, rendered: unknown, timeZone: string): CellValue {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return typeof rendered === 'string' ? instantOfSerialDate(value, timeZone) : value;
  return typeof value === 'boolean' ? value : String(value);
}

/** The API leaves out trailing empty rows and cells; getDataRange's grid is a full rectangle, A1 at least. */
function fullGrid(values: unknown[][], rendered: unknown[][], timeZone: string): Grid {
  const width = values.reduce((w, row) => Math.max(w, row.length), 1);
  const rows = values.length > 0 ? values : [[]];
  return rows.map((row, r) => Array.from({ length: width }, (_, c) => cellValue(row[c], rendered[r]?.[c], timeZone)));
}

/** Runs of adjacent columns (1-based, first and last) holding at least one number. */
function numberColumns(values: unknown[][]): [number, number][] {
  const width = values.reduce((w, row) => Math.max(w, row.length), 0);
  const runs: [number, number][] = [];
  for (let c = 0; c < width; c++) {
    if (!values.some((row) => typeof row[c] === 'number')) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === c) last[1] = c + 1;
    else runs.push([c + 1, c + 1]);
  }
  return runs;
}

// Quoted, a sheet's name is read as a sheet whatever it looks like (`A1`, `Kết quả`, `Nhóm 1's`).
const quoted = (title: string): string => `'${title.replace(/'/g, "''")}'`;

function sheetsApi(): GoogleAppsScript.Sheets {
  // Without the manifest's advanced service the global does not exist at all (a ReferenceError, not undefined).
  if (typeof Sheets === 'undefined') throw new Error('The Google Sheets API advanced service (Sheets) is not enabled for this script.');
  return Sheets;
}

/**
 * Every named sheet of the spreadsheet that exists, exactly as getDataRange().getValues() returns
 * it (numbers, booleans, '' for empty cells, Dates for date and time cells, full rows), in three
 * requests whatever the number of sheets or rows: the sheets' names and the time zone; every
 * sheet's values with dates as serial numbers; and the columns holding numbers again with dates
 * as text, since a cell that is a number in one and text in the other is a date. Someone changing
 * a number into text between the two batchGets (a fraction of a second) would make it read as a
 * date. The Sheets API sees committed cells: flush SpreadsheetApp's writes first.
 */
export function readWholeSheets(spreadsheetId: string, names: readonly string[]): Map<string, Grid> {
  const api = sheetsApi();
  const found = api.Spreadsheets.get(spreadsheetId, { fields: 'properties.timeZone,sheets.properties.title' });
  // Sheet names are unique regardless of case, and getSheetByName finds them so.
  const titles = new Map((found.sheets ?? []).map((s) => [String(s.properties?.title).toLowerCase(), String(s.properties?.title)]));
  const present = names.filter((name) => titles.has(name.toLowerCase()));
  const sheets = [...new Set(present.map((name) => titles.get(name.toLowerCase()) as string))];
  if (sheets.length === 0) return new Map();
  const read = (ranges: string[], dates: 'SERIAL_NUMBER' | 'FORMATTED_STRING'): unknown[][][] => {
    const response = api.Spreadsheets.Values.batchGet(spreadsheetId, { ranges, valueRenderOption: 'UNFORMATTED_VALUE', dateTimeRenderOption: dates });
    return (response.valueRanges ?? []).map((range): unknown[][] => range.values ?? []);
  };
  const values = read(sheets.map(quoted), 'SERIAL_NUMBER');
  const blocks = sheets.flatMap((title, sheet) => numberColumns(values[sheet]).map(([first, last]) => ({ title, sheet, first, last })));
  const texts = blocks.length > 0 ? read(blocks.map((b) => `${quoted(b.title)}!${columnLetters(b.first)}:${columnLetters(b.last)}`), 'FORMATTED_STRING') : [];
  // Each sheet's rendered cells where they were asked for, by row and 0-based column.
  const rendered: unknown[][][] = sheets.map(() => []);
  blocks.forEach((b, k) => texts[k].forEach((row, r) => row.forEach((text, j) => ((rendered[b.sheet][r] ??= [])[b.first - 1 + j] = text))));
  const timeZone = String(found.properties?.timeZone);
  const result = new Map<string, Grid>();
  for (const name of present) {
    const sheet = sheets.indexOf(titles.get(name.toLowerCase()) as string);
    result.set(name, fullGrid(values[sheet], rendered[sheet], timeZone));
  }
  return result;
}

// Functions, not values: `Charts` is a global of the Apps Script runtime, read when a chart is made.
const CHART_TYPES: Record<ChartSpec['kind'], () => GoogleAppsScript.Charts.ChartType> = {
  column: () => Charts.ChartType.COLUMN,
  bar: () => Charts.ChartType.BAR,
  pie: () => Charts.ChartType.PIE,
};

export class SpreadsheetWorkbook implements WorkbookPort {
  private spreadsheetId: string | undefined;

  constructor(private readonly spreadsheet: Spreadsheet) {}

  presentSheets(names: readonly string[]): string[] {
    return names.filter((name) => withRetry(() => this.spreadsheet.getSheetByName(name)) !== null);
  }

  readSheets(names: readonly string[]): Map<string, Grid> {
    if (names.length === 0) return new Map();
    // The Sheets API sees committed cells only: what this execution wrote is committed first.
    this.flush();
    const id = (this.spreadsheetId ??= this.spreadsheet.getId());
    return withRetry(() => readWholeSheets(id, names));
  }

  writeSheets(tables: readonly SheetTable[]): void {
    // Every sheet is found or made, and grown, before anything is written into any of them: a
    // failure while preparing leaves every sheet's content as it was, and no new sheet behind.
    const made: Sheet[] = [];
    const prepared = this.undoingNewSheets(made, () => tables.map((table) => {
      const found = withRetry(() => this.spreadsheet.getSheetByName(table.name));
      const sheet = found ?? this.newSheet(table.name, made);
      const width = Math.max(table.header.length, ...table.rows.map((r) => r.length));
      const text = new Set(table.textColumns ?? []);
      const formulas = new Set(table.formulaColumns ?? []);
      // A plain-text column stores strings exactly as given; elsewhere a leading apostrophe does,
      // except for the formulas the add-on itself built (never a header: headers are data).
      const cell = (value: CellValue | undefined, i: number, header: boolean): CellValue =>
        text.has(i) || (!header && formulas.has(i) && isFormula(value)) ? value ?? '' : literalCell(value ?? '');
      const grid = [table.header, ...table.rows].map((row, r) => Array.from({ length: width }, (_, i) => cell(row[i], i, r === 0)));
      // A range may not reach past the sheet's grid (1,000 rows and 26 columns in a new sheet): grow it first.
      const maxRows = withRetry(() => sheet.getMaxRows());
      if (grid.length > maxRows) withRetry(() => sheet.insertRowsAfter(maxRows, grid.length - maxRows));
      const maxColumns = withRetry(() => sheet.getMaxColumns());
      if (width > maxColumns) withRetry(() => sheet.insertColumnsAfter(maxColumns, width - maxColumns));
      return { table, sheet, grid, width, text, rowCount: Math.max(grid.length, maxRows) };
    }));
    for (const { table, sheet, grid, width, text, rowCount } of prepared) {
      withRetry(() => sheet.clear());
      text.forEach((column) => withRetry(() => sheet.getRange(1, column + 1, rowCount, 1).setNumberFormat('@')));
      if (rowCount > 1) for (const { column, pattern } of table.numberFormats ?? []) withRetry(() => sheet.getRange(2, column + 1, rowCount - 1, 1).setNumberFormat(pattern));
      withRetry(() => sheet.getRange(1, 1, grid.length, width).setValues(grid));
      const header = sheet.getRange(1, 1, 1, width);
      withRetry(() => header.setFontWeight('bold'));
      const notes = table.notes;
      if (notes) withRetry(() => header.setNotes([Array.from({ length: width }, (_, i) => notes[i] ?? '')]));
      withRetry(() => sheet.setFrozenRows(1));
    }
  }

  archiveSheets(names: readonly string[], suffix: string): string[] {
    const archived: string[] = [];
    for (const name of names) {
      const sheet = withRetry(() => this.spreadsheet.getSheetByName(name));
      if (!sheet) continue;
      const newName = `${name} ${suffix}`;
      withRetry(() => sheet.setName(newName));
      archived.push(newName);
    }
    return archived;
  }

  writeRows(name: string, header: readonly string[], firstRow: number, rows: readonly (readonly CellValue[])[], textColumns: readonly number[] = []): void {
    const existing = withRetry(() => this.spreadsheet.getSheetByName(name));
    if (existing && rows.length === 0) return;
    const width = Math.max(header.length, ...rows.map((r) => r.length));
    const text = new Set(textColumns);
    const lastRow = firstRow + rows.length - 1;
    // The sheet is found or made, and made wide and long enough, before anything is written.
    const made: Sheet[] = [];
    const { sheet, maxRows } = this.undoingNewSheets(made, () => {
      const sheet = existing ?? this.newSheet(name, made);
      if (!existing) {
        // A new sheet has 26 columns; a register with every raw answer is wider.
        const maxColumns = withRetry(() => sheet.getMaxColumns());
        if (width > maxColumns) withRetry(() => sheet.insertColumnsAfter(maxColumns, width - maxColumns));
      }
      const maxRows = withRetry(() => sheet.getMaxRows());
      if (lastRow > maxRows) withRetry(() => sheet.insertRowsAfter(maxRows, lastRow - maxRows));
      return { sheet, maxRows };
    });
    if (!existing) {
      // Whole columns in plain text, so rows written later keep what people typed as text.
      text.forEach((column) => withRetry(() => sheet.getRange(1, column + 1, Math.max(maxRows, lastRow), 1).setNumberFormat('@')));
      const headerRange = sheet.getRange(1, 1, 1, header.length);
      withRetry(() => headerRange.setValues([[...header]]));
      withRetry(() => headerRange.setFontWeight('bold'));
      withRetry(() => sheet.setFrozenRows(1));
    } else if (lastRow > maxRows) {
      text.forEach((column) => withRetry(() => sheet.getRange(maxRows + 1, column + 1, lastRow - maxRows, 1).setNumberFormat('@')));
    }
    if (rows.length === 0) return;
    const grid = rows.map((row) => Array.from({ length: width }, (_, i) => (text.has(i) ? (row[i] ?? '') : literalCell(row[i] ?? ''))));
    withRetry(() => sheet.getRange(firstRow, 1, rows.length, width).setValues(grid));
  }

  protectSheets(names: readonly string[], editors: readonly string[]): void {
    for (const name of names) {
      const sheet = withRetry(() => this.spreadsheet.getSheetByName(name));
      if (sheet) restrictTo(withRetry(() => sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0] ?? sheet.protect()), editors);
    }
  }

  appendRows(name: string, header: readonly string[], rows: readonly (readonly CellValue[])[]): void {
    const existing = withRetry(() => this.spreadsheet.getSheetByName(name));
    const lastRow = existing ? withRetry(() => existing.getLastRow()) : 1;
    this.writeRows(name, header, Math.max(lastRow, 1) + 1, rows);
  }

  replaceCharts(sheetName: string, charts: readonly ChartSpec[]): void {
    const sheet = withRetry(() => this.spreadsheet.getSheetByName(sheetName));
    if (!sheet) return;
    for (const chart of withRetry(() => sheet.getCharts())) withRetry(() => sheet.removeChart(chart));
    for (const spec of charts) {
      const { firstRow, firstColumn, rows, columns } = spec.range;
      const chart = sheet
        .newChart()
        .setChartType(CHART_TYPES[spec.kind]())
        .addRange(sheet.getRange(firstRow, firstColumn, rows, columns))
        .setPosition(spec.anchor.row, spec.anchor.column, 0, 0)
        .setOption('title', spec.title)
        .build();
      withRetry(() => sheet.insertChart(chart));
    }
  }

  writeCells(name: string, firstRow: number, firstColumn: number, block: readonly (readonly CellValue[])[]): void {
    const sheet = withRetry(() => this.spreadsheet.getSheetByName(name));
    if (!sheet || block.length === 0) return;
    const width = Math.max(...block.map((r) => r.length));
    const grid = block.map((row) => Array.from({ length: width }, (_, i) => literalCell(row[i] ?? '')));
    withRetry(() => sheet.getRange(firstRow, firstColumn, grid.length, width).setValues(grid));
  }

  flush(): void {
    withRetry(() => SpreadsheetApp.flush());
  }

  private newSheet(name: string, made: Sheet[]): Sheet {
    const sheet = withRetry(() => this.spreadsheet.insertSheet(name));
    made.push(sheet);
    return sheet;
  }

  /** Runs `prepare`; if it fails, the sheets it made (in `made`) are removed again before the failure goes on. */
  private undoingNewSheets<T>(made: readonly Sheet[], prepare: () => T): T {
    try {
      return prepare();
    } catch (error) {
      for (const sheet of made) {
        try {
          withRetry(() => this.spreadsheet.deleteSheet(sheet));
        } catch {
          // Left as an empty sheet: the failure to report is the one that stopped the preparation.
        }
      }
      throw error;
    }
  }
}
