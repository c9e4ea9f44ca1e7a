// The announced results as a sheet ("Kết quả đã công bố"): what the board announced, readable by
// anyone who opens the workbook, and read back to compare with results computed later. The last
// row holds when it was announced and the fingerprint that shows a hand edit.

import type { CellValue, Grid } from '../cell';
import { isIntact, type PublishedEntry, type PublishedResults } from './published-results';

export const ANNOUNCED_SHEET = 'Kết quả đã công bố';
export const ANNOUNCED_HEADER = ['Mã bài', 'Nhóm xét giải', 'Xếp hạng', 'Điểm chung cuộc', 'Giải', 'Tiền thưởng (đồng)'];
/** Columns kept as plain text: codes and prize codes are data, never numbers or formulas. */
export const ANNOUNCED_TEXT_COLUMNS = [0, 1, 4];
const STAMP = 'Công bố lúc';
const FINGERPRINT = 'Mã kiểm tra';

export function announcedRows(published: PublishedResults): Grid {
  const rows: Grid = published.entries.map((e) => [e.code, e.pool, e.rank ?? '', e.finalScore ?? '', e.prize, e.amount]);
  rows.push([STAMP, published.publishedAt, FINGERPRINT, published.checksum, '', '']);
  return rows;
}

export type AnnouncementReading =
  | { kind: 'intact'; published: PublishedResults }
  /** The sheet reads, but its content no longer matches the fingerprint: someone edited it. */
  | { kind: 'edited'; published: PublishedResults }
  /** A row (1-based, the header is row 1) is not what this sheet holds. */
  | { kind: 'unreadable'; row: number };

const optionalNumber = (v: CellValue): number | null | undefined => (v === '' ? null : typeof v === 'number' ? v : undefined);
const text = (v: CellValue): string => (typeof v === 'string' ? v : String(v));

/** Reads the sheet back (header row included, as getValues returns it). */
export function readAnnounced(grid: Grid): AnnouncementReading {
  const body = grid.slice(1).filter((row) => row.some((v) => v !== ''));
  const last = body.pop();
  if (!last || last[0] !== STAMP || last[2] !== FINGERPRINT) return { kind: 'unreadable', row: body.length + 2 };
  const entries: PublishedEntry[] = [];
  for (const [i, row] of body.entries()) {
    const [code, pool, rank, finalScore, prize, amount] = row;
    const r = optionalNumber(rank);
    const score = optionalNumber(finalScore);
    if (r === undefined || score === undefined || typeof amount !== 'number') return { kind: 'unreadable', row: i + 2 };
    entries.push({ code: text(code), pool: text(pool), rank: r, finalScore: score, prize: text(prize), amount });
  }
  const published: PublishedResults = { publishedAt: text(last[1]), entries, checksum: text(last[3]) };
  return { kind: isIntact(published) ? 'intact' : 'edited', published };
}
