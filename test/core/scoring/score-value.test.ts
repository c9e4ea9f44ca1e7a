import fc from 'fast-check';
import { checkScore, readScore } from '../../../src/core/scoring/score-value';

const novelty = { maxPoints: 30, step: 0.5 };
const tenths = { maxPoints: 10, step: 0.1 };

describe('readScore: what a judge typed in a score cell', () => {
  test.each([[''], ['   '], ['\t'], ['\u00a0']])('%j is blank: not scored yet, never zero', (cell) => {
    expect(readScore(cell, novelty)).toEqual({ kind: 'blank' });
  });

  test.each([[0], [7.5], [30], [22]])('%p is a score on a 30-point criterion with step 0.5', (cell) => {
    expect(readScore(cell, novelty)).toEqual({ kind: 'score', value: cell });
  });

  test.each([
    ['7,5', 'a decimal comma'],
    ['7.5', 'a number typed as text'],
    ['bảy', 'a word'],
    [' 8 ', 'digits with spaces'],
  ])('text %j (%s) is not a number: never guessed', (cell) => {
    expect(readScore(cell, novelty)).toEqual({ kind: 'invalid', reason: 'notANumber' });
  });

  test('booleans and dates are not numbers', () => {
    expect(readScore(true, novelty)).toEqual({ kind: 'invalid', reason: 'notANumber' });
    expect(readScore(false, novelty)).toEqual({ kind: 'invalid', reason: 'notANumber' });
    expect(readScore(new Date(2024, 7, 16), novelty)).toEqual({ kind: 'invalid', reason: 'notANumber' });
  });

  test('-1 is negative, 31 on a 30-point criterion is above the maximum, 7.3 with step 0.5 is off the step', () => {
    expect(readScore(-1, novelty)).toEqual({ kind: 'invalid', reason: 'negative' });
    expect(readScore(31, novelty)).toEqual({ kind: 'invalid', reason: 'aboveMaximum' });
    expect(readScore(7.3, novelty)).toEqual({ kind: 'invalid', reason: 'offStep' });
  });

  test('a number just above the maximum is above it: 30.0001 on 30 points', () => {
    expect(readScore(30.0001, { maxPoints: 30, step: 0.0001 })).toEqual({ kind: 'invalid', reason: 'aboveMaximum' });
  });
});

describe('checkScore: the same checks on a number already read', () => {
  test('NaN and infinities are not numbers', () => {
    expect(checkScore(NaN, novelty)).toBe('notANumber');
    expect(checkScore(Infinity, novelty)).toBe('notANumber');
    expect(checkScore(-Infinity, novelty)).toBe('notANumber');
  });

  test('binary fractions are on the step and within the maximum: 0.1 + 0.2 with step 0.1, up to 0.3', () => {
    expect(checkScore(0.1 + 0.2, tenths)).toBeNull();
    expect(checkScore(0.1 + 0.2, { maxPoints: 0.3, step: 0.1 })).toBeNull();
    expect(checkScore(8.7, tenths)).toBeNull();
    expect(checkScore(9.9, tenths)).toBeNull();
  });

  test('a value between two steps is off the step, however small the step', () => {
    expect(checkScore(8.75, tenths)).toBe('offStep');
    expect(checkScore(0.05, tenths)).toBe('offStep');
    expect(checkScore(7.25, { maxPoints: 30, step: 0.25 })).toBeNull();
    expect(checkScore(7.2, { maxPoints: 30, step: 0.25 })).toBe('offStep');
  });

  test('the first failing check is reported: a negative off-step value is negative; an off-step value above the maximum is above it', () => {
    expect(checkScore(-0.3, novelty)).toBe('negative');
    expect(checkScore(31.3, novelty)).toBe('aboveMaximum');
  });

  test('every whole number of steps from 0 to the maximum is accepted, and every value half a step off is refused', () => {
    const steps = [0.1, 0.2, 0.25, 0.5, 1, 2, 5];
    fc.assert(
      fc.property(fc.constantFrom(...steps), fc.integer({ min: 1, max: 400 }), fc.nat(400), (step, stepsInMax, k) => {
        const maxPoints = stepsInMax * step;
        const criterion = { maxPoints, step };
        const n = k % (stepsInMax + 1);
        // n × step computed the way a sheet would show it: the decimal n·step, then read.
        const typed = Number((n * step).toFixed(2));
        expect(checkScore(typed, criterion)).toBeNull();
        if (n < stepsInMax) expect(checkScore(typed + step / 2, criterion)).toBe('offStep');
      }),
    );
  });
});
