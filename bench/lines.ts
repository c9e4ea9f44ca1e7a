// The benchmark's output: one JSON line per scenario and operation, then one line of targets.

import type { TopMethod } from './cost';

export interface ScenarioFacts {
  scenario: string;
  entries: number;
  judges: number;
  criteria: number;
  rounds: number;
}

export interface NaiveFigures {
  calls: number;
  modeledMs: number;
  /** Cells the step read and wrote in blocks, which the baseline reads and writes one by one. */
  cellsRead: number;
  cellsWritten: number;
}

export interface OperationLine extends ScenarioFacts {
  operation: string;
  /** Service calls and modeled ms of the step (null for computation that makes no call). */
  calls: number | null;
  modeledMs: number | null;
  /** Share of modeledMs charged by figures of the latency model marked [estimate] (0..1). */
  estimatedShare?: number;
  sheetsCalls: number | null;
  naive: NaiveFigures | null;
  /** Median wall time of the step's own computation, no service calls. */
  wallMs: number | null;
  bundleBytes: number;
  /** One execution under Apps Script's 6 minutes (absent for resumable steps and pure computation). */
  withinLimit?: boolean;
  /** Built to go on in later executions (documents). */
  resumable?: true;
  /** Further facts of the step: executions, documents, per-response figures. */
  detail?: Record<string, unknown>;
  top?: TopMethod[];
}

export interface Target {
  target: string;
  figure: unknown;
  pass: boolean;
}
