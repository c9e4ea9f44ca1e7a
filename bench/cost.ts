// What one measured window cost, from the emulator's meter: every call, its modeled latency, and
// the share that went to the Spreadsheet service.

import type { Emulator } from '../test/emulator';
import type { MeterSnapshot, MethodStats } from '../test/emulator/meter';

/** Apps Script's limit on one execution (research/apps-script-platform.md §1.2: "Script runtime 6 min / execution"). */
export const EXECUTION_LIMIT_MS = 6 * 60_000;

/**
 * The classes of the Spreadsheet service (SpreadsheetApp and the objects it hands out) and the
 * Sheets API advanced service (`Sheets.Spreadsheets.…`). Builders (data validation, charts) are
 * counted too, although they answer locally: a call is a call. `Execution.flush`, the commit Apps
 * Script makes when a run ends, is in `calls` but not here.
 */
const SHEETS_CLASSES = new Set([
  'Sheets',
  'SpreadsheetApp',
  'Spreadsheet',
  'Sheet',
  'Range',
  'RangeList',
  'Protection',
  'DataValidation',
  'DataValidationBuilder',
  'EmbeddedChart',
  'EmbeddedChartBuilder',
  'ContainerInfo',
  'ChartOptions',
]);

export interface Cost {
  calls: number;
  modeledMs: number;
  sheetsCalls: number;
  byMethod: Record<string, MethodStats>;
}

export function costBetween(before: MeterSnapshot, after: MeterSnapshot): Cost {
  const byMethod: Record<string, MethodStats> = {};
  for (const [method, stats] of Object.entries(after.byMethod)) {
    const calls = stats.calls - (before.byMethod[method]?.calls ?? 0);
    const modeledMs = stats.modeledMs - (before.byMethod[method]?.modeledMs ?? 0);
    if (calls > 0 || modeledMs > 0) byMethod[method] = { calls, modeledMs };
  }
  const sheetsCalls = Object.entries(byMethod)
    .filter(([method]) => SHEETS_CLASSES.has(method.split('.')[0]))
    .reduce((n, [, stats]) => n + stats.calls, 0);
  return { calls: after.calls - before.calls, modeledMs: after.modeledMs - before.modeledMs, sheetsCalls, byMethod };
}

/** Runs `action` and returns what the meter counted meanwhile. */
export function metered<T>(emu: Emulator, action: () => T): { result: T; cost: Cost } {
  const before = emu.meter.snapshot();
  const result = action();
  return { result, cost: costBetween(before, emu.meter.snapshot()) };
}

export function addCosts(costs: readonly Cost[]): Cost {
  const byMethod: Record<string, MethodStats> = {};
  for (const c of costs) {
    for (const [method, stats] of Object.entries(c.byMethod)) {
      const sum = (byMethod[method] ??= { calls: 0, modeledMs: 0 });
      sum.calls += stats.calls;
      sum.modeledMs += stats.modeledMs;
    }
  }
  return {
    calls: costs.reduce((n, c) => n + c.calls, 0),
    modeledMs: costs.reduce((n, c) => n + c.modeledMs, 0),
    sheetsCalls: costs.reduce((n, c) => n + c.sheetsCalls, 0),
    byMethod,
  };
}

export interface TopMethod {
  method: string;
  calls: number;
  modeledMs: number;
}

/** The methods that took the most modeled time. */
export function topMethods(cost: Cost, count = 3): TopMethod[] {
  return Object.entries(cost.byMethod)
    .map(([method, s]) => ({ method, calls: s.calls, modeledMs: Math.round(s.modeledMs) }))
    .sort((a, b) => b.modeledMs - a.modeledMs || b.calls - a.calls)
    .slice(0, count);
}
