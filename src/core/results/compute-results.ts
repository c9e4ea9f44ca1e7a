// The whole results computation, in the order a contest runs: preliminary scores → shortlist →
// defence round → final score → rank per prize pool with the tie-break chain → prizes → budget.
// It is a pure function of the configuration, the entries, the judges' sheets and the board's
// decisions, so the same inputs always publish the same results.

import { ENTRANT_KINDS, type ContestConfig, type TieBreak } from '../config/model';
import type { Entry } from '../entry';
import { roundScore } from '../scoring/rounding';
import type { RoundId, ScoreSheet } from '../scoring/score-sheet';
import { allocatePrizes, type Placement, type PrizeCandidate } from './prize-allocation';
import { rankCompetition, type Ranked } from './ranking';
import type {
  AppliedTieBreak,
  BoardDecisions,
  ContestResults,
  EntryResult,
  EntryStanding,
  PoolResult,
  PrizeOutcome,
  ResultsNotice,
  RoundScore,
} from './results-model';
import { scoreRound } from './round-scoring';

export interface ResultsInput {
  config: ContestConfig;
  entries: readonly Entry[];
  sheets: readonly ScoreSheet[];
  decisions?: BoardDecisions;
}

/** Keeps the sheets of known entries, one per (round, entry, judge): duplicates are set aside, never guessed between. */
function usableSheets(entries: ReadonlyMap<string, Entry>, sheets: readonly ScoreSheet[], notices: ResultsNotice[]): Record<RoundId, ScoreSheet[]> {
  // Sheets per (round, entry, judge), keyed without building a string per sheet.
  const count: Record<RoundId, Map<string, Map<string, number>>> = { preliminary: new Map(), defence: new Map() };
  for (const s of sheets) {
    let judges = count[s.round].get(s.entryCode);
    if (!judges) count[s.round].set(s.entryCode, (judges = new Map()));
    judges.set(s.judge, (judges.get(s.judge) ?? 0) + 1);
  }
  const byRound: Record<RoundId, ScoreSheet[]> = { preliminary: [], defence: [] };
  for (const s of sheets) {
    const params = { entryCode: s.entryCode, judge: s.judge, round: s.round };
    const judges = count[s.round].get(s.entryCode)!;
    const copies = judges.get(s.judge)!;
    if (!entries.has(s.entryCode)) {
      notices.push({ code: 'unknownEntry', severity: 'warning', params });
    } else if (copies > 1) {
      notices.push({ code: 'duplicateSheet', severity: 'error', params });
      // Reported once: later copies find the count at zero.
      judges.set(s.judge, 0);
    } else if (copies === 1) {
      byRound[s.round].push(s);
    }
  }
  return byRound;
}

function appliedChain(config: ContestConfig, decisions: BoardDecisions | undefined): AppliedTieBreak[] {
  const inRubric = (round: RoundId, code: string): boolean =>
    (round === 'preliminary' ? config.rounds.preliminary.rubric : config.rounds.defence?.rubric)?.criteria.some((c) => c.code === code) ?? false;
  const chain = config.scoring.tieBreaks.map((step: TieBreak): AppliedTieBreak => {
    if (step.kind !== 'criterion') return step;
    // A code of the preliminary rubric wins over the same code in the defence rubric (model.ts).
    return { kind: 'criterion', code: step.code, round: inRubric('preliminary', step.code) || !inRubric('defence', step.code) ? 'preliminary' : 'defence' };
  });
  if ((decisions?.tieOrders ?? []).some((order) => order.length > 0)) chain.push({ kind: 'boardOrder' });
  return chain;
}

interface Scored {
  entry: Entry;
  preliminary: RoundScore;
  defence: RoundScore | null;
}

function tieBreakKey(step: AppliedTieBreak, s: Scored, boardPosition: ReadonlyMap<string, number>): number | null {
  switch (step.kind) {
    case 'criterion': {
      const round = step.round === 'preliminary' ? s.preliminary : s.defence;
      return round?.criterionMeans[step.code] ?? null;
    }
    case 'defenceScore':
      return s.defence?.enoughJudges ? s.defence.score : null;
    case 'preliminaryScore':
      return s.preliminary.score;
    case 'earlierSubmission': {
      const at = Date.parse(s.entry.submittedAt);
      return Number.isNaN(at) ? null : -at;
    }
    case 'boardOrder': {
      const position = boardPosition.get(s.entry.code);
      return position === undefined ? null : -position;
    }
  }
}

function poolKey(config: ContestConfig, entry: Entry): string {
  switch (config.prizes.scope) {
    case 'overall':
      return 'overall';
    case 'perCategory':
      return entry.categoryCode;
    case 'perEntrantKind':
      return entry.kind;
  }
}

function poolOrder(config: ContestConfig, keys: Iterable<string>): string[] {
  const known =
    config.prizes.scope === 'perCategory'
      ? config.categories.map((c) => c.code)
      : config.prizes.scope === 'perEntrantKind'
        ? [...ENTRANT_KINDS]
        : ['overall'];
  const present = new Set(keys);
  return [...known.filter((k) => present.has(k)), ...[...present].filter((k) => !known.includes(k)).sort()];
}

function shortlist(
  config: ContestConfig,
  ranked: readonly Ranked[],
  scored: ReadonlyMap<string, Scored>,
  notices: ResultsNotice[],
): Set<string> {
  const defence = config.rounds.defence;
  if (!defence) return new Set();
  if (defence.shortlist.mode === 'minScore') {
    const floor = defence.shortlist.score;
    return new Set(ranked.filter((r) => (scored.get(r.id)?.preliminary.score ?? -Infinity) >= floor).map((r) => r.id));
  }
  // Every entry ranked within the first N is in, so a tie at the N-th place takes all of its
  // entries: a shortlist is never cut through a tie.
  const count = defence.shortlist.count;
  const chosen = ranked.filter((r) => r.rank <= count).map((r) => r.id);
  if (chosen.length > count) notices.push({ code: 'shortlistTieIncluded', severity: 'warning', params: { count, included: chosen.length } });
  return new Set(chosen);
}

function validSpecialAwards(config: ContestConfig, entries: ReadonlyMap<string, Entry>, decisions: BoardDecisions | undefined, notices: ResultsNotice[]): Map<string, { name: string; amount: number }> {
  const awards = new Map<string, { name: string; amount: number }>();
  for (const award of decisions?.specialAwards ?? []) {
    const params = { entryCode: award.entryCode, amount: award.amount };
    if (!config.prizes.specialPrizeAllowed) notices.push({ code: 'specialAwardNotAllowed', severity: 'error', params });
    else if (!entries.has(award.entryCode)) notices.push({ code: 'specialAwardUnknownEntry', severity: 'error', params });
    else if (!Number.isSafeInteger(award.amount) || award.amount < 0) notices.push({ code: 'specialAwardInvalidAmount', severity: 'error', params });
    else awards.set(award.entryCode, { name: award.name, amount: award.amount });
  }
  return awards;
}

function outcomeOf(placement: Placement): PrizeOutcome {
  switch (placement.kind) {
    case 'prize':
      return placement.boundaryTie
        ? { kind: 'prize', tierCode: placement.tierCode, amount: placement.amount, boundaryTie: placement.boundaryTie }
        : { kind: 'prize', tierCode: placement.tierCode, amount: placement.amount };
    case 'referred':
      return { kind: 'referred', tie: placement.tie, contested: placement.contested };
    case 'none':
      return { kind: 'none', reason: placement.reason };
  }
}

/** Computes every entry's scores, rank and prize, with what explains them. Never throws on bad scores: it reports them. */
export function computeResults({ config, entries, sheets, decisions }: ResultsInput): ContestResults {
  const rules = config.scoring;
  const notices: ResultsNotice[] = [];
  const byCode = new Map(entries.map((e) => [e.code, e]));
  const roundSheets = usableSheets(byCode, sheets, notices);
  const defenceRound = config.rounds.defence;
  const chain = appliedChain(config, decisions);
  const boardPosition = new Map<string, number>();
  for (const order of decisions?.tieOrders ?? []) order.forEach((code, index) => boardPosition.set(code, index));
  const keysOf = (s: Scored, score: number | null): (number | null)[] => [score, ...chain.map((step) => tieBreakKey(step, s, boardPosition))];

  const codes = entries.map((e) => e.code);
  const preliminary = scoreRound('preliminary', config.rounds.preliminary.rubric, codes, roundSheets.preliminary, rules);
  const scored = new Map<string, Scored>(entries.map((entry) => [entry.code, { entry, preliminary: preliminary.scores.get(entry.code)!, defence: null }]));

  const preliminaryRanking = rankCompetition(
    [...scored.values()].filter((s) => s.preliminary.enoughJudges).map((s) => ({ id: s.entry.code, keys: keysOf(s, s.preliminary.score) })),
  );
  const preliminaryRank = new Map(preliminaryRanking.map((r) => [r.id, r.rank]));
  const finalists = shortlist(config, preliminaryRanking, scored, notices);

  const judgeScales: ContestResults['judgeScales'] = {};
  if (preliminary.judgeScales) judgeScales.preliminary = preliminary.judgeScales;
  const defenceSheets = roundSheets.defence.filter((s) => {
    if (finalists.has(s.entryCode)) return true;
    notices.push({ code: 'defenceSheetNotShortlisted', severity: 'warning', params: { entryCode: s.entryCode, judge: s.judge } });
    return false;
  });
  if (defenceRound) {
    const defence = scoreRound('defence', defenceRound.rubric, [...finalists], defenceSheets, rules);
    if (defence.judgeScales) judgeScales.defence = defence.judgeScales;
    for (const [code, score] of defence.scores) scored.get(code)!.defence = score;
  }

  const finalFormula: EntryResult['finalFormula'] = !defenceRound ? 'preliminary' : defenceRound.final.mode;
  const standingOf = (s: Scored): EntryStanding => {
    if (!s.preliminary.enoughJudges) return 'notEnoughJudges';
    if (!defenceRound) return 'ranked';
    if (!finalists.has(s.entry.code)) return 'notShortlisted';
    return s.defence?.enoughJudges ? 'ranked' : 'defenceNotEnoughJudges';
  };
  const finalScoreOf = (s: Scored): number | null => {
    if (!defenceRound) return s.preliminary.score;
    if (!s.defence?.enoughJudges || s.defence.score === null) return null;
    if (defenceRound.final.mode === 'defenceOnly') return s.defence.score;
    // The weighted mean of the two published scores, as validation.ts checks minimum scores
    // against it: a clerk can redo it from the published numbers.
    const { preliminaryWeight: a, defenceWeight: b } = defenceRound.final;
    return roundScore((a * (s.preliminary.score ?? 0) + b * s.defence.score) / (a + b), rules.decimals);
  };

  const special = validSpecialAwards(config, byCode, decisions, notices);
  const results = new Map<string, EntryResult>();
  const pools = new Map<string, Scored[]>();
  for (const s of scored.values()) {
    const standing = standingOf(s);
    const finalScore = standing === 'ranked' ? finalScoreOf(s) : null;
    const pool = poolKey(config, s.entry);
    results.set(s.entry.code, {
      entry: s.entry,
      preliminary: s.preliminary,
      preliminaryRank: preliminaryRank.get(s.entry.code) ?? null,
      shortlisted: defenceRound ? finalists.has(s.entry.code) : null,
      defence: s.defence,
      finalScore,
      finalFormula,
      standing,
      pool,
      rank: null,
      tieBreakKeys: keysOf(s, finalScore).slice(1),
      tieBreaksUsed: 0,
      tie: [],
      outcome: { kind: 'none', reason: { kind: 'notRanked' } },
    });
    if (!pools.has(pool)) pools.set(pool, []);
    if (standing === 'ranked') pools.get(pool)!.push(s);
  }

  const tiers = config.prizes.tiers.map((t) => ({ code: t.code, count: t.count, amount: t.amount, minScore: t.minScore }));
  const poolResults: PoolResult[] = [];
  const ordered: EntryResult[] = [];
  let awardedMoney = 0;
  let pendingMoney = 0;
  for (const key of poolOrder(config, pools.keys())) {
    const members = pools.get(key)!;
    const ranking = rankCompetition(members.map((s) => ({ id: s.entry.code, keys: keysOf(s, results.get(s.entry.code)!.finalScore) })));
    const candidates: PrizeCandidate[] = [];
    for (const r of ranking) {
      const result = results.get(r.id)!;
      Object.assign(result, { rank: r.rank, tieBreaksUsed: r.tieBreaksUsed, tie: r.tie });
      const award = special.get(r.id);
      if (award) result.outcome = { kind: 'special', ...award };
      else candidates.push({ id: r.id, rank: r.rank, score: result.finalScore!, unitCode: result.entry.unitCode, categoryCode: result.entry.categoryCode });
      ordered.push(result);
    }
    const allocation = allocatePrizes(candidates, tiers, config.prizes);
    const referredGroups = new Set<string>();
    for (const placement of allocation.placements) {
      results.get(placement.id)!.outcome = outcomeOf(placement);
      if (placement.kind !== 'referred') continue;
      const group = placement.tie.join(', ');
      if (referredGroups.has(group)) continue;
      referredGroups.add(group);
      notices.push({ code: 'tieReferred', severity: 'warning', params: { pool: key, entries: group, places: placement.contested.length } });
    }
    awardedMoney += allocation.awardedMoney;
    pendingMoney += allocation.pendingMoney;
    poolResults.push({ key, ranked: ranking.length, tiers: allocation.tiers, awardedMoney: allocation.awardedMoney, pendingMoney: allocation.pendingMoney });
  }
  // Special awards to entries that are not ranked (the board may honour any entry).
  for (const [code, award] of special) {
    const result = results.get(code)!;
    if (result.outcome.kind !== 'special') result.outcome = { kind: 'special', ...award };
  }
  const unranked = [...results.values()].filter((r) => r.rank === null).sort((a, b) => (a.entry.code < b.entry.code ? -1 : 1));
  const specialMoney = [...special.values()].reduce((sum, a) => sum + a.amount, 0);

  const cap = config.prizes.budgetCap ?? null;
  const awarded = awardedMoney + specialMoney;
  const overCap = cap !== null && awarded + pendingMoney > cap;
  if (overCap) notices.push({ code: 'budgetExceeded', severity: 'warning', params: { total: awarded + pendingMoney, cap: cap! } });
  for (const r of results.values()) {
    for (const round of [r.preliminary, r.defence]) {
      for (const sheet of round?.incomplete ?? []) {
        for (const bad of sheet.invalid) {
          notices.push({ code: 'invalidScore', severity: 'error', params: { entryCode: r.entry.code, judge: sheet.judge, round: round!.round, criterion: bad.code, reason: bad.reason } });
        }
      }
    }
  }

  return {
    scope: config.prizes.scope,
    tieBreaks: chain,
    judgeScales,
    entries: [...ordered, ...unranked],
    pools: poolResults,
    budget: { awarded, special: specialMoney, pending: pendingMoney, cap, overCap },
    notices,
  };
}
