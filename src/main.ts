// The Apps Script surface: every export here becomes a top-level function in build/Code.js
// (scripts/build.mjs), and nothing else does. google.script.run can call any global function,
// so nothing is exported that a user should not be able to run.

import { SpreadsheetWorkbook } from './workspace/spreadsheet-workbook';
import { localeFromTag, type Locale } from './ui/locale';
import { addAddOnMenu } from './ui/menu';
import { runCheckFlow } from './ui/check-flow';
import { alertDialogs } from './ui/dialogs';
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
import { appsScriptDocumentsPorts } from './workspace/documents-ports';
import { firstRunToday } from './ui/daily-run';
import { dashboardView } from './app/dashboard';
import { uiText } from './ui/messages/ui-text';
import { DASHBOARD_PAGE, WIZARD_PAGE, WIZARD_SIZE } from './ui/pages';
import { showDialogPage, showSidebarPage } from './workspace/html-pages';
import type { DashboardView, ProgressView, StepId, StepOutcome, WizardSaveOutcome, WizardStart } from './ui/sidebar-contract';
import { runSidebarStep, type StepRunner } from './ui/sidebar-flow';
import { currentProgress } from './ui/step-progress';
import { saveWizardDraft, wizardStartingPoint, wizardStartView } from './ui/wizard-flow';
import type { ContestConfig } from './core/config/model';
import type { PresetId } from './core/config/presets';
import { judgedOutcome, type ReplicationPorts } from './app/replication';
import { appsScriptReplicationPorts } from './workspace/replication-ports';
import {
  replicationWording,
  runRemindAgenciesFlow,
  runReplicationReportFlow,
  runUpdateInitiativesFlow,
  runUpdateReplicationFlow,
  runYearlySummaryFlow,
} from './ui/replication-flow';

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

function timeZone(): string {
  return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
}

/** The steps the menu and the dashboard's buttons run, each in the user's language. */
const STEPS: Readonly<Record<StepId, StepRunner>> = {
  createForm: (dialogs, locale) => runCreateFormFlow(intakePorts(), dialogs, locale),
  syncEntries: (dialogs, locale) => runSyncFlow(intakePorts(), dialogs, locale),
  unitsReport: (dialogs, locale) => runUnitsReportFlow(intakePorts(), dialogs, locale),
  assignJudges: (dialogs, locale) => runAssignFlow(judgingPorts(), dialogs, locale),
  scoringSheets: (dialogs, locale) => runScoringSheetsFlow(judgingPorts(), dialogs, locale),
  syncScores: (dialogs, locale) => runSyncScoresFlow(judgingPorts(), dialogs, locale),
  lockScoring: (dialogs, locale) => runLockFlow(judgingPorts(), dialogs, locale),
  remindJudges: (dialogs, locale) => runRemindFlow(judgingPorts(), dialogs, locale),
  computeResults: (dialogs, locale) => runComputeResultsFlow(resultsPortsOf(judgingPorts()), dialogs, locale),
  createDocuments: (dialogs, locale, progress) => {
    const ports = appsScriptDocumentsPorts(SpreadsheetApp.getActiveSpreadsheet(), progress);
    const timeOf = (d: Date): string => Utilities.formatDate(d, timeZone(), 'HH:mm');
    runGenerateDocumentsFlow(ports, dialogs, locale, (config) => computeContest(config, resultsPortsOf(judgingPorts())), timeOf);
  },
  updateInitiatives: (dialogs, locale) => runUpdateInitiativesFlow(replicationPorts(), dialogs, locale, contestOutcome),
  updateReplication: (dialogs, locale) => runUpdateReplicationFlow(replicationPorts(), dialogs, locale),
  remindAgencies: (dialogs, locale) => runRemindAgenciesFlow(replicationPorts(), dialogs, locale),
  yearlySummary: (dialogs, locale) => runYearlySummaryFlow(replicationPorts(), dialogs, locale, contestOutcome),
  replicationReport: (dialogs, locale) => runReplicationReportFlow(replicationPorts(), dialogs, locale),
};

function replicationPorts(): ReplicationPorts {
  return appsScriptReplicationPorts(SpreadsheetApp.getActiveSpreadsheet(), replicationWording());
}

function contestOutcome(config: ContestConfig): ReturnType<typeof judgedOutcome> {
  return judgedOutcome(config, resultsPortsOf(judgingPorts()));
}

/**
 * A menu item's step, in the user's language: its messages are alerts, its progress a toast (a
 * batch of documents takes minutes), an error a message saying what to do, never a stack trace.
 */
function fromMenu(step: StepId): void {
  const ui = SpreadsheetApp.getUi();
  const locale = userLocale();
  const dialogs = alertDialogs(ui);
  let spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet | undefined;
  const toast = (done: number, total: number): void => {
    spreadsheet ??= SpreadsheetApp.getActiveSpreadsheet();
    spreadsheet.toast(uiText[locale].progress(done, total), uiText[locale].menu[step]);
  };
  reportingErrors(dialogs, locale, () => STEPS[step](dialogs, locale, toast));
}

/** Opens a page from the menu; an error is an alert like any step's. */
function openPage(open: (locale: Locale) => void): void {
  const locale = userLocale();
  reportingErrors(alertDialogs(SpreadsheetApp.getUi()), locale, () => open(locale));
}

/** Adds the add-on menu when the spreadsheet opens (the menu is the same in every auth mode). */
export function onOpen(): void {
  addAddOnMenu(SpreadsheetApp.getUi(), userLocale());
}

/** Runs when the add-on is installed: shows the menu at once, without reopening the file. */
export function onInstall(): void {
  onOpen();
}

/** Menu: "Mở bảng điều khiển": the sidebar (opening it again reloads it). */
export function menuOpenDashboard(): void {
  openPage((locale) => showSidebarPage(DASHBOARD_PAGE, uiText[locale].dashboard.title));
}

/** Menu: "Thiết lập cuộc thi…": the set-up wizard, a dialog. */
export function menuSetUpContest(): void {
  openPage((locale) => showDialogPage(WIZARD_PAGE, uiText[locale].wizard.title, WIZARD_SIZE));
}

/** Menu: "Kiểm tra cấu hình". */
export function menuCheckConfiguration(): void {
  const ui = SpreadsheetApp.getUi();
  const locale = userLocale();
  const dialogs = alertDialogs(ui);
  reportingErrors(dialogs, locale, () => runCheckFlow(dialogs, new SpreadsheetWorkbook(SpreadsheetApp.getActiveSpreadsheet()), locale));
}

function dashboard(locale: Locale): DashboardView {
  const state = new DocumentState();
  const view = dashboardView({ workbook: new SpreadsheetWorkbook(SpreadsheetApp.getActiveSpreadsheet()), state }, locale);
  return { ...view, progress: currentProgress(state) };
}

/** Dashboard: everything it shows, in one call. */
export function sidebarDashboard(): DashboardView {
  return dashboard(userLocale());
}

/** Dashboard: a step's button. `confirmed`: the person agreed to the step's question. */
export function sidebarRunStep(step: StepId, confirmed: boolean): StepOutcome {
  const locale = userLocale();
  return runSidebarStep(step, confirmed, { locale, steps: STEPS, state: new DocumentState(), dashboard: () => dashboard(locale) });
}

/** Dashboard: how far the running step is, read while it runs (another execution). */
export function sidebarProgress(): ProgressView | null {
  return currentProgress(new DocumentState());
}

/** Wizard: the presets and the configuration the sheets hold now. */
export function wizardStart(): WizardStart {
  return wizardStartView(new SpreadsheetWorkbook(SpreadsheetApp.getActiveSpreadsheet()), userLocale());
}

/** Wizard: a preset's configuration, or the blank one, to edit. */
export function wizardPreset(id: PresetId | 'blank'): ContestConfig {
  return wizardStartingPoint(id, Number(Utilities.formatDate(new Date(), timeZone(), 'yyyy')), userLocale());
}

/** Wizard: saves the draft into the configuration sheets when it has no errors. */
export function wizardSave(config: ContestConfig): WizardSaveOutcome {
  const locale = userLocale();
  const stamp = Utilities.formatDate(new Date(), timeZone(), 'dd/MM/yyyy HH:mm');
  return saveWizardDraft(new SpreadsheetWorkbook(SpreadsheetApp.getActiveSpreadsheet()), config, locale, uiText[locale].setUp.archiveSuffix(stamp));
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
  fromMenu('createForm');
}

/** Menu: "Đồng bộ bài dự thi". */
export function menuSyncEntries(): void {
  fromMenu('syncEntries');
}

/** Menu: "Báo cáo đơn vị chưa có bài". */
export function menuUnitsReport(): void {
  fromMenu('unitsReport');
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
  if (firstRunToday(new DocumentState(), Utilities.formatDate(new Date(), timeZone(), 'yyyy-MM-dd'))) {
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
  fromMenu('assignJudges');
}

/** Menu: "Tạo / cập nhật phiếu chấm". */
export function menuScoringSheets(): void {
  fromMenu('scoringSheets');
}

/** Menu: "Cập nhật điểm và tiến độ chấm". */
export function menuSyncScores(): void {
  fromMenu('syncScores');
}

/** Menu: "Khóa chấm điểm". */
export function menuLockScoring(): void {
  fromMenu('lockScoring');
}

/** Menu: "Nhắc giám khảo chấm bài". */
export function menuRemindJudges(): void {
  fromMenu('remindJudges');
}

/** Menu: "Tính kết quả". */
export function menuComputeResults(): void {
  fromMenu('computeResults');
}

/** Menu: "Tạo văn bản". */
export function menuCreateDocuments(): void {
  fromMenu('createDocuments');
}

/** Menu: "Cập nhật danh mục sáng kiến được công nhận". */
export function menuUpdateInitiatives(): void {
  fromMenu('updateInitiatives');
}

/** Menu: "Cập nhật tiến độ nhân rộng". */
export function menuUpdateReplication(): void {
  fromMenu('updateReplication');
}

/** Menu: "Nhắc đơn vị triển khai nhân rộng". */
export function menuRemindAgencies(): void {
  fromMenu('remindAgencies');
}

/** Menu: "Tổng hợp năm theo đơn vị". */
export function menuYearlySummary(): void {
  fromMenu('yearlySummary');
}

/** Menu: "Tạo báo cáo nhân rộng". */
export function menuReplicationReport(): void {
  fromMenu('replicationReport');
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
