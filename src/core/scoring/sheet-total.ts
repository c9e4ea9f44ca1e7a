// One judge's total for one entry (a phiếu chấm điểm added up).

import type { Rubric } from '../config/model';
import type { ScoreSheet } from './score-sheet';
import { checkScore, type ScoreProblemReason } from './score-value';

export type SheetTotal =
  | {
      complete: true;
      total: number;
      /** The judge's points per criterion code, as given (before the weight). */
      byCriterion: Readonly<Record<string, number>>;
    }
  | {
      complete: false;
      /** Criterion codes left blank or absent, in rubric order. */
      missing: string[];
      /** Criteria whose score fails checkScore, in rubric order. */
      invalid: { code: string; reason: ScoreProblemReason }[];
    };

/**
 * total = Σ score × weight over the rubric's criteria, in rubric order. A sheet with any criterion
 * blank or absent (missing) or invalid is incomplete and has no total: a partly scored sheet never
 * counts. Scores for codes not in the rubric are ignored.
 */
export function sheetTotal(sheet: ScoreSheet, rubric: Rubric): SheetTotal {
  const byCriterion: Record<string, number> = {};
  let total = 0;
  let missing: string[] | null = null;
  let invalid: { code: string; reason: ScoreProblemReason }[] | null = null;
  for (const criterion of rubric.criteria) {
    const points = sheet.scores[criterion.code];
    // Not a number: null, absent, or (for a code such as "toString") a property of Object.prototype.
    if (typeof points !== 'number') {
      (missing ??= []).push(criterion.code);
      continue;
    }
    const reason = checkScore(points, criterion);
    if (reason !== null) {
      (invalid ??= []).push({ code: criterion.code, reason });
      continue;
    }
    byCriterion[criterion.code] = points;
    total += points * criterion.weight;
  }
  if (missing !== null || invalid !== null) return { complete: false, missing: missing ?? [], invalid: invalid ?? [] };
  return { complete: true, total, byCriterion };
}
