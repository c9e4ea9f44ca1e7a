// What use cases need from the outside world. src/workspace implements these over Apps Script;
// tests and the demo use the same implementations over the emulator.

import type { Grid } from '../core/cell';

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
}
