import fc from 'fast-check';
import type { DiscrepancyRule } from '../../../src/core/config/model';
import { defaultScoringRules } from '../../../src/core/config/presets';
import { assessDiscrepancy, type DiscrepancyLevel } from '../../../src/core/scoring/discrepancy';

/** Thông tư 6/2020/TT-BNV: ≤ 5 points the mean stands, above 5 the chair decides, 10 or more escalates. */
const THONG_TU: DiscrepancyRule = { unit: 'points', review: 5, escalate: 10 };

describe('assessDiscrepancy under the Thông tư 6/2020/TT-BNV default', () => {
  test('the presets use the Thông tư rule', () => {
    expect(defaultScoringRules(false).discrepancy).toEqual(THONG_TU);
  });

  test('five judges 82, 85, 79, 90, 84: spread 90 − 79 = 11, escalated', () => {
    expect(assessDiscrepancy([82, 85, 79, 90, 84], THONG_TU, 100)).toEqual({ spread: 11, measured: 11, level: 'escalate' });
  });

  test.each<[number[], number, DiscrepancyLevel]>([
    [[80, 85], 5, 'none'],
    [[80, 85.5], 5.5, 'review'],
    [[80, 89.5], 9.5, 'review'],
    [[80, 90], 10, 'escalate'],
    [[80, 80, 80], 0, 'none'],
  ])('totals %p: spread %p → %p (5 is still the mean, 10 is escalated)', (totals, spread, level) => {
    expect(assessDiscrepancy(totals, THONG_TU, 100)).toEqual({ spread, measured: spread, level });
  });

  test('fewer than two totals: no spread', () => {
    expect(assessDiscrepancy([], THONG_TU, 100)).toEqual({ spread: 0, measured: 0, level: 'none' });
    expect(assessDiscrepancy([73.5], THONG_TU, 100)).toEqual({ spread: 0, measured: 0, level: 'none' });
  });

  test('binary noise never flips a level: 64.4 − 59.4 is 5 (not review), 64.1 − 54.1 is 10 (escalate)', () => {
    expect(64.4 - 59.4).toBeGreaterThan(5);
    expect(64.1 - 54.1).toBeLessThan(10);
    expect(assessDiscrepancy([59.4, 64.4], THONG_TU, 100)).toEqual({ spread: 5, measured: 5, level: 'none' });
    expect(assessDiscrepancy([54.1, 64.1], THONG_TU, 100)).toEqual({ spread: 10, measured: 10, level: 'escalate' });
  });
});

describe('assessDiscrepancy in percent of the maximum', () => {
  const percent: DiscrepancyRule = { unit: 'percent', review: 5, escalate: 10 };

  test('on a 200-point rubric a spread of 15 points is 7.5 %: review; 20 points is 10 %: escalate', () => {
    expect(assessDiscrepancy([150, 165], percent, 200)).toEqual({ spread: 15, measured: 7.5, level: 'review' });
    expect(assessDiscrepancy([150, 170], percent, 200)).toEqual({ spread: 20, measured: 10, level: 'escalate' });
  });

  test('on a 30-point rubric a spread of 1.5 points is 5 %: still none', () => {
    expect(assessDiscrepancy([20, 21.5], percent, 30)).toEqual({ spread: 1.5, measured: 5, level: 'none' });
  });
});

describe('assessDiscrepancy: properties', () => {
  const rank: Record<DiscrepancyLevel, number> = { none: 0, review: 1, escalate: 2 };
  const rule = fc
    .record({ unit: fc.constantFrom<DiscrepancyRule['unit']>('points', 'percent'), a: fc.integer({ min: 0, max: 400 }), b: fc.integer({ min: 0, max: 400 }) })
    .map(({ unit, a, b }): DiscrepancyRule => ({ unit, review: Math.min(a, b) / 4, escalate: Math.max(a, b) / 4 }));
  const tenths = fc.integer({ min: 0, max: 1000 }).map((n) => n / 10);

  test('a wider spread never gets a lower level', () => {
    fc.assert(
      fc.property(rule, tenths, tenths, tenths, fc.constantFrom(30, 100, 200), (r, base, s1, s2, maximum) => {
        const [narrow, wide] = s1 <= s2 ? [s1, s2] : [s2, s1];
        const a = assessDiscrepancy([base, base + narrow], r, maximum);
        const b = assessDiscrepancy([base, base + wide], r, maximum);
        expect(rank[b.level]).toBeGreaterThanOrEqual(rank[a.level]);
      }),
    );
  });

  test('the spread is the highest minus the lowest total, whatever the order and the totals in between', () => {
    fc.assert(
      fc.property(fc.array(tenths, { minLength: 2, maxLength: 15 }), (totals) => {
        const { spread } = assessDiscrepancy(totals, THONG_TU, 100);
        expect(spread).toBeCloseTo(Math.max(...totals) - Math.min(...totals), 9);
        expect(assessDiscrepancy([...totals].reverse(), THONG_TU, 100).spread).toBe(spread);
      }),
    );
  });
});
