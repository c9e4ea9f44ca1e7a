// Per-judge z-scores re-expressed on the panel's scale, so that a lenient or a harsh judge moves
// every entry they score equally (normalisedMean).

import { FINEST_DECIMALS, roundScore } from './rounding';

export interface JudgeTotal {
  entryCode: string;
  judge: string;
  total: number;
}

export interface JudgeScale {
  judge: string;
  entries: number;
  mean: number;
  sd: number;
  /**
   * 'normalised'; 'tooFewEntries' (fewer than MIN_ENTRIES_TO_NORMALISE: totals kept as given);
   * 'noSpread' (sd 0 to 6 decimals: every total equal, mapped to the panel mean; sd is given as 0).
   */
  treatment: 'normalised' | 'tooFewEntries' | 'noSpread';
}

/** Below three totals a judge's mean and SD say more about the entries than about the judge. */
export const MIN_ENTRIES_TO_NORMALISE = 3;

export interface Normalisation {
  /** Mean and population SD of all totals given (0 and 0 for none). */
  panelMean: number;
  panelSd: number;
  /** Sorted by judge. */
  judges: JudgeScale[];
  /** Each input total re-expressed, in the same order as the input. */
  totals: JudgeTotal[];
}

/**
 * For judge j (mean m_j, population SD s_j over the entries j scored):
 * z = (x − m_j) / s_j, normalised = panelMean + panelSd × z, clamped to [0, maximum].
 * A constant added to, or a positive factor applied to, all of one judge's totals leaves every z
 * unchanged. panelMean and panelSd are taken over all totals as given, so such a change moves them,
 * and every normalised total with them by one common affine map: while unclamped, each total keeps
 * its place on the panel's scale, (normalised − panelMean) / panelSd, and the entries keep their
 * order. Sources: research/peer-systems.md (Evalato, Hack Western, LiveJudge z-score normalisation).
 */
export function normaliseByJudge(totals: readonly JudgeTotal[], maximum: number): Normalisation {
  const n = totals.length;
  const indexOf = new Map<string, number>();
  const names: string[] = [];
  const judgeOf = new Int32Array(n);
  const counts: number[] = [];
  const sums: number[] = [];
  let panelSum = 0;
  for (let i = 0; i < n; i++) {
    const { judge, total } = totals[i];
    let j = indexOf.get(judge);
    if (j === undefined) {
      j = names.length;
      indexOf.set(judge, j);
      names.push(judge);
      counts.push(0);
      sums.push(0);
    }
    judgeOf[i] = j;
    counts[j] += 1;
    sums[j] += total;
    panelSum += total;
  }
  const panelMean = n === 0 ? 0 : panelSum / n;
  const means = sums.map((sum, j) => sum / counts[j]);

  // Second pass on the deviations from the means: stable where Σx² − n·m² would cancel.
  const squares = new Float64Array(names.length);
  let panelSquares = 0;
  for (let i = 0; i < n; i++) {
    const total = totals[i].total;
    const j = judgeOf[i];
    squares[j] += (total - means[j]) ** 2;
    panelSquares += (total - panelMean) ** 2;
  }
  const panelSd = n === 0 ? 0 : Math.sqrt(panelSquares / n);

  const scales: JudgeScale[] = names.map((judge, j) => {
    const sd = Math.sqrt(squares[j] / counts[j]);
    const base = { judge, entries: counts[j], mean: means[j] };
    if (counts[j] < MIN_ENTRIES_TO_NORMALISE) return { ...base, sd, treatment: 'tooFewEntries' };
    // Equal totals reached by different sums differ in their last binary digit: still no spread.
    if (roundScore(sd, FINEST_DECIMALS) === 0) return { ...base, sd: 0, treatment: 'noSpread' };
    return { ...base, sd, treatment: 'normalised' };
  });

  const clamp = (x: number): number => (x < 0 ? 0 : x > maximum ? maximum : x);
  const normalised: JudgeTotal[] = new Array<JudgeTotal>(n);
  for (let i = 0; i < n; i++) {
    const { entryCode, judge, total } = totals[i];
    const scale = scales[judgeOf[i]];
    let value = total;
    if (scale.treatment === 'noSpread') value = clamp(panelMean);
    else if (scale.treatment === 'normalised') value = clamp(panelMean + (panelSd * (total - scale.mean)) / scale.sd);
    normalised[i] = { entryCode, judge, total: value };
  }

  scales.sort((a, b) => (a.judge < b.judge ? -1 : a.judge > b.judge ? 1 : 0));
  return { panelMean, panelSd, judges: scales, totals: normalised };
}
