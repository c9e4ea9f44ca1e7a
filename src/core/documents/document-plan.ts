// Which papers a contest's results call for, and the data that fills each one's template: the award
// decision with its annexed list, the proposal to the signer, the judges' minutes, the results
// notice, a certificate or letter of praise per winner and a receipt per entry received.

import type { RegisterEntry } from '../intake/entries-sheet';
import { rubricMaximum, type AwardKind, type ContestConfig, type EntrantKind, type IsoDate, type Member } from '../config/model';
import { AWARD_KIND_WORDS, ENTRANT_KIND_WORDS, wordFor } from '../config/workbook-vocabulary';
import type { AppliedTieBreak, ContestResults, EntryResult, RoundScore } from '../results/results-model';
import { calendarDateOf, dateInTimeZone, documentDate, foldForMatching, formatMoney, formatNumberVi, moneyInWords, placeAndDate, shortDate } from '../vn';
import { DOCUMENT_KIND_INFO, type DocumentKind } from './document-kinds';
import type { FillData, TableData } from './document-model';
import {
  DOTS,
  HAND_BLANK,
  authorNames,
  basesInForce,
  dateLine,
  documentNumber,
  documentSymbol,
  documentText,
  instantText,
  joinWithAnd,
  orDots,
  preamble,
  prizeInText,
  recipientLines,
  recipientName,
  runningName,
  signatureTitle,
  twoDigits,
  upper,
} from './fill-text';
import type { TablesOf, ValuesOf } from './placeholders';
import { TEXT_WIDTH } from './templates/blocks';

/** A paper's number and date as the secretariat typed them after the văn thư registered the signed paper. */
export interface IssuedDocument {
  number: string;
  date: IsoDate | null;
}

/** An entry as the register holds it (src/core/intake/entries-sheet.ts reads it). */
export type ReceivedEntry = RegisterEntry;

export interface DocumentFacts {
  config: ContestConfig;
  results: ContestResults;
  /** Every entry in the register, in register order (receipts; authors and unit names for the winners). */
  received: readonly ReceivedEntry[];
  /** Numbers and dates of single documents already registered (e.g. the decision's number, cited by certificates). */
  issued: Partial<Record<DocumentKind, IssuedDocument>>;
  today: IsoDate;
}

export interface PlannedDocument {
  /** Stable key: 'QD', 'TTR', 'BB', 'TB', 'BK-<entry code>', 'TD-<entry code>', 'BN-<entry code>'. */
  key: string;
  kind: DocumentKind;
  entryCode: string | null;
  /** One line for the secretariat's Documents sheet, e.g. "Bằng khen – HG2024-007 – Nguyễn Văn A". */
  subject: string;
  /** Drive file name without version, e.g. "QD – Quyết định trao giải – Cuộc thi … 2024". No '/' or control characters. */
  fileName: string;
  fill: FillData;
}

// The contest's organising board and judging panel issue their own papers as advisory bodies with
// their own number series (research/vietnamese-domain.md §1.4); these are their symbols and names.
const BOARD = { name: 'BAN TỔ CHỨC CUỘC THI', symbol: 'BTC', signature: 'TM. BAN TỔ CHỨC\nTRƯỞNG BAN' } as const;
const PANEL = { name: 'BAN GIÁM KHẢO CUỘC THI', symbol: 'BGK' } as const;
/** Awards printed on a certificate blank; a letter of praise is a letter, the others have no paper. */
const CERTIFICATE_AWARDS: readonly AwardKind[] = ['bangKhen', 'giayKhen', 'certificate'];

/** A prize winner with what the papers say about it. */
interface Winner {
  result: EntryResult;
  code: string;
  recipient: string;
  unit: string;
  title: string;
  category: string;
  authors: string;
  /** The prize's name as configured ("Giải Nhất"), or the special award's. */
  prize: string;
  amount: number;
  award: AwardKind;
  /** Who awards it, in running text ("Chủ tịch UBND tỉnh Hậu Giang"); '' when the tier names nobody. */
  issuer: string;
  gift: string;
  /** Position of its tier; -1 for a special award, which is listed first. */
  order: number;
}

interface Context {
  facts: DocumentFacts;
  config: ContestConfig;
  contest: string;
  place: string;
  /** Year printed in a date left blank for signing by hand. */
  year: number;
  winners: Winner[];
  total: number;
  /** The decision's authority: upper case for its authority line, and in running text. */
  authority: string;
  authorityText: string;
  received: ReadonlyMap<string, ReceivedEntry>;
}

function validDate(date: IsoDate | null | undefined): IsoDate | undefined {
  return date && calendarDateOf(date) ? date : undefined;
}

function registered(ctx: Context, kind: DocumentKind): { number: string; date: IsoDate | undefined } {
  const issued = ctx.facts.issued[kind];
  return { number: documentText(issued?.number ?? ''), date: validDate(issued?.date) };
}

/** "Số: …" of a single paper: as registered, else a blank before "<type>-<issuer symbol>". */
function paperNumber(ctx: Context, kind: DocumentKind, issuerSymbol: string): string {
  return documentNumber(registered(ctx, kind).number, documentSymbol(DOCUMENT_KIND_INFO[kind].abbreviation ?? '', issuerSymbol));
}

/**
 * The contest's name in running text: its title when it already starts with "Cuộc thi", else the
 * title in quotes after "Cuộc thi" (as the seed plans write it), with the year unless the title has it.
 */
function contestName(config: ContestConfig): string {
  const title = documentText(config.identity.title);
  const year = String(config.identity.year);
  if (title === '') return `Cuộc thi năm ${year}`;
  if (title.toLowerCase().startsWith('cuộc thi')) {
    const named = `Cuộc thi${title.slice('cuộc thi'.length)}`;
    return title.includes(year) ? named : `${named} năm ${year}`;
  }
  // A closing "năm 2024" goes after the quotes: cuộc thi “…” năm 2024 (seeds/hau-giang-2024-plan.txt).
  const yearSuffix = ` năm ${year}`;
  const name = title.endsWith(yearSuffix) ? title.slice(0, -yearSuffix.length) : title;
  return `Cuộc thi “${name}”${name === title && title.includes(year) ? '' : yearSuffix}`;
}

/**
 * Who decides: a collective decision names the collective ("ỦY BAN NHÂN DÂN TỈNH …") and is
 * signed "TM."; otherwise the head's title and the body ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …",
 * "GIÁM ĐỐC SỞ NỘI VỤ") (Mẫu 1.2, research §1.7).
 */
export function authorityLine(config: ContestConfig): string {
  const { signer } = config.documents;
  const body = upper(config.identity.organiser.name);
  return upper(signer.onBehalfOf) !== '' ? body : [upper(signer.headTitle), body].filter((part) => part !== '').join(' ');
}

function winnersOf(config: ContestConfig, results: ContestResults, received: ReadonlyMap<string, ReceivedEntry>): Winner[] {
  const tiers = config.prizes.tiers;
  const winners: Winner[] = [];
  for (const result of results.entries) {
    const { outcome, entry } = result;
    if (outcome.kind !== 'prize' && outcome.kind !== 'special') continue;
    const order = outcome.kind === 'special' ? -1 : tiers.findIndex((t) => t.code === outcome.tierCode);
    // A special award carries the reward form of the first tier (the board asks the same signer).
    const tier = outcome.kind === 'special' ? tiers[0] : tiers[order];
    const described = describeEntry(config, result, received);
    winners.push({
      result,
      ...described,
      recipient: recipientName(entry.kind, described.authors, described.unit),
      prize: documentText(outcome.kind === 'special' ? outcome.name : (tier?.name ?? outcome.tierCode)),
      amount: outcome.amount,
      award: tier?.award ?? 'none',
      issuer: runningName(tier?.awardIssuer ?? ''),
      gift: outcome.kind === 'special' ? '' : documentText(tier?.gift ?? ''),
      order: order === -1 && outcome.kind !== 'special' ? tiers.length : order,
    });
  }
  // Stable: within a tier the results' order (pool, then rank) stays.
  return winners.sort((a, b) => a.order - b.order);
}

/** An entry's code, title, unit, category and authors, from the register, else from the results. */
function describeEntry(config: ContestConfig, result: EntryResult, received: ReadonlyMap<string, ReceivedEntry>) {
  const { entry } = result;
  const row = received.get(entry.code);
  return {
    code: documentText(entry.code),
    title: orDots(documentText(row?.title ?? entry.title)),
    unit: documentText(row?.unitName ?? config.units.find((u) => u.code === entry.unitCode)?.name ?? entry.unitCode),
    category: documentText(row?.categoryName ?? config.categories.find((c) => c.code === entry.categoryCode)?.name ?? entry.categoryCode),
    authors: row?.authors ?? '',
  };
}

function context(facts: DocumentFacts): Context {
  const { config } = facts;
  const received = new Map<string, ReceivedEntry>();
  for (const row of facts.received) if (!received.has(row.code)) received.set(row.code, row);
  const winners = winnersOf(config, facts.results, received);
  const authority = authorityLine(config);
  return {
    facts,
    config,
    contest: contestName(config),
    place: documentText(config.identity.placeName),
    year: calendarDateOf(facts.today)?.year ?? config.identity.year,
    winners,
    total: winners.reduce((sum, w) => sum + w.amount, 0),
    authority,
    authorityText: runningName(authority),
    received,
  };
}

// ---------------------------------------------------------------------------------------------
// Phrases shared by several papers.

function organiserHeader(config: ContestConfig) {
  return { co_quan_chu_quan: upper(config.identity.organiser.parentBody), co_quan_ban_hanh: upper(config.identity.organiser.name) };
}

function advisoryHeader(config: ContestConfig, name: string) {
  return { co_quan_chu_quan: upper(config.identity.organiser.name), co_quan_ban_hanh: name };
}

function firstMember(config: ContestConfig, role: Member['role']): Member | undefined {
  return config.members.find((m) => m.role === role);
}

function boardSignature(config: ContestConfig) {
  return { chuc_danh_ky: BOARD.signature, nguoi_ky: documentText(firstMember(config, 'organisingBoard')?.name ?? '') };
}

/** "Kế hoạch số 612/KH-UBND ngày 16/3/2023 của Ủy ban nhân dân huyện Phú Tân". */
function planReference(config: ContestConfig): string {
  const { plan, organiser } = config.identity;
  const day = calendarDateOf(plan.date);
  return `Kế hoạch số ${orDots(documentText(plan.number))} ngày ${day ? shortDate(day) : DOTS} của ${runningName(organiser.name)}`;
}

function dayText(date: IsoDate | undefined): string {
  const day = date ? calendarDateOf(date) : undefined;
  return day ? documentDate(day) : `ngày ${DOTS}`;
}

/** "Biên bản họp Ban Giám khảo số 05/BB-BGK ngày …"; the number only once registered. */
function minutesReference(ctx: Context): string {
  const { number, date } = registered(ctx, 'minutes');
  return `Biên bản họp Ban Giám khảo${number ? ` số ${number}` : ''} ${dayText(date)}`;
}

/** "Quyết định số 123/QĐ-UBND ngày 16 tháng 8 năm 2024 của …", dots until it is registered. */
function decisionReference(ctx: Context): string {
  const { number, date } = registered(ctx, 'decision');
  return `Quyết định số ${orDots(number)} ${dayText(date)} của ${ctx.authorityText}`;
}

function givesReward(ctx: Context): boolean {
  return ctx.winners.some((w) => CERTIFICATE_AWARDS.includes(w.award));
}

/** "01 tập thể, 01 nhóm tác giả và 03 cá nhân" (research §1.10). */
function entrantCounts(winners: readonly Winner[]): string {
  const classOf: Record<EntrantKind, string> = {
    collective: 'tập thể',
    business: 'doanh nghiệp',
    group: 'nhóm tác giả',
    individual: 'cá nhân',
    citizen: 'cá nhân',
  };
  const counts = new Map<string, number>(['tập thể', 'doanh nghiệp', 'nhóm tác giả', 'cá nhân'].map((c) => [c, 0]));
  for (const w of winners) {
    const c = classOf[w.result.entry.kind];
    counts.set(c, counts.get(c)! + 1);
  }
  return joinWithAnd([...counts].filter(([, n]) => n > 0).map(([c, n]) => `${twoDigits(n)} ${c}`));
}

/** Groups in first-appearance order. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(item);
  }
  return [...groups.values()];
}

/** "tặng Bằng khen của …", "tuyên dương", or '' when a prize carries no reward form. */
function awardPhrase(award: AwardKind, issuer: string): string {
  if (award === 'letterOfPraise') return 'tuyên dương';
  if (award === 'none') return '';
  return `tặng ${wordFor(AWARD_KIND_WORDS, award)}${issuer ? ` của ${issuer}` : ''}`;
}

function capitaliseFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function moneyWithWords(amount: number): string {
  return `${formatMoney(amount)} (Bằng chữ: ${moneyInWords(amount)})`;
}

/** Article 1: who is awarded what, by reward form and issuer. */
function awardsArticle(ctx: Context): string {
  const groups = groupBy(ctx.winners, (w) => `${w.award}\u0000${w.issuer}`).map((group) => {
    const phrase = awardPhrase(group[0].award, group[0].issuer) || 'trao giải';
    return `${phrase}${group[0].award === 'letterOfPraise' ? '' : ' cho'} ${entrantCounts(group)}`;
  });
  return `${capitaliseFirst(groups.join('; '))} đã đạt giải ${ctx.contest} (có danh sách kèm theo).`;
}

/** "Mỗi giải kèm theo 01 phần quà …" for the gifts the winning tiers carry. */
function giftSentences(ctx: Context): string[] {
  return groupBy(
    ctx.winners.filter((w) => w.gift !== ''),
    (w) => w.gift,
  ).map((group) => {
    const everyPrize = group.length === ctx.winners.length;
    const prizes = joinWithAnd([...new Set(group.map((w) => prizeInText(w.prize)))]);
    return `Mỗi ${everyPrize ? 'giải' : prizes} kèm theo ${group[0].gift}.`;
  });
}

/** Article 2: the prize money in digits and words and where it comes from. */
function moneyArticle(ctx: Context): string {
  const money =
    ctx.total > 0
      ? `Các tập thể, cá nhân có tên tại Điều 1 được nhận tiền thưởng theo mức của từng giải (có danh sách kèm theo). Tổng số tiền thưởng: ${moneyWithWords(ctx.total)}. Nguồn kinh phí: kinh phí tổ chức Cuộc thi theo ${planReference(ctx.config)}.`
      : 'Giải thưởng không kèm theo tiền thưởng.';
  return [money, ...giftSentences(ctx)].join(' ');
}

/** "01 giải Nhất, 01 giải Nhì và 03 giải Khuyến khích". */
function prizeCounts(ctx: Context): string {
  return joinWithAnd(groupBy(ctx.winners, (w) => w.prize).map((g) => `${twoDigits(g.length)} ${prizeInText(g[0].prize)}`));
}

/** What was received, ranked and awarded. */
function resultsSummary(ctx: Context): string {
  const units = new Set([...ctx.received.values()].map((r) => documentText(r.unitName)).filter((u) => u !== ''));
  const ranked = ctx.facts.results.entries.filter((r) => r.finalScore !== null).length;
  const from = units.size > 0 ? ` của ${twoDigits(units.size)} cơ quan, đơn vị` : '';
  const awarded = ctx.winners.length > 0 ? ` Có ${twoDigits(ctx.winners.length)} bài dự thi đạt giải, gồm: ${prizeCounts(ctx)}.` : '';
  return `Cuộc thi đã nhận ${twoDigits(ctx.received.size)} bài dự thi${from}; Ban Giám khảo đã chấm và xếp hạng ${twoDigits(ranked)} bài.${awarded}`;
}

const AWARD_LIST_COLUMNS = [0.07, 0.2, 0.17, 0.27, 0.12, 0.17];

function digits(amount: number): string {
  return formatNumberVi(amount, { maximumFractionDigits: 0 });
}

/** The winners' list (research §1.8): one row per winner and a "Tổng cộng" row with the total. */
function awardList(ctx: Context): TableData {
  return {
    header: ['STT', 'Họ và tên / Tên tập thể', 'Đơn vị', 'Tên sáng kiến, giải pháp', 'Giải', 'Số tiền (đồng)'],
    rows: ctx.winners.map((w, i) => [String(i + 1), w.recipient, orDots(w.unit), w.title, w.prize, digits(w.amount)]),
    footer: ['', 'Tổng cộng', '', '', '', digits(ctx.total)],
    columnWidths: AWARD_LIST_COLUMNS.map((share) => share * TEXT_WIDTH),
  };
}

// ---------------------------------------------------------------------------------------------
// The single papers.

function fill<K extends DocumentKind>(_kind: K, values: Record<ValuesOf<K>, string>, tables: Record<TablesOf<K>, TableData>): FillData {
  return { values, tables };
}

function decisionFill(ctx: Context): FillData {
  const { config, facts } = ctx;
  const issued = registered(ctx, 'decision');
  const proposal = registered(ctx, 'proposal');
  // The legal bases in force on the day it is signed, as far as it is known.
  const day = issued.date ?? validDate(config.timeline.awardDate) ?? facts.today;
  const proposedBy = `Trưởng Ban Tổ chức Cuộc thi${proposal.number ? ` tại Tờ trình số ${proposal.number} ${dayText(proposal.date)}` : ''}`;
  return fill(
    'decision',
    {
      ...organiserHeader(config),
      so_ky_hieu: paperNumber(ctx, 'decision', config.identity.organiser.symbol),
      dia_danh_ngay: dateLine(ctx.place, issued.date ?? validDate(config.timeline.awardDate), ctx.year),
      trich_yeu: `Về việc ${givesReward(ctx) ? 'khen thưởng các tập thể, cá nhân đạt giải' : 'trao giải'} ${ctx.contest}`,
      tham_quyen: ctx.authority,
      can_cu: preamble(
        [
          ...basesInForce(config.documents.legalBases, day),
          `${planReference(config)} về việc tổ chức ${ctx.contest}`,
          `${minutesReference(ctx)} về kết quả chấm ${ctx.contest}`,
        ],
        proposedBy,
      ),
      dieu_1: awardsArticle(ctx),
      dieu_2: moneyArticle(ctx),
      noi_nhan: recipientLines(config.documents.recipients),
      chuc_danh_ky: signatureTitle(config.documents.signer),
      nguoi_ky: documentText(config.documents.signer.name),
      tieu_de_danh_sach: `Tập thể, cá nhân đạt giải ${ctx.contest}`,
      kem_theo: `(Kèm theo ${decisionReference(ctx)})`,
      tong_tien_bang_chu: moneyInWords(ctx.total),
    },
    { danh_sach_giai: awardList(ctx) },
  );
}

/** The awards proposed, one line per prize, then the total. */
function proposedAwards(ctx: Context): string {
  const lines = groupBy(ctx.winners, (w) => `${w.prize}\u0000${w.award}\u0000${w.issuer}`).map((group) => {
    const first = group[0];
    const same = group.every((w) => w.amount === first.amount);
    const money =
      first.amount === 0 && same
        ? ''
        : same
          ? `tiền thưởng ${formatMoney(first.amount)}${group.length > 1 ? '/giải' : ''}`
          : `tổng tiền thưởng ${formatMoney(group.reduce((sum, w) => sum + w.amount, 0))}`;
    const what = [awardPhrase(first.award, first.issuer), money].filter((part) => part !== '').join(' và ') || 'không kèm tiền thưởng';
    return `- ${twoDigits(group.length)} ${prizeInText(first.prize)}: ${what}`;
  });
  const list = lines.map((line, i) => `${line}${i === lines.length - 1 ? '.' : ';'}`);
  return [`Ban Tổ chức Cuộc thi đề nghị ${ctx.authorityText} xem xét, khen thưởng như sau:`, ...list, `Tổng số tiền thưởng: ${moneyWithWords(ctx.total)}.`].join(
    '\n',
  );
}

function proposalFill(ctx: Context): FillData {
  const { config } = ctx;
  const issued = registered(ctx, 'proposal');
  return fill(
    'proposal',
    {
      ...advisoryHeader(config, BOARD.name),
      so_ky_hieu: paperNumber(ctx, 'proposal', BOARD.symbol),
      dia_danh_ngay: dateLine(ctx.place, issued.date, ctx.year),
      trich_yeu: `Về việc đề nghị ${givesReward(ctx) ? 'khen thưởng các tập thể, cá nhân đạt giải' : 'trao giải'} ${ctx.contest}`,
      kinh_gui: ctx.authorityText,
      mo_dau: `Thực hiện ${planReference(config)} về việc tổ chức ${ctx.contest}; căn cứ ${minutesReference(ctx)}, Ban Tổ chức Cuộc thi báo cáo kết quả và đề nghị khen thưởng như sau:`,
      ket_qua: resultsSummary(ctx),
      de_xuat: proposedAwards(ctx),
      noi_nhan: recipientLines(['Như trên'], 'Lưu: VT, BTC'),
      ...boardSignature(config),
    },
    { danh_sach_giai: awardList(ctx) },
  );
}

function noticeFill(ctx: Context): FillData {
  const { config } = ctx;
  const issued = registered(ctx, 'notice');
  return fill(
    'notice',
    {
      ...advisoryHeader(config, BOARD.name),
      so_ky_hieu: paperNumber(ctx, 'notice', BOARD.symbol),
      dia_danh_ngay: dateLine(ctx.place, issued.date, ctx.year),
      trich_yeu: `Kết quả ${ctx.contest}`,
      mo_dau: `Thực hiện ${planReference(config)} về việc tổ chức ${ctx.contest}; căn cứ ${decisionReference(ctx)}, Ban Tổ chức Cuộc thi thông báo kết quả Cuộc thi như sau:`,
      ket_qua: resultsSummary(ctx),
      tong_tien_bang_chu: moneyInWords(ctx.total),
      noi_nhan: recipientLines(['Các cơ quan, đơn vị có bài dự thi', 'Các tập thể, cá nhân đạt giải', 'Thành viên Ban Tổ chức, Ban Giám khảo'], 'Lưu: VT, BTC'),
      ...boardSignature(config),
    },
    { danh_sach_giai: awardList(ctx) },
  );
}

// ---------------------------------------------------------------------------------------------
// The judges' minutes (Mẫu 1.9).

/** "Nguyễn Văn A, Phó Giám đốc, Sở Nội vụ". */
function personLine(member: Member | undefined): string {
  if (!member) return DOTS;
  return orDots([member.name, member.position, member.unit].map(documentText).filter((part) => part !== '').join(', '));
}

/** The chair: the first judge whose position says "Trưởng" (not "Phó Trưởng"), else the first judge. */
function chairOf(config: ContestConfig): Member | undefined {
  const judges = config.members.filter((m) => m.role === 'judge');
  return judges.find((m) => /(^| )truong( |$)/.test(foldForMatching(m.position)) && !/(^| )pho truong( |$)/.test(foldForMatching(m.position))) ?? judges[0];
}

function endLines(lines: readonly string[]): string[] {
  return lines.map((line, i) => `${line}${i === lines.length - 1 ? '.' : ';'}`);
}

const METHOD_TEXT: Record<ContestConfig['scoring']['aggregation'], (config: ContestConfig) => string> = {
  mean: () => 'trung bình cộng tổng điểm của các giám khảo chấm bài đó',
  trimmedMean: (c) =>
    `trung bình cộng tổng điểm của các giám khảo chấm bài đó, bỏ một điểm cao nhất và một điểm thấp nhất khi có từ ${twoDigits(c.scoring.trimMinJudges)} giám khảo chấm trở lên`,
  median: () => 'trung vị tổng điểm của các giám khảo chấm bài đó',
  normalisedMean: () => 'trung bình cộng tổng điểm của các giám khảo chấm bài đó sau khi quy đổi điểm của từng giám khảo về thang chung (chuẩn hóa)',
};

function criterionName(config: ContestConfig, step: Extract<AppliedTieBreak, { kind: 'criterion' }>): string {
  const rubric = step.round === 'preliminary' ? config.rounds.preliminary.rubric : config.rounds.defence?.rubric;
  return documentText(rubric?.criteria.find((c) => c.code === step.code)?.name ?? step.code);
}

function tieBreakText(config: ContestConfig, step: AppliedTieBreak): string {
  switch (step.kind) {
    case 'criterion':
      return `điểm tiêu chí “${criterionName(config, step)}”`;
    case 'defenceScore':
      return 'điểm vòng bảo vệ ý tưởng';
    case 'preliminaryScore':
      return 'điểm sơ khảo';
    case 'earlierSubmission':
      return 'thời điểm nộp bài sớm hơn';
    case 'boardOrder':
      return 'thứ tự do Ban Tổ chức quyết định';
  }
}

/** How the scores were combined, as the results computation did it. */
function scoringMethod(ctx: Context): string {
  const { config, facts } = ctx;
  const { results } = facts;
  const rules = config.scoring;
  const defence = config.rounds.defence;
  const judges = config.members.filter((m) => m.role === 'judge').length;
  const scored = results.entries.filter((r) => r.preliminary.judges.length > 0).length;
  const ranked = results.entries.filter((r) => r.finalScore !== null).length;
  const rounding = rules.decimals > 0 ? `làm tròn đến ${rules.decimals} chữ số thập phân` : 'làm tròn đến số nguyên';
  const lines = [
    `Ban Giám khảo có ${twoDigits(judges)} thành viên; ${twoDigits(scored)} bài dự thi đã được chấm, ${twoDigits(ranked)} bài đủ điều kiện xếp hạng`,
  ];
  const preliminaryMax = formatNumberVi(rubricMaximum(config.rounds.preliminary.rubric));
  if (defence) {
    const shortlisted = results.entries.filter((r) => r.shortlisted).length;
    const rule =
      defence.shortlist.mode === 'topN'
        ? `${twoDigits(defence.shortlist.count)} bài có điểm sơ khảo cao nhất`
        : `các bài đạt từ ${formatNumberVi(defence.shortlist.score)} điểm sơ khảo trở lên`;
    const final =
      defence.final.mode === 'defenceOnly'
        ? 'điểm chung cuộc là điểm vòng bảo vệ ý tưởng'
        : `điểm chung cuộc là trung bình có trọng số của điểm sơ khảo (hệ số ${formatNumberVi(defence.final.preliminaryWeight)}) và điểm vòng bảo vệ ý tưởng (hệ số ${formatNumberVi(defence.final.defenceWeight)})`;
    const count = defence.shortlist.mode === 'topN' && defence.shortlist.count === shortlisted ? '' : ` (${twoDigits(shortlisted)} bài)`;
    lines.push(
      `Cuộc thi có hai vòng: vòng sơ khảo (thang điểm ${preliminaryMax}) và vòng bảo vệ ý tưởng (thang điểm ${formatNumberVi(rubricMaximum(defence.rubric))}); ${rule} vào vòng bảo vệ ý tưởng${count}; ${final}`,
    );
  } else {
    lines.push(`Cuộc thi có một vòng chấm, thang điểm ${preliminaryMax}`);
  }
  lines.push(
    `Điểm của mỗi bài ${defence ? 'ở mỗi vòng ' : ''}là ${METHOD_TEXT[rules.aggregation](config)}, ${rounding}; bài có ít nhất ${twoDigits(rules.minJudges)} giám khảo chấm đủ các tiêu chí mới được xếp hạng`,
  );
  if (results.tieBreaks.length > 0) {
    lines.push(`Các bài bằng điểm được xét lần lượt theo: ${results.tieBreaks.map((step) => tieBreakText(config, step)).join(', ')}`);
  }
  return lines.map((line) => `${line}.`).join('\n');
}

function score(config: ContestConfig, value: number | null): string {
  return value === null ? '' : formatNumberVi(value, { maximumFractionDigits: config.scoring.decimals });
}

function tierName(config: ContestConfig, code: string): string {
  return documentText(config.prizes.tiers.find((t) => t.code === code)?.name ?? code);
}

/** A judges' disagreement beyond the contest's thresholds, in the rule's terms (research §3.2). */
function discrepancyLine(ctx: Context, code: string, round: RoundScore): string | null {
  const { level, spread, measured } = round.discrepancy;
  if (level === 'none') return null;
  const rule = ctx.config.scoring.discrepancy;
  const percent = rule.unit === 'percent';
  const threshold = (value: number): string => (percent ? `${formatNumberVi(value)}% điểm tối đa` : `${formatNumberVi(value)} điểm`);
  const roundName = ctx.config.rounds.defence ? (round.round === 'preliminary' ? ' ở vòng sơ khảo' : ' ở vòng bảo vệ ý tưởng') : '';
  const size = `${formatNumberVi(spread)} điểm${percent ? ` (${formatNumberVi(measured)}% điểm tối đa)` : ''}`;
  const verdict =
    level === 'escalate'
      ? `từ mức ${threshold(rule.escalate)} trở lên, phải chấm lại hoặc mời thêm giám khảo chấm`
      : `vượt mức ${threshold(rule.review)}, Chủ tọa xem xét cùng các giám khảo`;
  return `- Bài ${code}: điểm của các giám khảo${roundName} chênh lệch ${size}, ${verdict}`;
}

/** Discrepancies, ties referred to the board, entries not ranked and a budget overrun, as facts. */
function minutesNotes(ctx: Context): string {
  const { results } = ctx.facts;
  const lines: string[] = [];
  for (const r of results.entries) {
    for (const round of [r.preliminary, r.defence]) {
      const line = round ? discrepancyLine(ctx, documentText(r.entry.code), round) : null;
      if (line) lines.push(line);
    }
  }
  const referred = results.entries.filter((r) => r.outcome.kind === 'referred');
  for (const group of groupBy(referred, (r) => (r.outcome.kind === 'referred' ? r.outcome.tie.join('\u0000') : ''))) {
    const outcome = group[0].outcome;
    if (outcome.kind !== 'referred') continue;
    const prizes = joinWithAnd([...new Set(outcome.contested.map((c) => prizeInText(tierName(ctx.config, c.tierCode))))]);
    lines.push(
      `- Các bài ${joinWithAnd(outcome.tie.map(documentText))} bằng điểm nhau (${score(ctx.config, group[0].finalScore)} điểm) ở ranh giới ${prizes}, không phân định được theo các tiêu chí xét khi bằng điểm: đề nghị Ban Tổ chức xem xét, quyết định`,
    );
  }
  const unranked = results.entries.filter((r) => r.standing === 'notEnoughJudges' || r.standing === 'defenceNotEnoughJudges').map((r) => documentText(r.entry.code));
  if (unranked.length > 0) lines.push(`- ${unranked.length > 1 ? 'Các bài' : 'Bài'} ${joinWithAnd(unranked)} chưa đủ số giám khảo chấm theo quy định nên chưa được xếp hạng`);
  const { budget } = results;
  if (budget.overCap && budget.cap !== null) {
    lines.push(`- Tổng tiền thưởng, kể cả các giải chờ Ban Tổ chức quyết định, là ${formatMoney(budget.awarded + budget.pending)}, vượt mức tối đa ${formatMoney(budget.cap)}`);
  }
  if (lines.length === 0) {
    return 'Không có trường hợp điểm của các giám khảo chênh lệch vượt mức quy định hoặc bằng điểm phải đề nghị Ban Tổ chức quyết định.';
  }
  return ['Những trường hợp cần lưu ý:', ...endLines(lines)].join('\n');
}

const SCORE_COLUMNS = {
  withDefence: [0.05, 0.11, 0.25, 0.15, 0.08, 0.08, 0.09, 0.07, 0.12],
  oneRound: [0.05, 0.12, 0.31, 0.19, 0.1, 0.08, 0.15],
};

function poolName(ctx: Context, pool: string): string {
  switch (ctx.config.prizes.scope) {
    case 'overall':
      return '';
    case 'perCategory':
      return documentText(ctx.config.categories.find((c) => c.code === pool)?.name ?? pool);
    case 'perEntrantKind':
      return pool in ENTRANT_KIND_WORDS ? wordFor(ENTRANT_KIND_WORDS, pool as EntrantKind) : documentText(pool);
  }
}

function outcomeText(ctx: Context, r: EntryResult): string {
  switch (r.outcome.kind) {
    case 'prize':
      return tierName(ctx.config, r.outcome.tierCode);
    case 'special':
      return documentText(r.outcome.name);
    case 'referred':
      return 'Đề nghị Ban Tổ chức quyết định';
    case 'none':
      return '';
  }
}

/** Every entry with a final score, in the results' order (pool, then rank). */
function scoreTable(ctx: Context): TableData {
  const { config } = ctx;
  const defence = config.rounds.defence !== undefined;
  const scoreHeader = defence ? ['Điểm sơ khảo', 'Điểm bảo vệ', 'Điểm chung cuộc'] : ['Điểm'];
  const rows = ctx.facts.results.entries
    .filter((r) => r.finalScore !== null)
    .map((r, i) => {
      const f = describeEntry(config, r, ctx.received);
      const scores = defence ? [score(config, r.preliminary.score), score(config, r.defence?.score ?? null), score(config, r.finalScore)] : [score(config, r.finalScore)];
      const pool = poolName(ctx, r.pool);
      return [String(i + 1), f.code, f.title, orDots(f.unit), ...scores, `${r.rank ?? ''}${pool ? ` (${pool})` : ''}`, outcomeText(ctx, r)];
    });
  return {
    header: ['STT', 'Mã bài', 'Tên sáng kiến, giải pháp', 'Đơn vị', ...scoreHeader, 'Xếp hạng', 'Giải'],
    rows,
    columnWidths: (defence ? SCORE_COLUMNS.withDefence : SCORE_COLUMNS.oneRound).map((share) => share * TEXT_WIDTH),
  };
}

function minutesFill(ctx: Context): FillData {
  const { config } = ctx;
  const issued = registered(ctx, 'minutes');
  const judges = config.members.filter((m) => m.role === 'judge');
  const chair = chairOf(config);
  const secretary = firstMember(config, 'secretariat');
  const day = issued.date ? calendarDateOf(issued.date) : undefined;
  return fill(
    'minutes',
    {
      ...advisoryHeader(config, PANEL.name),
      so_ky_hieu: paperNumber(ctx, 'minutes', PANEL.symbol),
      trich_yeu: `Họp Ban Giám khảo tổng hợp kết quả chấm ${ctx.contest}`,
      thoi_gian: `${DOTS} giờ ${DOTS}, ${day ? documentDate(day) : `ngày ${DOTS} tháng ${DOTS} năm ${ctx.year}`}`,
      thanh_phan: judges.length > 0 ? endLines(judges.map((m) => `- ${personLine(m)}`)).join('\n') : `Các thành viên Ban Giám khảo: ${DOTS}`,
      chu_toa: personLine(chair),
      thu_ky: personLine(secretary),
      cach_tinh_diem: scoringMethod(ctx),
      ghi_nhan: minutesNotes(ctx),
      ten_thu_ky: documentText(secretary?.name ?? ''),
      ten_chu_toa: documentText(chair?.name ?? ''),
      noi_nhan: recipientLines(['Ban Tổ chức Cuộc thi'], 'Lưu: VT, Hồ sơ cuộc thi'),
    },
    { bang_diem: scoreTable(ctx) },
  );
}

// ---------------------------------------------------------------------------------------------
// Papers per entry.

/**
 * A certificate is signed by whoever awards it. When the tier's issuer is the configured signer's
 * office (its title starts with the head's title), that signer signs, without "TM.": a Bằng khen
 * is given under the head's personal authority (research §1.4). Otherwise the issuer's title is
 * printed and the name is left for the secretariat.
 */
function certificateSigner(ctx: Context, issuer: string) {
  const { signer } = ctx.config.documents;
  const head = foldForMatching(signer.headTitle);
  if (head !== '' && foldForMatching(issuer).startsWith(head)) {
    return { chuc_danh_ky: signatureTitle(signer, false), nguoi_ky: documentText(signer.name) };
  }
  return { chuc_danh_ky: orDots(upper(issuer)), nguoi_ky: '' };
}

function certificateFill(ctx: Context, w: Winner): FillData {
  const { config } = ctx;
  return fill(
    'certificate',
    {
      // Numbered in the award register by the văn thư (document-kinds.ts).
      so_ky_hieu: HAND_BLANK,
      nguoi_khen: orDots(upper(w.issuer)),
      hinh_thuc_khen: upper(wordFor(AWARD_KIND_WORDS, w.award)),
      nguoi_nhan: w.recipient,
      don_vi: orDots(w.unit),
      giai: prizeInText(w.prize),
      ten_cuoc_thi: ctx.contest,
      ten_bai: w.title,
      quyet_dinh: decisionReference(ctx),
      // Dated as the decision that awards it.
      dia_danh_ngay: dateLine(ctx.place, registered(ctx, 'decision').date ?? validDate(config.timeline.awardDate), ctx.year),
      ...certificateSigner(ctx, w.issuer),
    },
    {},
  );
}

function praiseFill(ctx: Context, w: Winner): FillData {
  const { config } = ctx;
  const symbol = documentText(config.identity.organiser.symbol);
  const { outcome, finalScore } = w.result;
  const achievement =
    outcome.kind === 'special'
      ? `được Ban Tổ chức xét tặng ${prizeInText(w.prize)}`
      : finalScore !== null
        ? `được đánh giá đạt ${score(config, finalScore)} điểm`
        : 'được Ban Tổ chức ghi nhận';
  return fill(
    'praise',
    {
      ...organiserHeader(config),
      // A letter carries the issuer's symbol only (research §1.6).
      so_ky_hieu: symbol === '' ? HAND_BLANK : documentNumber('', symbol),
      dia_danh_ngay: dateLine(ctx.place, null, ctx.year),
      nguoi_nhan: w.recipient,
      co_quan_khen: runningName(config.identity.organiser.name),
      don_vi: orDots(w.unit),
      ten_bai: w.title,
      linh_vuc: orDots(w.category),
      thanh_tich: achievement,
      ten_cuoc_thi: ctx.contest,
      noi_nhan: recipientLines([w.recipient], 'Lưu: VT'),
      chuc_danh_ky: signatureTitle(config.documents.signer),
      nguoi_ky: documentText(config.documents.signer.name),
    },
    {},
  );
}

/**
 * A receipt is numbered by the entry's code: receipts go out at intake, one per entry, and the code
 * is unique in the contest and is what the entrant quotes. It is dated the day the entry arrived.
 */
function receiptFill(ctx: Context, row: ReceivedEntry): FillData {
  const { config } = ctx;
  const secretary = firstMember(config, 'secretariat');
  const arrived = Number.isNaN(row.receivedAt.getTime()) ? null : dateInTimeZone(row.receivedAt);
  return fill(
    'receipt',
    {
      ...advisoryHeader(config, BOARD.name),
      so_ky_hieu: documentText(row.code),
      dia_danh_ngay: arrived ? placeAndDate(orDots(ctx.place), arrived) : dateLine(ctx.place, null, ctx.year),
      ten_cuoc_thi: ctx.contest,
      ma_bai: documentText(row.code),
      ten_bai: orDots(documentText(row.title)),
      tac_gia: orDots(authorNames(row.authors)),
      don_vi: orDots(documentText(row.unitName)),
      linh_vuc: orDots(documentText(row.categoryName)),
      thoi_diem_nhan: instantText(row.receivedAt),
      noi_nhan: recipientLines(['Tác giả bài dự thi'], 'Lưu: Hồ sơ cuộc thi'),
      ...(secretary ? { chuc_danh_ky: 'THƯ KÝ', nguoi_ky: documentText(secretary.name) } : boardSignature(config)),
    },
    {},
  );
}

// ---------------------------------------------------------------------------------------------

/**
 * A Drive file name: no path separator, no control characters, short enough to read in a list
 * and to save on any disk (255 bytes a name; Vietnamese letters take up to 3 bytes in UTF-8).
 */
const FILE_NAME_LENGTH = 70;

function fileName(parts: readonly string[]): string {
  const name = documentText(parts.join(' – ')).replace(/[/\\]/g, '-');
  return name.length <= FILE_NAME_LENGTH ? name : `${name.slice(0, FILE_NAME_LENGTH - 1).trimEnd()}…`;
}

function single(ctx: Context, kind: DocumentKind, fillData: FillData): PlannedDocument {
  const info = DOCUMENT_KIND_INFO[kind];
  return { key: info.keyPrefix, kind, entryCode: null, subject: info.name, fileName: fileName([info.keyPrefix, info.name, `${ctx.config.identity.code} ${ctx.config.identity.year}`]), fill: fillData };
}

function perEntry(kind: DocumentKind, code: string, label: string, who: string, fillData: FillData): PlannedDocument {
  const key = `${DOCUMENT_KIND_INFO[kind].keyPrefix}-${code}`;
  return { key, kind, entryCode: code, subject: [label, code, who].join(' – '), fileName: fileName([key, label, who]), fill: fillData };
}

/** Entry codes in order, numbers by value ("HG2024-999" before "HG2024-1000"). */
function compareCodes(a: string, b: string): number {
  const pad = (code: string): string => code.replace(/\d+/g, (run) => run.padStart(12, '0'));
  const x = pad(a);
  const y = pad(b);
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

/** Every document the contest's results call for, single documents first, then certificates, letters of praise and receipts (each in entry-code order). */
export function planDocuments(facts: DocumentFacts): PlannedDocument[] {
  const ctx = context(facts);
  const documents: PlannedDocument[] = [];
  const hasWinners = ctx.winners.length > 0;
  if (hasWinners) documents.push(single(ctx, 'decision', decisionFill(ctx)), single(ctx, 'proposal', proposalFill(ctx)));
  if (facts.results.entries.some((r) => r.finalScore !== null)) documents.push(single(ctx, 'minutes', minutesFill(ctx)));
  if (hasWinners) documents.push(single(ctx, 'notice', noticeFill(ctx)));

  const byCode = [...ctx.winners].sort((a, b) => compareCodes(a.code, b.code));
  for (const w of byCode.filter((w) => CERTIFICATE_AWARDS.includes(w.award))) {
    documents.push(perEntry('certificate', w.code, wordFor(AWARD_KIND_WORDS, w.award), w.recipient, certificateFill(ctx, w)));
  }
  for (const w of byCode.filter((w) => w.award === 'letterOfPraise')) {
    documents.push(perEntry('praise', w.code, DOCUMENT_KIND_INFO.praise.name, w.recipient, praiseFill(ctx, w)));
  }
  const rows = [...ctx.received.values()].filter((row) => documentText(row.code) !== '').sort((a, b) => compareCodes(a.code, b.code));
  for (const row of rows) {
    documents.push(perEntry('receipt', documentText(row.code), 'Giấy biên nhận', orDots(authorNames(row.authors)), receiptFill(ctx, row)));
  }
  return documents;
}
