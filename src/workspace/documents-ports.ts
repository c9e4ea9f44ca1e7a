// The documents use case's ports over Apps Script, for the contest's spreadsheet.

import type { DocumentsPorts } from '../app/documents';
import { GoogleDocuments } from './google-documents';
import { DocumentLock, DocumentState, ScriptTriggers } from './script-services';
import { SpreadsheetWorkbook } from './spreadsheet-workbook';

/** `progress` shows how far a batch is (a toast from the menu; nothing from a trigger). */
export function appsScriptDocumentsPorts(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  progress: (done: number, total: number) => void,
  now: () => Date = () => new Date(),
): DocumentsPorts {
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  return {
    workbook: new SpreadsheetWorkbook(spreadsheet),
    files: new GoogleDocuments(),
    triggers: new ScriptTriggers(),
    state: new DocumentState(),
    lock: new DocumentLock(),
    now,
    today: () => Utilities.formatDate(now(), timeZone, 'yyyy-MM-dd'),
    progress,
  };
}
