import fc from 'fast-check';
import { roundScore } from '../../../src/core/scoring/rounding';

describe('roundScore: half away from zero, on the decimal a person reads', () => {
  test.each([
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [0.125, 2, 0.13],
    [84.45, 1, 84.5],
    [251 / 3, 2, 83.67],
    [84.44, 1, 84.4],
    [2.5, 0, 3],
    [0.5, 0, 1],
    [1.5, 0, 2],
    [9.9999995, 6, 10],
    [0.0000005, 6, 0.000001],
    [0.0000004, 6, 0],
    [84, 2, 84],
  ])('%p to %p decimals is %p', (value, decimals, expected) => {
    expect(roundScore(value, decimals)).toBe(expected);
  });

  test.each([
    [-1.005, 2, -1.01],
    [-84.45, 1, -84.5],
    [-2.5, 0, -3],
    [-0.125, 2, -0.13],
  ])('a negative half goes away from zero: %p to %p decimals is %p', (value, decimals, expected) => {
    expect(roundScore(value, decimals)).toBe(expected);
  });

  test('a small negative number rounds to zero, not to minus zero (no "-0" in a published table)', () => {
    expect(Object.is(roundScore(-0.001, 2), 0)).toBe(true);
  });

  test('the noise of a mean does not decide: two judges 70.1 and 70.8 average 70.45, published as 70.5', () => {
    const mean = (70.1 + 70.8) / 2;
    expect(mean).not.toBe(70.45); // binary arithmetic gives 70.44999999999999
    expect(roundScore(mean, 1)).toBe(70.5);
  });

  test('three judges 80, 80.2 and 80.25 average 80.15 by hand, published as 80.2 at one decimal', () => {
    const mean = (80 + 80.2 + 80.25) / 3;
    expect(mean).not.toBe(80.15); // binary arithmetic gives 80.14999999999999
    expect(roundScore(mean, 1)).toBe(80.2);
  });

  test('decimals outside 0..6 or fractional are refused', () => {
    expect(() => roundScore(1, -1)).toThrow(RangeError);
    expect(() => roundScore(1, 7)).toThrow(RangeError);
    expect(() => roundScore(1, 1.5)).toThrow(RangeError);
  });

  test('NaN and infinities are returned as they are', () => {
    expect(roundScore(NaN, 2)).toBeNaN();
    expect(roundScore(Infinity, 2)).toBe(Infinity);
    expect(roundScore(-Infinity, 2)).toBe(-Infinity);
  });

  const decimals = fc.integer({ min: 0, max: 6 });

  test('a decimal ending in 5 just past the kept digits rounds away from zero (exact decimal oracle)', () => {
    // value = m.5 × 10^-d written as a decimal string; the expected result is (m + 1) × 10^-d.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), decimals, fc.boolean(), (m, d, negative) => {
        const sign = negative ? -1 : 1;
        const value = sign * Number(`${m}5e-${d + 1}`);
        const expected = sign * Number(`${m + 1}e-${d}`);
        expect(roundScore(value, d)).toBe(expected === 0 ? 0 : expected);
      }),
    );
  });

  test('a decimal whose first dropped digit is below 5 is cut (exact decimal oracle)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 99 }), decimals, (m, next, rest, d) => {
        const value = Number(`${m}${next}${String(rest).padStart(2, '0')}e-${d + 3}`);
        expect(roundScore(value, d)).toBe(Number(`${m}e-${d}`));
      }),
    );
  });

  test('the result is within half a unit of the last kept decimal, is symmetric, and rounding again changes nothing', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), decimals, (value, d) => {
        const rounded = roundScore(value, d);
        expect(Math.abs(rounded - value)).toBeLessThanOrEqual(0.5 * 10 ** -d * (1 + 1e-9) + Math.abs(value) * 1e-14);
        expect(roundScore(-value, d)).toBe(rounded === 0 ? 0 : -rounded);
        expect(roundScore(rounded, d)).toBe(rounded);
      }),
    );
  });
});
