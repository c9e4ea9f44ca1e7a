import fc from 'fast-check';
import { rubricMaximum, type Criterion, type Rubric } from '../../../src/core/config/model';
import { defaultRubric } from '../../../src/core/config/presets';
import type { ScoreSheet } from '../../../src/core/scoring/score-sheet';
import { sheetTotal } from '../../../src/core/scoring/sheet-total';

/** The default 100-point rubric: TM 30, KT 25, HQ 25, NR 10, TB 10, step 0.5, weights 1. */
const rubric = defaultRubric();
const CODES = ['TM', 'KT', 'HQ', 'NR', 'TB'];

function sheet(scores: Record<string, number | null>): ScoreSheet {
  return { entryCode: 'HG2024-001', judge: 'a@x.vn', round: 'preliminary', scores };
}

const points = (values: (number | null)[]): Record<string, number | null> => Object.fromEntries(CODES.map((c, i) => [c, values[i]]));

function criterion(code: string, maxPoints: number, weight: number, step = 0.5): Criterion {
  return { code, name: code, maxPoints, weight, step, description: '' };
}

describe('sheetTotal: one judge, one entry', () => {
  test('the default rubric is the 100-point one the worked examples use', () => {
    expect(rubric.criteria.map((c) => [c.code, c.maxPoints, c.weight])).toEqual([
      ['TM', 30, 1], ['KT', 25, 1], ['HQ', 25, 1], ['NR', 10, 1], ['TB', 10, 1],
    ]);
    expect(rubricMaximum(rubric)).toBe(100);
  });

  test('a complete sheet adds its points: 25 + 20 + 20 + 9 + 8 = 82', () => {
    expect(sheetTotal(sheet(points([25, 20, 20, 9, 8])), rubric)).toEqual({
      complete: true,
      total: 82,
      byCriterion: { TM: 25, KT: 20, HQ: 20, NR: 9, TB: 8 },
    });
  });

  test('half points add up: 27.5 + 21.5 + 20 + 8.5 + 7 = 84.5', () => {
    const result = sheetTotal(sheet(points([27.5, 21.5, 20, 8.5, 7])), rubric);
    expect(result.complete && result.total).toBe(84.5);
  });

  test('weights multiply: novelty 8/10 × 3 + feasibility 6/10 × 2 + effect 5/10 × 1 = 41', () => {
    const weighted: Rubric = { criteria: [criterion('TM', 10, 3), criterion('KT', 10, 2), criterion('HQ', 10, 1)] };
    const result = sheetTotal(sheet({ TM: 8, KT: 6, HQ: 5 }), weighted);
    expect(result).toEqual({ complete: true, total: 41, byCriterion: { TM: 8, KT: 6, HQ: 5 } });
    expect(rubricMaximum(weighted)).toBe(60);
  });

  test('a blank criterion is not zero: the sheet has no total and names what is missing', () => {
    expect(sheetTotal(sheet(points([25, 20, null, 9, 8])), rubric)).toEqual({ complete: false, missing: ['HQ'], invalid: [] });
  });

  test('an absent criterion is missing, like a blank one', () => {
    expect(sheetTotal(sheet({ TM: 25, KT: 20, HQ: 20, NR: 9 }), rubric)).toEqual({ complete: false, missing: ['TB'], invalid: [] });
  });

  test('an untouched sheet misses every criterion, in rubric order', () => {
    expect(sheetTotal(sheet({}), rubric)).toEqual({ complete: false, missing: CODES, invalid: [] });
  });

  test('invalid scores make the sheet incomplete, each with its reason, alongside the missing ones', () => {
    expect(sheetTotal(sheet(points([31, -1, 7.3, null, Number.NaN])), rubric)).toEqual({
      complete: false,
      missing: ['NR'],
      invalid: [
        { code: 'TM', reason: 'aboveMaximum' },
        { code: 'KT', reason: 'negative' },
        { code: 'HQ', reason: 'offStep' },
        { code: 'TB', reason: 'notANumber' },
      ],
    });
  });

  test('scores for codes not in the rubric are ignored', () => {
    const result = sheetTotal(sheet({ ...points([25, 20, 20, 9, 8]), OLD: 10 }), rubric);
    expect(result).toEqual({ complete: true, total: 82, byCriterion: { TM: 25, KT: 20, HQ: 20, NR: 9, TB: 8 } });
  });

  test('a criterion coded like a built-in property ("toString") is missing when not scored, not taken from the object', () => {
    const odd: Rubric = { criteria: [criterion('toString', 10, 1), criterion('TM', 10, 1)] };
    expect(sheetTotal(sheet({ TM: 5 }), odd)).toEqual({ complete: false, missing: ['toString'], invalid: [] });
  });

  test('a complete sheet\'s total lies between 0 and the rubric maximum and equals Σ points × weight', () => {
    const weighted: Rubric = { criteria: [criterion('A', 30, 1), criterion('B', 20, 1.5), criterion('C', 10, 0.5, 0.25)] };
    fc.assert(
      fc.property(fc.nat(60), fc.nat(40), fc.nat(40), (a, b, c) => {
        const given = { A: a / 2, B: b / 2, C: c / 4 };
        const result = sheetTotal(sheet(given), weighted);
        if (!result.complete) throw new Error('expected a complete sheet');
        expect(result.total).toBeGreaterThanOrEqual(0);
        expect(result.total).toBeLessThanOrEqual(rubricMaximum(weighted));
        expect(result.total).toBeCloseTo(given.A + given.B * 1.5 + given.C * 0.5, 9);
        expect(result.byCriterion).toEqual(given);
      }),
    );
  });
});
