// The add-on menu. Each item names a global function that src/main.ts exports.

import type { Locale } from './locale';
import { uiText } from './messages/ui-text';

/** Menu item → the global function Apps Script calls for it. */
export const MENU_HANDLERS = {
  openDashboard: 'menuOpenDashboard',
  setUp: 'menuSetUpContest',
  check: 'menuCheckConfiguration',
  createForm: 'menuCreateEntryForm',
  syncEntries: 'menuSyncEntries',
  unitsReport: 'menuUnitsReport',
  assignJudges: 'menuAssignJudges',
  scoringSheets: 'menuScoringSheets',
  syncScores: 'menuSyncScores',
  lockScoring: 'menuLockScoring',
  remindJudges: 'menuRemindJudges',
  computeResults: 'menuComputeResults',
  createDocuments: 'menuCreateDocuments',
  updateInitiatives: 'menuUpdateInitiatives',
  updateReplication: 'menuUpdateReplication',
  remindAgencies: 'menuRemindAgencies',
  yearlySummary: 'menuYearlySummary',
  replicationReport: 'menuReplicationReport',
} as const;

export function addAddOnMenu(ui: GoogleAppsScript.Base.Ui, locale: Locale): void {
  const labels = uiText[locale].menu;
  ui.createAddonMenu()
    .addItem(labels.openDashboard, MENU_HANDLERS.openDashboard)
    .addSeparator()
    .addItem(labels.setUp, MENU_HANDLERS.setUp)
    .addItem(labels.check, MENU_HANDLERS.check)
    .addSeparator()
    .addItem(labels.createForm, MENU_HANDLERS.createForm)
    .addItem(labels.syncEntries, MENU_HANDLERS.syncEntries)
    .addItem(labels.unitsReport, MENU_HANDLERS.unitsReport)
    .addSeparator()
    .addItem(labels.assignJudges, MENU_HANDLERS.assignJudges)
    .addItem(labels.scoringSheets, MENU_HANDLERS.scoringSheets)
    .addItem(labels.syncScores, MENU_HANDLERS.syncScores)
    .addItem(labels.lockScoring, MENU_HANDLERS.lockScoring)
    .addItem(labels.remindJudges, MENU_HANDLERS.remindJudges)
    .addSeparator()
    .addItem(labels.computeResults, MENU_HANDLERS.computeResults)
    .addItem(labels.createDocuments, MENU_HANDLERS.createDocuments)
    .addSeparator()
    .addItem(labels.updateInitiatives, MENU_HANDLERS.updateInitiatives)
    .addItem(labels.updateReplication, MENU_HANDLERS.updateReplication)
    .addItem(labels.remindAgencies, MENU_HANDLERS.remindAgencies)
    .addItem(labels.yearlySummary, MENU_HANDLERS.yearlySummary)
    .addItem(labels.replicationReport, MENU_HANDLERS.replicationReport)
    .addToUi();
}
