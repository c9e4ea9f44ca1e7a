// One entry from the judges' sheets to its published score, as a secretariat checks it by hand,
// and the whole scoring core on a contest of the largest size the product is built for.

import { rubricMaximum } from '../../../src/core/config/model';
import { defaultRubric } from '../../../src/core/config/presets';
import { aggregateTotals, type PlainAggregation } from '../../../src/core/scoring/aggregation';
import { assessDiscrepancy } from '../../../src/core/scoring/discrepancy';
import { roundScore } from '../../../src/core/scoring/rounding';
import type { ScoreSheet } from '../../../src/core/scoring/score-sheet';
import { sheetTotal } from '../../../src/core/scoring/sheet-total';

const rubric = defaultRubric(); // TM 30, KT 25, HQ 25, NR 10, TB 10
const CODES = ['TM', 'KT', 'HQ', 'NR', 'TB'];
const THONG_TU = { unit: 'points', review: 5, escalate: 10 } as const;

const sheet = (entryCode: string, judge: string, points: (number | null)[]): ScoreSheet => ({
  entryCode,
  judge,
  round: 'preliminary',
  scores: Object.fromEntries(CODES.map((c, i) => [c, points[i]])),
});

describe('one entry, five judges and a sixth who has not finished', () => {
  const sheets = [
    sheet('HG2024-007', 'a@x.vn', [25, 20, 20, 9, 8]), // 82
    sheet('HG2024-007', 'b@x.vn', [26, 21, 21, 9, 8]), // 85
    sheet('HG2024-007', 'c@x.vn', [24, 19.5, 19.5, 8, 8]), // 79
    sheet('HG2024-007', 'd@x.vn', [28, 22, 22, 9, 9]), // 90
    sheet('HG2024-007', 'e@x.vn', [25.5, 21, 20.5, 9, 8]), // 84
    sheet('HG2024-007', 'f@x.vn', [27, 22, null, 9, 9]), // HQ blank: not scored yet
  ];
  const totals = sheets.flatMap((s) => {
    const t = sheetTotal(s, rubric);
    return t.complete ? [t.total] : [];
  });
  const published = (method: PlainAggregation, decimals: number): number => roundScore(aggregateTotals(totals, method, 5)!.value, decimals);

  test('only the five complete sheets count: 82, 85, 79, 90, 84', () => {
    expect(totals).toEqual([82, 85, 79, 90, 84]);
  });

  test('published with 2 decimals: mean 84, trimmed mean 83.67, median 84', () => {
    expect(published('mean', 2)).toBe(84);
    expect(published('trimmedMean', 2)).toBe(83.67);
    expect(published('median', 2)).toBe(84);
  });

  test('with 1 decimal, as Thông tư 6/2020 publishes: trimmed mean 83.7', () => {
    expect(published('trimmedMean', 1)).toBe(83.7);
  });

  test('the judges are 11 points apart: escalated under the Thông tư default', () => {
    expect(assessDiscrepancy(totals, THONG_TU, rubricMaximum(rubric))).toEqual({ spread: 11, measured: 11, level: 'escalate' });
  });

  test('had the sixth judge written 0 for the blank, the mean would have fallen: blank is not zero', () => {
    const withZero = sheetTotal(sheet('HG2024-007', 'f@x.vn', [27, 22, 0, 9, 9]), rubric);
    expect(withZero).toMatchObject({ complete: true, total: 67 });
    expect(roundScore(aggregateTotals([...totals, 67], 'mean', 5)!.value, 2)).toBe(81.17);
  });
});
