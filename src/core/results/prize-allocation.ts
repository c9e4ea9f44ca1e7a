// Prize allocation: ranked entries and the plan's prize tiers in, who gets which prize out, with the
// reason for every entry without one. Prize counts are maxima and tiers may stay empty
// (research/vietnamese-domain.md §3.3, Quảng Nam: "Ban Tổ chức sẽ cân đối cơ cấu giải"); tied
// entries are never separated here (§3.4): a tie the policy cannot settle goes to the board.

import type { BoundaryTiePolicy, VacancyPolicy } from '../config/model';

export interface PrizeCandidate {
  id: string;
  rank: number;
  score: number;
  unitCode: string;
  categoryCode: string;
}

export interface TierSpec {
  code: string;
  count?: number;
  amount: number;
  minScore?: number;
}

export interface AllocationRules {
  vacancy: VacancyPolicy;
  boundaryTie: BoundaryTiePolicy;
  maxPerUnit?: number;
  maxPerCategory?: number;
}

export type NoPrizeReason =
  | { kind: 'belowMinimum'; tierCode: string; minScore: number } // the lowest tier it could still have reached needs more
  | { kind: 'prizesExhausted' }
  | { kind: 'unitLimit'; unitCode: string; limit: number }
  | { kind: 'categoryLimit'; categoryCode: string; limit: number };

export type Placement =
  | {
      kind: 'prize';
      id: string;
      tierCode: string;
      amount: number;
      /** Present when it won in a tie across the tier's last place (policy shareMoney or fullPrizeEach). */
      boundaryTie?: {
        policy: 'shareMoney' | 'fullPrizeEach';
        /** The tied group, itself included, in id order (one array shared by the group). */
        tie: readonly string[];
        places: number;
        pooledAmount: number;
      };
    }
  | {
      kind: 'referred';
      id: string;
      /** The entries referred together, itself included, in id order (one array shared by them). */
      tie: readonly string[];
      /** The prizes at stake, best first, one per place the tied group occupies (places past the last prize omitted). */
      contested: readonly { tierCode: string; amount: number }[];
    }
  | { kind: 'none'; id: string; reason: NoPrizeReason };

export interface TierOutcome {
  code: string;
  /** Places offered: count plus places passed down from the tier above; null for a tier without a count. */
  places: number | null;
  receivedFromAbove: number;
  /** Entries given this tier (may exceed places only under shareMoney/fullPrizeEach at a boundary tie). */
  awarded: number;
  referred: number; // places held for the board
  vacant: number; // places left empty here
  passedDown: number; // places handed to the next tier
  money: number; // money awarded in this tier
}

export interface Allocation {
  placements: Placement[]; // same order as the candidates
  tiers: TierOutcome[]; // same order as the tiers
  awardedMoney: number; // Σ amounts of 'prize' placements
  pendingMoney: number; // Σ amounts of the places referred to the board
}

interface TierState {
  spec: TierSpec;
  /** Places still open here; Infinity for a tier without a count. */
  remaining: number;
  received: number;
  awarded: number;
  referred: number;
  vacant: number;
  passedDown: number;
  money: number;
}

/** One place a tie group occupies: a place of a tier, or a place past the last prize (tier null, amount 0). */
interface Place {
  tier: TierState | null;
  amount: number;
}

/** The walk down the tiers: the current tier and its open places. */
class TierWalk {
  private readonly tiers: TierState[];
  private current = 0;

  constructor(
    specs: readonly TierSpec[],
    private readonly vacancy: VacancyPolicy,
  ) {
    this.tiers = specs.map((spec) => ({
      spec,
      remaining: spec.count === undefined ? Infinity : spec.count,
      received: 0,
      awarded: 0,
      referred: 0,
      vacant: 0,
      passedDown: 0,
      money: 0,
    }));
  }

  /**
   * Moves to the first tier with an open place whose minimum the score reaches, leaving the tiers
   * before it; false when no tier is left. Every later group scores no higher, so a tier left for
   * its minimum is left for good.
   */
  reach(score: number): boolean {
    while (this.current < this.tiers.length) {
      const tier = this.tiers[this.current];
      if (tier.remaining > 0 && score >= (tier.spec.minScore ?? -Infinity)) return true;
      this.leave();
    }
    return false;
  }

  /** The open places of the current tier (Infinity without a count); call after reach. */
  openHere(): number {
    return this.tiers[this.current].remaining;
  }

  currentTier(): TierState {
    return this.tiers[this.current];
  }

  /** Uses up the next k places in order, through the tiers whose minimum the score reaches, then past the last prize. */
  take(k: number, score: number): Place[] {
    const places: Place[] = [];
    while (places.length < k && this.reach(score)) {
      const tier = this.tiers[this.current];
      const n = Math.min(tier.remaining, k - places.length);
      for (let i = 0; i < n; i++) places.push({ tier, amount: tier.spec.amount });
      tier.remaining -= n;
    }
    while (places.length < k) places.push({ tier: null, amount: 0 });
    return places;
  }

  /** After the last candidate: every open place ends vacant, handed down first under passDown. */
  finish(): void {
    while (this.current < this.tiers.length) this.leave();
  }

  /**
   * The tier that explains a 'no tier left': the lowest one that offered places. An entry below its
   * minimum would not have won even with more places; otherwise the places ran out.
   */
  lowestOffered(): TierState | undefined {
    for (let i = this.tiers.length - 1; i >= 0; i--) {
      const tier = this.tiers[i];
      if (tier.spec.count === undefined || tier.spec.count + tier.received > 0) return tier;
    }
    return undefined;
  }

  outcomes(): TierOutcome[] {
    return this.tiers.map((t) => ({
      code: t.spec.code,
      places: t.spec.count === undefined ? null : t.spec.count + t.received,
      receivedFromAbove: t.received,
      awarded: t.awarded,
      referred: t.referred,
      vacant: t.vacant,
      passedDown: t.passedDown,
      money: t.money,
    }));
  }

  /** The current tier's open places become vacant, or under passDown the next tier's (the last tier's stay vacant; a tier without a count has none to give). */
  private leave(): void {
    const tier = this.tiers[this.current];
    const next = this.tiers[this.current + 1];
    if (Number.isFinite(tier.remaining) && tier.remaining > 0) {
      if (this.vacancy === 'passDown' && next) {
        tier.passedDown += tier.remaining;
        next.received += tier.remaining;
        next.remaining += tier.remaining;
      } else {
        tier.vacant += tier.remaining;
      }
      tier.remaining = 0;
    }
    this.current++;
  }
}

/** Prizes and referred places held per unit and per category, for maxPerUnit and maxPerCategory. */
class LimitLedger {
  private readonly units = new Map<string, number>();
  private readonly categories = new Map<string, number>();

  constructor(private readonly rules: AllocationRules) {}

  /** Why the candidate can take no place at all: its unit (checked first) or category is already full. */
  blocked(c: PrizeCandidate): NoPrizeReason | null {
    const { maxPerUnit, maxPerCategory } = this.rules;
    if (maxPerUnit !== undefined && (this.units.get(c.unitCode) ?? 0) >= maxPerUnit) return { kind: 'unitLimit', unitCode: c.unitCode, limit: maxPerUnit };
    if (maxPerCategory !== undefined && (this.categories.get(c.categoryCode) ?? 0) >= maxPerCategory) {
      return { kind: 'categoryLimit', categoryCode: c.categoryCode, limit: maxPerCategory };
    }
    return null;
  }

  /** For each member of a tie group: its unit or category has more members in the group than room left. */
  overflowing(group: readonly PrizeCandidate[]): boolean[] {
    const over = group.map(() => false);
    const mark = (limit: number | undefined, held: Map<string, number>, keyOf: (c: PrizeCandidate) => string): void => {
      if (limit === undefined) return;
      const inGroup = new Map<string, number>();
      for (const c of group) inGroup.set(keyOf(c), (inGroup.get(keyOf(c)) ?? 0) + 1);
      group.forEach((c, j) => {
        if (inGroup.get(keyOf(c))! > limit - (held.get(keyOf(c)) ?? 0)) over[j] = true;
      });
    };
    mark(this.rules.maxPerUnit, this.units, (c) => c.unitCode);
    mark(this.rules.maxPerCategory, this.categories, (c) => c.categoryCode);
    return over;
  }

  hold(c: PrizeCandidate): void {
    this.units.set(c.unitCode, (this.units.get(c.unitCode) ?? 0) + 1);
    this.categories.set(c.categoryCode, (this.categories.get(c.categoryCode) ?? 0) + 1);
  }
}

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The ids of a group's members in id order: one array shared by the group (k, not k², for a tie of k). */
function idsOf(group: readonly PrizeCandidate[]): readonly string[] {
  return group.map((c) => c.id).sort(byId);
}

/**
 * Gives the prizes of `tiers` (best first) to `candidates` (best first with competition ranks,
 * equal rank = an unbroken tie, e.g. from rankCompetition), one tie group at a time.
 *
 * - Tiers: the walk holds a current tier and its open places (count plus places passed down;
 *   unbounded without a count: every candidate reaching its minScore gets it, as in Tân An's
 *   year-round recognition). A tier with count 0 offers no places.
 * - Minimum: a group below the current tier's minScore leaves it; its open places are vacant, or
 *   under passDown added to the next tier's, and the next tier is tried. A tie group's score is
 *   its lowest member's (members of an unbroken tie have the same score).
 * - No tier left: 'belowMinimum' naming the lowest tier that offered places when the score misses
 *   that tier's minimum, else 'prizesExhausted'. This reason wins over a limit: an entry that could
 *   win nothing anyway is not reported as over its unit's limit.
 * - Limits (maxPerUnit, maxPerCategory): a candidate whose unit (category) already holds the limit
 *   in prizes or referred places from better groups gets 'none' (unitLimit before categoryLimit)
 *   and takes no place, so the next candidate moves up. When the members of one tie group from a
 *   unit (category) are more than the room left, no member is picked arbitrarily: all of them are
 *   'referred', sharing one tie list of those so referred, each listing the places they occupy (the prize
 *   every member of the group gets, once per referred member); those places are used up and their
 *   money is pending. The rest of the group gets its prize as below; under referToBoard a group
 *   straddling a boundary is referred whole anyway.
 * - A group that fits in the open places gets the tier at the full amount.
 * - A group of k straddling the tier's last place (r < k open) occupies k places: the r here, then
 *   the places of the following tiers in order (only tiers whose minScore the group reaches; past
 *   the last prize, places without a prize, amount 0). By rules.boundaryTie:
 *   - fullPrizeEach: each gets this tier at its full amount; the other k − r places are used up;
 *   - shareMoney: each gets this tier and floor(pooledAmount / k) đồng, pooledAmount being the
 *     money of the k places; the remainder is not paid; the other places are used up;
 *   - referToBoard: all k are 'referred', contested listing the prizes of the k places; those
 *     places are used up and their money is pending; later candidates carry on with what is left.
 * - After the last candidate the open places are vacant, handed down tier by tier first under
 *   passDown, so they end vacant in the last tier.
 * - TierOutcome: places a boundary tie used up in a following tier under shareMoney or
 *   fullPrizeEach are in none of that tier's counts (they are in the awarded of the tie's tier).
 *
 * Candidates are walked in rank order (stable, so a caller's order within a tie is kept); the
 * placements come back in the candidates' order. n·log n.
 */
export function allocatePrizes(candidates: readonly PrizeCandidate[], tiers: readonly TierSpec[], rules: AllocationRules): Allocation {
  const walk = new TierWalk(tiers, rules.vacancy);
  const ledger = new LimitLedger(rules);
  const placements: Placement[] = new Array<Placement>(candidates.length);
  const withoutTier: number[] = [];
  let pendingMoney = 0;

  const order = candidates.map((c, i) => ({ c, i })).sort((a, b) => a.c.rank - b.c.rank || a.i - b.i);
  let start = 0;
  while (start < order.length) {
    let end = start + 1;
    while (end < order.length && order[end].c.rank === order[start].c.rank) end++;
    const tied = order.slice(start, end);
    start = end;

    const score = tied.reduce((low, o) => Math.min(low, o.c.score), Infinity);
    if (!walk.reach(score)) {
      for (const o of tied) withoutTier.push(o.i);
      continue;
    }
    // The members that compete for places, and where their placements go.
    const group: PrizeCandidate[] = [];
    const slots: number[] = [];
    for (const { c, i } of tied) {
      const reason = ledger.blocked(c);
      if (reason) {
        placements[i] = { kind: 'none', id: c.id, reason };
      } else {
        group.push(c);
        slots.push(i);
      }
    }
    if (group.length === 0) continue;

    const over = ledger.overflowing(group);
    const tier = walk.currentTier();
    const open = walk.openHere();
    const places = walk.take(group.length, score);
    const straddles = group.length > open;
    for (const c of group) ledger.hold(c);

    if (straddles && rules.boundaryTie === 'referToBoard') {
      const contested = places.flatMap((p) => (p.tier ? [{ tierCode: p.tier.spec.code, amount: p.amount }] : []));
      for (const p of places) if (p.tier) p.tier.referred++;
      pendingMoney += contested.reduce((sum, p) => sum + p.amount, 0);
      const tie = idsOf(group);
      group.forEach((c, j) => {
        placements[slots[j]] = { kind: 'referred', id: c.id, tie, contested };
      });
      continue;
    }

    const pooledAmount = places.reduce((sum, p) => sum + p.amount, 0);
    const k = group.length;
    // Whole đồng: pooledAmount % k is exact, where a floating division could round up to the next đồng.
    const amount = straddles && rules.boundaryTie === 'shareMoney' ? (pooledAmount - (pooledAmount % k)) / k : tier.spec.amount;
    const referred = group.filter((_, j) => over[j]);
    const referredTie = idsOf(referred);
    const referredPlaces = referred.map(() => ({ tierCode: tier.spec.code, amount }));
    const groupTie = idsOf(group);
    group.forEach((c, j) => {
      if (over[j]) {
        placements[slots[j]] = { kind: 'referred', id: c.id, tie: referredTie, contested: referredPlaces };
        return;
      }
      const prize: Placement = { kind: 'prize', id: c.id, tierCode: tier.spec.code, amount };
      if (straddles) {
        const policy = rules.boundaryTie === 'shareMoney' ? 'shareMoney' : 'fullPrizeEach';
        prize.boundaryTie = { policy, tie: groupTie, places: k, pooledAmount };
      }
      placements[slots[j]] = prize;
    });
    tier.awarded += k - referred.length;
    tier.money += (k - referred.length) * amount;
    tier.referred += referred.length;
    pendingMoney += referred.length * amount;
  }
  walk.finish();

  const lowest = walk.lowestOffered();
  for (const i of withoutTier) {
    const c = candidates[i];
    const reason: NoPrizeReason =
      lowest?.spec.minScore !== undefined && c.score < lowest.spec.minScore
        ? { kind: 'belowMinimum', tierCode: lowest.spec.code, minScore: lowest.spec.minScore }
        : { kind: 'prizesExhausted' };
    placements[i] = { kind: 'none', id: c.id, reason };
  }

  const awardedMoney = placements.reduce((sum, p) => sum + (p.kind === 'prize' ? p.amount : 0), 0);
  return { placements, tiers: walk.outcomes(), awardedMoney, pendingMoney };
}
