// What a judge typed in one score cell, and whether a number is an acceptable score for a criterion.

import type { CellValue } from '../cell';
import type { Criterion } from '../config/model';

export type ScoreProblemReason = 'notANumber' | 'negative' | 'aboveMaximum' | 'offStep';

export type ScoreReading = { kind: 'blank' } | { kind: 'score'; value: number } | { kind: 'invalid'; reason: ScoreProblemReason };

/**
 * Relative tolerance for binary fractions: 0.1 + 0.2 is 0.30000000000000004, a whole number of
 * 0.1 steps and not above a maximum of 0.3. A typed value off by a billionth of a step is still
 * off the step.
 */
const BINARY_TOLERANCE = 1e-9;

// Bound once: this check runs for every score of every sheet, and inside a vm context (jest, the
// bundle's tests) each lookup of a global such as Math costs as much as the check itself.
const { abs, max, round } = Math;
const isFiniteNumber = Number.isFinite;

/**
 * '' or a whitespace-only string is blank ("not scored yet", never zero). Only a finite number is a
 * score; text (even "7,5" or "7.5"), booleans and dates are 'notANumber': never guessed. A score
 * must also pass checkScore.
 */
export function readScore(value: CellValue, criterion: Pick<Criterion, 'maxPoints' | 'step'>): ScoreReading {
  if (typeof value === 'string' && value.trim() === '') return { kind: 'blank' };
  if (typeof value !== 'number') return { kind: 'invalid', reason: 'notANumber' };
  const reason = checkScore(value, criterion);
  return reason === null ? { kind: 'score', value } : { kind: 'invalid', reason };
}

/**
 * The checks of readScore for a number already read (the results computation uses it as a safety
 * net), first failure first: not finite → 'notANumber'; below 0 → 'negative'; above maxPoints →
 * 'aboveMaximum'; value / step not a whole number → 'offStep'. The last two allow binary error
 * (relative 10⁻⁹); step is positive (config validation).
 */
export function checkScore(value: number, criterion: Pick<Criterion, 'maxPoints' | 'step'>): ScoreProblemReason | null {
  if (!isFiniteNumber(value)) return 'notANumber';
  if (value < 0) return 'negative';
  const { maxPoints, step } = criterion;
  if (value - maxPoints > BINARY_TOLERANCE * max(1, abs(maxPoints))) return 'aboveMaximum';
  return isOnStep(value, step) ? null : 'offStep';
}

/** value / step is a whole number, allowing binary error: the one step rule for scores and a rubric's maxima. */
export function isOnStep(value: number, step: number): boolean {
  const steps = value / step;
  return abs(steps - round(steps)) <= BINARY_TOLERANCE * max(1, abs(steps));
}
