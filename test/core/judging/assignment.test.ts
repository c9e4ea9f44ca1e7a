import fc from 'fast-check';
import type { Unit } from '../../../src/core/config/model';
import {
  addExtraJudges,
  assignJudges,
  type AssignmentInput,
  type AssignmentResult,
  type EntryToJudge,
  type PanelJudge,
} from '../../../src/core/judging/assignment';
import { pairKey, type Assignment } from '../../../src/core/judging/judging-model';

const ROUND = 'preliminary';

const UNITS: Unit[] = [
  { code: 'VT', name: 'UBND phường Vũng Tàu' },
  { code: 'HG', name: 'Sở Nội vụ Hậu Giang' },
  { code: 'PT', name: 'UBND xã Phú Tân' },
  { code: 'DK', name: 'Phòng Nội vụ Đakrông' },
];

// ---------------------------------------------------------------------------------------------
// An independent model of the rules, written from the text, to check results against.

const key = (email: string): string => email.trim().toLowerCase();
const unitText = (s: string): string => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

type Standing = 'free' | 'conflict' | 'ownUnit';

function standing(input: AssignmentInput, entry: EntryToJudge, judge: PanelJudge): Standing {
  if (input.conflicts.some((c) => c.entryCode === entry.code && key(c.judge) === key(judge.email))) return 'conflict';
  const judgeUnit = unitText(judge.unit);
  const entryUnit = unitText(entry.unitCode);
  if (judgeUnit === '' || entryUnit === '') return 'free';
  const unit = input.units.find((u) => unitText(u.code) === entryUnit);
  return judgeUnit === entryUnit || (unit !== undefined && judgeUnit === unitText(unit.name)) ? 'ownUnit' : 'free';
}

/** What the rules say each entry must get, from the input alone. */
interface EntryModel {
  entry: EntryToJudge;
  eligible: Set<string>;
  /** Previous extra pairs that still stand. */
  extra: Set<string>;
  /** Scored eligible pairs that are not extra: they must stay regular. */
  fixed: Set<string>;
  /** The number of regular judges in k mode. */
  regular: number;
}

function model(input: AssignmentInput): EntryModel[] {
  const previous = input.previous.filter((a) => a.round === ROUND);
  const regularPrevious = new Set(previous.filter((a) => a.reason === 'assigned').map((a) => `${a.entryCode}|${key(a.judge)}`));
  return input.entries.map((entry) => {
    const eligible = new Set(input.judges.filter((j) => standing(input, entry, j) === 'free').map((j) => key(j.email)));
    const extra = new Set(
      previous
        .filter((a) => a.reason === 'extra' && a.entryCode === entry.code && eligible.has(key(a.judge)))
        .map((a) => key(a.judge))
        .filter((judge) => !regularPrevious.has(`${entry.code}|${judge}`)),
    );
    const fixed = new Set([...eligible].filter((judge) => input.scored.has(pairKey(ROUND, entry.code, judge)) && !extra.has(judge)));
    const k = input.judgesPerEntry === 'all' ? Infinity : input.judgesPerEntry;
    return { entry, eligible, extra, fixed, regular: Math.max(fixed.size, Math.min(k, eligible.size - extra.size)) };
  });
}

function regularOf(result: AssignmentResult, entryCode: string): string[] {
  return result.assignments.filter((a) => a.entryCode === entryCode && a.reason === 'assigned').map((a) => a.judge);
}

function loadsOf(input: AssignmentInput, result: AssignmentResult): number[] {
  return input.judges.map((j) => result.assignments.filter((a) => a.reason === 'assigned' && a.judge === key(j.email)).length);
}

const spread = (loads: number[]): number => (loads.length === 0 ? 0 : Math.max(...loads) - Math.min(...loads));

// ---------------------------------------------------------------------------------------------
// The oracle: does an assignment with loads differing by at most one exist, given the pairs that
// must stay? Max-flow with lower bounds (a circulation), independent of the code under test.

class FlowNetwork {
  private readonly to: number[] = [];
  private readonly capacity: number[] = [];
  private readonly edges: number[][];

  constructor(nodes: number) {
    this.edges = Array.from({ length: nodes }, () => []);
  }

  add(from: number, to: number, capacity: number): void {
    this.edges[from].push(this.to.length);
    this.to.push(to);
    this.capacity.push(capacity);
    this.edges[to].push(this.to.length);
    this.to.push(from);
    this.capacity.push(0);
  }

  /** Edmonds–Karp. */
  maxFlow(source: number, sink: number): number {
    let flow = 0;
    for (;;) {
      const via = new Array<number>(this.edges.length).fill(-1);
      const queue = [source];
      const seen = new Set([source]);
      while (queue.length > 0 && !seen.has(sink)) {
        const u = queue.shift() as number;
        for (const edge of this.edges[u]) {
          const v = this.to[edge];
          if (this.capacity[edge] > 0 && !seen.has(v)) {
            seen.add(v);
            via[v] = edge;
            queue.push(v);
          }
        }
      }
      if (!seen.has(sink)) return flow;
      let push = Infinity;
      for (let v = sink; v !== source; v = this.to[via[v] ^ 1]) push = Math.min(push, this.capacity[via[v]]);
      for (let v = sink; v !== source; v = this.to[via[v] ^ 1]) {
        this.capacity[via[v]] -= push;
        this.capacity[via[v] ^ 1] += push;
      }
      flow += push;
    }
  }
}

/**
 * Whether some assignment puts every judge's regular load in [low, high], keeping the pairs that
 * must stay: a circulation with source → entry exactly (regular − fixed), entry → judge 1 for each
 * free candidate, judge → sink between low and high less the judge's fixed load.
 */
function loadsCanLieWithin(input: AssignmentInput, low: number, high: number): boolean {
  const judges = input.judges.map((j) => key(j.email));
  const entries = model(input);
  const fixedLoad = judges.map((judge) => entries.filter((e) => e.fixed.has(judge)).length);
  if (fixedLoad.some((f) => f > high)) return false;

  const source = 0;
  const sink = 1;
  const superSource = 2;
  const superSink = 3;
  const entryNode = (e: number): number => 4 + e;
  const judgeNode = (j: number): number => 4 + entries.length + j;
  const network = new FlowNetwork(4 + entries.length + judges.length);
  const excess = new Array<number>(4 + entries.length + judges.length).fill(0);
  entries.forEach((e, i) => {
    const movable = e.regular - e.fixed.size;
    excess[entryNode(i)] += movable;
    excess[source] -= movable;
    judges.forEach((judge, j) => {
      if (e.eligible.has(judge) && !e.fixed.has(judge) && !e.extra.has(judge)) network.add(entryNode(i), judgeNode(j), 1);
    });
  });
  judges.forEach((_, j) => {
    const least = Math.max(0, low - fixedLoad[j]);
    network.add(judgeNode(j), sink, high - fixedLoad[j] - least);
    excess[sink] += least;
    excess[judgeNode(j)] -= least;
  });
  network.add(sink, source, Infinity);
  let demand = 0;
  excess.forEach((x, node) => {
    if (x > 0) {
      network.add(superSource, node, x);
      demand += x;
    } else if (x < 0) network.add(node, superSink, -x);
  });
  return network.maxFlow(superSource, superSink) === demand;
}

/**
 * The smallest max − min load any k-mode assignment keeping the required pairs can have. Loads
 * within [L, L + s] sum to the total only for ⌈total / judges⌉ − s ≤ L ≤ ⌊total / judges⌋;
 * a wider window is never harder, so binary search on s.
 */
function smallestSpread(input: AssignmentInput): number {
  const judgeCount = input.judges.length;
  if (judgeCount === 0) return 0;
  const total = model(input).reduce((sum, e) => sum + e.regular, 0);
  const possible = (s: number): boolean => {
    for (let low = Math.max(0, Math.ceil(total / judgeCount) - s); low <= Math.floor(total / judgeCount); low++) {
      if (loadsCanLieWithin(input, low, low + s)) return true;
    }
    return false;
  };
  let lo = 0;
  let hi = total;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (possible(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

// ---------------------------------------------------------------------------------------------
// Checks every result must pass.

function expectValid(input: AssignmentInput, result: AssignmentResult): void {
  const entries = model(input);
  const codes = new Set(input.entries.map((e) => e.code));
  const panel = new Set(input.judges.map((j) => key(j.email)));
  const seen = new Set<string>();
  for (const a of result.assignments) {
    expect(a.round).toBe(ROUND);
    expect(codes.has(a.entryCode)).toBe(true);
    expect(panel.has(a.judge)).toBe(true);
    expect(seen.has(`${a.entryCode}|${a.judge}`)).toBe(false);
    seen.add(`${a.entryCode}|${a.judge}`);
  }
  for (const e of entries) {
    const regular = regularOf(result, e.entry.code);
    const extra = result.assignments.filter((a) => a.entryCode === e.entry.code && a.reason === 'extra').map((a) => a.judge);
    for (const judge of [...regular, ...extra]) expect(e.eligible.has(judge)).toBe(true);
    expect(new Set(extra)).toEqual(e.extra);
    for (const judge of e.fixed) expect(regular).toContain(judge);
    if (input.judgesPerEntry === 'all') {
      expect(new Set(regular)).toEqual(new Set([...e.eligible].filter((j) => !e.extra.has(j))));
    } else {
      expect(regular).toHaveLength(e.regular);
      expect(regular.length + extra.length).toBeGreaterThanOrEqual(Math.min(input.judgesPerEntry, e.eligible.size));
    }
  }
  const k = input.judgesPerEntry === 'all' ? 1 : input.judgesPerEntry;
  expect(result.shortfalls).toEqual(
    entries.filter((e) => e.eligible.size < k).map((e) => ({ entryCode: e.entry.code, wanted: k, eligible: e.eligible.size })),
  );
  expect([...result.loads.keys()]).toEqual(input.judges.map((j) => key(j.email)));
  expect([...result.loads.values()]).toEqual(loadsOf(input, result));
  expect(result.imbalance === null).toBe(result.balanced);
  expectWithdrawals(input, result);
}

/** Every previous pair of the round is either still assigned or withdrawn, with the right reason. */
function expectWithdrawals(input: AssignmentInput, result: AssignmentResult): void {
  const byEntry = new Map(input.entries.map((e) => [e.code, e]));
  const byJudge = new Map(input.judges.map((j) => [key(j.email), j]));
  const now = new Set(result.assignments.map((a) => pairKey(a.round, a.entryCode, a.judge)));
  const expected = input.previous
    .filter((a) => a.round === ROUND && !now.has(pairKey(a.round, a.entryCode, a.judge)))
    .map((a) => {
      const entry = byEntry.get(a.entryCode);
      const judge = byJudge.get(key(a.judge));
      const reason = entry === undefined ? 'entryGone' : judge === undefined ? 'judgeGone' : standing(input, entry, judge);
      return `${a.entryCode}|${a.judge}|${reason === 'free' ? 'moved' : reason}|${input.scored.has(pairKey(ROUND, a.entryCode, a.judge))}`;
    });
  const actual = result.withdrawn.map(
    (w) => `${w.assignment.entryCode}|${w.assignment.judge}|${w.reason === 'rebalanced' || w.reason === 'surplus' ? 'moved' : w.reason}|${w.scored}`,
  );
  expect(actual.sort()).toEqual(expected.sort());
  for (const w of result.withdrawn) if (w.scored) expect(['rebalanced', 'surplus']).not.toContain(w.reason);
}

/** k mode: the loads' spread is the smallest any assignment can have; balanced says whether it is ≤ 1. */
function expectSmallestSpread(input: AssignmentInput, result: AssignmentResult): void {
  if (input.judgesPerEntry === 'all') return;
  const best = smallestSpread(input);
  expect(spread(loadsOf(input, result))).toBe(best);
  expect(result.balanced).toBe(best <= 1);
}

// ---------------------------------------------------------------------------------------------
// Random contests: 1–12 judges typing their units in any spelling, 0–60 entries, k 1–5 or 'all',
// conflicts, and a previous assignment with scores (some pairs gone, some extra, another round's).

function spellings(unit: Unit): string[] {
  return [unit.code, ` ${unit.code.toLowerCase()} `, unit.name, unit.name.toUpperCase().replace(/ /g, '  '), unit.name.normalize('NFD')];
}

const judgeUnit = fc.oneof(
  { arbitrary: fc.constantFrom('', 'Văn phòng Tỉnh ủy'), weight: 1 },
  { arbitrary: fc.tuple(fc.constantFrom(...UNITS), fc.nat(4)).map(([unit, s]) => spellings(unit)[s]), weight: 4 },
);

const judgesArb = fc
  .array(fc.tuple(judgeUnit, fc.boolean()), { minLength: 1, maxLength: 12 })
  .map((list) => list.map(([unit, shout], i): PanelJudge => ({ email: shout ? `Judge${i}@CCHC.vn` : `judge${i}@cchc.vn`, unit })));

const entriesArb = (max: number): fc.Arbitrary<EntryToJudge[]> =>
  fc
    .array(fc.constantFrom('VT', 'HG', 'PT', 'DK', 'vt ', ''), { maxLength: max })
    .map((units) => units.map((unitCode, i) => ({ code: `E-${String(i).padStart(3, '0')}`, unitCode })));

const kArb = fc.oneof({ arbitrary: fc.integer({ min: 1, max: 5 }), weight: 5 }, { arbitrary: fc.constant<'all'>('all'), weight: 1 });

interface PairSeed {
  e: number;
  j: number;
}

const pairSeeds = (max: number): fc.Arbitrary<PairSeed[]> =>
  fc.uniqueArray(fc.record({ e: fc.nat(65), j: fc.nat(13) }), { maxLength: max, selector: (p) => `${p.e}|${p.j}` });

const entryCodeOf = (entries: readonly EntryToJudge[], e: number): string => entries[e]?.code ?? `GONE-${e}`;
const emailOf = (judges: readonly PanelJudge[], j: number): string => judges[j]?.email ?? `former${j}@cchc.vn`;

const contestArb: fc.Arbitrary<AssignmentInput> = fc
  .record({
    judges: judgesArb,
    entries: entriesArb(60),
    k: kArb,
    conflicts: pairSeeds(25),
    previous: fc.array(
      fc.record({ pair: fc.record({ e: fc.nat(65), j: fc.nat(13) }), kind: fc.constantFrom('assigned', 'assigned', 'assigned', 'extra', 'otherRound'), scored: fc.boolean() }),
      { maxLength: 90 },
    ),
    strayScores: pairSeeds(8),
  })
  .map(({ judges, entries, k, conflicts, previous, strayScores }) => {
    const unique = new Map(previous.map((p) => [`${p.pair.e}|${p.pair.j}`, p]));
    const pairs = [...unique.values()];
    const scored = new Set<string>();
    const prior: Assignment[] = pairs.map(({ pair, kind }) => ({
      round: kind === 'otherRound' ? 'defence' : ROUND,
      entryCode: entryCodeOf(entries, pair.e),
      judge: key(emailOf(judges, pair.j)),
      reason: kind === 'extra' ? 'extra' : 'assigned',
    }));
    pairs.forEach((p, i) => {
      if (p.scored) scored.add(pairKey(prior[i].round, prior[i].entryCode, prior[i].judge));
    });
    for (const p of strayScores) scored.add(pairKey(ROUND, entryCodeOf(entries, p.e), emailOf(judges, p.j)));
    return {
      round: ROUND,
      entries,
      judges,
      units: UNITS,
      judgesPerEntry: k,
      conflicts: conflicts.map((p) => ({ judge: emailOf(judges, p.j).toUpperCase(), entryCode: entryCodeOf(entries, p.e) })),
      previous: prior,
      scored,
    };
  });

/**
 * A contest re-run after an earlier real run: more entries since, and when `vary`, judges who
 * joined, a new k and new conflicts, with some of the earlier pairs scored.
 */
const rerunArb = (panel: fc.Arbitrary<PanelJudge[]>, vary: boolean) =>
  fc
    .record({
      judges: panel,
      entries: entriesArb(60),
      k: fc.integer({ min: 1, max: 5 }),
      newK: fc.integer({ min: 1, max: 5 }),
      cut: fc.nat(60),
      joined: fc.nat(11),
      conflicts: pairSeeds(vary ? 25 : 0),
      scoredSeeds: fc.array(fc.boolean(), { maxLength: 300 }),
    })
    .map(({ judges, entries, k, newK, cut, joined, conflicts, scoredSeeds }) => {
      const first: AssignmentInput = {
        round: ROUND,
        entries: entries.slice(0, cut),
        judges: vary ? judges.slice(0, Math.max(1, judges.length - joined)) : judges,
        units: UNITS,
        judgesPerEntry: k,
        conflicts: [],
        previous: [],
        scored: new Set(),
      };
      const earlier = assignJudges(first);
      const scored = new Set(earlier.assignments.filter((_, i) => scoredSeeds[i] === true).map((a) => pairKey(a.round, a.entryCode, a.judge)));
      const grown: AssignmentInput = {
        ...first,
        entries,
        judges,
        judgesPerEntry: vary ? newK : k,
        conflicts: conflicts.map((p) => ({ judge: emailOf(judges, p.j), entryCode: entryCodeOf(entries, p.e) })),
        previous: earlier.assignments,
        scored,
      };
      return { earlier, grown };
    });

/** Random previous pairs, or an earlier run's: the first rarely needs pairs moved, the second often does. */
const anyContestArb = fc.oneof(contestArb, rerunArb(judgesArb, true).map(({ grown }) => grown));

describe('assignJudges: properties over random contests', () => {
  test('pairs are eligible and distinct, each entry has its judges, shortfalls, loads and withdrawals are exact, loads as even as any assignment can make them', () => {
    fc.assert(
      fc.property(contestArb, (input) => {
        const result = assignJudges(input);
        expectValid(input, result);
        expectSmallestSpread(input, result);
        expect(assignJudges(input)).toEqual(result);
      }),
      { numRuns: 300 },
    );
  });

  test('re-running with the result as the previous assignment changes nothing', () => {
    fc.assert(
      fc.property(anyContestArb, (input) => {
        const result = assignJudges(input);
        const again = assignJudges({ ...input, previous: result.assignments });
        expect(again.assignments).toEqual(result.assignments);
        expect(again.withdrawn).toEqual([]);
        expect(again.balanced).toBe(result.balanced);
      }),
      { numRuns: 200 },
    );
  });

  test('a re-run after scoring began (more entries and judges, another k, new conflicts) keeps every scored eligible pair and loads as even as possible', () => {
    fc.assert(
      fc.property(rerunArb(judgesArb, true), ({ grown }) => {
        const result = assignJudges(grown);
        expectValid(grown, result);
        expectSmallestSpread(grown, result);
        const byCode = new Map(grown.entries.map((e) => [e.code, e]));
        for (const a of grown.previous) {
          const entry = byCode.get(a.entryCode) as EntryToJudge;
          const panelJudge = grown.judges.find((j) => key(j.email) === a.judge) as PanelJudge;
          if (grown.scored.has(pairKey(a.round, a.entryCode, a.judge)) && standing(grown, entry, panelJudge) === 'free') {
            expect(regularOf(result, a.entryCode)).toContain(a.judge);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  test('judges from no unit: adding entries to a balanced assignment moves nobody\u2019s pairs and stays balanced', () => {
    const unitless = judgesArb.map((judges) => judges.map((j) => ({ ...j, unit: '' })));
    fc.assert(
      fc.property(rerunArb(unitless, false), ({ earlier, grown }) => {
        const result = assignJudges({ ...grown, scored: new Set() });
        expect(earlier.balanced).toBe(true);
        expect(result.balanced).toBe(true);
        expect(result.withdrawn).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  test('shuffling entries and judges keeps the pairs valid, the shortfalls, the per-entry counts and whether loads balance', () => {
    const shuffle = <T>(items: readonly T[], keys: readonly number[]): T[] =>
      items.map((item, i) => ({ item, rank: keys[i % Math.max(1, keys.length)] * 1000 + i })).sort((a, b) => a.rank - b.rank).map((x) => x.item);
    fc.assert(
      fc.property(anyContestArb, fc.array(fc.nat(50), { minLength: 1, maxLength: 70 }), (input, keys) => {
        const shuffled = { ...input, entries: shuffle(input.entries, keys), judges: shuffle(input.judges, [...keys].reverse()) };
        const original = assignJudges(input);
        const result = assignJudges(shuffled);
        expectValid(shuffled, result);
        expect(result.balanced).toBe(original.balanced);
        expect(new Set(result.shortfalls.map((s) => s.entryCode))).toEqual(new Set(original.shortfalls.map((s) => s.entryCode)));
        for (const entry of input.entries) expect(regularOf(result, entry.code).length).toBe(regularOf(original, entry.code).length);
      }),
      { numRuns: 150 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Worked examples a secretary would recognise.

const judge = (n: number, unit = ''): PanelJudge => ({ email: `giamkhao${n}@sonoivu.gov.vn`, unit });
const entriesFrom = (units: string[]): EntryToJudge[] => units.map((unitCode, i) => ({ code: `VT2026-${String(i + 1).padStart(3, '0')}`, unitCode }));

function contest(overrides: Partial<AssignmentInput>): AssignmentInput {
  return {
    round: ROUND,
    entries: [],
    judges: [],
    units: UNITS,
    judgesPerEntry: 3,
    conflicts: [],
    previous: [],
    scored: new Set(),
    ...overrides,
  };
}

const scoredOn = (pairs: readonly Assignment[]): Set<string> => new Set(pairs.map((a) => pairKey(a.round, a.entryCode, a.judge)));

describe('assignJudges: worked examples', () => {
  // 40 entries, 8 of them from Vũng Tàu; the first judge works there and typed the unit's name loosely.
  const forty = entriesFrom(Array.from({ length: 40 }, (_, i) => (i % 5 === 0 ? 'VT' : ['HG', 'PT', 'DK', ''][i % 4])));
  const five = [judge(1, '  ubnd phường   VŨNG TÀU '), judge(2, 'HG'), judge(3), judge(4, 'Văn phòng Tỉnh ủy'), judge(5)];

  test('5 judges, 40 entries, 3 judges each: every judge scores 24 entries; the Vũng Tàu judge none of Vũng Tàu\u2019s', () => {
    const input = contest({ entries: forty, judges: five });
    const result = assignJudges(input);
    expect([...result.loads.values()]).toEqual([24, 24, 24, 24, 24]);
    expect(result.balanced).toBe(true);
    expect(result.shortfalls).toEqual([]);
    const vtJudge = result.assignments.filter((a) => a.judge === 'giamkhao1@sonoivu.gov.vn').map((a) => a.entryCode);
    const vtEntries = forty.filter((e) => e.unitCode === 'VT').map((e) => e.code);
    expect(vtJudge.filter((code) => vtEntries.includes(code))).toEqual([]);
    for (const entry of forty) expect(regularOf(result, entry.code)).toHaveLength(3);
  });

  test('assignments come by entry in register order, then by e-mail', () => {
    const result = assignJudges(contest({ entries: forty, judges: five }));
    const order = result.assignments.map((a) => `${a.entryCode} ${a.judge}`);
    expect(order).toEqual([...order].sort());
  });

  test('ties do not always go to the first judge: ten single-judge entries spread over the panel', () => {
    const panel = [judge(1), judge(2), judge(3)];
    const chosen = new Set(
      Array.from({ length: 10 }, (_, i) => assignJudges(contest({ entries: [{ code: `HG-${i}`, unitCode: 'HG' }], judges: panel, judgesPerEntry: 1 })).assignments[0].judge),
    );
    expect(chosen.size).toBeGreaterThan(1);
  });

  test('a sixth judge joins after judge 1 scored 10 entries: those 10 stay, loads become 20 each, only unscored pairs move', () => {
    const before = assignJudges(contest({ entries: forty, judges: five }));
    const done = before.assignments.filter((a) => a.judge === 'giamkhao1@sonoivu.gov.vn').slice(0, 10);
    const after = assignJudges(contest({ entries: forty, judges: [...five, judge(6, 'PT')], previous: before.assignments, scored: scoredOn(done) }));
    expect([...after.loads.values()]).toEqual([20, 20, 20, 20, 20, 20]);
    for (const a of done) expect(after.assignments).toContainEqual(a);
    expect(after.withdrawn.length).toBe(20);
    for (const w of after.withdrawn) expect(w).toMatchObject({ reason: 'rebalanced', scored: false });
  });

  test('k lowered from 3 to 2: an entry all three judges scored keeps three; others drop an unscored judge as surplus', () => {
    const entries = entriesFrom(['HG', 'HG']);
    const panel = [judge(1), judge(2), judge(3)];
    const before = assignJudges(contest({ entries, judges: panel }));
    const firstEntry = before.assignments.filter((a) => a.entryCode === entries[0].code);
    const after = assignJudges(contest({ entries, judges: panel, judgesPerEntry: 2, previous: before.assignments, scored: scoredOn(firstEntry) }));
    expect(regularOf(after, entries[0].code)).toHaveLength(3);
    expect(regularOf(after, entries[1].code)).toHaveLength(2);
    expect(after.withdrawn).toEqual([{ assignment: expect.objectContaining({ entryCode: entries[1].code }), reason: 'surplus', scored: false }]);
  });

  test('a conflict declared after scoring withdraws the pair and says it was scored; its entry gets another judge', () => {
    const entries = entriesFrom(['HG']);
    const panel = [judge(1), judge(2), judge(3), judge(4)];
    const before = assignJudges(contest({ entries, judges: panel }));
    const pair = before.assignments[0];
    const after = assignJudges(
      contest({ entries, judges: panel, previous: before.assignments, scored: scoredOn([pair]), conflicts: [{ judge: pair.judge.toUpperCase(), entryCode: pair.entryCode }] }),
    );
    expect(after.withdrawn).toEqual([{ assignment: pair, reason: 'conflict', scored: true }]);
    expect(regularOf(after, pair.entryCode)).toHaveLength(3);
    expect(regularOf(after, pair.entryCode)).not.toContain(pair.judge);
  });

  test('a judge who left and a withdrawn entry: their pairs are reported, the rest stay where they were', () => {
    const entries = entriesFrom(['HG', 'PT', 'DK']);
    const panel = [judge(1), judge(2), judge(3), judge(4)];
    const before = assignJudges(contest({ entries, judges: panel, judgesPerEntry: 2 }));
    const after = assignJudges(contest({ entries: entries.slice(1), judges: panel.slice(1), judgesPerEntry: 2, previous: before.assignments }));
    const reasons = after.withdrawn.map((w) => w.reason);
    expect(reasons.filter((r) => r === 'entryGone')).toHaveLength(2);
    expect(reasons.filter((r) => r === 'judgeGone').length).toBe(before.assignments.filter((a) => a.judge === key(panel[0].email) && a.entryCode !== entries[0].code).length);
    const kept = before.assignments.filter((a) => a.entryCode !== entries[0].code && a.judge !== key(panel[0].email));
    for (const a of kept) expect(after.assignments).toContainEqual(a);
  });

  test('scores on a pair missing from the assignment sheet bring the pair back', () => {
    const entries = entriesFrom(['HG', 'PT']);
    const panel = [judge(1), judge(2), judge(3)];
    const result = assignJudges(contest({ entries, judges: panel, judgesPerEntry: 1, scored: new Set([pairKey(ROUND, entries[1].code, 'GiamKhao3@sonoivu.gov.vn')]) }));
    expect(regularOf(result, entries[1].code)).toEqual(['giamkhao3@sonoivu.gov.vn']);
  });

  test('a judge listed twice or with another case counts once; a pair listed twice is one pair', () => {
    const entries = entriesFrom(['HG']);
    const panel = [judge(1), { email: ' GIAMKHAO1@sonoivu.gov.vn ', unit: '' }, judge(2)];
    const pair: Assignment = { round: ROUND, entryCode: entries[0].code, judge: 'giamkhao2@sonoivu.gov.vn', reason: 'assigned' };
    const result = assignJudges(contest({ entries, judges: panel, judgesPerEntry: 2, previous: [pair, pair, { ...pair, reason: 'extra' }] }));
    expect(result.loads).toEqual(new Map([['giamkhao1@sonoivu.gov.vn', 1], ['giamkhao2@sonoivu.gov.vn', 1]]));
    expect(result.withdrawn).toEqual([]);
    expect(result.assignments).toHaveLength(2);
  });

  test('an extra judge stays extra, outside the loads, and is not also given the entry as a regular judge', () => {
    const entries = entriesFrom(['HG', 'PT']);
    const panel = [judge(1), judge(2), judge(3)];
    const extra: Assignment = { round: ROUND, entryCode: entries[0].code, judge: 'giamkhao3@sonoivu.gov.vn', reason: 'extra' };
    const result = assignJudges(contest({ entries, judges: panel, judgesPerEntry: 2, previous: [extra] }));
    expect(result.assignments.filter((a) => a.entryCode === entries[0].code)).toContainEqual(extra);
    expect(regularOf(result, entries[0].code)).toEqual(['giamkhao1@sonoivu.gov.vn', 'giamkhao2@sonoivu.gov.vn']);
    expect([...result.loads.values()].reduce((a, b) => a + b)).toBe(4);
  });

  test("'all' mode: every judge scores every entry except their own unit's; an entry nobody may score is a shortfall", () => {
    const entries = entriesFrom(['VT', 'HG', 'PT']);
    const panel = [judge(1, 'VT'), judge(2, 'Sở Nội vụ Hậu Giang'), judge(3)];
    const result = assignJudges(
      contest({ entries, judges: panel, judgesPerEntry: 'all', conflicts: [1, 2].map((n) => ({ judge: panel[n].email, entryCode: entries[0].code })) }),
    );
    expect([...result.loads.values()]).toEqual([2, 1, 2]);
    expect(result.shortfalls).toEqual([{ entryCode: entries[0].code, wanted: 1, eligible: 0 }]);
    expect(result.balanced).toBe(true);
  });

  test('more judges wanted than the panel has: every entry is a shortfall and gets every eligible judge', () => {
    const entries = entriesFrom(['VT', 'HG']);
    const result = assignJudges(contest({ entries, judges: [judge(1, 'VT'), judge(2)], judgesPerEntry: 3 }));
    expect(result.shortfalls).toEqual([
      { entryCode: entries[0].code, wanted: 3, eligible: 1 },
      { entryCode: entries[1].code, wanted: 3, eligible: 2 },
    ]);
    expect(result.assignments).toHaveLength(3);
  });

  test('loads that scored pairs pin: judge 1 scored all four entries, k = 1 — unbalanced because of the scores', () => {
    const entries = entriesFrom(['HG', 'HG', 'PT', 'PT']);
    const panel = [judge(1), judge(2)];
    const scored = new Set(entries.map((e) => pairKey(ROUND, e.code, panel[0].email)));
    const input = contest({ entries, judges: panel, judgesPerEntry: 1, scored });
    const result = assignJudges(input);
    expect([...result.loads.values()]).toEqual([4, 0]);
    expect(result.balanced).toBe(false);
    expect(result.imbalance).toEqual({ cause: 'scoredPairs', overloaded: ['giamkhao1@sonoivu.gov.vn'], underloaded: ['giamkhao2@sonoivu.gov.vn'] });
    expect(smallestSpread(input)).toBe(4);
  });

  test('loads that eligibility pins: every entry comes from judge 2\u2019s unit — unbalanced whatever is done', () => {
    const entries = entriesFrom(['PT', 'PT', 'PT', 'PT']);
    const input = contest({ entries, judges: [judge(1), judge(2, 'UBND xã Phú Tân')], judgesPerEntry: 1 });
    const result = assignJudges(input);
    expect([...result.loads.values()]).toEqual([4, 0]);
    expect(result.imbalance?.cause).toBe('eligibility');
    expect(smallestSpread(input)).toBe(4);
  });

  test('balance that needs a chain of moves: judge 1 hands an entry to judge 2, who hands one to judge 3', () => {
    // Judge 3 may only score HG entries, which judges 1 and 2 cannot swap directly.
    const entries = entriesFrom(['PT', 'PT', 'HG']);
    const panel = [judge(1), judge(2), judge(3)];
    const conflicts = [entries[0], entries[1]].map((e) => ({ judge: panel[2].email, entryCode: e.code }));
    const previous: Assignment[] = [
      { round: ROUND, entryCode: entries[0].code, judge: key(panel[0].email), reason: 'assigned' },
      { round: ROUND, entryCode: entries[1].code, judge: key(panel[0].email), reason: 'assigned' },
      { round: ROUND, entryCode: entries[2].code, judge: key(panel[1].email), reason: 'assigned' },
    ];
    const result = assignJudges(contest({ entries, judges: panel, judgesPerEntry: 1, conflicts, previous }));
    expect([...result.loads.values()]).toEqual([1, 1, 1]);
    expect(regularOf(result, entries[2].code)).toEqual(['giamkhao3@sonoivu.gov.vn']);
    expect(result.withdrawn.map((w) => w.reason)).toEqual(['rebalanced', 'rebalanced']);
  });

  test('another round\u2019s pairs are left alone', () => {
    const entries = entriesFrom(['HG']);
    const other: Assignment = { round: 'defence', entryCode: entries[0].code, judge: 'giamkhao9@sonoivu.gov.vn', reason: 'assigned' };
    const result = assignJudges(contest({ entries, judges: [judge(1)], judgesPerEntry: 1, previous: [other] }));
    expect(result.assignments).toEqual([{ round: ROUND, entryCode: entries[0].code, judge: 'giamkhao1@sonoivu.gov.vn', reason: 'assigned' }]);
    expect(result.withdrawn).toEqual([]);
  });

  test('k must be a positive whole number', () => {
    expect(() => assignJudges(contest({ judgesPerEntry: 0 }))).toThrow(RangeError);
    expect(() => assignJudges(contest({ judgesPerEntry: 1.5 }))).toThrow(RangeError);
  });

  // Speed is measured by `npm run bench`; these check the outcome at that size.
  test('10,000 entries × 15 judges × 3 each, with own-unit exclusions, come out exactly even', () => {
    const units = Array.from({ length: 30 }, (_, i) => ({ code: `U${i}`, name: `Đơn vị ${i}` }));
    const entries = Array.from({ length: 10_000 }, (_, i) => ({ code: `HG2026-${String(i + 1).padStart(5, '0')}`, unitCode: `U${(i * 7) % 30}` }));
    const judges = Array.from({ length: 15 }, (_, i) => ({ email: `giamkhao${i}@sonoivu.gov.vn`, unit: i < 10 ? `U${i}` : '' }));
    const result = assignJudges(contest({ entries, judges, units }));
    expect([...result.loads.values()]).toEqual(new Array(15).fill(2000));
  });

  test('5 judges join a panel of 10 that holds 10,000 entries × 3: exactly 10,000 pairs move to even the loads', () => {
    const units = Array.from({ length: 30 }, (_, i) => ({ code: `U${i}`, name: `Đơn vị ${i}` }));
    const entries = Array.from({ length: 10_000 }, (_, i) => ({ code: `HG2026-${String(i + 1).padStart(5, '0')}`, unitCode: `U${(i * 7) % 30}` }));
    const judges = Array.from({ length: 15 }, (_, i) => ({ email: `giamkhao${i}@sonoivu.gov.vn`, unit: i < 10 ? `U${i}` : '' }));
    const before = assignJudges(contest({ entries, judges: judges.slice(0, 10), units }));
    const result = assignJudges(contest({ entries, judges, units, previous: before.assignments }));
    expect([...result.loads.values()]).toEqual(new Array(15).fill(2000));
    expect(result.withdrawn).toHaveLength(10_000);
  });
});

// ---------------------------------------------------------------------------------------------
// Extra judges for escalated entries.

describe('addExtraJudges', () => {
  const entries = entriesFrom(['VT', 'HG', 'PT']);
  const panel = [judge(1, 'VT'), judge(2), judge(3), judge(4)];
  const regular = (entryCode: string, n: number): Assignment => ({ round: ROUND, entryCode, judge: key(panel[n - 1].email), reason: 'assigned' });

  test('the least loaded eligible judge not already on the entry; never the entry\u2019s own unit', () => {
    // VT2026-001 is Vũng Tàu's: judge 1 may not; judges 2 and 3 score it; judge 4 is the one left.
    const current = [regular(entries[0].code, 2), regular(entries[0].code, 3), regular(entries[1].code, 2)];
    const result = addExtraJudges({ round: ROUND, entries, judges: panel, units: UNITS, conflicts: [], escalated: [entries[0].code], current, scored: new Set() });
    expect(result).toEqual({ added: [{ round: ROUND, entryCode: entries[0].code, judge: 'giamkhao4@sonoivu.gov.vn', reason: 'extra' }], unserved: [] });
  });

  test('nobody free, an extra judge still to score, an unknown code: reported, nothing added', () => {
    const current = [regular(entries[0].code, 2), regular(entries[0].code, 3), { ...regular(entries[1].code, 4), reason: 'extra' as const }];
    const result = addExtraJudges({
      round: ROUND,
      entries,
      judges: panel,
      units: UNITS,
      conflicts: [{ judge: panel[3].email, entryCode: entries[0].code }],
      escalated: [entries[0].code, entries[1].code, 'VT2026-999'],
      current,
      scored: new Set(),
    });
    expect(result).toEqual({
      added: [],
      unserved: [
        { entryCode: entries[0].code, reason: 'noFreeJudge' },
        { entryCode: entries[1].code, reason: 'extraPending' },
        { entryCode: 'VT2026-999', reason: 'unknownEntry' },
      ],
    });
  });

  test('once the extra judge has scored, a new escalation adds another', () => {
    const extra = { ...regular(entries[1].code, 4), reason: 'extra' as const };
    const current = [regular(entries[1].code, 2), extra];
    const result = addExtraJudges({
      round: ROUND,
      entries,
      judges: panel,
      units: UNITS,
      conflicts: [],
      escalated: [entries[1].code],
      current,
      scored: scoredOn([extra]),
    });
    expect(result.added.map((a) => a.judge)).toEqual([expect.stringMatching(/giamkhao[13]@/)]);
  });

  test('property: one eligible, free, least-loaded extra judge per escalated entry, or "noFreeJudge" exactly when none is free', () => {
    fc.assert(
      fc.property(contestArb, fc.nat(70), (input, pick) => {
        const current = assignJudges(input).assignments;
        const target = input.entries[pick % Math.max(1, input.entries.length)];
        fc.pre(target !== undefined);
        const result = addExtraJudges({ ...input, escalated: [target.code], current, scored: scoredOn(current) });
        const load = (email: string): number => current.filter((a) => a.judge === key(email)).length;
        const free = input.judges.filter((j) => standing(input, target, j) === 'free' && !current.some((a) => a.entryCode === target.code && a.judge === key(j.email)));
        if (free.length === 0) {
          expect(result).toEqual({ added: [], unserved: [{ entryCode: target.code, reason: 'noFreeJudge' }] });
          return;
        }
        expect(result.unserved).toEqual([]);
        expect(result.added).toHaveLength(1);
        const chosen = result.added[0];
        expect(chosen).toMatchObject({ round: ROUND, entryCode: target.code, reason: 'extra' });
        expect(free.map((j) => key(j.email))).toContain(chosen.judge);
        expect(load(chosen.judge)).toBe(Math.min(...free.map((j) => load(j.email))));
      }),
      { numRuns: 200 },
    );
  });

  test('property: several escalated entries: each gets one free eligible judge, or is reported', () => {
    fc.assert(
      fc.property(contestArb, fc.uniqueArray(fc.nat(70), { maxLength: 10 }), (input, picks) => {
        const current = assignJudges(input).assignments;
        const escalated = picks.map((p) => entryCodeOf(input.entries, p));
        const result = addExtraJudges({ ...input, escalated, current, scored: scoredOn(current) });
        const byCode = new Map(input.entries.map((e) => [e.code, e]));
        for (const a of result.added) {
          const entry = byCode.get(a.entryCode) as EntryToJudge;
          const panelJudge = input.judges.find((j) => key(j.email) === a.judge) as PanelJudge;
          expect(standing(input, entry, panelJudge)).toBe('free');
          expect(current.some((c) => c.entryCode === a.entryCode && c.judge === a.judge)).toBe(false);
        }
        const served = [...result.added.map((a) => a.entryCode), ...result.unserved.map((u) => u.entryCode)];
        expect(served.sort()).toEqual([...escalated].sort());
        for (const u of result.unserved) expect(u.reason).toBe(byCode.has(u.entryCode) ? 'noFreeJudge' : 'unknownEntry');
      }),
      { numRuns: 150 },
    );
  });
});
