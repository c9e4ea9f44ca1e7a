// Rows pasted from Excel or Google Sheets into a list of the wizard. Both copy a block of cells as
// tab-separated lines, quoting a cell that holds a tab, a line break or a quote ("" inside).
// A line that cannot become a row is returned with the reason, so the page keeps it for the clerk
// to correct: nothing pasted is lost.

import type { Category, Member } from '../../core/config/model';
import { LIST_CODE } from '../../core/config/validation';
import { COLUMN_HEADERS, MEMBER_ROLE_WORDS, foldText, readWord } from '../../core/config/workbook-vocabulary';

export type PasteRejection =
  | { reason: 'tooManyColumns'; line: number; count: number; most: number }
  | { reason: 'roleUnknown'; line: number; value: string };

export interface PasteResult<T> {
  rows: T[];
  /** The lines not added, with the cells as pasted, joined again by tabs. */
  rejected: { text: string; rejection: PasteRejection }[];
  /** The first line was the configuration sheet's header row, copied along with the data. */
  headerSkipped: boolean;
}

/** Splits pasted text into rows of cells; an unclosed quote means the text was not quoted at all. */
export function readTabular(text: string): string[][] {
  const source = text.replace(/\r\n?/g, '\n');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let cellStart = true;
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i];
    if (quoted) {
      if (ch !== '"') cell += ch;
      else if (source[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else quoted = false;
      continue;
    }
    if (ch === '"' && cellStart) {
      quoted = true;
      cellStart = false;
      continue;
    }
    cellStart = ch === '\t' || ch === '\n';
    if (ch === '\t') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (quoted) return source.split('\n').map((line) => line.split('\t'));
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** The cells of a row as a person means them: NFC, trimmed, without the empty cells at the end. */
function cleanCells(cells: readonly string[]): string[] {
  const clean = cells.map((c) => c.normalize('NFC').trim());
  while (clean.length > 0 && clean[clean.length - 1] === '') clean.pop();
  return clean;
}

function isHeader(cells: readonly string[], header: readonly string[]): boolean {
  return cells.length > 0 && cells.every((cell, i) => i < header.length && foldText(cell) === foldText(header[i]));
}

type RowReading<T> = { row: T } | { rejection: PasteRejection };

/** Reads each non-empty row with `read`, which returns the item or why the line cannot be one. */
function readRows<T>(text: string, header: readonly string[], read: (cells: string[], line: number) => RowReading<T>): PasteResult<T> {
  const result: PasteResult<T> = { rows: [], rejected: [], headerSkipped: false };
  readTabular(text).forEach((raw, index) => {
    const cells = cleanCells(raw);
    if (cells.length === 0) return;
    if (index === 0 && isHeader(cells, header)) {
      result.headerSkipped = true;
      return;
    }
    const line = index + 1;
    const reading: RowReading<T> =
      cells.length > header.length ? { rejection: { reason: 'tooManyColumns', line, count: cells.length, most: header.length } } : read(cells, line);
    if ('row' in reading) result.rows.push(reading.row);
    else result.rejected.push({ text: raw.join('\t'), rejection: reading.rejection });
  });
  return result;
}

/**
 * Rows of code⇥name (categories, units). A single cell that cannot be a code (it has a space, as
 * unit names do) is a name: a clerk often has a column of names and no codes yet.
 */
export function readCodedRows(text: string, header: readonly [string, string]): PasteResult<Category> {
  return readRows<Category>(text, header, (cells) => ({
    row: cells.length === 1 && !LIST_CODE.test(cells[0]) ? { code: '', name: cells[0] } : { code: cells[0], name: cells[1] ?? '' },
  }));
}

const MEMBER_HEADER = [
  COLUMN_HEADERS.members.name,
  COLUMN_HEADERS.members.email,
  COLUMN_HEADERS.members.role,
  COLUMN_HEADERS.members.unit,
  COLUMN_HEADERS.members.position,
] as const;

/** Rows of name⇥email⇥role⇥unit⇥position; the role is any word the members sheet accepts. */
export function readMemberRows(text: string): PasteResult<Member> {
  return readRows<Member>(text, MEMBER_HEADER, (cells, line) => {
    const [name = '', email = '', roleText = '', unit = '', position = ''] = cells;
    const role = readWord(MEMBER_ROLE_WORDS, roleText);
    if (role === undefined) return { rejection: { reason: 'roleUnknown', line, value: roleText } };
    return { row: { name, email, role, unit, position } };
  });
}
