// Why each entry got its result, in sentences a secretariat can read out to the board and an
// entrant can check: the judges' totals, the method, the spread, the rank, the tie-breaks and the
// prize or the reason for none. Vietnamese first; English complete.

import type { AggregationMethod, ContestConfig } from '../../core/config/model';
import type { NoPrizeReason } from '../../core/results/prize-allocation';
import type { AppliedTieBreak, ContestResults, EntryResult, ResultsNotice, RoundScore } from '../../core/results/results-model';
import { roundScore } from '../../core/scoring/rounding';
import { formatMoney, formatNumberVi } from '../../core/vn/money';
import type { Locale } from '../locale';

interface Names {
  judge(email: string): string;
  tier(code: string): string;
  criterion(code: string): string;
  pool(key: string): string;
}

function namesOf(config: ContestConfig, locale: Locale): Names {
  const judges = new Map(config.members.map((m) => [m.email.toLowerCase(), m.name]));
  const tiers = new Map(config.prizes.tiers.map((t) => [t.code, t.name]));
  const criteria = new Map(
    [...config.rounds.preliminary.rubric.criteria, ...(config.rounds.defence?.rubric.criteria ?? [])].map((c) => [c.code, c.name]),
  );
  const categories = new Map(config.categories.map((c) => [c.code, c.name]));
  return {
    judge: (email) => judges.get(email.toLowerCase()) ?? email,
    tier: (code) => tiers.get(code) ?? code,
    criterion: (code) => criteria.get(code) ?? code,
    pool: (key) => (key === 'overall' ? (locale === 'vi' ? 'toàn cuộc thi' : 'the whole contest') : (categories.get(key) ?? key)),
  };
}

const num = (n: number): string => formatNumberVi(n, { maximumFractionDigits: 4 });
const numEn = (n: number): string => String(Number(n.toFixed(4)));

interface Phrases {
  number(n: number): string;
  money(n: number): string;
  list(items: string[]): string;
  andMore(listed: string, more: number): string;
  /** A judge's total and, with normalisation, the same total on the panel's scale. */
  normalisedTotal(raw: string, normalised: string): string;
  round(round: RoundScore['round']): string;
  method(method: AggregationMethod, count: number, dropped: string): string;
  roundScore(round: string, score: string, method: string, totals: string): string;
  noScore(round: string): string;
  incomplete(judges: string): string;
  notEnoughJudges(have: number, need: number): string;
  spread(spread: string, level: 'review' | 'escalate'): string;
  shortlisted(rank: number | null): string;
  notShortlisted(rank: number | null): string;
  finalScore(score: string, formula: EntryResult['finalFormula'], weights: string): string;
  rank(rank: number, of: number, pool: string): string;
  tieBroken(with_: string, steps: string): string;
  tieUnbroken(with_: string): string;
  step(step: AppliedTieBreak, value: string, names: Names): string;
  prize(tier: string, amount: string): string;
  shared(tier: string, amount: string, count: number, pooled: string): string;
  fullEach(tier: string, amount: string, count: number): string;
  special(name: string, amount: string): string;
  referred(prizes: string): string;
  none(reason: NoPrizeReason | { kind: 'notRanked' }, names: Names): string;
}

const vi: Phrases = {
  number: num,
  money: formatMoney,
  list: (items) => items.join('; '),
  andMore: (listed, more) => `${listed} và ${more} bài khác`,
  normalisedTotal: (raw, normalised) => `${raw}, sau chuẩn hóa ${normalised}`,
  round: (round) => (round === 'preliminary' ? 'Sơ khảo' : 'Vòng bảo vệ'),
  method: (method, count, dropped) => {
    switch (method) {
      case 'mean':
        return `trung bình cộng điểm của ${count} giám khảo`;
      case 'trimmedMean':
        return `trung bình cộng của ${count} giám khảo sau khi bỏ một điểm cao nhất và một điểm thấp nhất (${dropped})`;
      case 'median':
        return `trung vị điểm của ${count} giám khảo`;
      case 'normalisedMean':
        return `trung bình cộng điểm của ${count} giám khảo sau khi chuẩn hóa theo mức chấm của từng giám khảo`;
    }
  },
  roundScore: (round, score, method, totals) => `${round}: ${score} điểm, là ${method} (${totals}).`,
  noScore: (round) => `${round}: chưa có giám khảo nào chấm đủ các tiêu chí.`,
  incomplete: (judges) => `Phiếu chưa chấm đủ hoặc có điểm không hợp lệ, chưa tính: ${judges}.`,
  notEnoughJudges: (have, need) => `Mới có ${have} giám khảo chấm đủ, cần ít nhất ${need}: chưa xếp hạng.`,
  spread: (spread, level) =>
    level === 'escalate'
      ? `Điểm các giám khảo chênh nhau ${spread}: cần chấm lại hoặc bổ sung giám khảo.`
      : `Điểm các giám khảo chênh nhau ${spread}: Trưởng Ban Giám khảo trao đổi với các giám khảo và quyết định.`,
  shortlisted: (rank) => `Vào vòng bảo vệ ý tưởng${rank === null ? '' : ` (hạng ${rank} vòng sơ khảo)`}.`,
  notShortlisted: (rank) => `Không vào vòng bảo vệ ý tưởng${rank === null ? '' : ` (hạng ${rank} vòng sơ khảo)`}.`,
  finalScore: (score, formula, weights) =>
    formula === 'weighted'
      ? `Điểm chung cuộc ${score} = trung bình có trọng số của điểm sơ khảo và điểm vòng bảo vệ (${weights}).`
      : formula === 'defenceOnly'
        ? `Điểm chung cuộc ${score} là điểm vòng bảo vệ.`
        : `Điểm chung cuộc ${score}.`,
  rank: (rank, of, pool) => `Xếp hạng ${rank}/${of} (${pool}).`,
  tieBroken: (with_, steps) => `Bằng điểm với ${with_}; thứ hạng được phân định bằng: ${steps}.`,
  tieUnbroken: (with_) => `Đồng hạng với ${with_}: các tiêu chí phụ không phân định được.`,
  step: (step, value, names) => {
    switch (step.kind) {
      case 'criterion':
        return `điểm tiêu chí «${names.criterion(step.code)}» (${value})`;
      case 'defenceScore':
        return `điểm vòng bảo vệ (${value})`;
      case 'preliminaryScore':
        return `điểm sơ khảo (${value})`;
      case 'earlierSubmission':
        return `thời điểm nộp bài (${value})`;
      case 'boardOrder':
        return 'quyết định của Ban Tổ chức';
    }
  },
  prize: (tier, amount) => `Đạt ${tier}: ${amount}.`,
  shared: (tier, amount, count, pooled) => `Đồng giải: ${count} bài bằng điểm cùng đạt ${tier}, chia đều ${pooled}, mỗi bài ${amount}.`,
  fullEach: (tier, amount, count) => `Đồng giải: ${count} bài bằng điểm cùng đạt ${tier}, mỗi bài nhận đủ ${amount}.`,
  special: (name, amount) => `Ban Tổ chức trao ${name}: ${amount}.`,
  referred: (prizes) => `Bằng điểm với bài khác ở ranh giới giải (${prizes}): trình Ban Tổ chức quyết định.`,
  none: (reason, names) => {
    switch (reason.kind) {
      case 'notRanked':
        return 'Không xét giải vì chưa được xếp hạng.';
      case 'belowMinimum':
        return `Không đạt giải: chưa đạt điểm tối thiểu ${num(reason.minScore)} của ${names.tier(reason.tierCode)}.`;
      case 'prizesExhausted':
        return 'Không đạt giải: các giải đã được trao hết cho các bài xếp trên.';
      case 'unitLimit':
        return `Không đạt giải: đơn vị đã có đủ ${reason.limit} giải (số giải tối đa của mỗi đơn vị).`;
      case 'categoryLimit':
        return `Không đạt giải: lĩnh vực «${names.pool(reason.categoryCode)}» đã có đủ ${reason.limit} giải.`;
    }
  },
};

const en: Phrases = {
  number: numEn,
  money: (n) => `${n.toLocaleString('en-US')} đồng`,
  list: (items) => items.join('; '),
  andMore: (listed, more) => `${listed} and ${more} more`,
  normalisedTotal: (raw, normalised) => `${raw}, normalised ${normalised}`,
  round: (round) => (round === 'preliminary' ? 'Preliminary round' : 'Defence round'),
  method: (method, count, dropped) => {
    switch (method) {
      case 'mean':
        return `the mean of ${count} judges' totals`;
      case 'trimmedMean':
        return `the mean of ${count} judges' totals without one highest and one lowest (${dropped})`;
      case 'median':
        return `the median of ${count} judges' totals`;
      case 'normalisedMean':
        return `the mean of ${count} judges' totals after putting each judge on the panel's common scale`;
    }
  },
  roundScore: (round, score, method, totals) => `${round}: ${score} points, ${method} (${totals}).`,
  noScore: (round) => `${round}: no judge has scored every criterion yet.`,
  incomplete: (judges) => `Sheets not counted yet (a criterion blank or invalid): ${judges}.`,
  notEnoughJudges: (have, need) => `Only ${have} judges have scored it completely and ${need} are needed: not ranked.`,
  spread: (spread, level) =>
    level === 'escalate'
      ? `The judges' totals are ${spread} apart: re-score it or add a judge.`
      : `The judges' totals are ${spread} apart: the chair settles it with the judges.`,
  shortlisted: (rank) => `Shortlisted for the defence round${rank === null ? '' : ` (preliminary rank ${rank})`}.`,
  notShortlisted: (rank) => `Not shortlisted for the defence round${rank === null ? '' : ` (preliminary rank ${rank})`}.`,
  finalScore: (score, formula, weights) =>
    formula === 'weighted'
      ? `Final score ${score} = weighted mean of the preliminary and defence scores (${weights}).`
      : formula === 'defenceOnly'
        ? `Final score ${score}: the defence score.`
        : `Final score ${score}.`,
  rank: (rank, of, pool) => `Rank ${rank} of ${of} (${pool}).`,
  tieBroken: (with_, steps) => `Same score as ${with_}; separated by: ${steps}.`,
  tieUnbroken: (with_) => `Tied with ${with_}: the tie-break chain could not separate them.`,
  step: (step, value, names) => {
    switch (step.kind) {
      case 'criterion':
        return `the "${names.criterion(step.code)}" score (${value})`;
      case 'defenceScore':
        return `the defence score (${value})`;
      case 'preliminaryScore':
        return `the preliminary score (${value})`;
      case 'earlierSubmission':
        return `the time of submission (${value})`;
      case 'boardOrder':
        return "the board's decision";
    }
  },
  prize: (tier, amount) => `Wins ${tier}: ${amount}.`,
  shared: (tier, amount, count, pooled) => `Shared prize: ${count} tied entries win ${tier} and share ${pooled}, ${amount} each.`,
  fullEach: (tier, amount, count) => `Shared prize: ${count} tied entries win ${tier}, each the full ${amount}.`,
  special: (name, amount) => `The board grants ${name}: ${amount}.`,
  referred: (prizes) => `Tied with another entry at a prize boundary (${prizes}): referred to the board.`,
  none: (reason, names) => {
    switch (reason.kind) {
      case 'notRanked':
        return 'No prize: not ranked.';
      case 'belowMinimum':
        return `No prize: below the minimum score ${numEn(reason.minScore)} of ${names.tier(reason.tierCode)}.`;
      case 'prizesExhausted':
        return 'No prize: every prize went to entries ranked above.';
      case 'unitLimit':
        return `No prize: its unit already holds ${reason.limit} prizes (the limit per unit).`;
      case 'categoryLimit':
        return `No prize: the category "${names.pool(reason.categoryCode)}" already holds ${reason.limit} prizes.`;
    }
  },
};

const PHRASES: Record<Locale, Phrases> = { vi, en };

function roundSentences(round: RoundScore, minJudges: number, p: Phrases, names: Names): string[] {
  const label = p.round(round.round);
  const out: string[] = [];
  if (round.score === null) out.push(p.noScore(label));
  else {
    const total = (j: RoundScore['judges'][number]): string =>
      j.normalised === undefined ? p.number(j.total) : p.normalisedTotal(p.number(j.total), p.number(roundScore(j.normalised, 2)));
    const totals = p.list(round.judges.map((j) => `${names.judge(j.judge)}: ${total(j)}`));
    const dropped = round.dropped.map(p.number).join('; ');
    out.push(p.roundScore(label, p.number(round.score), p.method(round.applied, round.judges.length, dropped), totals));
  }
  if (round.incomplete.length > 0) out.push(p.incomplete(round.incomplete.map((s) => names.judge(s.judge)).join(', ')));
  if (!round.enoughJudges) out.push(p.notEnoughJudges(round.judges.length, minJudges));
  if (round.discrepancy.level !== 'none') out.push(p.spread(p.number(round.discrepancy.spread), round.discrepancy.level));
  return out;
}

/** Entry codes for a sentence: at most ten, then how many more (a tie can be large). */
const LISTED_CODES = 10;
function codeList(codes: readonly string[], p: Phrases): string {
  const listed = codes.slice(0, LISTED_CODES).join(', ');
  return codes.length > LISTED_CODES ? p.andMore(listed, codes.length - LISTED_CODES) : listed;
}

function tieBreakValue(step: AppliedTieBreak, key: number | null, entry: EntryResult, p: Phrases): string {
  if (key === null) return '—';
  if (step.kind === 'earlierSubmission') return entry.entry.submittedAt;
  return p.number(key);
}

/**
 * Returns the function that explains one entry's result. The names and the groups of entries with
 * equal scores are prepared once, so explaining every entry stays linear.
 */
export function entryExplainer(results: ContestResults, config: ContestConfig, locale: Locale): (result: EntryResult) => string {
  const p = PHRASES[locale];
  const names = namesOf(config, locale);
  const sameScore = new Map<string, string[]>();
  const poolSize = new Map(results.pools.map((x) => [x.key, x.ranked]));
  for (const r of results.entries) {
    if (r.rank === null) continue;
    const key = `${r.pool}\u0000${r.finalScore}`;
    const group = sameScore.get(key);
    if (group) group.push(r.entry.code);
    else sameScore.set(key, [r.entry.code]);
  }
  return (result) => explain(result, { results, config, p, names, sameScore, poolSize });
}

interface ExplainContext {
  results: ContestResults;
  config: ContestConfig;
  p: Phrases;
  names: Names;
  sameScore: ReadonlyMap<string, string[]>;
  poolSize: ReadonlyMap<string, number>;
}

function explain(result: EntryResult, { results, config, p, names, sameScore, poolSize }: ExplainContext): string {
  const out = roundSentences(result.preliminary, config.scoring.minJudges, p, names);
  if (result.shortlisted !== null) out.push(result.shortlisted ? p.shortlisted(result.preliminaryRank) : p.notShortlisted(result.preliminaryRank));
  if (result.defence) out.push(...roundSentences(result.defence, config.scoring.minJudges, p, names));
  if (result.finalScore !== null) {
    const final = config.rounds.defence?.final;
    const weights = final?.mode === 'weighted' ? `${final.preliminaryWeight} : ${final.defenceWeight}` : '';
    out.push(p.finalScore(p.number(result.finalScore), result.finalFormula, weights));
  }
  if (result.rank !== null) {
    out.push(p.rank(result.rank, poolSize.get(result.pool) ?? 0, names.pool(result.pool)));
    const peers = (sameScore.get(`${result.pool}\u0000${result.finalScore}`) ?? []).filter((code) => code !== result.entry.code);
    if (result.tie.length > 0) out.push(p.tieUnbroken(codeList(result.tie.filter((code) => code !== result.entry.code), p)));
    else if (peers.length > 0 && result.tieBreaksUsed > 0) {
      const steps = results.tieBreaks
        .slice(0, result.tieBreaksUsed)
        .map((step, i) => p.step(step, tieBreakValue(step, result.tieBreakKeys[i], result, p), names));
      out.push(p.tieBroken(codeList(peers, p), steps.join(', ')));
    }
  }
  const o = result.outcome;
  switch (o.kind) {
    case 'prize': {
      const tier = names.tier(o.tierCode);
      if (o.boundaryTie?.policy === 'shareMoney') out.push(p.shared(tier, p.money(o.amount), o.boundaryTie.tie.length, p.money(o.boundaryTie.pooledAmount)));
      else if (o.boundaryTie?.policy === 'fullPrizeEach') out.push(p.fullEach(tier, p.money(o.amount), o.boundaryTie.tie.length));
      else out.push(p.prize(tier, p.money(o.amount)));
      break;
    }
    case 'special':
      out.push(p.special(o.name, p.money(o.amount)));
      break;
    case 'referred':
      out.push(p.referred(o.contested.map((c) => names.tier(c.tierCode)).join(', ')));
      break;
    case 'none':
      if (result.rank !== null || o.reason.kind !== 'notRanked') out.push(p.none(o.reason, names));
      break;
  }
  return out.join(' ');
}

type NoticeText = Record<ResultsNotice['code'], (n: Record<string, string | number>) => string>;

const noticesVi: NoticeText = {
  invalidScore: (n) => `Bài ${n.entryCode}, giám khảo ${n.judge}, tiêu chí ${n.criterion}: điểm không hợp lệ (${scoreReasonVi[String(n.reason)] ?? n.reason}); phiếu này chưa được tính.`,
  unknownEntry: (n) => `Có phiếu chấm của ${n.judge} cho mã bài ${n.entryCode} không có trong danh sách bài dự thi; phiếu không được tính.`,
  duplicateSheet: (n) => `Giám khảo ${n.judge} có hai phiếu chấm cho bài ${n.entryCode} trong cùng một vòng; cả hai chưa được tính cho đến khi bỏ bớt một phiếu.`,
  defenceSheetNotShortlisted: (n) => `Phiếu chấm vòng bảo vệ của ${n.judge} cho bài ${n.entryCode}, bài không vào vòng bảo vệ; phiếu không được tính.`,
  shortlistTieIncluded: (n) => `Vòng bảo vệ lấy ${n.count} bài nhưng có bài bằng điểm ở vị trí cuối: cả ${n.included} bài được vào.`,
  specialAwardNotAllowed: (n) => `Cấu hình không cho phép giải đặc biệt; đề xuất cho bài ${n.entryCode} chưa được tính.`,
  specialAwardUnknownEntry: (n) => `Không có bài ${n.entryCode} để trao giải đặc biệt.`,
  specialAwardInvalidAmount: (n) => `Tiền thưởng giải đặc biệt của bài ${n.entryCode} phải là số nguyên không âm (đồng), đang là ${n.amount}.`,
  tieReferred: (n) => `Các bài ${n.entries} bằng điểm ở ranh giới giải (${n.places} giải): trình Ban Tổ chức quyết định.`,
  budgetExceeded: (n) => `Tổng tiền thưởng ${formatMoney(Number(n.total))} vượt mức tối đa ${formatMoney(Number(n.cap))}.`,
};

const scoreReasonVi: Record<string, string> = { notANumber: 'không phải số', negative: 'số âm', aboveMaximum: 'vượt điểm tối đa', offStep: 'không đúng bước điểm' };

const noticesEn: NoticeText = {
  invalidScore: (n) => `Entry ${n.entryCode}, judge ${n.judge}, criterion ${n.criterion}: invalid score (${n.reason}); the sheet is not counted yet.`,
  unknownEntry: (n) => `A sheet of ${n.judge} scores entry code ${n.entryCode}, which is not in the entries list; it is not counted.`,
  duplicateSheet: (n) => `Judge ${n.judge} has two sheets for entry ${n.entryCode} in the same round; neither counts until one is removed.`,
  defenceSheetNotShortlisted: (n) => `A defence-round sheet of ${n.judge} scores entry ${n.entryCode}, which was not shortlisted; it is not counted.`,
  shortlistTieIncluded: (n) => `The defence round takes ${n.count} entries, but entries tie at the last place: all ${n.included} go through.`,
  specialAwardNotAllowed: (n) => `The configuration allows no special award; the proposal for entry ${n.entryCode} is not counted.`,
  specialAwardUnknownEntry: (n) => `There is no entry ${n.entryCode} to give a special award to.`,
  specialAwardInvalidAmount: (n) => `The special award of entry ${n.entryCode} must be a whole, non-negative number of đồng, not ${n.amount}.`,
  tieReferred: (n) => `Entries ${n.entries} tie at a prize boundary (${n.places} prizes): referred to the board.`,
  budgetExceeded: (n) => `Prize money ${Number(n.total).toLocaleString('en-US')} đồng is above the cap of ${Number(n.cap).toLocaleString('en-US')} đồng.`,
};

export function describeNotice(notice: ResultsNotice, locale: Locale): string {
  return (locale === 'vi' ? noticesVi : noticesEn)[notice.code](notice.params);
}
