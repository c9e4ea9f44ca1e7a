// WorkbookPort over SpreadsheetApp. Each sheet is read with one getValues and written with one
// setValues, so the number of service calls depends on the number of sheets, never on the number
// of rows (research/apps-script-platform.md §2: a batched write of thousands of cells costs about
// as much as two single-cell calls).

import type { CellValue, Grid } from '../core/cell';
import { isFormula, literalCell } from '../core/sheet-text';
import type { ChartSpec, SheetTable, WorkbookPort } from '../app/ports';
import { restrictTo } from './protections';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

// Functions, not values: `Charts` is a global of the Apps Script runtime, read when a chart is made.
const CHART_TYPES: Record<ChartSpec['kind'], () => GoogleAppsScript.Charts.ChartType> = {
  column: () => Charts.ChartType.COLUMN,
  bar: () => Charts.ChartType.BAR,
  pie: () => Charts.ChartType.PIE,
};

export class SpreadsheetWorkbook implements WorkbookPort {
  constructor(private readonly spreadsheet: Spreadsheet) {}

  presentSheets(names: readonly string[]): string[] {
    return names.filter((name) => this.spreadsheet.getSheetByName(name) !== null);
  }

  readSheets(names: readonly string[]): Map<string, Grid> {
    const result = new Map<string, Grid>();
    for (const name of names) {
      const sheet = this.spreadsheet.getSheetByName(name);
      if (sheet) result.set(name, sheet.getDataRange().getValues() as Grid);
    }
    return result;
  }

  writeSheets(tables: readonly SheetTable[]): void {
    for (const table of tables) {
      const sheet = this.spreadsheet.getSheetByName(table.name) ?? this.spreadsheet.insertSheet(table.name);
      const width = Math.max(table.header.length, ...table.rows.map((r) => r.length));
      const text = new Set(table.textColumns ?? []);
      const formulas = new Set(table.formulaColumns ?? []);
      // A plain-text column stores strings exactly as given; elsewhere a leading apostrophe does,
      // except for the formulas the add-on itself built (never a header: headers are data).
      const cell = (value: CellValue | undefined, i: number, header: boolean): CellValue =>
        text.has(i) || (!header && formulas.has(i) && isFormula(value)) ? value ?? '' : literalCell(value ?? '');
      const grid = [table.header, ...table.rows].map((row, r) => Array.from({ length: width }, (_, i) => cell(row[i], i, r === 0)));
      sheet.clear();
      // A range may not reach past the sheet's grid (1,000 rows in a new sheet): grow it first.
      const maxRows = sheet.getMaxRows();
      if (grid.length > maxRows) sheet.insertRowsAfter(maxRows, grid.length - maxRows);
      const rowCount = Math.max(grid.length, maxRows);
      text.forEach((column) => sheet.getRange(1, column + 1, rowCount, 1).setNumberFormat('@'));
      if (rowCount > 1) for (const { column, pattern } of table.numberFormats ?? []) sheet.getRange(2, column + 1, rowCount - 1, 1).setNumberFormat(pattern);
      sheet.getRange(1, 1, grid.length, width).setValues(grid);
      const header = sheet.getRange(1, 1, 1, width).setFontWeight('bold');
      const notes = table.notes;
      if (notes) header.setNotes([Array.from({ length: width }, (_, i) => notes[i] ?? '')]);
      sheet.setFrozenRows(1);
    }
  }

  archiveSheets(names: readonly string[], suffix: string): string[] {
    const archived: string[] = [];
    for (const name of names) {
      const sheet = this.spreadsheet.getSheetByName(name);
      if (!sheet) continue;
      const newName = `${name} ${suffix}`;
      sheet.setName(newName);
      archived.push(newName);
    }
    return archived;
  }

  writeRows(name: string, header: readonly string[], firstRow: number, rows: readonly (readonly CellValue[])[], textColumns: readonly number[] = []): void {
    let sheet = this.spreadsheet.getSheetByName(name);
    const width = Math.max(header.length, ...rows.map((r) => r.length));
    const text = new Set(textColumns);
    if (!sheet) {
      sheet = this.spreadsheet.insertSheet(name);
      // A new sheet has 26 columns; a register with every raw answer is wider.
      const maxColumns = sheet.getMaxColumns();
      if (width > maxColumns) sheet.insertColumnsAfter(maxColumns, width - maxColumns);
      // Whole columns in plain text, so rows written later keep what people typed as text.
      text.forEach((column) => sheet!.getRange(1, column + 1, sheet!.getMaxRows(), 1).setNumberFormat('@'));
      sheet.getRange(1, 1, 1, header.length).setValues([[...header]]).setFontWeight('bold');
      sheet.setFrozenRows(1);
    }
    if (rows.length === 0) return;
    const lastRow = firstRow + rows.length - 1;
    const maxRows = sheet.getMaxRows();
    if (lastRow > maxRows) {
      sheet.insertRowsAfter(maxRows, lastRow - maxRows);
      text.forEach((column) => sheet!.getRange(maxRows + 1, column + 1, lastRow - maxRows, 1).setNumberFormat('@'));
    }
    const grid = rows.map((row) => Array.from({ length: width }, (_, i) => (text.has(i) ? (row[i] ?? '') : literalCell(row[i] ?? ''))));
    sheet.getRange(firstRow, 1, rows.length, width).setValues(grid);
  }

  protectSheets(names: readonly string[], editors: readonly string[]): void {
    for (const name of names) {
      const sheet = this.spreadsheet.getSheetByName(name);
      if (sheet) restrictTo(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0] ?? sheet.protect(), editors);
    }
  }

  appendRows(name: string, header: readonly string[], rows: readonly (readonly CellValue[])[]): void {
    const existing = this.spreadsheet.getSheetByName(name);
    const lastRow = existing ? existing.getLastRow() : 1;
    this.writeRows(name, header, Math.max(lastRow, 1) + 1, rows);
  }

  replaceCharts(sheetName: string, charts: readonly ChartSpec[]): void {
    const sheet = this.spreadsheet.getSheetByName(sheetName);
    if (!sheet) return;
    for (const chart of sheet.getCharts()) sheet.removeChart(chart);
    for (const spec of charts) {
      const { firstRow, firstColumn, rows, columns } = spec.range;
      const chart = sheet
        .newChart()
        .setChartType(CHART_TYPES[spec.kind]())
        .addRange(sheet.getRange(firstRow, firstColumn, rows, columns))
        .setPosition(spec.anchor.row, spec.anchor.column, 0, 0)
        .setOption('title', spec.title)
        .build();
      sheet.insertChart(chart);
    }
  }

  writeCells(name: string, firstRow: number, firstColumn: number, block: readonly (readonly CellValue[])[]): void {
    const sheet = this.spreadsheet.getSheetByName(name);
    if (!sheet || block.length === 0) return;
    const width = Math.max(...block.map((r) => r.length));
    const grid = block.map((row) => Array.from({ length: width }, (_, i) => literalCell(row[i] ?? '')));
    sheet.getRange(firstRow, firstColumn, grid.length, width).setValues(grid);
  }

  flush(): void {
    SpreadsheetApp.flush();
  }
}
