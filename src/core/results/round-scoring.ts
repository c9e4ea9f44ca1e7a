// One round's scores: from the judges' sheets to each entry's published score, with the judges'
// totals, the method, the spread between judges and the per-criterion means that explain it.

import { rubricMaximum, type Rubric, type ScoringRules } from '../config/model';
import { aggregateTotals } from '../scoring/aggregation';
import { assessDiscrepancy } from '../scoring/discrepancy';
import { normaliseByJudge, type JudgeScale, type JudgeTotal } from '../scoring/normalisation';
import { roundScore } from '../scoring/rounding';
import type { RoundId, ScoreSheet } from '../scoring/score-sheet';
import { sheetTotal } from '../scoring/sheet-total';
import type { IncompleteSheet, JudgeScore, RoundScore } from './results-model';

export interface RoundScoring {
  scores: Map<string, RoundScore>;
  /** Per-judge scales, when the method is normalisedMean. */
  judgeScales: JudgeScale[] | null;
}

interface Collected {
  judges: JudgeScore[];
  incomplete: IncompleteSheet[];
  /** Σ points per criterion, in rubric order, over the complete sheets. */
  criterionSums: number[];
}

/**
 * Scores one round. `sheets` are this round's sheets for the given entries, one per (entry, judge).
 * An entry's score uses only complete sheets ("a blank is not scored yet, never zero"); it is
 * published, and ranked on, rounded to the configured decimals.
 */
export function scoreRound(
  round: RoundId,
  rubric: Rubric,
  entryCodes: readonly string[],
  sheets: readonly ScoreSheet[],
  rules: ScoringRules,
): RoundScoring {
  const maximum = rubricMaximum(rubric);
  const collected = new Map<string, Collected>();
  const criteria = rubric.criteria;
  for (const code of entryCodes) collected.set(code, { judges: [], incomplete: [], criterionSums: criteria.map(() => 0) });

  const complete: JudgeTotal[] = [];
  // The same complete totals as the entries hold them, in the same order as `complete`.
  const completeScores: JudgeScore[] = [];
  for (const sheet of sheets) {
    const into = collected.get(sheet.entryCode);
    if (!into) continue;
    const total = sheetTotal(sheet, rubric);
    if (!total.complete) {
      into.incomplete.push({ judge: sheet.judge, missing: total.missing, invalid: total.invalid });
      continue;
    }
    const score: JudgeScore = { judge: sheet.judge, total: total.total };
    into.judges.push(score);
    completeScores.push(score);
    complete.push({ entryCode: sheet.entryCode, judge: sheet.judge, total: total.total });
    for (let i = 0; i < criteria.length; i++) into.criterionSums[i] += total.byCriterion[criteria[i].code];
  }

  let judgeScales: JudgeScale[] | null = null;
  if (rules.aggregation === 'normalisedMean') {
    const normalisation = normaliseByJudge(complete, maximum);
    judgeScales = normalisation.judges;
    // normaliseByJudge answers in the order of its input.
    normalisation.totals.forEach((t, i) => (completeScores[i].normalised = t.total));
  }

  const scores = new Map<string, RoundScore>();
  for (const [code, c] of collected) {
    c.judges.sort((a, b) => (a.judge < b.judge ? -1 : a.judge > b.judge ? 1 : 0));
    c.incomplete.sort((a, b) => (a.judge < b.judge ? -1 : a.judge > b.judge ? 1 : 0));
    const raw = c.judges.map((j) => j.total);
    const normalised = rules.aggregation === 'normalisedMean';
    const aggregate = aggregateTotals(
      normalised ? c.judges.map((j) => j.normalised ?? j.total) : raw,
      rules.aggregation === 'normalisedMean' ? 'mean' : rules.aggregation,
      rules.trimMinJudges,
    );
    const criterionMeans: Record<string, number> = {};
    if (c.judges.length > 0) criteria.forEach((criterion, i) => (criterionMeans[criterion.code] = roundScore(c.criterionSums[i] / c.judges.length, rules.decimals)));
    scores.set(code, {
      round,
      maximum,
      judges: c.judges,
      incomplete: c.incomplete,
      method: rules.aggregation,
      applied: normalised ? 'normalisedMean' : (aggregate?.applied ?? rules.aggregation),
      dropped: aggregate?.dropped ?? [],
      score: aggregate === null ? null : roundScore(aggregate.value, rules.decimals),
      enoughJudges: c.judges.length >= rules.minJudges,
      // Judges disagree on what they gave, so the spread is measured on their own totals.
      discrepancy: assessDiscrepancy(raw, rules.discrepancy, maximum),
      criterionMeans,
    });
  }
  return { scores, judgeScales };
}
