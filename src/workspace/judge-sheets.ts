// JudgeSheetsPort over SpreadsheetApp: a judge's scoring sheet is a protected tab of the contest
// workbook (shared mode) or the sheet of a spreadsheet made for that judge alone (private mode).
// Every call count here depends on the number of judges and criteria, never on entries: a sheet
// is written with one setValues and read with one getValues (research/apps-script-platform.md §2).

import type { Grid } from '../core/cell';
import { isFormula, literalCell } from '../core/sheet-text';
import { ServiceUnavailable, type JudgeSheetDraft, type JudgeSheetsPort, type SheetLocation } from '../app/ports';
import { restrictTo } from './protections';
import { withRetry } from './retry';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export class AppsScriptJudgeSheets implements JudgeSheetsPort {
  /** Judges' spreadsheets opened in this execution: openById costs a round trip each time. */
  private readonly opened = new Map<string, Spreadsheet | null>();
  /**
   * Sheets read in this execution and the rows they have at least: a write inside those rows needs
   * no lookup and no getMaxRows, so after a step's first write nothing more can fail before the
   * next write (a failure there would leave some judges' sheets written and others not).
   */
  private readonly known = new Map<string, { sheet: Sheet; rows: number }>();

  constructor(private readonly workbook: Spreadsheet) {}

  create(draft: JudgeSheetDraft, privateSpreadsheet: boolean): SheetLocation & { url: string } {
    const width = draft.grid[0]?.length ?? 1;
    let spreadsheet = this.workbook;
    let sheet: Sheet;
    if (privateSpreadsheet) {
      const made = withRetry(() => SpreadsheetApp.create(draft.title, Math.max(1000, draft.grid.length + 200), Math.max(26, width)));
      spreadsheet = made;
      this.opened.set(made.getId(), made);
      sheet = withRetry(() => made.getSheets()[0].setName(draft.title));
      withRetry(() => made.addEditors(uniqueEmails([draft.judge, ...draft.secretariat])));
    } else {
      sheet = withRetry(() => this.workbook.insertSheet(draft.title));
      // A judge needs edit access to the workbook to type into their tab; the tab's protection
      // keeps them out of everyone else's.
      withRetry(() => this.workbook.addEditor(draft.judge));
    }
    const tab = sheet;
    const maxColumns = withRetry(() => tab.getMaxColumns());
    if (width > maxColumns) withRetry(() => tab.insertColumnsAfter(maxColumns, width - maxColumns));
    // A new tab has 1,000 rows: a judge with more entries than that needs the sheet grown first,
    // or setValues fails ("The coordinates of the range are outside the dimensions of the sheet").
    const maxRows = withRetry(() => tab.getMaxRows());
    if (draft.grid.length > maxRows) withRetry(() => tab.insertRowsAfter(maxRows, draft.grid.length - maxRows));
    const rows = Math.max(maxRows, draft.grid.length);
    this.writeGrid(tab, 1, 1, draft.grid, draft.formulaColumns);
    withRetry(() => tab.getRange(draft.headerRow, 1, 1, width).setFontWeight('bold'));
    withRetry(() => tab.setFrozenRows(draft.headerRow));
    this.applyValidation(tab, draft.validation, draft.validation.firstRow, rows - draft.validation.firstRow + 1);
    withRetry(() => tab.hideColumns(draft.hiddenColumns.first, draft.hiddenColumns.count));
    this.protect(tab, draft, width);
    const location = { spreadsheetId: privateSpreadsheet ? spreadsheet.getId() : null, sheetName: sheet.getName() };
    return { ...location, url: `${spreadsheet.getUrl()}#gid=${sheet.getSheetId()}` };
  }

  read(locations: readonly SheetLocation[]): (Grid | null)[] {
    return locations.map((location) => {
      const sheet = this.sheet(location);
      if (!sheet) return null;
      const grid = withRetry(() => sheet.getDataRange().getValues()) as Grid;
      this.known.set(keyOf(location), { sheet, rows: grid.length });
      return grid;
    });
  }

  readRows(location: SheetLocation, firstRow: number, count: number): Grid {
    const sheet = this.sheet(location);
    if (!sheet || count <= 0) return [];
    return withRetry(() => sheet.getRange(firstRow, 1, count, sheet.getLastColumn()).getValues()) as Grid;
  }

  write(location: SheetLocation, firstRow: number, column: number, cells: Grid, formulaColumns: readonly number[] = []): void {
    const known = this.known.get(keyOf(location));
    const sheet = known?.sheet ?? this.sheet(location);
    if (!sheet || cells.length === 0) return;
    const lastRow = firstRow + cells.length - 1;
    if (!known || lastRow > known.rows) {
      const maxRows = withRetry(() => sheet.getMaxRows());
      if (lastRow > maxRows) withRetry(() => sheet.insertRowsAfter(maxRows, lastRow - maxRows));
      this.known.set(keyOf(location), { sheet, rows: Math.max(lastRow, maxRows) });
    }
    this.writeGrid(sheet, firstRow, column, cells, formulaColumns.map((c) => c - column + 1));
  }

  validate(location: SheetLocation, validation: JudgeSheetDraft['validation'], firstRow: number, count: number): void {
    const sheet = this.sheet(location);
    if (sheet && count > 0) this.applyValidation(sheet, validation, firstRow, count);
  }

  setJudgeCanEdit(location: SheetLocation, judge: string, canEdit: boolean): void {
    const sheet = this.sheet(location);
    const protection = sheet && withRetry(() => sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0]);
    if (!protection) return;
    if (canEdit) withRetry(() => protection.addEditor(judge));
    else withRetry(() => protection.removeEditor(judge));
  }

  url(location: SheetLocation): string {
    const spreadsheet = this.spreadsheet(location.spreadsheetId);
    const sheet = spreadsheet && withRetry(() => spreadsheet.getSheetByName(location.sheetName));
    return spreadsheet && sheet ? `${spreadsheet.getUrl()}#gid=${sheet.getSheetId()}` : '';
  }

  private spreadsheet(id: string | null): Spreadsheet | null {
    if (id === null) return this.workbook;
    if (!this.opened.has(id)) {
      let opened: Spreadsheet | null = null;
      try {
        opened = withRetry(() => SpreadsheetApp.openById(id));
      } catch (error) {
        // A busy or exhausted service is not a missing sheet: a judge's scores must not vanish from the results for it.
        if (error instanceof ServiceUnavailable) throw error;
        // Deleted, or no longer shared with the person running the add-on: reported as missing.
      }
      this.opened.set(id, opened);
    }
    return this.opened.get(id) ?? null;
  }

  private sheet(location: SheetLocation): Sheet | null {
    const spreadsheet = this.spreadsheet(location.spreadsheetId);
    return spreadsheet && withRetry(() => spreadsheet.getSheetByName(location.sheetName));
  }

  /** Data stays data: only the formulas the add-on built, in their columns (1-based, relative), are written as formulas. */
  private writeGrid(sheet: Sheet, firstRow: number, column: number, cells: Grid, formulaColumns: readonly number[]): void {
    const formulas = new Set(formulaColumns);
    const width = Math.max(...cells.map((r) => r.length));
    const grid = cells.map((row) => Array.from({ length: width }, (_, i) => {
      const value = row[i] ?? '';
      return formulas.has(i + 1) && isFormula(value) ? value : literalCell(value);
    }));
    withRetry(() => sheet.getRange(firstRow, column, grid.length, width).setValues(grid));
  }

  private applyValidation(sheet: Sheet, validation: JudgeSheetDraft['validation'], firstRow: number, count: number): void {
    for (const score of validation.scores) {
      const rule = SpreadsheetApp.newDataValidation().requireNumberBetween(0, score.max).setAllowInvalid(false).setHelpText(score.help).build();
      withRetry(() => sheet.getRange(firstRow, score.column, count, 1).setDataValidation(rule));
    }
    const checkbox = SpreadsheetApp.newDataValidation().requireCheckbox().build();
    withRetry(() => sheet.getRange(firstRow, validation.checkboxColumn, count, 1).setDataValidation(checkbox));
  }

  /**
   * The tab: the judge and the secretariat may edit it; within it, everything but the judge's own
   * columns below the header (the entries, totals, status and recorded scores) is the secretariat's.
   */
  private protect(sheet: Sheet, draft: JudgeSheetDraft, width: number): void {
    // protect() makes a new protection each time it runs: tried again only itself, never with what follows.
    const described = (protection: GoogleAppsScript.Spreadsheet.Protection): GoogleAppsScript.Spreadsheet.Protection =>
      withRetry(() => protection.setDescription(draft.title));
    restrictTo(described(withRetry(() => sheet.protect())), [draft.judge, ...draft.secretariat]);
    const secretariatOnly = (row: number, column: number, rows: number, columns: number): void => {
      restrictTo(described(withRetry(() => sheet.getRange(row, column, rows, columns).protect())), draft.secretariat);
    };
    const maxRows = withRetry(() => sheet.getMaxRows());
    secretariatOnly(1, 1, draft.headerRow, width);
    const editable = new Set(draft.editableColumns);
    let start = 0;
    for (let column = 1; column <= width + 1; column++) {
      const fixed = column <= width && !editable.has(column);
      if (fixed && start === 0) start = column;
      if (!fixed && start !== 0) {
        secretariatOnly(draft.headerRow + 1, start, maxRows - draft.headerRow, column - start);
        start = 0;
      }
    }
  }
}

function keyOf(location: SheetLocation): string {
  return `${location.spreadsheetId ?? ''}\n${location.sheetName}`;
}

function uniqueEmails(emails: readonly string[]): string[] {
  const seen = new Set<string>();
  return emails.filter((e) => {
    const key = e.trim().toLowerCase();
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
