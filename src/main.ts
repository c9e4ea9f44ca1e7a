// The Apps Script surface: every export here becomes a top-level function in build/Code.js
// (scripts/build.mjs), and nothing else does. google.script.run can call any global function,
// so nothing is exported that a user should not be able to run.

import { SpreadsheetWorkbook } from './workspace/spreadsheet-workbook';
import { localeFromTag, type Locale } from './ui/locale';
import { addAddOnMenu } from './ui/menu';
import { runCheckFlow } from './ui/check-flow';
import { runSetUpFlow } from './ui/set-up-flow';
import { reportingErrors } from './ui/user-errors';
import { intakeWording, runCreateFormFlow, runDailyIntakeCheck, runSyncFlow, runUnitsReportFlow } from './ui/intake-flow';
import { ensureSubmitTrigger, receiveResponse, type IntakePorts } from './app/intake';
import { usableConfiguration } from './app/contest-configuration';
import { GoogleForms, responseData } from './workspace/google-form';
import { AppsScriptMail, DocumentLock, DocumentState, ScriptTriggers } from './workspace/script-services';
import { appsScriptJudgingPorts } from './workspace/judging-ports';
import { recordScoreEdit, type JudgingPorts } from './app/judging';
import { judgingWording, runAssignFlow, runDailyJudgingCheck, runLockFlow, runRemindFlow, runScoringSheetsFlow, runSyncScoresFlow } from './ui/judging-flow';
import { resultsPortsOf, runComputeResultsFlow } from './ui/results-flow';
import { computeContest } from './app/results';
import { runDocumentsContinuation, runGenerateDocumentsFlow } from './ui/documents-flow';
import { documentsText } from './ui/messages/documents-text';
import { appsScriptDocumentsPorts } from './workspace/documents-ports';
import { firstRunToday } from './ui/daily-run';

export { CCHC_AGGREGATE, CCHC_MONEY, CCHC_MONEY_WORDS, CCHC_PRIZE, CCHC_RANK } from './functions';

function userLocale(): Locale {
  // An add-on's onOpen may run before authorisation (AuthMode.NONE); if the locale cannot be read
  // there, the menu still appears, in Vietnamese.
  try {
    return localeFromTag(Session.getActiveUserLocale());
  } catch {
    return 'vi';
  }
}

/** A menu item's work, in the user's language; an error becomes a message saying what to do, never a stack trace. */
function fromMenu(run: (ui: GoogleAppsScript.Base.Ui, locale: Locale) => void): void {
  const ui = SpreadsheetApp.getUi();
  const locale = userLocale();
  reportingErrors(ui, locale, () => run(ui, locale));
}

/** Adds the add-on menu when the spreadsheet opens (the menu is the same in every auth mode). */
export function onOpen(): void {
  addAddOnMenu(SpreadsheetApp.getUi(), userLocale());
}

/** Runs when the add-on is installed: shows the menu at once, without reopening the file. */
export function onInstall(): void {
  onOpen();
}

/** Menu: "Thiết lập cuộc thi…". */
export function menuSetUpContest(): void {
  const ui = SpreadsheetApp.getUi();
  const locale = userLocale();
  reportingErrors(ui, locale, () => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const timestamp = Utilities.formatDate(new Date(), spreadsheet.getSpreadsheetTimeZone(), 'dd/MM/yyyy HH:mm');
    runSetUpFlow({ ui, spreadsheet, workbook: new SpreadsheetWorkbook(spreadsheet), locale, timestamp });
  });
}

/** Menu: "Kiểm tra cấu hình". */
export function menuCheckConfiguration(): void {
  const ui = SpreadsheetApp.getUi();
  const locale = userLocale();
  reportingErrors(ui, locale, () => {
    runCheckFlow(ui, new SpreadsheetWorkbook(SpreadsheetApp.getActiveSpreadsheet()), locale);
  });
}

function intakePorts(): IntakePorts {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return {
    workbook: new SpreadsheetWorkbook(spreadsheet),
    forms: new GoogleForms(spreadsheet.getId()),
    triggers: new ScriptTriggers(),
    mail: new AppsScriptMail(),
    state: new DocumentState(),
    lock: new DocumentLock(),
  };
}

/** Menu: "Tạo biểu mẫu dự thi". */
export function menuCreateEntryForm(): void {
  fromMenu((ui, locale) => runCreateFormFlow(intakePorts(), ui, locale));
}

/** Menu: "Đồng bộ bài dự thi". */
export function menuSyncEntries(): void {
  fromMenu((ui, locale) => runSyncFlow(intakePorts(), ui, locale));
}

/** Menu: "Báo cáo đơn vị chưa có bài". */
export function menuUnitsReport(): void {
  fromMenu((ui, locale) => runUnitsReportFlow(intakePorts(), ui, locale));
}

/** The entry form's submit trigger: one response into the register (no UI: errors go to the log). */
export function onEntrySubmitted(e: GoogleAppsScript.Events.FormsOnFormSubmit): void {
  const ports = intakePorts();
  const config = usableConfiguration(ports.workbook);
  // Without a usable configuration the response stays in the form; the daily sync takes it later.
  if (!config) return;
  receiveResponse(config, ports, intakeWording(config), responseData(e.response));
}

/**
 * The time-driven trigger. An add-on has one per user per document (research §1.4), so this one
 * does everything timed (its name predates judging): once a day it re-creates a lost submit
 * trigger, syncs missed responses, sends queued receipts, locks judging after its deadline and
 * reminds judges before it; while documents wait to be made it runs hourly and makes the next ones.
 */
export function dailyIntakeCheck(): void {
  const started = new Date().getTime();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (firstRunToday(new DocumentState(), Utilities.formatDate(new Date(), spreadsheet.getSpreadsheetTimeZone(), 'yyyy-MM-dd'))) {
    runDailyIntakeCheck(intakePorts());
    runDailyJudgingCheck(judgingPorts());
  }
  runDocumentsContinuation(appsScriptDocumentsPorts(spreadsheet, () => undefined), started);
}

/** Installable open trigger: when the spreadsheet opens, a lost submit trigger is re-created at once. */
export function intakeCheckOnOpen(): void {
  ensureSubmitTrigger(intakePorts());
}

function judgingPorts(): JudgingPorts {
  return appsScriptJudgingPorts(SpreadsheetApp.getActiveSpreadsheet(), judgingWording());
}

/** Menu: "Phân công giám khảo". */
export function menuAssignJudges(): void {
  fromMenu((ui, locale) => runAssignFlow(judgingPorts(), ui, locale));
}

/** Menu: "Tạo / cập nhật phiếu chấm". */
export function menuScoringSheets(): void {
  fromMenu((ui, locale) => runScoringSheetsFlow(judgingPorts(), ui, locale));
}

/** Menu: "Cập nhật điểm và tiến độ chấm". */
export function menuSyncScores(): void {
  fromMenu((ui, locale) => runSyncScoresFlow(judgingPorts(), ui, locale));
}

/** Menu: "Khóa chấm điểm". */
export function menuLockScoring(): void {
  fromMenu((ui, locale) => runLockFlow(judgingPorts(), ui, locale));
}

/** Menu: "Nhắc giám khảo chấm bài". */
export function menuRemindJudges(): void {
  fromMenu((ui, locale) => runRemindFlow(judgingPorts(), ui, locale));
}

/** Menu: "Tính kết quả". */
export function menuComputeResults(): void {
  fromMenu((ui, locale) => runComputeResultsFlow(resultsPortsOf(judgingPorts()), ui, locale));
}

/** Menu: "Tạo văn bản". Each document made is counted in a toast, as a batch can take minutes. */
export function menuCreateDocuments(): void {
  fromMenu((ui, locale) => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const t = documentsText[locale];
    const ports = appsScriptDocumentsPorts(spreadsheet, (done, total) => spreadsheet.toast(t.progress(done, total), t.title));
    const timeOf = (d: Date): string => Utilities.formatDate(d, spreadsheet.getSpreadsheetTimeZone(), 'HH:mm');
    runGenerateDocumentsFlow(ports, ui, locale, (config) => computeContest(config, resultsPortsOf(judgingPorts())), timeOf);
  });
}

/**
 * Installable edit trigger of this spreadsheet (shared mode): a judge's score edit is appended to
 * the audit log. `e.user` is empty when Apps Script does not reveal the editor (other domains).
 */
export function onScoreEdited(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const range = e.range;
  recordScoreEdit(judgingPorts(), {
    sheetName: range.getSheet().getName(),
    firstRow: range.getRow(),
    rowCount: range.getNumRows(),
    editor: e.user ? e.user.getEmail() : '',
  });
}
