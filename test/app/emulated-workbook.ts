// The app tests' common ground: a fresh emulated spreadsheet per test with its globals installed
// (the previous one's removed first, and the last one's after each test), and the Entries register
// read back as records by column header or built row by row for a test.

import { createEmulator, type Emulator } from '../emulator';
import type { CellValue } from '../../src/core/cell';
import { ENTRIES_SHEET, ENTRY_COLUMNS, RAW_PREFIX } from '../../src/core/intake/entries-sheet';
import { ATTACHMENT_LINK_QUESTION } from '../../src/core/intake/form-spec';
import { SpreadsheetWorkbook } from '../../src/workspace/spreadsheet-workbook';

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

export function freshWorkbook(options: Parameters<typeof createEmulator>[0] = {}): { emu: Emulator; workbook: SpreadsheetWorkbook } {
  uninstall?.();
  const emu = createEmulator({ latency: 'off', ...options });
  uninstall = emu.install();
  return { emu, workbook: new SpreadsheetWorkbook(emu.activeSpreadsheet) };
}

/** The register's rows, each as { header: value }; none before the sheet exists. */
export function registerRows(emu: Emulator): Record<string, CellValue>[] {
  if (!emu.inspect.sheetNames().includes(ENTRIES_SHEET)) return [];
  const values = emu.inspect.values(ENTRIES_SHEET);
  const header = values[0].map(String);
  return values.slice(1).map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
}

/** The register's columns as intake writes them for a form whose only extra question is the link. */
export const REGISTER_HEADER: string[] = [...Object.values(ENTRY_COLUMNS), RAW_PREFIX + ATTACHMENT_LINK_QUESTION];

/** A register row from the cells a test names, by header; every other cell empty. */
export function registerLine(cells: Readonly<Record<string, CellValue>>): CellValue[] {
  return REGISTER_HEADER.map((h) => cells[h] ?? '');
}
