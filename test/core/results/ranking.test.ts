import fc from 'fast-check';
import { rankCompetition, type RankInput, type Ranked } from '../../../src/core/results/ranking';

const item = (id: string, ...keys: (number | null)[]): RankInput => ({ id, keys });
const byId = (ranked: Ranked[]): Map<string, Ranked> => new Map(ranked.map((r) => [r.id, r]));

describe('rankCompetition: worked examples', () => {
  it('gives competition ranks "1, 2, 2, 4" to the Đakrông scores with a tie', () => {
    const ranked = rankCompetition([item('D4', 75), item('D2', 84.5), item('D1', 88), item('D3', 84.5)]);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ['D1', 1],
      ['D2', 2],
      ['D3', 2],
      ['D4', 4],
    ]);
    expect(ranked.map((r) => r.tie)).toEqual([[], ['D2', 'D3'], ['D2', 'D3'], []]);
  });

  it('breaks a tie with the chain and says how many of its keys each entry needed', () => {
    // Three entries on 80: tính mới 25, 25, 20; then hiệu quả 18, 22, 30. One entry alone on 90.
    const ranked = byId(rankCompetition([item('A', 80, 25, 18), item('B', 80, 25, 22), item('C', 80, 20, 30), item('TOP', 90, 10, 10)]));
    expect(ranked.get('TOP')).toEqual({ id: 'TOP', rank: 1, tieBreaksUsed: 0, tie: [] });
    expect(ranked.get('B')).toEqual({ id: 'B', rank: 2, tieBreaksUsed: 2, tie: [] });
    expect(ranked.get('A')).toEqual({ id: 'A', rank: 3, tieBreaksUsed: 2, tie: [] });
    // C lost on the first tie-break already.
    expect(ranked.get('C')).toEqual({ id: 'C', rank: 4, tieBreaksUsed: 1, tie: [] });
  });

  it('ranks an earlier submission first when the caller turns the time into a number where higher wins', () => {
    const early = -Date.parse('2024-07-02T08:00:00+07:00');
    const late = -Date.parse('2024-08-15T16:30:00+07:00');
    const ranked = rankCompetition([item('LATE', 85, late), item('EARLY', 85, early)]);
    expect(ranked.map((r) => [r.id, r.rank, r.tieBreaksUsed])).toEqual([
      ['EARLY', 1, 1],
      ['LATE', 2, 1],
    ]);
  });

  it('puts a missing score or tie-break after every number, negative and zero included, and treats two as equal', () => {
    const ranked = rankCompetition([item('NONE', null), item('ZERO', 0), item('NEG', -3), item('NONE2', null)]);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ['ZERO', 1],
      ['NEG', 2],
      ['NONE', 3],
      ['NONE2', 3],
    ]);
    const chain = byId(rankCompetition([item('X', 70, null), item('Y', 70, 0), item('Z', 70, null)]));
    expect(chain.get('Y')).toMatchObject({ rank: 1, tieBreaksUsed: 1, tie: [] });
    expect(chain.get('X')).toMatchObject({ rank: 2, tieBreaksUsed: 1, tie: ['X', 'Z'] });
    expect(chain.get('Z')).toMatchObject({ rank: 2, tieBreaksUsed: 1, tie: ['X', 'Z'] });
  });

  it('keeps an unbroken tie a tie: same rank, every tie-break counted as used, in id order whatever the input order', () => {
    const input = [item('HG-09', 91.5, 27, 20), item('HG-02', 91.5, 27, 20), item('HG-05', 91.5, 27, 20), item('HG-01', 60, 10, 10)];
    const ranked = rankCompetition(input);
    expect(ranked.map((r) => r.id)).toEqual(['HG-02', 'HG-05', 'HG-09', 'HG-01']);
    expect(ranked.slice(0, 3).every((r) => r.rank === 1 && r.tieBreaksUsed === 2)).toBe(true);
    expect(ranked[1].tie).toEqual(['HG-02', 'HG-05', 'HG-09']);
    expect(ranked[0].tie).toBe(ranked[2].tie);
    expect(ranked[3]).toEqual({ id: 'HG-01', rank: 4, tieBreaksUsed: 0, tie: [] });
    expect(rankCompetition([...input].reverse())).toEqual(ranked);
  });

  it('compares rounded scores exactly: a hair apart is not a tie', () => {
    const ranked = rankCompetition([item('A', 84.5), item('B', 84.50000001)]);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ['B', 1],
      ['A', 2],
    ]);
  });

  it('treats a key missing from a shorter list as no value', () => {
    const ranked = rankCompetition([item('SHORT', 80), item('LONG', 80, 1)]);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ['LONG', 1],
      ['SHORT', 2],
    ]);
  });

  it('ranks nothing as nothing', () => {
    expect(rankCompetition([])).toEqual([]);
  });
});

// An independent reading of the rules, pair by pair: positive when a beats b.
function beats(a: readonly (number | null)[], b: readonly (number | null)[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (x === y) continue;
    if (x === null) return -1;
    if (y === null) return 1;
    return x > y ? 1 : -1;
  }
  return 0;
}

const keyValue = fc.option(fc.constantFrom(-1, 0, 0.5, 7, 7.5, 10), { nil: null, freq: 5 });
const rankInputs = fc
  .integer({ min: 0, max: 3 })
  .chain((chain) =>
    fc.uniqueArray(
      fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), keys: fc.array(keyValue, { minLength: chain + 1, maxLength: chain + 1 }) }),
      { maxLength: 25, selector: (r) => r.id },
    ),
  );

describe('rankCompetition: properties', () => {
  it('does not depend on the order of the input', () => {
    fc.assert(
      fc.property(
        rankInputs.chain((items) => fc.tuple(fc.constant(items), fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length }))),
        ([items, shuffled]) => {
          expect(rankCompetition(shuffled)).toEqual(rankCompetition(items));
        },
      ),
    );
  });

  it('is a competition ranking: first is 1, rank = 1 + the number strictly better, equal keys ⇔ equal rank, best first', () => {
    fc.assert(
      fc.property(rankInputs, (items) => {
        const ranked = rankCompetition(items);
        expect(ranked.map((r) => r.id).sort()).toEqual(items.map((i) => i.id).sort());
        if (ranked.length > 0) expect(ranked[0].rank).toBe(1);
        const keys = new Map(items.map((i) => [i.id, i.keys]));
        const rank = new Map(ranked.map((r) => [r.id, r.rank]));
        for (const a of items) {
          expect(rank.get(a.id)).toBe(1 + items.filter((b) => beats(b.keys, a.keys) > 0).length);
          for (const b of items) expect(beats(a.keys, b.keys) === 0).toBe(rank.get(a.id) === rank.get(b.id));
        }
        for (let i = 1; i < ranked.length; i++) expect(beats(keys.get(ranked[i - 1].id)!, keys.get(ranked[i].id)!)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('lists exactly the entries equal on every key, itself included, as its tie, in id order', () => {
    fc.assert(
      fc.property(rankInputs, (items) => {
        for (const r of rankCompetition(items)) {
          const self = items.find((i) => i.id === r.id)!;
          const equal = items.filter((i) => beats(i.keys, self.keys) === 0).map((i) => i.id);
          expect(r.tie).toEqual(equal.length > 1 ? [...equal].sort() : []);
        }
      }),
    );
  });

  it('counts the tie-breaks an entry needed: 0 for a unique score, else the keys it takes to tell it from every entry on its score', () => {
    fc.assert(
      fc.property(rankInputs, (items) => {
        for (const r of rankCompetition(items)) {
          const self = items.find((i) => i.id === r.id)!;
          const sameScore = items.filter((i) => i.id !== r.id && beats([i.keys[0]], [self.keys[0]]) === 0);
          if (sameScore.length === 0) {
            expect(r.tieBreaksUsed).toBe(0);
            continue;
          }
          const chain = self.keys.length - 1;
          const separatedBy = (n: number): boolean => sameScore.every((o) => beats(o.keys.slice(0, n + 1), self.keys.slice(0, n + 1)) !== 0);
          let needed = 0;
          while (needed < chain && !separatedBy(needed)) needed++;
          expect(r.tieBreaksUsed).toBe(needed);
        }
      }),
    );
  });
});
