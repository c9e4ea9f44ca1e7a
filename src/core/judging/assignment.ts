// Who scores which entry (phân công chấm): every judge every entry, or k judges per entry with
// balanced loads; never an entry of the judge's own unit nor one they declared a conflict with
// (research/vietnamese-domain.md §3.3). Judges already hold their sheets, so re-running keeps what
// it can: a scored pair never moves, an unscored one moves only to balance the loads.

import type { Unit } from '../config/model';
import type { RoundId } from '../scoring/score-sheet';
import { tidy } from '../vn/text';
import { judgeKey, pairKey, type Assignment } from './judging-model';

/** An entry to be scored. */
export interface EntryToJudge {
  code: string;
  /** The code of the entrant's unit, '' when none (a citizen, a business). */
  unitCode: string;
}

/** A member of the judging panel, as typed in the Members sheet. */
export interface PanelJudge {
  email: string;
  /** A unit code or a unit name; '' for a judge from outside every unit. */
  unit: string;
}

/** A judge who must not score an entry (xung đột lợi ích), whoever declared it. */
export interface ConflictOfInterest {
  judge: string;
  entryCode: string;
}

/**
 * Who may score what in one round. Entry codes compare exactly; e-mails with judgeKey; units after
 * NFC, trimming, collapsing spaces and lower-casing. A repeated entry code or e-mail counts once
 * (the first), and a judge with a blank e-mail is left out: nobody could open their sheet.
 */
export interface PanelInput {
  round: RoundId;
  /** Entries to be scored, in register order. */
  entries: readonly EntryToJudge[];
  judges: readonly PanelJudge[];
  /** The contest's units: a judge whose unit is typed as a unit's name matches that unit's code. */
  units: readonly Unit[];
  conflicts: readonly ConflictOfInterest[];
}

export interface AssignmentInput extends PanelInput {
  /** k judges per entry (a positive integer), or 'all' for every eligible judge. */
  judgesPerEntry: number | 'all';
  /** The assignment as it stands (from the assignment sheet), possibly empty; other rounds are ignored. */
  previous: readonly Assignment[];
  /**
   * pairKey(round, entry, judge) of every pair where the judge has already entered any score.
   * A scored pair that is eligible is always assigned, even when it is missing from `previous`.
   */
  scored: ReadonlySet<string>;
}

/**
 * Why a previous pair is no longer assigned: the entry or the judge left the round, a conflict was
 * declared, the judge's unit is the entry's, the pair moved to another judge to balance the loads,
 * or the entry had more judges than it needs (k lowered, or scored pairs already fill it).
 */
export type WithdrawalReason = 'conflict' | 'ownUnit' | 'entryGone' | 'judgeGone' | 'rebalanced' | 'surplus';

export interface Withdrawal {
  /** The previous pair, as it was given. */
  assignment: Assignment;
  /** Never 'rebalanced' nor 'surplus' for a scored pair: those are kept. */
  reason: WithdrawalReason;
  /** The judge had entered scores for it: the caller decides what becomes of them. */
  scored: boolean;
}

export interface Shortfall {
  entryCode: string;
  /** k; 1 in 'all' mode, where only an entry nobody may score is a shortfall. */
  wanted: number;
  /** Judges free of conflicts and of the entry's unit. */
  eligible: number;
}

/**
 * Why k-mode loads differ by more than one though the assignment did its best: 'scoredPairs' when
 * moving pairs already scored would balance them; 'eligibility' when even a fresh assignment could
 * not (conflicts, own units and extra judges leave too few judges free for some entries).
 */
export interface Imbalance {
  cause: 'scoredPairs' | 'eligibility';
  /** Judges with the highest regular load, in panel order. */
  overloaded: string[];
  /** Judges with the lowest regular load, in panel order. */
  underloaded: string[];
}

export interface AssignmentResult {
  /** Regular and extra pairs of the round, by entry (in entry order), then judge e-mail. */
  assignments: Assignment[];
  /** Previous pairs no longer assigned, and why, in the order of `previous`. */
  withdrawn: Withdrawal[];
  /** Entries that cannot get the wanted number of judges because too few are free of conflicts. */
  shortfalls: Shortfall[];
  /** Regular ('assigned') entries per judge e-mail (lower case), every judge listed (0 included), in panel order. */
  loads: Map<string, number>;
  /**
   * k mode: whether the regular loads differ by at most one. When false no assignment keeping the
   * scored pairs and the extra judges in place does better. Always true in 'all' mode, where loads
   * follow from eligibility alone and there is nothing to balance.
   */
  balanced: boolean;
  /** Set exactly when balanced is false. */
  imbalance: Imbalance | null;
}

export interface ExtraJudgeInput extends PanelInput {
  /** Codes of the entries whose judges disagree beyond the escalation threshold. */
  escalated: readonly string[];
  /** The assignment as it stands, regular and extra pairs; other rounds are ignored. */
  current: readonly Assignment[];
  /** pairKey of every pair where the judge has already entered any score. */
  scored: ReadonlySet<string>;
}

/**
 * Why an escalated entry got no extra judge: nobody eligible is free of it; an extra judge it
 * already has has not scored yet (asking twice adds nobody); or its code is not among the entries.
 */
export type ExtraJudgeRefusal = 'noFreeJudge' | 'extraPending' | 'unknownEntry';

export interface ExtraJudgeResult {
  /** The new pairs, reason 'extra', in entry order. */
  added: Assignment[];
  /** Escalated entries that got no extra judge, in the order of `escalated`. */
  unserved: { entryCode: string; reason: ExtraJudgeRefusal }[];
}

const FREE = 0;
const CONFLICT = 1;
const OWN_UNIT = 2;

/** Who may score what: pair (entry e, judge j) is cell e × judgeCount + j of every matrix below. */
interface Panel {
  round: RoundId;
  entries: EntryToJudge[];
  /** Judges' e-mails in lower case, in panel order. */
  judges: string[];
  entryIndex: Map<string, number>;
  judgeIndex: Map<string, number>;
  /** FREE, CONFLICT or OWN_UNIT per pair. */
  blocked: Uint8Array;
  /** Per entry, the judges free to score it, in panel order. */
  eligible: number[][];
  entryHash: number[];
  judgeHash: number[];
}

function unitKey(text: string): string {
  return tidy(text).toLowerCase();
}

// Read once: a global look-up on every call is slow in some hosts (jest's vm context: 150×).
const { imul } = Math;

/** FNV-1a: a stable 32-bit hash, the same in every runtime. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = imul(h, 0x01000193);
  }
  return h >>> 0;
}

function buildPanel(input: PanelInput): Panel {
  const entries: EntryToJudge[] = [];
  const entryIndex = new Map<string, number>();
  for (const entry of input.entries) {
    if (entryIndex.has(entry.code)) continue;
    entryIndex.set(entry.code, entries.length);
    entries.push(entry);
  }
  const judges: string[] = [];
  const judgeUnits: string[] = [];
  const judgeIndex = new Map<string, number>();
  for (const judge of input.judges) {
    const key = judgeKey(judge.email);
    if (key === '' || judgeIndex.has(key)) continue;
    judgeIndex.set(key, judges.length);
    judges.push(key);
    judgeUnits.push(unitKey(judge.unit));
  }
  const unitNames = new Map<string, string>();
  for (const unit of input.units) {
    const code = unitKey(unit.code);
    if (!unitNames.has(code)) unitNames.set(code, unitKey(unit.name));
  }

  const judgeCount = judges.length;
  const blocked = new Uint8Array(entries.length * judgeCount);
  entries.forEach((entry, e) => {
    const code = unitKey(entry.unitCode);
    if (code === '') return;
    const name = unitNames.get(code);
    judgeUnits.forEach((unit, j) => {
      if (unit !== '' && (unit === code || unit === name)) blocked[e * judgeCount + j] = OWN_UNIT;
    });
  });
  for (const conflict of input.conflicts) {
    const e = entryIndex.get(conflict.entryCode);
    const j = judgeIndex.get(judgeKey(conflict.judge));
    if (e !== undefined && j !== undefined) blocked[e * judgeCount + j] = CONFLICT;
  }
  const eligible = entries.map((_, e) => {
    const free: number[] = [];
    for (let j = 0; j < judgeCount; j++) if (blocked[e * judgeCount + j] === FREE) free.push(j);
    return free;
  });
  return {
    round: input.round,
    entries,
    judges,
    entryIndex,
    judgeIndex,
    blocked,
    eligible,
    entryHash: entries.map((entry) => fnv1a(entry.code)),
    judgeHash: judges.map(fnv1a),
  };
}

/**
 * A stable pseudo-random rank of (entry, judge) for ties, so ties do not always go to the judge
 * listed first or to the alphabetically first e-mail (murmur3's finaliser mixes the two hashes).
 */
function tieRank(panel: Panel, e: number, j: number): number {
  let h = panel.entryHash[e] ^ imul(panel.judgeHash[j], 0x9e3779b1);
  h = imul(h ^ (h >>> 16), 0x85ebca6b);
  h = imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Previous pairs that still stand, per entry (judge indices), and what became of each previous pair. */
interface StandingPairs {
  /** Regular pairs already scored: they stay. */
  scoredRegular: number[][];
  /** Regular pairs not scored yet: they stay unless balance or the entry's count needs them elsewhere. */
  unscoredRegular: number[][];
  /** Extra pairs: they stay as they are, outside the regular loads. */
  extra: number[][];
  /** Pair cells of every standing previous regular pair. */
  previousRegular: Set<number>;
  /** By index in `previous`: the pair cell of a standing regular pair. */
  regularCell: Map<number, number>;
  /** By index in `previous`: why a pair cannot stand. */
  ineligible: Map<number, Withdrawal>;
}

/** Where a previous pair sits in the panel, or why it cannot stand. */
function locate(panel: Panel, assignment: Assignment): { e: number; j: number } | WithdrawalReason {
  const e = panel.entryIndex.get(assignment.entryCode);
  if (e === undefined) return 'entryGone';
  const j = panel.judgeIndex.get(judgeKey(assignment.judge));
  if (j === undefined) return 'judgeGone';
  const blocked = panel.blocked[e * panel.judges.length + j];
  return blocked === CONFLICT ? 'conflict' : blocked === OWN_UNIT ? 'ownUnit' : { e, j };
}

function standingPairs(panel: Panel, previous: readonly Assignment[], scored: ReadonlySet<string>): StandingPairs {
  const { round, judges } = panel;
  const judgeCount = judges.length;
  const perEntry = (): number[][] => panel.entries.map(() => []);
  const standing: StandingPairs = {
    scoredRegular: perEntry(),
    unscoredRegular: perEntry(),
    extra: perEntry(),
    previousRegular: new Set(),
    regularCell: new Map(),
    ineligible: new Map(),
  };
  // The same pair listed as regular and as extra is a regular pair; a pair listed twice counts once.
  const regularKeys = new Set(
    previous.filter((a) => a.round === round && a.reason === 'assigned').map((a) => pairKey(round, a.entryCode, a.judge)),
  );
  const seen = new Set<string>();
  const taken = new Uint8Array(panel.entries.length * judgeCount);
  previous.forEach((assignment, index) => {
    if (assignment.round !== round) return;
    const key = pairKey(round, assignment.entryCode, assignment.judge);
    if (seen.has(key) || (assignment.reason === 'extra' && regularKeys.has(key))) return;
    seen.add(key);
    const isScored = scored.has(key);
    const place = locate(panel, assignment);
    if (typeof place === 'string') {
      standing.ineligible.set(index, { assignment, reason: place, scored: isScored });
      return;
    }
    const { e, j } = place;
    const cell = e * judgeCount + j;
    taken[cell] = 1;
    if (assignment.reason === 'extra') {
      standing.extra[e].push(j);
      return;
    }
    standing.previousRegular.add(cell);
    standing.regularCell.set(index, cell);
    (isScored ? standing.scoredRegular : standing.unscoredRegular)[e].push(j);
  });
  // Scores entered on a pair the assignment sheet lost: the pair comes back rather than orphan them.
  if (scored.size > 0) {
    panel.eligible.forEach((free, e) => {
      const code = panel.entries[e].code;
      for (const j of free) {
        if (taken[e * judgeCount + j] === 0 && scored.has(pairKey(round, code, judges[j]))) standing.scoredRegular[e].push(j);
      }
    });
  }
  return standing;
}

/** The outcome of seating k regular judges per entry. */
interface Seating {
  /** Per entry, its regular judges: the scored ones, then the movable ones. */
  regular: number[][];
  load: Int32Array;
  /** Cells of previous pairs dropped because their entry had more than it needs. */
  surplus: Set<number>;
  balanced: boolean;
}

/**
 * Seats k regular judges per entry. Complexity, for E entries, J judges and P = E·k regular pairs:
 * O(E·J log J) for the greedy fill; each repair chain costs O(P·J) at worst (each judge is expanded
 * once) and usually ends within a few pairs; each chain lowers Σ load² by at least 2, so their
 * number is bounded by the imbalance the greedy fill and the kept pairs leave, in practice small.
 *
 * 1. Each entry wants w = min(k, eligible judges not already its extra judges) and keeps all its
 *    `fixed` judges, so it has r = max(w, fixed) regular judges; movable previous pairs beyond r
 *    are dropped from the most loaded judges.
 * 2. Greedy: entries with the fewest spare candidates first, each taking the least loaded
 *    candidates (ties by tieRank).
 * 3. Repair: while max − min > 1, find by breadth-first search a chain of moves of movable pairs
 *    X₀ → X₁ → … → Xₙ (Xᵢ hands an entry to Xᵢ₊₁, who is eligible and not yet on it), first from a
 *    most-loaded judge (load M) to one with load ≤ M − 2, else from one with load ≥ m + 2 to a
 *    least-loaded one (load m). Only X₀ and Xₙ change load. Judges on a chain are distinct, so the
 *    moves stay valid together even when two of them move the same entry.
 *
 * Why stopping is right: let R be the judges reachable by chains from the judges of load M. An
 * entry with a movable pair in R has all its free eligible judges in R, so every assignment keeping
 * the fixed pairs and counts puts at least as many pairs in R as now. If every judge in R has load
 * ≥ M − 1 (no first chain), some judge in R keeps M in every assignment: M is the least possible
 * maximum. Symmetrically, with no second chain, m is the greatest possible minimum. So when
 * neither chain exists, no assignment has a smaller spread than M − m > 1.
 */
function seatRegularJudges(
  panel: Panel,
  k: number,
  fixed: readonly (readonly number[])[],
  movable: readonly (readonly number[])[],
  extra: readonly (readonly number[])[],
  previousRegular: ReadonlySet<number>,
): Seating {
  const { eligible } = panel;
  const judgeCount = panel.judges.length;
  const entryCount = panel.entries.length;
  const taken = new Uint8Array(entryCount * judgeCount);
  const load = new Int32Array(judgeCount);
  const surplus = new Set<number>();
  // Movable pairs per judge, kept apart by whether the judge already holds them (previous pairs)
  // or not (fresh): a chain hands over fresh pairs first. slot[cell] is the pair's index in its list.
  const fresh: number[][] = panel.judges.map(() => []);
  const held: number[][] = panel.judges.map(() => []);
  const slot = new Int32Array(entryCount * judgeCount);
  const holders: number[][] = [];

  const seat = (e: number, j: number): void => {
    const cell = e * judgeCount + j;
    const list = previousRegular.has(cell) ? held[j] : fresh[j];
    slot[cell] = list.length;
    list.push(e);
    taken[cell] = 1;
    load[j]++;
  };
  const unseat = (e: number, j: number): void => {
    const cell = e * judgeCount + j;
    const list = previousRegular.has(cell) ? held[j] : fresh[j];
    const last = list.pop() as number;
    if (last !== e) {
      list[slot[cell]] = last;
      slot[last * judgeCount + j] = slot[cell];
    }
    taken[cell] = 0;
    load[j]--;
  };

  const slots: number[] = [];
  for (let e = 0; e < entryCount; e++) {
    for (const j of fixed[e]) {
      taken[e * judgeCount + j] = 1;
      load[j]++;
    }
    for (const j of extra[e]) taken[e * judgeCount + j] = 1;
    const wanted = Math.min(k, eligible[e].length - extra[e].length);
    slots.push(Math.max(0, wanted - fixed[e].length));
    holders.push([...movable[e]]);
    for (const j of movable[e]) load[j]++;
  }
  for (let e = 0; e < entryCount; e++) {
    const own = holders[e];
    if (own.length > slots[e]) {
      own.sort((a, b) => load[b] - load[a] || tieRank(panel, e, b) - tieRank(panel, e, a));
      for (const j of own.splice(0, own.length - slots[e])) {
        load[j]--;
        surplus.add(e * judgeCount + j);
      }
    }
    for (const j of own) {
      load[j]--;
      seat(e, j);
    }
  }

  const spare = (e: number): number[] => eligible[e].filter((j) => taken[e * judgeCount + j] === 0);
  const needing: { e: number; slack: number }[] = [];
  for (let e = 0; e < entryCount; e++) {
    const need = slots[e] - holders[e].length;
    if (need > 0) needing.push({ e, slack: spare(e).length - need });
  }
  needing.sort((a, b) => a.slack - b.slack || panel.entryHash[a.e] - panel.entryHash[b.e] || a.e - b.e);
  for (const { e } of needing) {
    const candidates = spare(e)
      .map((j) => ({ j, load: load[j], rank: tieRank(panel, e, j) }))
      .sort((a, b) => a.load - b.load || a.rank - b.rank);
    for (const { j } of candidates.slice(0, slots[e] - holders[e].length)) {
      holders[e].push(j);
      seat(e, j);
    }
  }

  const parentJudge = new Int32Array(judgeCount);
  const parentEntry = new Int32Array(judgeCount);
  /** The end of a chain from a source to a target (parents record it), or −1. */
  const chainEnd = (isSource: (j: number) => boolean, isTarget: (j: number) => boolean): number => {
    parentJudge.fill(-1);
    const visited = new Uint8Array(judgeCount);
    const queue: number[] = [];
    for (let j = 0; j < judgeCount; j++) {
      if (isSource(j)) {
        visited[j] = 1;
        queue.push(j);
      }
    }
    for (let head = 0; head < queue.length; head++) {
      const x = queue[head];
      for (const list of [fresh[x], held[x]]) {
        for (const e of list) {
          for (const y of eligible[e]) {
            if (visited[y] === 1 || taken[e * judgeCount + y] === 1) continue;
            visited[y] = 1;
            parentJudge[y] = x;
            parentEntry[y] = e;
            if (isTarget(y)) return y;
            queue.push(y);
          }
        }
      }
    }
    return -1;
  };

  let balanced = true;
  for (;;) {
    let high = -Infinity;
    let low = Infinity;
    for (const l of load) {
      if (l > high) high = l;
      if (l < low) low = l;
    }
    if (judgeCount === 0 || high - low <= 1) break;
    let end = chainEnd((j) => load[j] === high, (j) => load[j] <= high - 2);
    if (end < 0) end = chainEnd((j) => load[j] >= low + 2, (j) => load[j] === low);
    if (end < 0) {
      balanced = false;
      break;
    }
    for (let to = end; parentJudge[to] >= 0; to = parentJudge[to]) {
      const from = parentJudge[to];
      const e = parentEntry[to];
      unseat(e, from);
      seat(e, to);
      const own = holders[e];
      own[own.indexOf(from)] = to;
    }
  }

  return { regular: holders.map((own, e) => [...fixed[e], ...own]), load, surplus, balanced };
}

function extremes(panel: Panel, load: Int32Array): { overloaded: string[]; underloaded: string[] } {
  const high = Math.max(...load);
  const low = Math.min(...load);
  return {
    overloaded: panel.judges.filter((_, j) => load[j] === high),
    underloaded: panel.judges.filter((_, j) => load[j] === low),
  };
}

/**
 * Assigns the judges of one round: in 'all' mode every eligible judge scores every entry; in k
 * mode each entry gets min(k, eligible) distinct eligible judges with loads differing by at most
 * one whenever the kept pairs allow it. An entry's standing extra judges count among its judges
 * without being regular ones: it gets min(k, eligible − extra) regular judges, or more when pairs
 * already scored exceed that. Previous pairs stay where they can (see seatRegularJudges); the same
 * input always gives the same output.
 */
export function assignJudges(input: AssignmentInput): AssignmentResult {
  const k = input.judgesPerEntry;
  if (k !== 'all' && !(Number.isInteger(k) && k >= 1)) throw new RangeError(`judgesPerEntry must be a positive integer or 'all', got ${k}`);
  const panel = buildPanel(input);
  const { round, entries, judges } = panel;
  const judgeCount = judges.length;
  const standing = standingPairs(panel, input.previous, input.scored);

  let regular: number[][];
  let load: Int32Array;
  let surplus: ReadonlySet<number> = new Set();
  let balanced = true;
  let imbalance: Imbalance | null = null;
  if (k === 'all') {
    regular = panel.eligible.map((free, e) => free.filter((j) => !standing.extra[e].includes(j)));
    load = new Int32Array(judgeCount);
    for (const own of regular) for (const j of own) load[j]++;
  } else {
    const seating = seatRegularJudges(panel, k, standing.scoredRegular, standing.unscoredRegular, standing.extra, standing.previousRegular);
    ({ regular, load, surplus, balanced } = seating);
    if (!balanced) {
      const noneFixed = entries.map(() => []);
      const allMovable = entries.map((_, e) => [...standing.scoredRegular[e], ...standing.unscoredRegular[e]]);
      const fresh = seatRegularJudges(panel, k, noneFixed, allMovable, standing.extra, standing.previousRegular);
      imbalance = { cause: fresh.balanced ? 'scoredPairs' : 'eligibility', ...extremes(panel, load) };
    }
  }

  const assignments: Assignment[] = [];
  const assigned = new Set<number>();
  entries.forEach((entry, e) => {
    const pairs: Assignment[] = [];
    for (const j of regular[e]) {
      assigned.add(e * judgeCount + j);
      pairs.push({ round, entryCode: entry.code, judge: judges[j], reason: 'assigned' });
    }
    for (const j of standing.extra[e]) pairs.push({ round, entryCode: entry.code, judge: judges[j], reason: 'extra' });
    pairs.sort((a, b) => (a.judge < b.judge ? -1 : a.judge > b.judge ? 1 : 0));
    assignments.push(...pairs);
  });

  const withdrawn: Withdrawal[] = [];
  input.previous.forEach((_, index) => {
    const ineligible = standing.ineligible.get(index);
    const cell = standing.regularCell.get(index);
    if (ineligible !== undefined) withdrawn.push(ineligible);
    else if (cell !== undefined && !assigned.has(cell)) {
      withdrawn.push({ assignment: input.previous[index], reason: surplus.has(cell) ? 'surplus' : 'rebalanced', scored: false });
    }
  });

  const shortfalls: Shortfall[] = [];
  const wanted = k === 'all' ? 1 : k;
  entries.forEach((entry, e) => {
    const count = panel.eligible[e].length;
    if (count < wanted) shortfalls.push({ entryCode: entry.code, wanted, eligible: count });
  });

  return {
    assignments,
    withdrawn,
    shortfalls,
    loads: new Map(judges.map((judge, j) => [judge, load[j]])),
    balanced,
    imbalance,
  };
}

/**
 * One more judge for each escalated entry ("discrepancy action: extra judge assigned"): an eligible
 * judge not already on the entry, the least loaded counting every pair of the round on the given
 * entries (regular and extra), ties by a stable rank. Entries with the fewest free judges choose first.
 */
export function addExtraJudges(input: ExtraJudgeInput): ExtraJudgeResult {
  const panel = buildPanel(input);
  const { round, entries, judges } = panel;
  const judgeCount = judges.length;
  const taken = new Uint8Array(entries.length * judgeCount);
  const load = new Int32Array(judgeCount);
  const pending = new Set<number>();
  for (const assignment of input.current) {
    if (assignment.round !== round) continue;
    const e = panel.entryIndex.get(assignment.entryCode);
    const j = panel.judgeIndex.get(judgeKey(assignment.judge));
    if (e === undefined || j === undefined || taken[e * judgeCount + j] === 1) continue;
    taken[e * judgeCount + j] = 1;
    load[j]++;
    if (assignment.reason === 'extra' && !input.scored.has(pairKey(round, assignment.entryCode, assignment.judge))) pending.add(e);
  }

  const refusals = new Map<string, ExtraJudgeRefusal>();
  const requests: number[] = [];
  for (const code of new Set(input.escalated)) {
    const e = panel.entryIndex.get(code);
    if (e === undefined) refusals.set(code, 'unknownEntry');
    else if (pending.has(e)) refusals.set(code, 'extraPending');
    else requests.push(e);
  }
  const spare = (e: number): number[] => panel.eligible[e].filter((j) => taken[e * judgeCount + j] === 0);
  const spareCount = new Map(requests.map((e) => [e, spare(e).length]));
  requests.sort((a, b) => (spareCount.get(a) as number) - (spareCount.get(b) as number) || panel.entryHash[a] - panel.entryHash[b] || a - b);

  const chosen: { e: number; j: number }[] = [];
  for (const e of requests) {
    const candidates = spare(e);
    if (candidates.length === 0) {
      refusals.set(entries[e].code, 'noFreeJudge');
      continue;
    }
    const j = candidates.reduce((best, c) => (load[c] - load[best] || tieRank(panel, e, c) - tieRank(panel, e, best)) < 0 ? c : best);
    taken[e * judgeCount + j] = 1;
    load[j]++;
    chosen.push({ e, j });
  }

  chosen.sort((a, b) => a.e - b.e);
  return {
    added: chosen.map(({ e, j }) => ({ round, entryCode: entries[e].code, judge: judges[j], reason: 'extra' })),
    unserved: [...new Set(input.escalated)]
      .filter((code) => refusals.has(code))
      .map((code) => ({ entryCode: code, reason: refusals.get(code) as ExtraJudgeRefusal })),
  };
}
