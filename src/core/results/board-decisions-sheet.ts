// The organising board's decisions sheet ("Quyết định của Ban Tổ chức"): what the board decides
// that scores cannot. Special awards (Hậu Giang 2024: for an exceptional entry the board asks the
// chairman for "mức thưởng phù hợp") and the order of entries the tie-break chain left tied
// (research/vietnamese-domain.md §3.4: the board, not the software, separates them). The board
// types it; the add-on creates it once, blank, and afterwards only reads it.

import type { CellValue, Grid } from '../cell';
import { isDate } from '../cell-grid';
import type { BoardDecisions } from './results-model';

export const BOARD_DECISIONS_SHEET = 'Quyết định của Ban Tổ chức';

/** Two tables side by side, one header row: special awards (A–C), then tie orders (E–F). */
export const BOARD_DECISIONS_HEADER = ['Mã bài được giải đặc biệt', 'Tên giải đặc biệt', 'Tiền thưởng (đồng)', '', 'Nhóm bằng điểm', 'Mã bài (bài xếp trên ghi trước)'];
const COLUMN = { specialCode: 0, specialName: 1, specialAmount: 2, tieGroup: 4, tieCode: 5 } as const;
/** Codes and names stay text ("001" is a code, not a number); the amount and the group are numbers. */
export const BOARD_DECISIONS_TEXT_COLUMNS = [COLUMN.specialCode, COLUMN.specialName, COLUMN.tieCode];
export const BOARD_DECISIONS_MONEY_COLUMN = COLUMN.specialAmount;

/** A row the board typed that cannot be used as it is; the row is left out until it is corrected. */
export type BoardSheetProblem =
  | { kind: 'missingEntryCode'; row: number; part: 'special' | 'tie' }
  | { kind: 'unknownEntry'; row: number; part: 'special' | 'tie'; entryCode: string }
  | { kind: 'missingAwardName'; row: number; entryCode: string }
  | { kind: 'invalidAmount'; row: number; entryCode: string; amount: string }
  | { kind: 'duplicateSpecialAward'; row: number; entryCode: string }
  | { kind: 'invalidGroup'; row: number; entryCode: string; group: string }
  | { kind: 'duplicateTieEntry'; row: number; entryCode: string };

export interface BoardSheetReading {
  decisions: BoardDecisions;
  problems: BoardSheetProblem[];
}

const text = (v: CellValue | undefined): string => (v === undefined ? '' : isDate(v) ? v.toISOString() : String(v)).normalize('NFC').trim();

/** Whole đồng as typed: a number, or digits grouped with dots or spaces ("10.000.000", "10 000 000 đ"). */
function readAmount(v: CellValue | undefined): number | null {
  if (typeof v === 'number') return Number.isSafeInteger(v) && v >= 0 ? v : null;
  if (typeof v !== 'string') return null;
  const digits = v.replace(/\s*(đồng|đ)\s*$/i, '').trim();
  if (!/^\d{1,3}([.\s]\d{3})*$|^\d+$/.test(digits)) return null;
  const amount = Number(digits.replace(/[.\s]/g, ''));
  return Number.isSafeInteger(amount) ? amount : null;
}

/** A group number: a whole number from 1, typed as a number or as digits. */
function readGroup(v: CellValue | undefined): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  return Number.isSafeInteger(n) && n >= 1 ? n : null;
}

/**
 * Reads the sheet (header row included, as getValues returns it). Entry codes are matched to
 * `entryCodes` whatever their case and written back as the register spells them. Columns are
 * found by their header, so a column the board moved is still read. A row that cannot be used is
 * reported and left out, and its other part (the other table on the same row) is still read.
 */
export function readBoardDecisions(grid: Grid, entryCodes: readonly string[]): BoardSheetReading {
  const header = (grid[0] ?? []).map(text);
  const at = (column: number): number => {
    const found = header.indexOf(BOARD_DECISIONS_HEADER[column]);
    return found >= 0 ? found : column;
  };
  const canonical = new Map(entryCodes.map((code) => [code.toUpperCase(), code]));
  const problems: BoardSheetProblem[] = [];
  const specialAwards: NonNullable<BoardDecisions['specialAwards']> = [];
  const awarded = new Set<string>();
  const groups = new Map<number, string[]>();
  const ordered = new Set<string>();

  grid.slice(1).forEach((cells, i) => {
    const row = i + 2;
    const cell = (column: number): CellValue | undefined => cells[at(column)];

    const typedCode = text(cell(COLUMN.specialCode));
    const name = text(cell(COLUMN.specialName));
    const rawAmount = cell(COLUMN.specialAmount);
    if (typedCode !== '' || name !== '' || text(rawAmount) !== '') {
      const entryCode = canonical.get(typedCode.toUpperCase());
      const amount = readAmount(rawAmount);
      if (typedCode === '') problems.push({ kind: 'missingEntryCode', row, part: 'special' });
      else if (!entryCode) problems.push({ kind: 'unknownEntry', row, part: 'special', entryCode: typedCode });
      else if (awarded.has(entryCode)) problems.push({ kind: 'duplicateSpecialAward', row, entryCode });
      else if (name === '') problems.push({ kind: 'missingAwardName', row, entryCode });
      else if (amount === null) problems.push({ kind: 'invalidAmount', row, entryCode, amount: text(rawAmount) });
      else {
        awarded.add(entryCode);
        specialAwards.push({ entryCode, name, amount });
      }
    }

    const typedTieCode = text(cell(COLUMN.tieCode));
    const rawGroup = cell(COLUMN.tieGroup);
    if (typedTieCode !== '' || text(rawGroup) !== '') {
      const entryCode = canonical.get(typedTieCode.toUpperCase());
      const group = readGroup(rawGroup);
      if (typedTieCode === '') problems.push({ kind: 'missingEntryCode', row, part: 'tie' });
      else if (!entryCode) problems.push({ kind: 'unknownEntry', row, part: 'tie', entryCode: typedTieCode });
      else if (group === null) problems.push({ kind: 'invalidGroup', row, entryCode, group: text(rawGroup) });
      else if (ordered.has(entryCode)) problems.push({ kind: 'duplicateTieEntry', row, entryCode });
      else {
        ordered.add(entryCode);
        const codes = groups.get(group);
        if (codes) codes.push(entryCode);
        else groups.set(group, [entryCode]);
      }
    }
  });

  const decisions: BoardDecisions = {};
  if (specialAwards.length > 0) decisions.specialAwards = specialAwards;
  if (groups.size > 0) decisions.tieOrders = [...groups].sort(([a], [b]) => a - b).map(([, codes]) => codes);
  return { decisions, problems };
}
