// WorkbookPort over SpreadsheetApp. Each sheet is read with one getValues and written with one
// setValues, so the number of service calls depends on the number of sheets, never on the number
// of rows (research/apps-script-platform.md §2: a batched write of thousands of cells costs about
// as much as two single-cell calls).

import type { Grid } from '../core/cell';
import { literalCell } from '../core/sheet-text';
import type { SheetTable, WorkbookPort } from '../app/ports';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

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
      // A plain-text column stores strings exactly as given; elsewhere a leading apostrophe does.
      const grid = [table.header, ...table.rows].map((row) =>
        Array.from({ length: width }, (_, i) => (text.has(i) ? row[i] ?? '' : literalCell(row[i] ?? ''))),
      );
      sheet.clear();
      // A range may not reach past the sheet's grid (1,000 rows in a new sheet): grow it first.
      const maxRows = sheet.getMaxRows();
      if (grid.length > maxRows) sheet.insertRowsAfter(maxRows, grid.length - maxRows);
      const rowCount = Math.max(grid.length, maxRows);
      text.forEach((column) => sheet.getRange(1, column + 1, rowCount, 1).setNumberFormat('@'));
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
}
