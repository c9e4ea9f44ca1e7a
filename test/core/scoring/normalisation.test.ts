import fc from 'fast-check';
import { MIN_ENTRIES_TO_NORMALISE, normaliseByJudge, type JudgeTotal } from '../../../src/core/scoring/normalisation';
import { roundScore } from '../../../src/core/scoring/rounding';

const t = (entryCode: string, judge: string, total: number): JudgeTotal => ({ entryCode, judge, total });
const valueOf = (totals: JudgeTotal[], entryCode: string, judge: string): number => totals.find((x) => x.entryCode === entryCode && x.judge === judge)!.total;

describe('normaliseByJudge: worked example', () => {
  // Lenient judge A gives 90, 80, 70; harsh judge B gives 60, 50, 40 to the same three entries.
  // Panel: mean 390 / 6 = 65; deviations ±25, ±15, ±5, so SD = √(1750 / 6) = 17.078.
  // Each judge: deviations +10, 0, −10 from their mean, SD = √(200 / 3) = 8.165, so z = +1.2247, 0, −1.2247.
  // Normalised: 65 + 17.078 × 1.2247 = 85.92, 65, 65 − 20.92 = 44.08, for both judges.
  const given = [t('E1', 'a', 90), t('E2', 'a', 80), t('E3', 'a', 70), t('E1', 'b', 60), t('E2', 'b', 50), t('E3', 'b', 40)];
  const result = normaliseByJudge(given, 100);

  test('the panel scale is the mean and population SD of every total', () => {
    expect(result.panelMean).toBe(65);
    expect(roundScore(result.panelSd, 3)).toBe(17.078);
  });

  test('each judge\'s scale is reported, sorted by judge', () => {
    expect(result.judges.map((j) => [j.judge, j.entries, j.mean, roundScore(j.sd, 3), j.treatment])).toEqual([
      ['a', 3, 80, 8.165, 'normalised'],
      ['b', 3, 50, 8.165, 'normalised'],
    ]);
  });

  test('the lenient and the harsh judge end up giving each entry the same normalised total', () => {
    expect(result.totals.map((x) => [x.entryCode, x.judge, roundScore(x.total, 2)])).toEqual([
      ['E1', 'a', 85.92], ['E2', 'a', 65], ['E3', 'a', 44.08],
      ['E1', 'b', 85.92], ['E2', 'b', 65], ['E3', 'b', 44.08],
    ]);
  });
});

describe('normaliseByJudge: judges it cannot normalise, and the bounds', () => {
  test(`a judge with fewer than ${MIN_ENTRIES_TO_NORMALISE} entries keeps the totals given`, () => {
    const result = normaliseByJudge([t('E1', 'a', 90), t('E2', 'a', 80), t('E3', 'a', 70), t('E1', 'c', 72), t('E2', 'c', 99)], 100);
    expect(result.judges.find((j) => j.judge === 'c')).toMatchObject({ entries: 2, treatment: 'tooFewEntries' });
    expect(valueOf(result.totals, 'E1', 'c')).toBe(72);
    expect(valueOf(result.totals, 'E2', 'c')).toBe(99);
  });

  test('a judge who gave every entry the same total is mapped to the panel mean', () => {
    const result = normaliseByJudge([t('E1', 'a', 90), t('E2', 'a', 80), t('E3', 'a', 70), t('E1', 'd', 75), t('E2', 'd', 75), t('E3', 'd', 75)], 100);
    expect(result.panelMean).toBe(77.5);
    expect(result.judges.find((j) => j.judge === 'd')).toEqual({ judge: 'd', entries: 3, mean: 75, sd: 0, treatment: 'noSpread' });
    for (const e of ['E1', 'E2', 'E3']) expect(valueOf(result.totals, e, 'd')).toBe(77.5);
  });

  test('equal totals reached by different sums (last binary digit apart) still count as no spread', () => {
    const thirty = [10.1 + 20.2, 20.1 + 10.2, 30.3];
    expect(new Set(thirty).size).toBeGreaterThan(1); // 30.299999999999997 and 30.3
    const result = normaliseByJudge([...thirty.map((x, i) => t(`E${i}`, 'a', x)), t('E0', 'b', 50), t('E1', 'b', 60), t('E2', 'b', 70)], 100);
    expect(result.judges[0]).toMatchObject({ judge: 'a', sd: 0, treatment: 'noSpread' });
    expect(result.totals.slice(0, 3).map((x) => x.total)).toEqual([result.panelMean, result.panelMean, result.panelMean]);
  });

  test('normalised totals are clamped to 0 and the maximum', () => {
    // Judge a sets one entry far apart; on the panel's wide scale it would fall below 0 and above 30.
    const given = [t('E1', 'a', 0), t('E2', 'a', 0), t('E3', 'a', 0), t('E4', 'a', 30), t('E1', 'b', 0), t('E2', 'b', 30), t('E3', 'b', 30), t('E4', 'b', 30)];
    const result = normaliseByJudge(given, 30);
    expect(valueOf(result.totals, 'E4', 'a')).toBe(30);
    expect(valueOf(result.totals, 'E1', 'b')).toBe(0);
    for (const x of result.totals) {
      expect(x.total).toBeGreaterThanOrEqual(0);
      expect(x.total).toBeLessThanOrEqual(30);
    }
  });

  test('no totals: an empty panel with a zero scale', () => {
    expect(normaliseByJudge([], 100)).toEqual({ panelMean: 0, panelSd: 0, judges: [], totals: [] });
  });

  test('the output keeps the input order, entry codes and judges', () => {
    const given = [t('E2', 'b', 60), t('E1', 'a', 70), t('E1', 'b', 50), t('E3', 'a', 90), t('E2', 'a', 80), t('E3', 'b', 40)];
    expect(normaliseByJudge(given, 100).totals.map((x) => `${x.entryCode}/${x.judge}`)).toEqual(given.map((x) => `${x.entryCode}/${x.judge}`));
  });
});

describe('normaliseByJudge: properties', () => {
  /** A full panel: judges × entries totals, every judge scoring every entry. */
  const panel = (judges: number, entries: number, low: number, high: number) =>
    fc.array(fc.array(fc.double({ min: low, max: high, noNaN: true }), { minLength: entries, maxLength: entries }), { minLength: judges, maxLength: judges });
  const shaped = fc.record({ judges: fc.integer({ min: 2, max: 5 }), entries: fc.integer({ min: MIN_ENTRIES_TO_NORMALISE, max: 8 }) });
  const flatten = (grid: number[][]): JudgeTotal[] => grid.flatMap((row, j) => row.map((total, e) => t(`E${e}`, `j${j}`, total)));
  /** Where a total sits on the panel's scale, in panel SDs from the panel mean. */
  const positions = (totals: readonly JudgeTotal[]): number[] => {
    const n = normaliseByJudge(totals, 1000);
    return n.totals.map((x) => (x.total - n.panelMean) / n.panelSd);
  };
  const spreadOut = (row: number[]): boolean => Math.max(...row) - Math.min(...row) > 1;

  test('shifting one judge\'s totals by a constant, or scaling them by a positive factor, leaves every total\'s place on the panel\'s scale unchanged', () => {
    fc.assert(
      fc.property(
        shaped.chain(({ judges, entries }) => panel(judges, entries, 60, 80)),
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: 0.8, max: 1.25, noNaN: true }),
        (grid, shift, factor) => {
          fc.pre(grid.every(spreadOut));
          const before = flatten(grid);
          const after = flatten(grid.map((row, j) => (j === 0 ? row.map((x) => x * factor + shift) : row)));
          const normalised = normaliseByJudge(after, 1000).totals;
          // Unclamped: the range keeps every normalised total well inside [0, 1000].
          for (const x of normalised) expect(x.total).toBeGreaterThan(0);
          const p = positions(before);
          positions(after).forEach((q, i) => expect(q).toBeCloseTo(p[i], 9));
        },
      ),
      { numRuns: 200 },
    );
  });

  test('an honest panel (every judge scored every entry, all agree on the order) keeps that order', () => {
    fc.assert(
      fc.property(
        shaped,
        fc.array(fc.record({ scale: fc.double({ min: 0.2, max: 3, noNaN: true }), offset: fc.double({ min: 0, max: 40, noNaN: true }), curve: fc.double({ min: 0.5, max: 2, noNaN: true }) }), { minLength: 5, maxLength: 5 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: 8, maxLength: 8 }),
        fc.constantFrom(100, 1000),
        ({ judges, entries }, habits, qualities, maximum) => {
          // Each judge maps quality through their own increasing curve: lenient, harsh, compressed, stretched.
          const quality = qualities.slice(0, entries);
          const grid = habits.slice(0, judges).map((h) => quality.map((q) => h.offset + h.scale * 20 * (q / 100) ** h.curve));
          const totals = normaliseByJudge(flatten(grid), maximum).totals;
          const mean = (e: number): number => totals.filter((x) => x.entryCode === `E${e}`).reduce((s, x) => s + x.total, 0) / judges;
          const order = quality.map((q, e) => ({ q, m: mean(e) })).sort((a, b) => a.q - b.q);
          const unclamped = totals.every((x) => x.total > 0 && x.total < maximum);
          for (let i = 1; i < order.length; i++) {
            expect(order[i].m).toBeGreaterThanOrEqual(order[i - 1].m - 1e-9);
            if (unclamped) expect(order[i].m).toBeGreaterThan(order[i - 1].m);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  test('every normalised total lies in [0, maximum], whoever scored what', () => {
    const totals = fc.array(fc.record({ entryCode: fc.constantFrom('E1', 'E2', 'E3', 'E4', 'E5'), judge: fc.constantFrom('a', 'b', 'c'), total: fc.integer({ min: 0, max: 200 }).map((n) => n / 2) }), { maxLength: 30 });
    fc.assert(
      fc.property(totals, (given) => {
        for (const x of normaliseByJudge(given, 100).totals) {
          expect(x.total).toBeGreaterThanOrEqual(0);
          expect(x.total).toBeLessThanOrEqual(100);
        }
      }),
    );
  });
});
