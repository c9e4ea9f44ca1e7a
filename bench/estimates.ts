// How much of a step's modeled time rests on estimates: each method is charged by one figure of
// the latency model (test/emulator/latency.ts), whose source is either a published measurement
// (research/apps-script-platform.md §2, L1–L21) or marked "[estimate]".
//
// A call that commits pending writes first (a read, a metadata or structural call) carries the
// flush in its own time; the share below goes by the method's figure alone, so an estimated
// structural call that also paid a (measured) flush counts whole as estimate.

import { CHART_COSTS } from '../test/emulator';
import { behaviourOf, LATENCY, type FigureName } from '../test/emulator/latency';
import type { Cost } from './cost';

/** The figure a metered name is charged by; reads and writes by their measured cell figures. */
function figureOf(method: string): FigureName {
  if (method === 'Execution.start' || method.startsWith('CustomFunction.')) return 'executionStart';
  if (method === 'Execution.flush') return 'flush';
  if (method === 'Execution.saveAndClose') return 'docSave';
  const behaviour = CHART_COSTS[method] ?? behaviourOf(method);
  return behaviour.kind === 'read' ? 'readBackend' : behaviour.figure;
}

export function isEstimate(figure: FigureName): boolean {
  return LATENCY[figure].source.startsWith('[estimate]');
}

/** Share of the modeled time (0..1, two decimals) charged by figures marked [estimate]. */
export function estimatedShare(cost: Cost): number {
  if (cost.modeledMs <= 0) return 0;
  const estimated = Object.entries(cost.byMethod)
    .filter(([method]) => isEstimate(figureOf(method)))
    .reduce((ms, [, stats]) => ms + stats.modeledMs, 0);
  return Math.round((estimated / cost.modeledMs) * 100) / 100;
}
