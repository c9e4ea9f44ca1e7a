// Judges who disagree: the spread between an entry's highest and lowest judge's totals, against the
// contest's thresholds.

import type { DiscrepancyRule } from '../config/model';
import { FINEST_DECIMALS, roundScore } from './rounding';

export type DiscrepancyLevel = 'none' | 'review' | 'escalate';

export interface Discrepancy {
  /** Highest − lowest total, in points, to 6 decimals (0 with fewer than 2 totals). */
  spread: number;
  /** The spread in the rule's unit (points, or % of the maximum), to 6 decimals. */
  measured: number;
  /** measured ≥ escalate → 'escalate'; measured > review → 'review'; else 'none'. */
  level: DiscrepancyLevel;
}

/**
 * spread = max − min of the totals; measured = spread, or spread / maximum × 100 for a rule in
 * 'percent' (maximum > 0: the round's rubric maximum). Both are rounded to 6 decimals before the
 * comparison, so binary noise (64.4 − 59.4 = 5.000000000000007) never flips a level.
 * Thông tư 6/2020/TT-BNV Quy chế Điều 31 khoản 2 (research/vietnamese-domain.md §3.2) is the
 * default rule: up to 5 points the mean stands, above 5 the chair decides, 10 or more escalates.
 */
export function assessDiscrepancy(totals: readonly number[], rule: DiscrepancyRule, maximum: number): Discrepancy {
  let lowest = Infinity;
  let highest = -Infinity;
  for (const total of totals) {
    if (total < lowest) lowest = total;
    if (total > highest) highest = total;
  }
  const raw = totals.length < 2 ? 0 : highest - lowest;
  const spread = roundScore(raw, FINEST_DECIMALS);
  const measured = rule.unit === 'percent' ? roundScore((raw / maximum) * 100, FINEST_DECIMALS) : spread;
  const level: DiscrepancyLevel = measured >= rule.escalate ? 'escalate' : measured > rule.review ? 'review' : 'none';
  return { spread, measured, level };
}
