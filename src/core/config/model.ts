// The contest configuration: one typed model of everything a contest plan (kế hoạch) decides.
// Every rule the seed plans contain is a setting here; presets.ts reproduces the plans.

/** A calendar day 'YYYY-MM-DD' in the organiser's time zone. Contest dates are days, not instants. */
export type IsoDate = string;

/** Levels of the issuing body. 'district' exists only to reproduce plans issued before 01/07/2025. */
export type OrganiserLevel = 'province' | 'commune' | 'district';

export interface Organiser {
  /** Cơ quan chủ quản, printed above the issuer; '' when the issuer is itself the top body. */
  parentBody: string;
  /** Cơ quan ban hành, e.g. "ỦY BAN NHÂN DÂN TỈNH HẬU GIANG" or "SỞ NỘI VỤ". */
  name: string;
  /** The issuer's part of document symbols, e.g. "UBND" in "612/KH-UBND". */
  symbol: string;
  level: OrganiserLevel;
}

export interface ContestIdentity {
  /** Prefix of entry codes (e.g. "HG2024" → "HG2024-007"): letters and digits only. */
  code: string;
  title: string;
  organiser: Organiser;
  /** The plan that launched the contest, e.g. number "612/KH-UBND" dated 2023-03-16. */
  plan: { number: string; date: IsoDate };
  year: number;
  /** Địa danh written before document dates ("Hậu Giang, ngày …"). */
  placeName: string;
}

/** A fixed submission window; entries received after it are recorded and flagged, never dropped. */
export interface WindowIntake {
  mode: 'window';
  opens: IsoDate;
  closes: IsoDate;
}

/**
 * Year-round intake (Tân An 2024): staff entries received after the cut-off day count for the
 * next year; entries from citizens and businesses count in the year they are received.
 */
export interface RollingIntake {
  mode: 'rolling';
  staffCutoff: { month: number; day: number };
}

export interface Timeline {
  intake: WindowIntake | RollingIntake;
  /** Day by which units send their pre-screened entries (Phú Tân: 13/10/2023), if the plan sets one. */
  unitDeadline?: IsoDate;
  judgingDeadline?: IsoDate;
  awardDate?: IsoDate;
}

/** A content area (nội dung / lĩnh vực) an entry belongs to. */
export interface Category {
  code: string;
  name: string;
}

export type EntrantKind = 'individual' | 'group' | 'collective' | 'citizen' | 'business';

export interface EntrantRules {
  kinds: EntrantKind[];
  /** Largest group of authors (Hậu Giang: 4); absent when the plan sets no limit. */
  maxGroupSize?: number;
}

export type MemberRole = 'organisingBoard' | 'judge' | 'secretariat';

/** A member of the organising board, the judging panel or the secretariat. */
export interface Member {
  name: string;
  email: string;
  role: MemberRole;
  unit: string;
  position: string;
}

export interface EligibilityRules {
  /** Roles whose members may not enter (all five plans exclude all three). */
  excludedRoles: MemberRole[];
}

/** An agency, unit or commune whose staff enter. */
export interface Unit {
  code: string;
  name: string;
}

export interface UnitRules {
  /** Each unit must send at least this many entries (Phú Tân, Đakrông: 1); 0 means no quota. */
  minEntriesPerUnit: number;
  /** Units choose their best entries before sending them (sơ loại, Phú Tân). */
  preScreening: boolean;
}

export type EntryFormat = 'article' | 'video' | 'audio';

export interface FormatRule {
  format: EntryFormat;
  /** Length limits: words for an article, minutes for video and audio. Absent when the plan sets none. */
  limits?: { min: number; max: number };
}

export interface Criterion {
  code: string;
  name: string;
  maxPoints: number;
  /** Multiplier of this criterion in the total; 1 unless the contest says otherwise. */
  weight: number;
  /** Smallest score increment a judge may give, e.g. 0.5. */
  step: number;
  description: string;
}

export interface Rubric {
  criteria: Criterion[];
}

export type Shortlist = { mode: 'topN'; count: number } | { mode: 'minScore'; score: number };

export type FinalScore =
  | { mode: 'defenceOnly' }
  | { mode: 'weighted'; preliminaryWeight: number; defenceWeight: number };

/** Hậu Giang's second round (vòng bảo vệ ý tưởng): shortlisted entries are defended and re-scored. */
export interface DefenceRound {
  rubric: Rubric;
  shortlist: Shortlist;
  final: FinalScore;
}

export interface Rounds {
  preliminary: { rubric: Rubric };
  defence?: DefenceRound;
}

/**
 * How the judges' totals of one entry become its score (formulas: src/core/scoring/aggregation.ts).
 * normalisedMean first puts every judge's totals on the panel's common scale (z-score per judge),
 * so a lenient or a harsh judge moves every entry they score equally.
 */
export type AggregationMethod = 'mean' | 'trimmedMean' | 'median' | 'normalisedMean';

/**
 * When judges disagree on an entry: the spread is its highest judge's total minus its lowest.
 * Defaults follow Thông tư 6/2020/TT-BNV, Quy chế Điều 31 khoản 2 (research/vietnamese-domain.md
 * §3.2): spread ≤ 5 points the mean stands; above 5 the chair settles it with the judges; 10 or
 * more it is re-scored or an extra judge scores it.
 */
export interface DiscrepancyRule {
  /** 'percent' measures spread and thresholds as a percentage of the round's rubric maximum. */
  unit: 'points' | 'percent';
  /** A spread above this goes to the chair of the panel (Trưởng Ban Giám khảo). */
  review: number;
  /** A spread of this or more asks for re-scoring or an extra judge. */
  escalate: number;
}

/** One step of the tie-break chain; every step prefers the higher value unless it says otherwise. */
export type TieBreak =
  /** The entry's mean score on this criterion (a code of the preliminary rubric, else of the defence rubric). */
  | { kind: 'criterion'; code: string }
  | { kind: 'defenceScore' }
  | { kind: 'preliminaryScore' }
  /** The entry received first wins. */
  | { kind: 'earlierSubmission' };

export interface ScoringRules {
  aggregation: AggregationMethod;
  /** The trimmed mean drops one highest and one lowest total only when at least this many judges scored. */
  trimMinJudges: number;
  /** An entry is ranked only when at least this many judges have scored it completely in the round. */
  minJudges: number;
  /** Published scores are rounded to this many decimals (half away from zero); ranking uses them. */
  decimals: number;
  discrepancy: DiscrepancyRule;
  /** Applied in order to entries with equal final scores; a tie the chain cannot break stays a tie. */
  tieBreaks: TieBreak[];
}

/** Where judges score (issue 5). */
export type JudgingMode =
  /** One tab per judge in the contest's own workbook, each protected for its judge: simple, but every editor can open every tab, the Entries register with authors included. */
  | 'sharedWorkbook'
  /** A spreadsheet per judge, shared with that judge alone: confidential and blind. */
  | 'privateSpreadsheets';

export interface JudgingRules {
  mode: JudgingMode;
  /** Judges per entry in the preliminary round; absent: every judge scores every entry. */
  judgesPerEntry?: number;
  /** Judges per entry in the defence round; absent: every judge (the defence is heard by the whole panel). */
  defenceJudgesPerEntry?: number;
  /** An entry whose judges disagree beyond the escalation threshold gets one more judge. */
  extraJudgeOnEscalation: boolean;
  /** Scoring sheets become read-only once the judging deadline (timeline.judgingDeadline) has passed. */
  lockAtDeadline: boolean;
  /** Judges with unscored entries are e-mailed from this many days before the deadline; absent: no reminders. */
  reminderDaysBefore?: number;
}

/** The reward form attached to a prize (hình thức khen thưởng). */
export type AwardKind = 'bangKhen' | 'giayKhen' | 'letterOfPraise' | 'certificate' | 'none';

export interface PrizeTier {
  code: string;
  name: string;
  award: AwardKind;
  /** Who signs the reward form, e.g. "Chủ tịch UBND tỉnh Hậu Giang". */
  awardIssuer: string;
  /**
   * How many prizes of this tier; absent for a year-round recognition (Tân An 2024) where every
   * entry reaching minScore gets it, so such a tier needs a minScore.
   */
  count?: number;
  /** Prize money per prize, in đồng. */
  amount: number;
  /** Lowest final score that can win this tier; absent when the plan sets none. */
  minScore?: number;
  /** Gift given with each prize (Hậu Giang: "01 phần quà của Ban Tổ chức"), '' for none. */
  gift: string;
}

export type PrizeScope = 'overall' | 'perCategory' | 'perEntrantKind';

/** A tier whose minimum score nobody reaches: its prizes stay vacant or pass to the next tier down. */
export type VacancyPolicy = 'leaveVacant' | 'passDown';

/**
 * Entries tied (after the whole tie-break chain) across the last prizes of a tier:
 * 'shareMoney' gives each the tier and splits the money of the places they occupy equally;
 * 'fullPrizeEach' gives each the tier's full prize (the places they occupy are used up);
 * 'referToBoard' awards none of those places and reports the tie for the board to decide.
 */
export type BoundaryTiePolicy = 'shareMoney' | 'fullPrizeEach' | 'referToBoard';

export interface PrizeRules {
  tiers: PrizeTier[];
  scope: PrizeScope;
  /** The board may propose a special award for an exceptional entry (Hậu Giang). */
  specialPrizeAllowed: boolean;
  /** Ceiling on all prize money, in đồng; absent when the plan sets none. */
  budgetCap?: number;
  vacancy: VacancyPolicy;
  boundaryTie: BoundaryTiePolicy;
  /** At most this many prizes to the entries of one unit; absent for no limit. */
  maxPerUnit?: number;
  /** At most this many prizes in one category (with an overall scope); absent for no limit. */
  maxPerCategory?: number;
}

/** How the signer signs (Nghị định 30/2020, Phụ lục I khoản 7). */
export type SigningMode = 'head' | 'deputy' | 'acting';

export interface Signer {
  /** The collective signed for with "TM.", e.g. "ỦY BAN NHÂN DÂN"; '' when the head signs in person. */
  onBehalfOf: string;
  mode: SigningMode;
  /** The head's title, e.g. "CHỦ TỊCH" or "GIÁM ĐỐC". */
  headTitle: string;
  /** The signer's own title when signing as deputy, e.g. "PHÓ CHỦ TỊCH". */
  position: string;
  name: string;
}

/** A "Căn cứ …" line; legal bases change, so each is dated. */
export interface LegalBasis {
  text: string;
  validFrom?: IsoDate;
  validUntil?: IsoDate;
}

export interface DocumentSettings {
  signer: Signer;
  legalBases: LegalBasis[];
  /** "Nơi nhận" lines, without the leading "- ". */
  recipients: string[];
}

export interface ContestConfig {
  identity: ContestIdentity;
  timeline: Timeline;
  categories: Category[];
  entrants: EntrantRules;
  eligibility: EligibilityRules;
  members: Member[];
  units: Unit[];
  unitRules: UnitRules;
  formats: FormatRule[];
  rounds: Rounds;
  scoring: ScoringRules;
  judging: JudgingRules;
  prizes: PrizeRules;
  documents: DocumentSettings;
}

export const ENTRANT_KINDS: readonly EntrantKind[] = ['individual', 'group', 'collective', 'citizen', 'business'];
export const MEMBER_ROLES: readonly MemberRole[] = ['organisingBoard', 'judge', 'secretariat'];
export const ENTRY_FORMATS: readonly EntryFormat[] = ['article', 'video', 'audio'];
export const AWARD_KINDS: readonly AwardKind[] = ['bangKhen', 'giayKhen', 'letterOfPraise', 'certificate', 'none'];
export const PRIZE_SCOPES: readonly PrizeScope[] = ['overall', 'perCategory', 'perEntrantKind'];
export const AGGREGATION_METHODS: readonly AggregationMethod[] = ['mean', 'trimmedMean', 'median', 'normalisedMean'];
export const JUDGING_MODES: readonly JudgingMode[] = ['sharedWorkbook', 'privateSpreadsheets'];
export const VACANCY_POLICIES: readonly VacancyPolicy[] = ['leaveVacant', 'passDown'];
export const BOUNDARY_TIE_POLICIES: readonly BoundaryTiePolicy[] = ['shareMoney', 'fullPrizeEach', 'referToBoard'];
export const SIGNING_MODES: readonly SigningMode[] = ['head', 'deputy', 'acting'];
export const ORGANISER_LEVELS: readonly OrganiserLevel[] = ['province', 'commune', 'district'];

/** The largest total a rubric can give: the weighted sum of its criteria's maxima. */
export function rubricMaximum(rubric: Rubric): number {
  return rubric.criteria.reduce((sum, c) => sum + c.maxPoints * c.weight, 0);
}

/** The secretariat's e-mail addresses, each once: who runs the add-on's steps and may edit what judges may not. */
export function secretariatEmails(config: Pick<ContestConfig, 'members'>): string[] {
  return [...new Set(config.members.filter((m) => m.role === 'secretariat').map((m) => m.email.trim()).filter((e) => e !== ''))];
}
