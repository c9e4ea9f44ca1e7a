import fc from 'fast-check';
import type { BoundaryTiePolicy, VacancyPolicy } from '../../../src/core/config/model';
import { presetById, type PresetId } from '../../../src/core/config/presets';
import {
  allocatePrizes,
  type AllocationRules,
  type Placement,
  type PrizeCandidate,
  type TierSpec,
} from '../../../src/core/results/prize-allocation';
import { rankCompetition } from '../../../src/core/results/ranking';

interface Scored {
  id: string;
  score: number;
  unit?: string;
  category?: string;
}

/** Candidates ranked on their scores alone, best first, as the results step passes them. */
function candidates(entries: Scored[]): PrizeCandidate[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return rankCompetition(entries.map((e) => ({ id: e.id, keys: [e.score] }))).map((r) => {
    const e = byId.get(r.id)!;
    return { id: e.id, rank: r.rank, score: e.score, unitCode: e.unit ?? 'U', categoryCode: e.category ?? 'C' };
  });
}

const scored = (scores: number[], prefix = 'E'): Scored[] => scores.map((score, i) => ({ id: `${prefix}${String(i + 1).padStart(2, '0')}`, score }));

function presetTiers(id: PresetId): TierSpec[] {
  return presetById(id)
    .build()
    .prizes.tiers.map((t) => ({ code: t.code, count: t.count, amount: t.amount, minScore: t.minScore }));
}

const rules = (boundaryTie: BoundaryTiePolicy, vacancy: VacancyPolicy = 'leaveVacant', limits: Partial<AllocationRules> = {}): AllocationRules => ({
  vacancy,
  boundaryTie,
  ...limits,
});

/** What each entry got, in a form that reads like the published list. */
function outcome(p: Placement): string {
  if (p.kind === 'prize') return `${p.tierCode} ${p.amount}`;
  if (p.kind === 'referred') return `referred ${p.contested.map((c) => c.tierCode).join('+')}`;
  return `none ${p.reason.kind}`;
}
const outcomes = (placements: Placement[]): Record<string, string> => Object.fromEntries(placements.map((p) => [p.id, outcome(p)]));

describe('allocatePrizes: the seed plans', () => {
  it('Đakrông 2020: 88, 84.5, 80, 75 get first, second, third and nothing, 4,500,000 đ in all', () => {
    const result = allocatePrizes(candidates(scored([88, 84.5, 80, 75])), presetTiers('dakrong2020'), rules('referToBoard'));
    expect(outcomes(result.placements)).toEqual({
      E01: 'NHAT 2000000',
      E02: 'NHI 1500000',
      E03: 'BA 1000000',
      E04: 'none prizesExhausted',
    });
    expect(result.awardedMoney).toBe(4_500_000);
    expect(result.pendingMoney).toBe(0);
    expect(result.tiers.map((t) => [t.code, t.places, t.awarded, t.vacant, t.money])).toEqual([
      ['NHAT', 1, 1, 0, 2_000_000],
      ['NHI', 1, 1, 0, 1_500_000],
      ['BA', 1, 1, 0, 1_000_000],
    ]);
  });

  it('Hậu Giang 2024: ten finalists, 10 / 7 / 5 million and three Khuyến khích of 3 million, 31,000,000 đ', () => {
    const finalists = scored([94, 91.5, 90, 88, 86.5, 85, 83, 80, 78.5, 70]);
    const result = allocatePrizes(candidates(finalists), presetTiers('hauGiang2024'), rules('referToBoard'));
    expect(result.placements.map(outcome)).toEqual([
      'NHAT 10000000',
      'NHI 7000000',
      'BA 5000000',
      'KK 3000000',
      'KK 3000000',
      'KK 3000000',
      'none prizesExhausted',
      'none prizesExhausted',
      'none prizesExhausted',
      'none prizesExhausted',
    ]);
    expect(result.awardedMoney).toBe(31_000_000);
    expect(result.tiers.find((t) => t.code === 'KK')).toMatchObject({ places: 3, awarded: 3, money: 9_000_000, vacant: 0 });
  });

  it('gives the placements in the order of the candidates, whatever that order', () => {
    const ranked = candidates(scored([88, 84.5, 80, 75]));
    const reversed = allocatePrizes([...ranked].reverse(), presetTiers('dakrong2020'), rules('referToBoard'));
    expect(reversed.placements.map((p) => p.id)).toEqual(['E04', 'E03', 'E02', 'E01']);
    expect(outcomes(reversed.placements)).toEqual(outcomes(allocatePrizes(ranked, presetTiers('dakrong2020'), rules('referToBoard')).placements));
  });
});

describe('allocatePrizes: a tie across the last place of a tier', () => {
  // Hậu Giang: five clear winners, then two entries tied on 85 for the last Khuyến khích place.
  const lastPlaceTie = [...scored([94, 91.5, 90, 88, 86.5]), { id: 'T1', score: 85 }, { id: 'T2', score: 85 }, { id: 'LOW', score: 80 }];

  it('shareMoney: both get Khuyến khích and split its 3,000,000 đ', () => {
    const result = allocatePrizes(candidates(lastPlaceTie), presetTiers('hauGiang2024'), rules('shareMoney'));
    const t1 = result.placements.find((p) => p.id === 'T1');
    expect(t1).toEqual({
      kind: 'prize',
      id: 'T1',
      tierCode: 'KK',
      amount: 1_500_000,
      boundaryTie: { policy: 'shareMoney', tie: ['T1', 'T2'], places: 2, pooledAmount: 3_000_000 },
    });
    expect(outcomes(result.placements)).toMatchObject({ T2: 'KK 1500000', LOW: 'none prizesExhausted' });
    expect(result.awardedMoney).toBe(31_000_000);
    expect(result.tiers.find((t) => t.code === 'KK')).toMatchObject({ places: 3, awarded: 4, money: 9_000_000 });
  });

  it('fullPrizeEach: both get the full 3,000,000 đ, one Khuyến khích more than the plan counts', () => {
    const result = allocatePrizes(candidates(lastPlaceTie), presetTiers('hauGiang2024'), rules('fullPrizeEach'));
    expect(outcomes(result.placements)).toMatchObject({ T1: 'KK 3000000', T2: 'KK 3000000', LOW: 'none prizesExhausted' });
    const t2 = result.placements.find((p) => p.id === 'T2');
    expect(t2).toMatchObject({ boundaryTie: { policy: 'fullPrizeEach', tie: ['T1', 'T2'], places: 2, pooledAmount: 3_000_000 } });
    expect(result.awardedMoney).toBe(34_000_000);
    expect(result.tiers.find((t) => t.code === 'KK')).toMatchObject({ places: 3, awarded: 4, money: 12_000_000 });
  });

  it('referToBoard: both are referred for the one place, its money pending, and the next entry still gets nothing', () => {
    const result = allocatePrizes(candidates(lastPlaceTie), presetTiers('hauGiang2024'), rules('referToBoard'));
    expect(result.placements.find((p) => p.id === 'T1')).toEqual({
      kind: 'referred',
      id: 'T1',
      tie: ['T1', 'T2'],
      contested: [{ tierCode: 'KK', amount: 3_000_000 }],
    });
    expect(outcomes(result.placements)).toMatchObject({ T2: 'referred KK', LOW: 'none prizesExhausted' });
    expect(result.awardedMoney).toBe(28_000_000);
    expect(result.pendingMoney).toBe(3_000_000);
    expect(result.tiers.find((t) => t.code === 'KK')).toMatchObject({ awarded: 2, referred: 1, vacant: 0 });
  });

  describe('two entries tied for first (first 10,000,000, second 7,000,000)', () => {
    const topTie = [{ id: 'A', score: 95 }, { id: 'B', score: 95 }, ...scored([90, 88, 86, 84, 82, 80])];

    it('shareMoney: 8,500,000 each, and the next entry gets the third prize', () => {
      const result = allocatePrizes(candidates(topTie), presetTiers('hauGiang2024'), rules('shareMoney'));
      expect(outcomes(result.placements)).toMatchObject({ A: 'NHAT 8500000', B: 'NHAT 8500000', E01: 'BA 5000000', E02: 'KK 3000000' });
      expect(result.placements.find((p) => p.id === 'A')).toMatchObject({ boundaryTie: { places: 2, pooledAmount: 17_000_000 } });
      expect(result.tiers.find((t) => t.code === 'NHI')).toMatchObject({ awarded: 0, money: 0 });
      expect(result.awardedMoney).toBe(31_000_000);
    });

    it('fullPrizeEach: 10,000,000 each and no second prize', () => {
      const result = allocatePrizes(candidates(topTie), presetTiers('hauGiang2024'), rules('fullPrizeEach'));
      expect(outcomes(result.placements)).toMatchObject({ A: 'NHAT 10000000', B: 'NHAT 10000000', E01: 'BA 5000000' });
      expect(result.placements.some((p) => p.kind === 'prize' && p.tierCode === 'NHI')).toBe(false);
      expect(result.awardedMoney).toBe(34_000_000);
    });

    it('referToBoard: both referred for [first, second], 17,000,000 đ pending, the rest carry on', () => {
      const result = allocatePrizes(candidates(topTie), presetTiers('hauGiang2024'), rules('referToBoard'));
      expect(result.placements.find((p) => p.id === 'B')).toEqual({
        kind: 'referred',
        id: 'B',
        tie: ['A', 'B'],
        contested: [
          { tierCode: 'NHAT', amount: 10_000_000 },
          { tierCode: 'NHI', amount: 7_000_000 },
        ],
      });
      expect(result.pendingMoney).toBe(17_000_000);
      expect(result.awardedMoney).toBe(14_000_000);
      expect(outcomes(result.placements)).toMatchObject({ A: 'referred NHAT+NHI', E01: 'BA 5000000', E04: 'KK 3000000', E05: 'none prizesExhausted' });
      expect(result.tiers.slice(0, 2).map((t) => [t.code, t.awarded, t.referred])).toEqual([
        ['NHAT', 0, 1],
        ['NHI', 0, 1],
      ]);
    });
  });

  it('shares 10,000,000 đ three ways as 3,333,333 đ each, the odd đồng unpaid', () => {
    const result = allocatePrizes(candidates(scored([90, 90, 90])), [{ code: 'NHAT', count: 1, amount: 10_000_000 }], rules('shareMoney'));
    expect(result.placements.map(outcome)).toEqual(['NHAT 3333333', 'NHAT 3333333', 'NHAT 3333333']);
    expect(result.placements[0]).toMatchObject({ boundaryTie: { places: 3, pooledAmount: 10_000_000 } });
    expect(result.awardedMoney).toBe(9_999_999);
  });

  it('counts a following tier\'s place only when the tied entries reach its minimum', () => {
    // Tied on 75 for the last first prize; second needs 80, so the second place of the tie is a third prize.
    const tiers: TierSpec[] = [
      { code: 'NHAT', count: 1, amount: 10_000_000 },
      { code: 'NHI', count: 1, amount: 7_000_000, minScore: 80 },
      { code: 'BA', count: 1, amount: 5_000_000 },
    ];
    const shared = allocatePrizes(candidates(scored([75, 75, 70])), tiers, rules('shareMoney'));
    expect(shared.placements.map(outcome)).toEqual(['NHAT 7500000', 'NHAT 7500000', 'none prizesExhausted']);
    expect(shared.tiers.find((t) => t.code === 'NHI')).toMatchObject({ vacant: 1 });
    const referred = allocatePrizes(candidates(scored([75, 75, 70])), tiers, rules('referToBoard'));
    expect(referred.placements.map(outcome)).toEqual(['referred NHAT+BA', 'referred NHAT+BA', 'none prizesExhausted']);
    expect(referred.pendingMoney).toBe(15_000_000);
  });
});

describe('allocatePrizes: minimum scores and vacancies', () => {
  const tiers: TierSpec[] = [
    { code: 'NHAT', count: 1, amount: 10_000_000, minScore: 90 },
    { code: 'NHI', count: 1, amount: 7_000_000, minScore: 80 },
    { code: 'BA', count: 1, amount: 5_000_000 },
  ];

  it('leaveVacant: nobody reaches 90, so the first prize stays empty and the others are given in order', () => {
    const result = allocatePrizes(candidates(scored([85, 82, 70])), tiers, rules('referToBoard', 'leaveVacant'));
    expect(result.placements.map(outcome)).toEqual(['NHI 7000000', 'BA 5000000', 'none prizesExhausted']);
    expect(result.tiers.map((t) => [t.code, t.places, t.vacant, t.passedDown])).toEqual([
      ['NHAT', 1, 1, 0],
      ['NHI', 1, 0, 0],
      ['BA', 1, 0, 0],
    ]);
    expect(result.awardedMoney).toBe(12_000_000);
  });

  it('passDown: the empty first prize becomes a second second prize', () => {
    const result = allocatePrizes(candidates(scored([85, 82, 70])), tiers, rules('referToBoard', 'passDown'));
    expect(result.placements.map(outcome)).toEqual(['NHI 7000000', 'NHI 7000000', 'BA 5000000']);
    expect(result.tiers.map((t) => [t.code, t.places, t.receivedFromAbove, t.passedDown, t.vacant, t.awarded])).toEqual([
      ['NHAT', 1, 0, 1, 0, 0],
      ['NHI', 2, 1, 0, 0, 2],
      ['BA', 1, 0, 0, 0, 1],
    ]);
  });

  it('says an entry below the lowest prize\'s minimum is below the minimum, not out of prizes', () => {
    const result = allocatePrizes(candidates(scored([60, 45])), [{ code: 'KK', count: 3, amount: 3_000_000, minScore: 50 }], rules('referToBoard'));
    expect(result.placements[1]).toEqual({ kind: 'none', id: 'E02', reason: { kind: 'belowMinimum', tierCode: 'KK', minScore: 50 } });
    expect(result.tiers[0]).toMatchObject({ awarded: 1, vacant: 2 });
  });

  it('hands the places left after the last candidate down tier by tier under passDown, where they end vacant', () => {
    const dakrong = presetTiers('dakrong2020');
    const passed = allocatePrizes(candidates(scored([88])), dakrong, rules('referToBoard', 'passDown'));
    expect(passed.tiers.map((t) => [t.code, t.places, t.passedDown, t.vacant])).toEqual([
      ['NHAT', 1, 0, 0],
      ['NHI', 1, 1, 0],
      ['BA', 2, 0, 2],
    ]);
    const left = allocatePrizes(candidates(scored([88])), dakrong, rules('referToBoard', 'leaveVacant'));
    expect(left.tiers.map((t) => [t.code, t.places, t.passedDown, t.vacant])).toEqual([
      ['NHAT', 1, 0, 0],
      ['NHI', 1, 0, 1],
      ['BA', 1, 0, 1],
    ]);
  });

  it('a tier with count 0 offers nothing, and passes nothing down', () => {
    const tiers0: TierSpec[] = [
      { code: 'DB', count: 0, amount: 20_000_000 },
      { code: 'NHAT', count: 1, amount: 10_000_000 },
    ];
    const result = allocatePrizes(candidates(scored([99, 90])), tiers0, rules('referToBoard', 'passDown'));
    expect(result.placements.map(outcome)).toEqual(['NHAT 10000000', 'none prizesExhausted']);
    expect(result.tiers[0]).toMatchObject({ places: 0, awarded: 0, passedDown: 0, vacant: 0 });
  });

  it('year-round tiers without a count (Tân An 2024): every entry reaching 70, then 50, is recognised', () => {
    const result = allocatePrizes(candidates(scored([92, 75, 70, 69.5, 50, 49.5])), presetTiers('tanAn2024'), rules('referToBoard'));
    expect(result.placements.map(outcome)).toEqual(['KTDX 0', 'KTDX 0', 'KTDX 0', 'TD 0', 'TD 0', 'none belowMinimum']);
    expect(result.placements[5]).toMatchObject({ reason: { tierCode: 'TD', minScore: 50 } });
    expect(result.tiers.map((t) => [t.code, t.places, t.awarded, t.vacant])).toEqual([
      ['KTDX', null, 3, 0],
      ['TD', null, 2, 0],
    ]);
  });

  it('an unbounded tier takes a whole tie at its boundary without any boundary rule', () => {
    const tiers1: TierSpec[] = [{ code: 'KTDX', amount: 500_000, minScore: 70 }];
    const result = allocatePrizes(candidates(scored([80, 80, 80])), tiers1, rules('referToBoard'));
    expect(result.placements.every((p) => p.kind === 'prize' && p.boundaryTie === undefined)).toBe(true);
    expect(result.awardedMoney).toBe(1_500_000);
  });
});

describe('allocatePrizes: limits per unit and per category', () => {
  const dakrong = presetTiers('dakrong2020');

  it('maxPerUnit 1: the second entry of a unit gets nothing and the next unit moves up', () => {
    const entries = [
      { id: 'A1', score: 90, unit: 'XA' },
      { id: 'A2', score: 85, unit: 'XA' },
      { id: 'B1', score: 80, unit: 'XB' },
      { id: 'C1', score: 70, unit: 'XC' },
    ];
    const result = allocatePrizes(candidates(entries), dakrong, rules('referToBoard', 'leaveVacant', { maxPerUnit: 1 }));
    expect(result.placements[1]).toEqual({ kind: 'none', id: 'A2', reason: { kind: 'unitLimit', unitCode: 'XA', limit: 1 } });
    expect(outcomes(result.placements)).toMatchObject({ A1: 'NHAT 2000000', B1: 'NHI 1500000', C1: 'BA 1000000' });
  });

  it('maxPerCategory 2: the third entry of a category gets nothing', () => {
    const entries = [
      { id: 'T1', score: 90, category: 'TTHC' },
      { id: 'T2', score: 85, category: 'TTHC' },
      { id: 'T3', score: 84, category: 'TTHC' },
      { id: 'S1', score: 70, category: 'CQS' },
    ];
    const result = allocatePrizes(candidates(entries), dakrong, rules('referToBoard', 'leaveVacant', { maxPerCategory: 2 }));
    expect(result.placements[2]).toEqual({ kind: 'none', id: 'T3', reason: { kind: 'categoryLimit', categoryCode: 'TTHC', limit: 2 } });
    expect(outcomes(result.placements)).toMatchObject({ T1: 'NHAT 2000000', T2: 'NHI 1500000', S1: 'BA 1000000' });
  });

  it('a tied pair from one unit with room for one is referred, never picked arbitrarily; a tied entry from another unit still wins', () => {
    const entries = [
      { id: 'TOP', score: 95, unit: 'XC' },
      { id: 'A1', score: 88, unit: 'XA' },
      { id: 'A2', score: 88, unit: 'XA' },
      { id: 'B1', score: 88, unit: 'XB' },
      { id: 'A3', score: 87, unit: 'XA' },
      { id: 'D1', score: 86, unit: 'XD' },
    ];
    const tiers: TierSpec[] = [
      { code: 'NHAT', count: 1, amount: 10_000_000 },
      { code: 'KK', count: 4, amount: 3_000_000 },
    ];
    const result = allocatePrizes(candidates(entries), tiers, rules('referToBoard', 'leaveVacant', { maxPerUnit: 1 }));
    expect(result.placements.find((p) => p.id === 'A1')).toEqual({
      kind: 'referred',
      id: 'A1',
      tie: ['A1', 'A2'],
      contested: [
        { tierCode: 'KK', amount: 3_000_000 },
        { tierCode: 'KK', amount: 3_000_000 },
      ],
    });
    expect(outcomes(result.placements)).toMatchObject({
      A2: 'referred KK+KK',
      B1: 'KK 3000000',
      A3: 'none unitLimit',
      D1: 'KK 3000000',
    });
    expect(result.pendingMoney).toBe(6_000_000);
    expect(result.tiers[1]).toMatchObject({ places: 4, awarded: 2, referred: 2, vacant: 0 });
  });

  it('counts an entry that can win nothing anyway as out of prizes, not over its unit\'s limit', () => {
    const entries = [
      { id: 'A1', score: 90, unit: 'XA' },
      { id: 'B1', score: 85, unit: 'XB' },
      { id: 'C1', score: 84, unit: 'XC' },
      { id: 'A2', score: 60, unit: 'XA' },
    ];
    const result = allocatePrizes(candidates(entries), dakrong, rules('referToBoard', 'leaveVacant', { maxPerUnit: 1 }));
    expect(result.placements[3]).toEqual({ kind: 'none', id: 'A2', reason: { kind: 'prizesExhausted' } });
  });
});

// ---- properties ----------------------------------------------------------------------------

const POLICIES: BoundaryTiePolicy[] = ['shareMoney', 'fullPrizeEach', 'referToBoard'];
const VACANCIES: VacancyPolicy[] = ['leaveVacant', 'passDown'];

/** Tiers best first with non-increasing amounts, as every plan has them; counts 0–3, some unbounded (with a minimum). */
const tierList = (allowUnbounded: boolean): fc.Arbitrary<TierSpec[]> =>
  fc
    .array(
      fc.record({
        count: allowUnbounded ? fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined, freq: 4 }) : fc.integer({ min: 0, max: 3 }),
        amount: fc.integer({ min: 0, max: 20 }).map((n) => n * 500_000),
        minScore: fc.option(fc.constantFrom(50, 60, 70, 80), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 4 },
    )
    .map((raw) => {
      const amounts = raw.map((t) => t.amount).sort((a, b) => b - a);
      return raw.map((t, i): TierSpec => {
        const spec: TierSpec = { code: `T${i}`, amount: amounts[i] };
        if (t.count !== undefined) spec.count = t.count;
        if (t.minScore !== undefined || t.count === undefined) spec.minScore = t.minScore ?? 70;
        return spec;
      });
    });

const entryList = fc.array(
  fc.record({ score: fc.constantFrom(45, 55, 65, 72.5, 80, 85, 90, 95), unit: fc.constantFrom('U1', 'U2', 'U3'), category: fc.constantFrom('C1', 'C2') }),
  { maxLength: 14 },
);

const scenario = (allowUnbounded: boolean, withLimits: boolean) =>
  fc.record({
    entries: entryList.map((list) => list.map((e, i) => ({ ...e, id: `E${String(i).padStart(2, '0')}` }))),
    tiers: tierList(allowUnbounded),
    boundaryTie: fc.constantFrom(...POLICIES),
    vacancy: fc.constantFrom(...VACANCIES),
    maxPerUnit: withLimits ? fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }) : fc.constant(undefined),
    maxPerCategory: withLimits ? fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }) : fc.constant(undefined),
  });

function run(s: { entries: Scored[]; tiers: TierSpec[]; boundaryTie: BoundaryTiePolicy; vacancy: VacancyPolicy; maxPerUnit?: number; maxPerCategory?: number }) {
  const list = candidates(s.entries);
  const limits: Partial<AllocationRules> = {};
  if (s.maxPerUnit !== undefined) limits.maxPerUnit = s.maxPerUnit;
  if (s.maxPerCategory !== undefined) limits.maxPerCategory = s.maxPerCategory;
  return { list, result: allocatePrizes(list, s.tiers, rules(s.boundaryTie, s.vacancy, limits)) };
}

describe('allocatePrizes: properties', () => {
  it('gives a tier more entries than places only to a tie across its boundary, under shareMoney or fullPrizeEach', () => {
    fc.assert(
      fc.property(scenario(true, true), (s) => {
        const { result } = run(s);
        result.tiers.forEach((t) => {
          if (t.places === null || t.awarded <= t.places) return;
          expect(s.boundaryTie).not.toBe('referToBoard');
          const tied = result.placements.filter((p) => p.kind === 'prize' && p.tierCode === t.code && p.boundaryTie);
          expect(tied.length).toBeGreaterThan(0);
        });
      }),
    );
  });

  it('adds up: awardedMoney is the placements\' and the tiers\' money; with pendingMoney within the plan\'s Σ count × amount', () => {
    fc.assert(
      fc.property(scenario(true, true), (s) => {
        const { result } = run(s);
        const prizes = result.placements.reduce((sum, p) => sum + (p.kind === 'prize' ? p.amount : 0), 0);
        expect(result.awardedMoney).toBe(prizes);
        expect(result.tiers.reduce((sum, t) => sum + t.money, 0)).toBe(prizes);
        // fullPrizeEach pays each tied entry in full, which may go past the plan's total.
        if (s.boundaryTie === 'fullPrizeEach' || s.tiers.some((t) => t.count === undefined)) return;
        const plan = s.tiers.reduce((sum, t) => sum + (t.count ?? 0) * t.amount, 0);
        expect(result.awardedMoney + result.pendingMoney).toBeLessThanOrEqual(plan);
      }),
    );
  });

  it('without limits, a better rank never gets a worse tier, and a tie is never split', () => {
    fc.assert(
      fc.property(scenario(true, false), (s) => {
        const { list, result } = run(s);
        const codes = s.tiers.map((t) => t.code);
        const level = (p: Placement): number => {
          if (p.kind === 'prize') return codes.indexOf(p.tierCode);
          if (p.kind === 'referred') return codes.indexOf(p.contested[0].tierCode);
          return codes.length;
        };
        for (let i = 1; i < list.length; i++) {
          const before = result.placements[i - 1];
          const after = result.placements[i];
          expect(level(before)).toBeLessThanOrEqual(level(after));
          if (list[i - 1].rank === list[i].rank) expect(outcome(before)).toBe(outcome(after));
        }
      }),
    );
  });

  it('never gives a prize below its tier\'s minimum, and uses limits only with their own reasons', () => {
    fc.assert(
      fc.property(scenario(true, true), (s) => {
        const { list, result } = run(s);
        const minimum = new Map(s.tiers.map((t) => [t.code, t.minScore ?? -Infinity]));
        result.placements.forEach((p, i) => {
          expect(p.id).toBe(list[i].id);
          if (p.kind === 'prize') expect(list[i].score).toBeGreaterThanOrEqual(minimum.get(p.tierCode)!);
          if (p.kind === 'none' && p.reason.kind === 'unitLimit') expect(s.maxPerUnit).toBeDefined();
          if (p.kind === 'none' && p.reason.kind === 'categoryLimit') expect(s.maxPerCategory).toBeDefined();
        });
      }),
    );
  });

  it('never gives a unit or a category more prizes than its limit', () => {
    fc.assert(
      fc.property(scenario(false, true), (s) => {
        const { list, result } = run(s);
        const prizes = (key: 'unitCode' | 'categoryCode'): Map<string, number> => {
          const held = new Map<string, number>();
          result.placements.forEach((p, i) => {
            if (p.kind === 'prize') held.set(list[i][key], (held.get(list[i][key]) ?? 0) + 1);
          });
          return held;
        };
        for (const n of prizes('unitCode').values()) expect(n).toBeLessThanOrEqual(s.maxPerUnit ?? Infinity);
        for (const n of prizes('categoryCode').values()) expect(n).toBeLessThanOrEqual(s.maxPerCategory ?? Infinity);
      }),
    );
  });
});
