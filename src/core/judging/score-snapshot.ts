// The scores as they stood when judging was locked (khóa điểm): every score of every judge, kept in
// its own sheet with a checksum. A score changed afterwards, in a judge's sheet or in the snapshot
// itself, is detected and reported, never silently used.

import type { CellValue, Grid } from '../cell';
import { checksum } from '../checksum';
import type { Rubric } from '../config/model';
import { readWord, ROUND_WORDS, wordFor } from '../config/workbook-vocabulary';
import type { RoundId, ScoreSheet } from '../scoring/score-sheet';
import { tidy } from '../vn/text';
import { judgeKey } from './judging-model';

export const SNAPSHOT_SHEET = 'Điểm khi khóa';
export const SNAPSHOT_HEADER = ['Vòng', 'Mã bài', 'Giám khảo', 'Tiêu chí', 'Điểm'];
/** First and third cells of the line under the header: when it was locked, and the checksum. */
export const SNAPSHOT_STAMP = { lockedAt: 'Khóa lúc', checksum: 'Mã kiểm tra' } as const;

export interface SnapshotRow {
  round: RoundId;
  entryCode: string;
  /** The judge's e-mail in lower case. */
  judge: string;
  criterion: string;
  /** '' for a criterion not scored (blank is not zero). */
  value: number | '';
}

export interface SnapshotDifference {
  round: RoundId;
  entryCode: string;
  judge: string;
  criterion: string;
  before: number | '';
  after: number | '';
}

const ROUND_ORDER: readonly RoundId[] = ['preliminary', 'defence'];

// Code-unit order: the same on every machine, whatever its locale.
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function compareSheets(a: Pick<SnapshotRow, 'round' | 'entryCode' | 'judge'>, b: Pick<SnapshotRow, 'round' | 'entryCode' | 'judge'>): number {
  return ROUND_ORDER.indexOf(a.round) - ROUND_ORDER.indexOf(b.round) || compareText(a.entryCode, b.entryCode) || compareText(a.judge, b.judge);
}

/**
 * One row per criterion of every score sheet of a round with a rubric, ordered by round, entry,
 * judge, then rubric order. A score that is not a number is ''.
 */
export function snapshotRows(sheets: readonly ScoreSheet[], rubrics: Record<RoundId, Rubric | undefined>): SnapshotRow[] {
  const rows = sheets.flatMap((sheet) => {
    const rubric = rubrics[sheet.round];
    if (!rubric) return [];
    return rubric.criteria.map((c): SnapshotRow => {
      const value = sheet.scores[c.code];
      return { round: sheet.round, entryCode: sheet.entryCode, judge: judgeKey(sheet.judge), criterion: c.code, value: typeof value === 'number' ? value : '' };
    });
  });
  // Array.prototype.sort is stable: criteria keep their rubric order within a sheet.
  return rows.sort(compareSheets);
}

const rowKey = (r: Pick<SnapshotRow, 'round' | 'entryCode' | 'judge' | 'criterion'>): string => JSON.stringify([r.round, r.entryCode, judgeKey(r.judge), r.criterion]);

/**
 * checksum() of the rows sorted by every key: the same scores give the same checksum whatever
 * order they are listed in, so sorting the snapshot sheet by hand is not an edit of the scores.
 */
export function snapshotChecksum(rows: readonly SnapshotRow[]): string {
  const lines = rows.map((r) => JSON.stringify([r.round, r.entryCode, judgeKey(r.judge), r.criterion, r.value]));
  return checksum(lines.sort(compareText).join('\n'));
}

/** The snapshot sheet: the header, the line with the lock time and the checksum, then the rows. */
export function snapshotGrid(rows: readonly SnapshotRow[], lockedAt: Date): Grid {
  return [
    [...SNAPSHOT_HEADER],
    [SNAPSHOT_STAMP.lockedAt, lockedAt, SNAPSHOT_STAMP.checksum, snapshotChecksum(rows), ''],
    ...rows.map((r): CellValue[] => [wordFor(ROUND_WORDS, r.round), r.entryCode, r.judge, r.criterion, r.value]),
  ];
}

const text = (v: CellValue | undefined): string => (v === undefined ? '' : tidy(String(v)));

/**
 * Reads the snapshot sheet (from row 1); null when it is not one. A row that cannot be read (a round
 * word or a score edited into something else) is left out, which the checksum then shows: intact
 * is false whenever the rows read differ from the rows locked.
 */
export function readSnapshot(grid: Grid): { rows: SnapshotRow[]; storedChecksum: string; intact: boolean } | null {
  const [header, stamp] = grid;
  if (!header || !stamp || SNAPSHOT_HEADER.some((h, i) => text(header[i]) !== h)) return null;
  if (text(stamp[0]) !== SNAPSHOT_STAMP.lockedAt || text(stamp[2]) !== SNAPSHOT_STAMP.checksum) return null;
  const rows: SnapshotRow[] = [];
  for (const [roundWord, entryCode, judge, criterion, value] of grid.slice(2)) {
    const round = readWord(ROUND_WORDS, text(roundWord));
    const score = typeof value === 'number' ? value : text(value) === '' ? '' : undefined;
    if (round === undefined || score === undefined || text(entryCode) === '' || text(criterion) === '') continue;
    rows.push({ round, entryCode: text(entryCode), judge: judgeKey(text(judge)), criterion: text(criterion), value: score });
  }
  const storedChecksum = text(stamp[3]);
  return { rows, storedChecksum, intact: snapshotChecksum(rows) === storedChecksum };
}

/** The score sheets the snapshot holds, one per round, entry and judge; a blank score is not scored (null), never zero. */
export function snapshotScoreSheets(rows: readonly SnapshotRow[]): ScoreSheet[] {
  const sheets = new Map<string, { entryCode: string; judge: string; round: RoundId; scores: Record<string, number | null> }>();
  for (const row of rows) {
    const key = JSON.stringify([row.round, row.entryCode, row.judge]);
    let sheet = sheets.get(key);
    if (!sheet) sheets.set(key, (sheet = { entryCode: row.entryCode, judge: row.judge, round: row.round, scores: {} }));
    sheet.scores[row.criterion] = row.value === '' ? null : row.value;
  }
  return [...sheets.values()];
}

/**
 * Every score that differs between the snapshot and now, a cell missing on one side counting as
 * ''. Snapshot order first, then cells that only exist now.
 */
export function compareWithSnapshot(snapshot: readonly SnapshotRow[], current: readonly SnapshotRow[]): SnapshotDifference[] {
  const now = new Map(current.map((r) => [rowKey(r), r]));
  const before = new Map(snapshot.map((r) => [rowKey(r), r]));
  const differences: SnapshotDifference[] = [];
  const report = (r: SnapshotRow, was: number | '', is: number | ''): void => {
    if (was !== is) differences.push({ round: r.round, entryCode: r.entryCode, judge: judgeKey(r.judge), criterion: r.criterion, before: was, after: is });
  };
  for (const [key, r] of before) report(r, r.value, now.get(key)?.value ?? '');
  for (const [key, r] of now) if (!before.has(key)) report(r, '', r.value);
  return differences;
}
