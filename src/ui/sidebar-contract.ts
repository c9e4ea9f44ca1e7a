// What the dashboard sidebar and the set-up wizard exchange with the server through
// google.script.run. Only JSON-like values cross: a Date or a function fails the round trip
// without calling either handler (research/apps-script-platform.md §1.8), so days are
// 'YYYY-MM-DD' strings, as they are in the configuration model.

import type { ContestConfig } from '../core/config/model';
import type { PresetId } from '../core/config/presets';
import type { Severity } from '../core/problem';
import type { RoundId } from '../core/scoring/score-sheet';
import type { Locale } from './locale';

/** The steps the dashboard has a button for, in the order a contest goes through them. */
export const STEP_IDS = [
  'createForm',
  'syncEntries',
  'unitsReport',
  'assignJudges',
  'scoringSheets',
  'syncScores',
  'lockScoring',
  'remindJudges',
  'computeResults',
  'createDocuments',
  'updateInitiatives',
  'updateReplication',
  'remindAgencies',
  'yearlySummary',
  'replicationReport',
] as const;
export type StepId = (typeof STEP_IDS)[number];

/** A count of entries under a name (a category, a unit, a status). */
export interface Tally {
  name: string;
  count: number;
}

/** An entry as the register shows it. */
export interface RecentEntry {
  code: string;
  title: string;
  unit: string;
  status: string;
}

export interface IntakeView {
  /** Rows of the register, whatever their status. */
  total: number;
  /** By the register's status word ("Hợp lệ", "Cần xem lại", …), as the sheet shows it. */
  byStatus: Tally[];
  /** Every configured category, those with no entry included, in the configuration's order. */
  byCategory: Tally[];
  /** Every configured unit, in the configuration's order. */
  byUnit: Tally[];
  /** Names of the units below the plan's minimum number of entries (all units with none when no minimum is set). */
  unitsWithoutEntry: string[];
  /** The last entries filed, newest first: what just came in, as the register shows it. */
  recent: RecentEntry[];
}

export interface JudgeProgressView {
  name: string;
  email: string;
  assigned: number;
  complete: number;
  partial: number;
  notStarted: number;
}

export interface DiscrepancyView {
  entryCode: string;
  title: string;
  /** review: the panel's chair settles it; escalate: re-scored or an extra judge. */
  level: 'review' | 'escalate';
  /** The highest judge's total minus the lowest, as the score matrix shows it. */
  spread: number;
}

/** A round as the last "bring in scores" left it (the progress and matrix sheets). */
export interface RoundView {
  round: RoundId;
  locked: boolean;
  assigned: number;
  complete: number;
  judges: JudgeProgressView[];
  discrepancies: DiscrepancyView[];
}

export interface PrizeCount {
  /** The tier's or special award's name. */
  name: string;
  count: number;
  /** All the money of this tier's awards together, in đồng. */
  money: number;
}

/** What the Results sheet holds, as the last "compute results" wrote it. */
export interface ResultsView {
  /** True until every round is locked: the ranking can still change. */
  provisional: boolean;
  entries: number;
  ranked: number;
  prizes: PrizeCount[];
  /** Prize money of every award written, in đồng. */
  money: number;
}

export type DocumentStatusId = 'pending' | 'made' | 'signed' | 'failed' | 'template';

export interface DocumentView {
  key: string;
  /** What the document is, as the documents sheet names it ("Quyết định khen thưởng", "Bằng khen – HG2024-007"). */
  name: string;
  status: DocumentStatusId;
  version: number;
  /** Links the add-on made itself (Drive's own https URLs), '' when none. */
  docUrl: string;
  pdfUrl: string;
}

export interface ProgressView {
  step: StepId;
  done: number;
  total: number;
}

export interface DashboardView {
  locale: Locale;
  /** False until the configuration sheets exist. */
  configured: boolean;
  /** The contest's title, '' when it cannot be read. */
  title: string;
  configProblems: { errors: number; warnings: number };
  /** Null until the register of entries exists. */
  intake: IntakeView | null;
  /** Rounds with an assignment, preliminary first. */
  rounds: RoundView[];
  /** Null until results were computed. */
  results: ResultsView | null;
  documents: DocumentView[];
  /** The contest's Drive folder, '' until documents were made. */
  documentsFolderUrl: string;
  /** Long work under way (documents being made), or null. */
  progress: ProgressView | null;
}

/** A message as the menu's alert would show it. */
export interface StepMessage {
  title: string;
  text: string;
}

export interface StepOutcome {
  messages: StepMessage[];
  /** The step asks before going on (locking scoring): nothing was done; run it again confirmed. */
  question: StepMessage | null;
  /** The step stopped on an error; `messages` says what happened and what to do. */
  failed: boolean;
  /** The dashboard after the step, so the sidebar refreshes without another call. */
  dashboard: DashboardView;
}

export interface PresetChoice {
  id: PresetId;
  name: string;
  source: string;
}

export interface ProblemView {
  /** The field's machine path (Problem.path), e.g. "prizes.tiers[0].count": the wizard marks that input. */
  path: string;
  severity: Severity;
  message: string;
}

export interface WizardStart {
  locale: Locale;
  presets: PresetChoice[];
  /** The configuration the sheets hold now, when they read without errors; else null. */
  current: ContestConfig | null;
  /** Configuration sheets that exist now: saving keeps them under "(cũ …)" names. */
  existingSheets: string[];
}

export interface WizardSaveOutcome {
  saved: boolean;
  /** Errors that stopped the save, or warnings it was saved with. */
  problems: ProblemView[];
  /** The sheets written, and the earlier ones kept under new names. */
  written: string[];
  archived: string[];
}

/** The server functions the two pages call; src/main.ts exports each (test/ui/server-api.test.ts checks). */
export interface ServerApi {
  sidebarDashboard(): DashboardView;
  sidebarRunStep(step: StepId, confirmed: boolean): StepOutcome;
  sidebarProgress(): ProgressView | null;
  wizardStart(): WizardStart;
  wizardPreset(id: PresetId | 'blank'): ContestConfig;
  wizardSave(config: ContestConfig): WizardSaveOutcome;
  /** Opens the set-up wizard as a dialog (the menu item's function). */
  menuSetUpContest(): void;
  /** Opens (or reloads) the dashboard sidebar (the menu item's function). */
  menuOpenDashboard(): void;
}
