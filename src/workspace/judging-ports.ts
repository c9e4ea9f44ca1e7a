// The judging use cases' ports over Apps Script, for the contest's spreadsheet.

import type { JudgingPorts, JudgingWording } from '../app/judging';
import { AppsScriptJudgeSheets } from './judge-sheets';
import { AppsScriptMail, DocumentLock, DocumentState, ScriptTriggers } from './script-services';
import { SpreadsheetWorkbook } from './spreadsheet-workbook';

/** `now` is the clock (Apps Script's own in production); "today" is its day in the spreadsheet's time zone. */
export function appsScriptJudgingPorts(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, wording: JudgingWording, now: () => Date = () => new Date()): JudgingPorts {
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  return {
    workbook: new SpreadsheetWorkbook(spreadsheet),
    judgeSheets: new AppsScriptJudgeSheets(spreadsheet),
    triggers: new ScriptTriggers(),
    mail: new AppsScriptMail(),
    state: new DocumentState(),
    lock: new DocumentLock(),
    now,
    today: () => Utilities.formatDate(now(), timeZone, 'yyyy-MM-dd'),
    wording,
  };
}
