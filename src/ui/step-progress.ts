// How far a long step is, for the dashboard: the step writes it to the document's properties as it
// goes, and the sidebar reads it from another execution (each google.script.run call is its own
// execution, research/apps-script-platform.md §1.8), so it can show "12/50" while documents are made.

import type { StatePort } from '../app/ports';
import { STEP_IDS, type ProgressView, type StepId } from './sidebar-contract';

const PROGRESS_KEY = 'dashboard.progress';

export function reportProgress(state: StatePort, step: StepId, done: number, total: number): void {
  state.set(PROGRESS_KEY, JSON.stringify({ step, done, total }));
}

export function clearProgress(state: StatePort): void {
  state.set(PROGRESS_KEY, '');
}

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEP_IDS as readonly string[]).includes(value);
}

/** The progress a step last reported, or null when none runs (or the value is not ours). */
export function currentProgress(state: StatePort): ProgressView | null {
  const text = state.get(PROGRESS_KEY);
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<ProgressView>;
    if (!isStepId(value.step) || typeof value.done !== 'number' || typeof value.total !== 'number') return null;
    return { step: value.step, done: value.done, total: value.total };
  } catch {
    return null;
  }
}
