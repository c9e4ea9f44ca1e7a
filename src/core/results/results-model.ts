// What the results computation returns: for every entry its scores, standing, rank and prize with
// everything needed to explain them, and for the contest its pools, budget and notices. Only data:
// src/ui/messages/results-text.ts turns it into Vietnamese or English sentences.

import type { AggregationMethod, PrizeScope } from '../config/model';
import type { Entry } from '../entry';
import type { Discrepancy } from '../scoring/discrepancy';
import type { JudgeScale } from '../scoring/normalisation';
import type { RoundId } from '../scoring/score-sheet';
import type { ScoreProblemReason } from '../scoring/score-value';
import type { NoPrizeReason, Placement, TierOutcome } from './prize-allocation';

/** What the board decided that the scores cannot: special awards and the order of tied entries. */
export interface BoardDecisions {
  /**
   * Special awards for exceptional entries (Hậu Giang 2024: the board asks the chairman for "mức
   * thưởng phù hợp"). A special award replaces the entry's ordinary prize, and the ordinary prizes
   * go to the other entries.
   */
  specialAwards?: { entryCode: string; name: string; amount: number }[];
  /**
   * The order the board set for entries the tie-break chain left tied, best first. It is the last
   * step of the chain, so it only ever separates entries equal on everything before it.
   */
  tieOrders?: string[][];
}

/** One judge's complete total for an entry in a round. */
export interface JudgeScore {
  judge: string;
  total: number;
  /** The total on the panel's common scale, when the method is normalisedMean. */
  normalised?: number;
}

/** A judge's sheet that does not count yet: a criterion blank or invalid. */
export interface IncompleteSheet {
  judge: string;
  missing: string[];
  invalid: { code: string; reason: ScoreProblemReason }[];
}

export interface RoundScore {
  round: RoundId;
  /** The round rubric's maximum total. */
  maximum: number;
  /** Complete sheets, by judge. */
  judges: JudgeScore[];
  incomplete: IncompleteSheet[];
  /** The configured method, and the one the formula really was (a trimmed mean over too few judges is a mean). */
  method: AggregationMethod;
  applied: AggregationMethod;
  /** Totals a trimmed mean left out (on the panel's scale with normalisation). */
  dropped: number[];
  /** The published score, rounded; null when no judge has scored the entry completely. */
  score: number | null;
  /** At least the configured minimum of judges scored it completely. */
  enoughJudges: boolean;
  discrepancy: Discrepancy;
  /** Mean of the judges' points per criterion, rounded like the score; the tie-break chain reads them. */
  criterionMeans: Record<string, number>;
}

export type EntryStanding =
  /** Has a final score and competes for prizes in its pool. */
  | 'ranked'
  | 'notEnoughJudges'
  | 'notShortlisted'
  | 'defenceNotEnoughJudges';

export type PrizeOutcome =
  | Omit<Extract<Placement, { kind: 'prize' }>, 'id'>
  | Omit<Extract<Placement, { kind: 'referred' }>, 'id'>
  | { kind: 'special'; name: string; amount: number }
  | { kind: 'none'; reason: NoPrizeReason | { kind: 'notRanked' } };

export interface EntryResult {
  entry: Entry;
  preliminary: RoundScore;
  /** Rank on the preliminary score among entries with enough judges (shortlisting uses it). */
  preliminaryRank: number | null;
  /** null when the contest has no defence round. */
  shortlisted: boolean | null;
  defence: RoundScore | null;
  finalScore: number | null;
  /** How the final score was formed. */
  finalFormula: 'preliminary' | 'defenceOnly' | 'weighted';
  standing: EntryStanding;
  /** The prize pool: 'overall', a category code or an entrant kind, following the prize scope. */
  pool: string;
  /** Competition rank within the pool; null unless ranked. */
  rank: number | null;
  /** The tie-break chain's values for this entry (same order as ContestResults.tieBreaks); higher wins. */
  tieBreakKeys: (number | null)[];
  tieBreaksUsed: number;
  /** Its unbroken tie (equal on the score and the whole chain), itself included, by code; [] when none. */
  tie: readonly string[];
  outcome: PrizeOutcome;
}

export interface PoolResult {
  key: string;
  /** Entries ranked in the pool. */
  ranked: number;
  tiers: TierOutcome[];
  awardedMoney: number;
  pendingMoney: number;
}

/** The chain as applied: the configured steps, then the board's order when it set one. */
export type AppliedTieBreak =
  | { kind: 'criterion'; code: string; round: RoundId }
  | { kind: 'defenceScore' }
  | { kind: 'preliminaryScore' }
  | { kind: 'earlierSubmission' }
  | { kind: 'boardOrder' };

export type ResultsNoticeCode =
  | 'invalidScore'
  | 'unknownEntry'
  | 'duplicateSheet'
  | 'defenceSheetNotShortlisted'
  | 'shortlistTieIncluded'
  | 'specialAwardNotAllowed'
  | 'specialAwardUnknownEntry'
  | 'specialAwardInvalidAmount'
  | 'tieReferred'
  | 'budgetExceeded';

/** Something the secretariat must know about the computation; like a Problem, data only. */
export interface ResultsNotice {
  code: ResultsNoticeCode;
  severity: 'error' | 'warning';
  params: Record<string, string | number>;
}

export interface Budget {
  /** Ordinary prizes awarded plus special awards. */
  awarded: number;
  special: number;
  /** Money of places referred to the board: paid if the board awards them. */
  pending: number;
  cap: number | null;
  /** awarded + pending is above the cap. */
  overCap: boolean;
}

export interface ContestResults {
  scope: PrizeScope;
  tieBreaks: AppliedTieBreak[];
  /** Per-judge scales of each round, when the method is normalisedMean. */
  judgeScales: Partial<Record<RoundId, JudgeScale[]>>;
  /** Every entry, by pool, then rank (unranked last, by code). */
  entries: EntryResult[];
  pools: PoolResult[];
  budget: Budget;
  notices: ResultsNotice[];
}
