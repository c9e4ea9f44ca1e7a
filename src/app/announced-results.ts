// Use cases over the announced results: announce (store what was published, keeping any earlier
// announcement under a new name) and compare results computed later with what was announced.

import { ANNOUNCED_HEADER, ANNOUNCED_SHEET, ANNOUNCED_TEXT_COLUMNS, announcedRows, readAnnounced, type AnnouncementReading } from '../core/results/announced-sheet';
import { changesSinceAnnouncement, publishResults, type ResultChange } from '../core/results/published-results';
import type { ContestResults } from '../core/results/results-model';
import type { WorkbookPort } from './ports';

/** Stores the results as announced. An earlier announcement is renamed with `archiveSuffix`, never overwritten. */
export function announceResults(workbook: WorkbookPort, results: ContestResults, publishedAt: string, archiveSuffix: string): { archived: string[] } {
  const archived = workbook.archiveSheets([ANNOUNCED_SHEET], archiveSuffix);
  const published = publishResults(results, publishedAt);
  workbook.writeSheets([{ name: ANNOUNCED_SHEET, header: ANNOUNCED_HEADER, rows: announcedRows(published), textColumns: ANNOUNCED_TEXT_COLUMNS }]);
  return { archived };
}

export interface AnnouncementComparison {
  /** null when nothing has been announced. */
  announcement: AnnouncementReading | null;
  /** What differs from the announcement; the board must approve each before it is published. */
  changes: ResultChange[];
}

export function compareWithAnnouncement(workbook: WorkbookPort, results: ContestResults): AnnouncementComparison {
  const grid = workbook.readSheets([ANNOUNCED_SHEET]).get(ANNOUNCED_SHEET);
  if (!grid) return { announcement: null, changes: [] };
  const announcement = readAnnounced(grid);
  return { announcement, changes: announcement.kind === 'unreadable' ? [] : changesSinceAnnouncement(announcement.published, results) };
}
