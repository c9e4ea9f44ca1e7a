// The replication use cases' ports over Apps Script, for the contest's spreadsheet.

import type { ReplicationPorts, ReplicationWording } from '../app/replication';
import { GoogleDocuments } from './google-documents';
import { GoogleForms } from './google-form';
import { AppsScriptMail, DocumentLock, DocumentState } from './script-services';
import { SpreadsheetWorkbook } from './spreadsheet-workbook';

/** `now` is the clock (Apps Script's own in production); "today" is its day in the spreadsheet's time zone. */
export function appsScriptReplicationPorts(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, wording: ReplicationWording, now: () => Date = () => new Date()): ReplicationPorts {
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  return {
    workbook: new SpreadsheetWorkbook(spreadsheet),
    forms: new GoogleForms(spreadsheet.getId()),
    mail: new AppsScriptMail(),
    files: new GoogleDocuments(),
    state: new DocumentState(),
    lock: new DocumentLock(),
    now,
    today: () => Utilities.formatDate(now(), timeZone, 'yyyy-MM-dd'),
    wording,
  };
}
