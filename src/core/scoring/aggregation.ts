// From the judges' totals of one entry to its score (research/vietnamese-domain.md §3.2).

export type PlainAggregation = 'mean' | 'trimmedMean' | 'median';

export interface Aggregate {
  /** Unrounded. */
  value: number;
  /** A trimmed mean over fewer than trimMinJudges totals is applied as a mean. */
  applied: PlainAggregation;
  /** The totals that entered the formula, in input order. */
  counted: number[];
  /** The totals a trimmed mean left out: [the highest, the lowest]; [] for the other methods. */
  dropped: number[];
}

/** Dropping one total at each end must leave at least one to average. */
const SMALLEST_TRIMMED_PANEL = 3;

/**
 * null for no totals. With n totals x₁ … xₙ and x₍₁₎ ≤ … ≤ x₍ₙ₎ the same totals in ascending order:
 * - mean = Σx / n (trung bình cộng, Thông tư 6/2020/TT-BNV);
 * - trimmedMean = (Σx − x₍ₙ₎ − x₍₁₎) / (n − 2): exactly one highest and one lowest total dropped,
 *   when n ≥ trimMinJudges (and n ≥ 3); otherwise the mean is applied;
 * - median = x₍₍ₙ₊₁₎/₂₎ for odd n, (x₍ₙ/₂₎ + x₍ₙ/₂₊₁₎) / 2 for even n.
 * Sums run over the ascending order, so the value does not depend on the order of the totals, not
 * even in its last binary digit.
 */
export function aggregateTotals(totals: readonly number[], method: PlainAggregation, trimMinJudges: number): Aggregate | null {
  const n = totals.length;
  if (n === 0) return null;
  const sorted = new Float64Array(totals).sort();
  if (method === 'median') {
    const middle = n >> 1;
    const value = n % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    return { value, applied: 'median', counted: totals.slice(), dropped: [] };
  }
  if (method === 'trimmedMean' && n >= Math.max(trimMinJudges, SMALLEST_TRIMMED_PANEL)) {
    const highest = totals.indexOf(sorted[n - 1]);
    let lowest = totals.indexOf(sorted[0]);
    // Every total equal: the lowest is another copy of the highest.
    if (lowest === highest) lowest = totals.indexOf(sorted[0], highest + 1);
    const counted = totals.filter((_, i) => i !== highest && i !== lowest);
    return { value: sumOf(sorted, 1, n - 1) / (n - 2), applied: 'trimmedMean', counted, dropped: [sorted[n - 1], sorted[0]] };
  }
  return { value: sumOf(sorted, 0, n) / n, applied: 'mean', counted: totals.slice(), dropped: [] };
}

function sumOf(values: Float64Array, from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += values[i];
  return sum;
}
