import fc from 'fast-check';
import { aggregateTotals, type PlainAggregation } from '../../../src/core/scoring/aggregation';
import { roundScore } from '../../../src/core/scoring/rounding';

const FIVE_JUDGES = [82, 85, 79, 90, 84];
const TRIM_FROM = 5; // the presets' trimMinJudges (research/vietnamese-domain.md §3.2: 5 or more judges)

describe('aggregateTotals: worked examples a secretariat can check by hand', () => {
  test('five judges 82, 85, 79, 90, 84: the mean is 420 / 5 = 84', () => {
    expect(aggregateTotals(FIVE_JUDGES, 'mean', TRIM_FROM)).toEqual({ value: 84, applied: 'mean', counted: FIVE_JUDGES, dropped: [] });
  });

  test('five judges: the trimmed mean drops 90 and 79 and averages 82, 85, 84 = 251 / 3 = 83.67', () => {
    const result = aggregateTotals(FIVE_JUDGES, 'trimmedMean', TRIM_FROM)!;
    expect(result.applied).toBe('trimmedMean');
    expect(result.dropped).toEqual([90, 79]);
    expect(result.counted).toEqual([82, 85, 84]);
    expect(roundScore(result.value, 2)).toBe(83.67);
  });

  test('five judges: the median is the middle of 79, 82, 84, 85, 90 = 84', () => {
    expect(aggregateTotals(FIVE_JUDGES, 'median', TRIM_FROM)).toEqual({ value: 84, applied: 'median', counted: FIVE_JUDGES, dropped: [] });
  });

  test('four judges 82, 85, 79, 90: too few to trim, so the mean 336 / 4 = 84 is applied', () => {
    expect(aggregateTotals([82, 85, 79, 90], 'trimmedMean', TRIM_FROM)).toEqual({ value: 84, applied: 'mean', counted: [82, 85, 79, 90], dropped: [] });
  });

  test('four judges: the median is the mean of the two middle totals, (82 + 85) / 2 = 83.5', () => {
    expect(aggregateTotals([82, 85, 79, 90], 'median', TRIM_FROM)!.value).toBe(83.5);
  });

  test('no totals: no score, whatever the method', () => {
    for (const method of ['mean', 'trimmedMean', 'median'] as const) expect(aggregateTotals([], method, TRIM_FROM)).toBeNull();
  });

  test('one judge: the score is that judge\'s total', () => {
    for (const method of ['mean', 'trimmedMean', 'median'] as const) expect(aggregateTotals([77.5], method, 1)!.value).toBe(77.5);
  });

  test('a trimmed mean never drops all the totals: with 2 totals it is a mean even if the threshold says 2', () => {
    expect(aggregateTotals([70, 80], 'trimmedMean', 2)).toEqual({ value: 75, applied: 'mean', counted: [70, 80], dropped: [] });
  });

  test('with three judges and a threshold of 3 the trimmed mean keeps the middle one', () => {
    expect(aggregateTotals([60, 90, 75], 'trimmedMean', 3)).toEqual({ value: 75, applied: 'trimmedMean', counted: [75], dropped: [90, 60] });
  });

  test('equal totals at an end: exactly one of them is dropped', () => {
    expect(aggregateTotals([90, 80, 90, 70, 70], 'trimmedMean', TRIM_FROM)).toEqual({
      value: (80 + 90 + 70) / 3,
      applied: 'trimmedMean',
      counted: [80, 90, 70],
      dropped: [90, 70],
    });
    expect(aggregateTotals([80, 80, 80, 80, 80], 'trimmedMean', TRIM_FROM)).toEqual({ value: 80, applied: 'trimmedMean', counted: [80, 80, 80], dropped: [80, 80] });
  });

  test('the input is left as it was', () => {
    const totals = [90, 70, 80, 60, 85];
    aggregateTotals(totals, 'median', TRIM_FROM);
    aggregateTotals(totals, 'trimmedMean', TRIM_FROM);
    expect(totals).toEqual([90, 70, 80, 60, 85]);
  });
});

describe('aggregateTotals: properties', () => {
  const methods = fc.constantFrom<PlainAggregation>('mean', 'trimmedMean', 'median');
  // Totals as judges give them: multiples of 0.5 or of 0.1 on a 100-point scale.
  const total = fc.oneof(fc.nat(200).map((n) => n / 2), fc.nat(1000).map((n) => n / 10));
  const totals = fc.array(total, { minLength: 1, maxLength: 15 });
  const trim = fc.integer({ min: 3, max: 7 });

  test('every method gives a value between the smallest and the largest total', () => {
    fc.assert(
      fc.property(totals, methods, trim, (xs, method, t) => {
        const { value } = aggregateTotals(xs, method, t)!;
        expect(value).toBeGreaterThanOrEqual(Math.min(...xs));
        expect(value).toBeLessThanOrEqual(Math.max(...xs));
      }),
    );
  });

  test('the order of the judges does not change the score, not even in its last binary digit', () => {
    fc.assert(
      fc.property(totals, methods, trim, fc.nat(), (xs, method, t, seed) => {
        const shuffled = [...xs];
        for (let i = shuffled.length - 1, s = seed; i > 0; i--, s = (s * 1103515245 + 12345) >>> 0) {
          const j = s % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
        }
        const a = aggregateTotals(xs, method, t)!;
        const b = aggregateTotals(shuffled, method, t)!;
        expect(b.value).toBe(a.value);
        expect(b.applied).toBe(a.applied);
        expect(b.dropped).toEqual(a.dropped);
        expect([...b.counted].sort((x, y) => x - y)).toEqual([...a.counted].sort((x, y) => x - y));
      }),
    );
  });

  test('a trimmed mean over enough judges counts all but two, dropping the highest and the lowest; otherwise it counts all', () => {
    fc.assert(
      fc.property(totals, trim, (xs, t) => {
        const result = aggregateTotals(xs, 'trimmedMean', t)!;
        if (xs.length >= t) {
          expect(result.applied).toBe('trimmedMean');
          expect(result.counted).toHaveLength(xs.length - 2);
          expect(result.dropped).toEqual([Math.max(...xs), Math.min(...xs)]);
          expect([...result.counted, ...result.dropped].sort((x, y) => x - y)).toEqual([...xs].sort((x, y) => x - y));
        } else {
          expect(result.applied).toBe('mean');
          expect(result.counted).toEqual(xs);
        }
      }),
    );
  });

  test('the published mean is the exact decimal mean rounded half away from zero (totals in tenths)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1000), { minLength: 1, maxLength: 15 }), fc.integer({ min: 0, max: 3 }), (tenths, decimals) => {
        const { value } = aggregateTotals(tenths.map((n) => n / 10), 'mean', 5)!;
        // Exact oracle in integers: mean = sum / (10 n); rounded = ⌊sum · 10^d / (10 n) + 1/2⌋ / 10^d.
        const sum = tenths.reduce((s, n) => s + n, 0);
        const scale = 10 ** decimals;
        const denominator = 10 * tenths.length;
        const units = Math.floor((2 * sum * scale + denominator) / (2 * denominator));
        expect(roundScore(value, decimals)).toBe(units / scale);
      }),
      // About 1 case in 200 is a half that binary arithmetic puts on the wrong side: run enough.
      { numRuns: 3000 },
    );
  });
});
