// Use cases over the configuration sheets: write a configuration (from a preset or the wizard)
// and read it back, with every problem found on the way.

import type { ContestConfig } from '../core/config/model';
import { decodeConfig, encodeConfig } from '../core/config/sheet-codec';
import { CONFIG_SHEET_NAMES } from '../core/config/workbook-vocabulary';
import { validateConfig } from '../core/config/validation';
import { hasErrors, type Problem } from '../core/problem';
import type { WorkbookPort } from './ports';

export interface WrittenConfiguration {
  written: string[];
  /** Earlier configuration sheets, kept under their new names. */
  archived: string[];
  problems: Problem[];
}

export interface ReadConfiguration {
  /** False when the spreadsheet has none of the configuration sheets. */
  found: boolean;
  config: ContestConfig | null;
  problems: Problem[];
}

/** The configuration sheets this spreadsheet already has. */
export function existingConfigurationSheets(workbook: WorkbookPort): string[] {
  return workbook.presentSheets(CONFIG_SHEET_NAMES);
}

/**
 * Writes the configuration sheets. Sheets of an earlier configuration are renamed with
 * `archiveSuffix` first, so setting up again never loses what the secretariat typed.
 */
export function writeConfiguration(
  config: ContestConfig,
  workbook: WorkbookPort,
  archiveSuffix: string,
): WrittenConfiguration {
  const archived = workbook.archiveSheets(CONFIG_SHEET_NAMES, archiveSuffix);
  const tables = encodeConfig(config);
  workbook.writeSheets(
    tables.map((t) => ({ name: t.sheet, header: t.header, rows: t.rows, textColumns: t.textColumns, notes: t.notes })),
  );
  return { written: tables.map((t) => t.sheet), archived, problems: validateConfig(config) };
}

export function readConfiguration(workbook: WorkbookPort): ReadConfiguration {
  const grids = workbook.readSheets(CONFIG_SHEET_NAMES);
  if (grids.size === 0) return { found: false, config: null, problems: [] };
  const { config, problems } = decodeConfig(Object.fromEntries(grids));
  return { found: true, config, problems };
}

/** The configuration when it reads without errors, else null: what intake and triggers work from. */
export function usableConfiguration(workbook: WorkbookPort): ContestConfig | null {
  const { config, problems } = readConfiguration(workbook);
  return config && !hasErrors(problems) ? config : null;
}
