// The configuration sheets at work for the catalogue: a fresh workbook per case holding the
// contest's configuration, the case's edit made as the secretariat would make it, then
// "Kiểm tra cấu hình" from the menu. Each case starts from the same clean configuration.

import * as entryPoints from '../../../src/main';
import { readConfiguration, writeConfiguration } from '../../../src/app/contest-configuration';
import type { CellValue, Grid } from '../../../src/core/cell';
import { columnLetters } from '../../../src/core/cell-grid';
import type { ContestConfig } from '../../../src/core/config/model';
import { COLUMN_HEADERS, SHEET_NAMES, type SheetId } from '../../../src/core/config/workbook-vocabulary';
import { SpreadsheetWorkbook } from '../../../src/workspace/spreadsheet-workbook';
import { createEmulator, type Emulator } from '../../emulator';
import type { CellAt, ConfigCase } from './configuration-cases';
import { contestConfig, SECRETARY } from './contest';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ConfigurationWorkbook {
  emu: Emulator;
  close(): void;
}

export function openConfigurationWorkbook(): ConfigurationWorkbook {
  const emu = createEmulator({ owner: SECRETARY, scope: entryPoints, latency: 'off', startTime: new Date('2024-06-20T02:00:00Z') });
  const close = emu.install();
  emu.runAs(SECRETARY, () => writeConfiguration(contestConfig(), new SpreadsheetWorkbook(emu.activeSpreadsheet), '(cũ)'));
  emu.triggers.open(SECRETARY);
  return { emu, close };
}

function sheetOf(emu: Emulator, id: SheetId): Sheet {
  return emu.activeSpreadsheet.getSheetByName(SHEET_NAMES[id])!;
}

/** 1-based column of a header in the sheet's first row. */
function columnOf(emu: Emulator, id: SheetId, header: string): number {
  const column = emu.inspect.values(SHEET_NAMES[id])[0].map(String).indexOf(header) + 1;
  if (column === 0) throw new Error(`no column ${header} in ${SHEET_NAMES[id]}`);
  return column;
}

/** The A1 address and sheet of a cell the case names. */
export function cellOf(emu: Emulator, at: CellAt): { sheet: SheetId; a1: string } {
  if ('setting' in at) {
    const keys = emu.inspect.values(SHEET_NAMES.settings).map((r) => String(r[0]));
    const row = keys.indexOf(at.setting) + 1;
    if (row === 0) throw new Error(`no setting ${at.setting}`);
    return { sheet: 'settings', a1: `${columnLetters(columnOf(emu, 'settings', COLUMN_HEADERS.settings.value))}${row}` };
  }
  return { sheet: at.sheet, a1: `${columnLetters(columnOf(emu, at.sheet, at.column))}${at.row + 1}` };
}

function typed(emu: Emulator, sheet: Sheet, a1: string, value: CellValue): void {
  const result = emu.userEdit(sheet, a1, value, SECRETARY);
  if (!result.accepted) throw new Error(result.message);
}

/**
 * Deleting rows or a column as Sheets does it: what was below or to the right moves up or left.
 * (The emulator has no deleteRow or deleteColumn: the sheet is written again without them. The
 * configuration's text columns are formatted as plain text, so every value stays what it was.)
 */
function rewrite(sheet: Sheet, keep: (grid: Grid) => Grid): void {
  const grid = sheet.getDataRange().getValues() as Grid;
  const kept = keep(grid);
  sheet.clearContents();
  const width = Math.max(1, ...kept.map((r) => r.length));
  if (kept.length > 0) sheet.getRange(1, 1, kept.length, width).setValues(kept.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? '')));
}

function deleteRows(sheet: Sheet, first: number, count: number): void {
  rewrite(sheet, (grid) => grid.filter((_, i) => i + 1 < first || i + 1 >= first + count));
}

function deleteColumn(sheet: Sheet, column: number): void {
  rewrite(sheet, (grid) => grid.map((row) => row.filter((_, i) => i + 1 !== column)));
}

/** Makes the case's edit, as the secretariat (typing) or a script (raw writes, structural changes). */
export function applyEdit(emu: Emulator, c: ConfigCase): void {
  const { edit, input } = c;
  const value = (): CellValue => {
    if (Array.isArray(input)) throw new Error('one value expected');
    return input as CellValue;
  };
  const cells = (): readonly CellValue[] => {
    if (!Array.isArray(input)) throw new Error('a row of values expected');
    return input as readonly CellValue[];
  };
  const ss = emu.activeSpreadsheet;
  emu.runAs(SECRETARY, () => {
    switch (edit.kind) {
      case 'type': {
        const { sheet, a1 } = cellOf(emu, edit.at);
        typed(emu, sheetOf(emu, sheet), a1, value());
        return;
      }
      case 'write': {
        const { sheet, a1 } = cellOf(emu, edit.at);
        sheetOf(emu, sheet).getRange(a1).setValue(value());
        return;
      }
      case 'renameSheet':
        sheetOf(emu, edit.sheet).setName(String(value()));
        return;
      case 'deleteSheet':
        ss.deleteSheet(sheetOf(emu, edit.sheet));
        return;
      case 'deleteAllSheets':
        // A spreadsheet keeps at least one sheet.
        ss.insertSheet('Trang trống');
        for (const name of Object.values(SHEET_NAMES)) ss.deleteSheet(ss.getSheetByName(name)!);
        return;
      case 'clearSheet':
        sheetOf(emu, edit.sheet).clear();
        return;
      case 'deleteDataRows': {
        const sheet = sheetOf(emu, edit.sheet);
        deleteRows(sheet, 2, sheet.getLastRow() - 1);
        return;
      }
      case 'deleteSettingRow': {
        const row = emu.inspect.values(SHEET_NAMES.settings).map((r) => String(r[0])).indexOf(edit.setting) + 1;
        deleteRows(sheetOf(emu, 'settings'), row, 1);
        return;
      }
      case 'addRow': {
        const sheet = sheetOf(emu, edit.sheet);
        const row = sheet.getLastRow() + 1;
        const block = [cells().map((v) => v)];
        const pasted = emu.userPaste(sheet, `A${row}:${columnLetters(block[0].length)}${row}`, block, SECRETARY);
        if (!pasted.accepted) throw new Error(pasted.message);
        return;
      }
      case 'renameColumn':
        typed(emu, sheetOf(emu, edit.sheet), `${columnLetters(columnOf(emu, edit.sheet, edit.column))}1`, value());
        return;
      case 'deleteColumn':
        deleteColumn(sheetOf(emu, edit.sheet), columnOf(emu, edit.sheet, edit.column));
        return;
      case 'addColumn': {
        const sheet = sheetOf(emu, edit.sheet);
        const [header, cell] = cells();
        const column = columnLetters(sheet.getLastColumn() + 1);
        typed(emu, sheet, `${column}1`, header);
        typed(emu, sheet, `${column}2`, cell);
        return;
      }
      case 'rowsAbove': {
        const sheet = sheetOf(emu, edit.sheet);
        sheet.insertRowsBefore(1, 2);
        typed(emu, sheet, 'A1', value());
        return;
      }
    }
  });
}

/** Every sheet's values, to show that a check changed nothing. */
export function everySheet(emu: Emulator): Record<string, Grid> {
  return Object.fromEntries(emu.inspect.sheetNames().map((name) => [name, emu.inspect.values(name) as Grid]));
}

/** What the add-on reads from the workbook now. */
export function configurationRead(emu: Emulator): ContestConfig | null {
  return emu.runAs(SECRETARY, () => readConfiguration(new SpreadsheetWorkbook(emu.activeSpreadsheet)).config);
}
