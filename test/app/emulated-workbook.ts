// The app tests' common ground: a fresh emulated spreadsheet per test with its globals installed
// (the previous one's removed first, and the last one's after each test), and the Entries register
// read back as records by column header.

import { createEmulator, type Emulator } from '../emulator';
import { ENTRIES_SHEET } from '../../src/core/intake/entries-sheet';
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

/** The register's rows, each as { header: value }. */
export function registerRows(emu: Emulator): Record<string, unknown>[] {
  const values = emu.inspect.values(ENTRIES_SHEET);
  const header = values[0].map(String);
  return values.slice(1).map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
}
