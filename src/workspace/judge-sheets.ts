// JudgeSheetsPort over SpreadsheetApp: a judge's scoring sheet is a protected tab of the contest
// workbook (shared mode) or the sheet of a spreadsheet made for that judge alone (private mode).
// Every call count here depends on the number of judges and criteria, never on entries: a sheet
// is written with one setValues and read with one getValues (research/apps-script-platform.md §2).

import type { Grid } from '../core/cell';
import { isFormula, literalCell } from '../core/sheet-text';
import type { JudgeSheetDraft, JudgeSheetsPort, SheetLocation } from '../app/ports';
import { restrictTo } from './protections';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export class AppsScriptJudgeSheets implements JudgeSheetsPort {
  /** Judges' spreadsheets opened in this execution: openById costs a round trip each time. */
  private readonly opened = new Map<string, Spreadsheet | null>();

  constructor(private readonly workbook: Spreadsheet) {}

  create(draft: JudgeSheetDraft, privateSpreadsheet: boolean): SheetLocation & { url: string } {
    const width = draft.grid[0]?.length ?? 1;
    let spreadsheet = this.workbook;
    let sheet: Sheet;
    if (privateSpreadsheet) {
      spreadsheet = SpreadsheetApp.create(draft.title, Math.max(1000, draft.grid.length + 200), Math.max(26, width));
      this.opened.set(spreadsheet.getId(), spreadsheet);
      sheet = spreadsheet.getSheets()[0].setName(draft.title);
      spreadsheet.addEditors(uniqueEmails([draft.judge, ...draft.secretariat]));
    } else {
      sheet = this.workbook.insertSheet(draft.title);
      // A judge needs edit access to the workbook to type into their tab; the tab's protection
      // keeps them out of everyone else's.
      this.workbook.addEditor(draft.judge);
    }
    const maxColumns = sheet.getMaxColumns();
    if (width > maxColumns) sheet.insertColumnsAfter(maxColumns, width - maxColumns);
    this.writeGrid(sheet, 1, 1, draft.grid, draft.formulaColumns);
    sheet.getRange(draft.headerRow, 1, 1, width).setFontWeight('bold');
    sheet.setFrozenRows(draft.headerRow);
    this.applyValidation(sheet, draft.validation, draft.validation.firstRow, sheet.getMaxRows() - draft.validation.firstRow + 1);
    sheet.hideColumns(draft.hiddenColumns.first, draft.hiddenColumns.count);
    this.protect(sheet, draft, width);
    const location = { spreadsheetId: privateSpreadsheet ? spreadsheet.getId() : null, sheetName: sheet.getName() };
    return { ...location, url: `${spreadsheet.getUrl()}#gid=${sheet.getSheetId()}` };
  }

  read(locations: readonly SheetLocation[]): (Grid | null)[] {
    return locations.map((location) => {
      const sheet = this.sheet(location);
      return sheet ? (sheet.getDataRange().getValues() as Grid) : null;
    });
  }

  readRows(location: SheetLocation, firstRow: number, count: number): Grid {
    const sheet = this.sheet(location);
    if (!sheet || count <= 0) return [];
    return sheet.getRange(firstRow, 1, count, sheet.getLastColumn()).getValues() as Grid;
  }

  write(location: SheetLocation, firstRow: number, column: number, cells: Grid, formulaColumns: readonly number[] = []): void {
    const sheet = this.sheet(location);
    if (!sheet || cells.length === 0) return;
    const lastRow = firstRow + cells.length - 1;
    const maxRows = sheet.getMaxRows();
    if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
    this.writeGrid(sheet, firstRow, column, cells, formulaColumns.map((c) => c - column + 1));
  }

  validate(location: SheetLocation, validation: JudgeSheetDraft['validation'], firstRow: number, count: number): void {
    const sheet = this.sheet(location);
    if (sheet && count > 0) this.applyValidation(sheet, validation, firstRow, count);
  }

  setJudgeCanEdit(location: SheetLocation, judge: string, canEdit: boolean): void {
    const sheet = this.sheet(location);
    const protection = sheet?.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
    if (!protection) return;
    if (canEdit) protection.addEditor(judge);
    else protection.removeEditor(judge);
  }

  url(location: SheetLocation): string {
    const spreadsheet = this.spreadsheet(location.spreadsheetId);
    const sheet = spreadsheet?.getSheetByName(location.sheetName);
    return spreadsheet && sheet ? `${spreadsheet.getUrl()}#gid=${sheet.getSheetId()}` : '';
  }

  private spreadsheet(id: string | null): Spreadsheet | null {
    if (id === null) return this.workbook;
    if (!this.opened.has(id)) {
      let opened: Spreadsheet | null = null;
      try {
        opened = SpreadsheetApp.openById(id);
      } catch {
        // Deleted, or no longer shared with the person running the add-on: reported as missing.
      }
      this.opened.set(id, opened);
    }
    return this.opened.get(id) ?? null;
  }

  private sheet(location: SheetLocation): Sheet | null {
    return this.spreadsheet(location.spreadsheetId)?.getSheetByName(location.sheetName) ?? null;
  }

  /** Data stays data: only the formulas the add-on built, in their columns (1-based, relative), are written as formulas. */
  private writeGrid(sheet: Sheet, firstRow: number, column: number, cells: Grid, formulaColumns: readonly number[]): void {
    const formulas = new Set(formulaColumns);
    const width = Math.max(...cells.map((r) => r.length));
    const grid = cells.map((row) => Array.from({ length: width }, (_, i) => {
      const value = row[i] ?? '';
      return formulas.has(i + 1) && isFormula(value) ? value : literalCell(value);
    }));
    sheet.getRange(firstRow, column, grid.length, width).setValues(grid);
  }

  private applyValidation(sheet: Sheet, validation: JudgeSheetDraft['validation'], firstRow: number, count: number): void {
    for (const score of validation.scores) {
      const rule = SpreadsheetApp.newDataValidation().requireNumberBetween(0, score.max).setAllowInvalid(false).setHelpText(score.help).build();
      sheet.getRange(firstRow, score.column, count, 1).setDataValidation(rule);
    }
    sheet.getRange(firstRow, validation.checkboxColumn, count, 1).setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().build());
  }

  /**
   * The tab: the judge and the secretariat may edit it; within it, everything but the judge's own
   * columns below the header (the entries, totals, status and recorded scores) is the secretariat's.
   */
  private protect(sheet: Sheet, draft: JudgeSheetDraft, width: number): void {
    restrictTo(sheet.protect().setDescription(draft.title), [draft.judge, ...draft.secretariat]);
    const secretariatOnly = (row: number, column: number, rows: number, columns: number): void => {
      restrictTo(sheet.getRange(row, column, rows, columns).protect().setDescription(draft.title), draft.secretariat);
    };
    const maxRows = sheet.getMaxRows();
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

function uniqueEmails(emails: readonly string[]): string[] {
  const seen = new Set<string>();
  return emails.filter((e) => {
    const key = e.trim().toLowerCase();
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
