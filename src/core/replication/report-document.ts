// The replication progress report (báo cáo tình hình nhân rộng) in Nghị định 30/2020/NĐ-CP layout
// (Mẫu 1.4, research/vietnamese-domain.md §1.7): the register and plan in figures, progress per
// initiative, the agencies behind their due dates and the proposals of the body that follows the
// replication up. BR-VT 2022 (seeds/br-vt-2022-replication.txt, III.6) gives the Sở Nội vụ that
// duty: "theo dõi, đôn đốc, kiểm tra việc nhân rộng … báo cáo đề xuất UBND tỉnh xem xét xử lý
// đối với các cơ quan, đơn vị không triển khai thực hiện".

import type { ContestConfig, IsoDate } from '../config/model';
import type { DocumentModel, FillData, ParagraphBlock, TableData } from '../documents/document-model';
import { placeholder } from '../documents/document-model';
import {
  dateLine,
  documentNumber,
  documentSymbol,
  documentText,
  joinWithAnd,
  orDots,
  recipientLines,
  runningName,
  signatureTitle,
  twoDigits,
  upper,
} from '../documents/fill-text';
import { field } from '../documents/placeholders';
import {
  PARAGRAPH_SPACING,
  bodyParagraph,
  decreeDocument,
  header,
  paragraph,
  recipientsAndSignature,
  TEXT_WIDTH,
  title,
} from '../documents/templates/blocks';
import { calendarDateOf, compareVietnamese, shortDate, slashDate } from '../vn';
import type { Agency, Assignment, Initiative, ReplicationStatus } from './replication-model';

/**
 * The value placeholders of the report. The header, summary, recipients and signature reuse the
 * catalogue's names (src/core/documents/placeholders.ts) with the same meaning; mo_dau is the
 * opening paragraph; the two section paragraphs are the report's own.
 */
export const REPORT_VALUE_FIELDS = [
  'co_quan_chu_quan',
  'co_quan_ban_hanh',
  'so_ky_hieu',
  'dia_danh_ngay',
  'trich_yeu',
  /** The issuer in running text, in the opening sentence: "Ủy ban nhân dân xã Tân An". */
  'co_quan_bao_cao',
  /** Section I: the register and the plan in figures, as of the report's day. */
  'mo_dau',
  /** Section II: how far the assigned pairs are, in figures. */
  'ket_qua_nhan_rong',
  /** Section III: how many pairs of how many agencies are past their due dates. */
  'tinh_hinh_qua_han',
  'noi_nhan',
  'chuc_danh_ky',
  'nguoi_ky',
] as const;
export type ReportValueField = (typeof REPORT_VALUE_FIELDS)[number];

export const REPORT_TABLE_FIELDS = [
  /** One row per initiative in the plan: agencies assigned and how many stand at each status. */
  'bang_nhan_rong',
  /** One row per overdue pair: agency, initiative, due date, days late. */
  'danh_sach_qua_han',
] as const;
export type ReportTableField = (typeof REPORT_TABLE_FIELDS)[number];

const SUMMARY = 'Tình hình nhân rộng, áp dụng sáng kiến, mô hình cải cách hành chính';

function sectionHeading(text: string): ParagraphBlock {
  return bodyParagraph(text, { bold: true });
}

function reportValue(name: ReportValueField): ParagraphBlock {
  return bodyParagraph(placeholder(name));
}

function reportTable(name: ReportTableField): ParagraphBlock {
  return paragraph(placeholder(name), { align: 'center', spaceBefore: PARAGRAPH_SPACING });
}

/**
 * The default template: the decree's header, "BÁO CÁO" and its summary, four sections, then the
 * recipients and the signature. Section IV is fixed wording for the secretariat to edit in the Doc.
 */
export function replicationReportTemplate(): DocumentModel {
  return decreeDocument('Mẫu – Báo cáo tình hình nhân rộng sáng kiến', [
    header({ issuer: true, dated: true }),
    ...title('BÁO CÁO', field('trich_yeu')),
    bodyParagraph(
      `Thực hiện nhiệm vụ theo dõi, đôn đốc việc nhân rộng, áp dụng các sáng kiến, mô hình cải cách hành chính đã được công nhận, ${placeholder('co_quan_bao_cao')} báo cáo tình hình thực hiện như sau:`,
    ),
    sectionHeading('I. TÌNH HÌNH CHUNG'),
    reportValue('mo_dau'),
    sectionHeading('II. KẾT QUẢ NHÂN RỘNG'),
    reportValue('ket_qua_nhan_rong'),
    reportTable('bang_nhan_rong'),
    sectionHeading('III. ĐƠN VỊ CHẬM TRIỂN KHAI'),
    reportValue('tinh_hinh_qua_han'),
    reportTable('danh_sach_qua_han'),
    sectionHeading('IV. ĐỀ XUẤT'),
    bodyParagraph(
      '1. Đề nghị Thủ trưởng các cơ quan, đơn vị được giao nhân rộng tiếp tục nghiên cứu, áp dụng các sáng kiến, mô hình phù hợp với điều kiện thực tế của cơ quan, đơn vị mình và báo cáo kết quả, kèm theo minh chứng, đúng thời hạn; các cơ quan, đơn vị chậm triển khai khẩn trương thực hiện.',
    ),
    bodyParagraph(
      '2. Tiếp tục tổng hợp tình hình, theo dõi, đôn đốc, kiểm tra việc nhân rộng; tổng hợp những khó khăn, vướng mắc, báo cáo đề xuất cấp có thẩm quyền xem xét xử lý đối với các cơ quan, đơn vị không triển khai thực hiện hoặc triển khai chưa hiệu quả./.',
    ),
    recipientsAndSignature(),
  ]);
}

export interface ReplicationReportFacts {
  config: ContestConfig;
  today: IsoDate;
  initiatives: readonly Initiative[];
  agencies: readonly Agency[];
  assignments: readonly Assignment[];
  /** Pairs past their due dates (tracking's overdue rule), with the days late. */
  overdue: readonly { assignment: Assignment; daysLate: number }[];
  /** The number the văn thư registered, if any. */
  number?: string;
}

type StatusCounts = Record<ReplicationStatus, number>;

const noCounts = (): StatusCounts => ({ notStarted: 0, applying: 0, applied: 0, notSuitable: 0 });

/** An initiative of the plan with its assigned agencies' statuses. */
interface PlannedInitiative {
  code: string;
  /** null for a code the plan names but the register does not have. */
  initiative: Initiative | null;
  agencies: Set<string>;
  counts: StatusCounts;
}

/**
 * The plan's pairs by initiative, in register order, then initiatives the register lacks in plan
 * order. A pair dropped from the plan is not counted, and a pair repeated counts once (its first row).
 */
function plannedInitiatives(facts: ReplicationReportFacts): PlannedInitiative[] {
  const planned = new Map<string, PlannedInitiative>();
  for (const initiative of facts.initiatives) {
    if (!planned.has(initiative.code)) planned.set(initiative.code, { code: initiative.code, initiative, agencies: new Set(), counts: noCounts() });
  }
  for (const a of facts.assignments) {
    if (a.droppedFromPlan) continue;
    let entry = planned.get(a.initiativeCode);
    if (!entry) {
      entry = { code: a.initiativeCode, initiative: null, agencies: new Set(), counts: noCounts() };
      planned.set(a.initiativeCode, entry);
    }
    if (entry.agencies.has(a.agencyCode)) continue;
    entry.agencies.add(a.agencyCode);
    entry.counts[a.status] += 1;
  }
  return [...planned.values()].filter((p) => p.agencies.size > 0);
}

/** "Tính đến ngày 23/11/2026, " — the day the figures stand on. */
function asOf(today: IsoDate): string {
  const day = calendarDateOf(today);
  return day ? `Tính đến ngày ${shortDate(day)}, ` : '';
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Section I: the register (by where each initiative came from) and the plan. */
function generalSituation(facts: ReplicationReportFacts, planned: readonly PlannedInitiative[]): string {
  const total = facts.initiatives.length;
  const fromContest = facts.initiatives.filter((i) => i.source === 'contest').length;
  const mixed = fromContest > 0 && fromContest < total;
  const sources = mixed ? ` (gồm ${twoDigits(fromContest)} sáng kiến đạt giải tại cuộc thi và ${twoDigits(total - fromContest)} sáng kiến, mô hình được công nhận khác)` : '';
  const register = capitalised(`${asOf(facts.today)}có ${twoDigits(total)} sáng kiến, mô hình được công nhận đưa vào theo dõi${sources}.`);
  if (planned.length === 0) return `${register} Chưa có sáng kiến, mô hình nào được giao nhân rộng.`;
  const agencies = new Set(planned.flatMap((p) => [...p.agencies])).size;
  const pairs = planned.reduce((sum, p) => sum + p.agencies.size, 0);
  const plannedCodes = new Set(planned.map((p) => p.code));
  const notPlanned = new Set(facts.initiatives.map((i) => i.code).filter((code) => !plannedCodes.has(code))).size;
  const rest = notPlanned > 0 ? `; ${twoDigits(notPlanned)} sáng kiến, mô hình chưa được giao nhân rộng.` : '.';
  return `${register} Đã giao nhân rộng ${twoDigits(planned.length)} sáng kiến, mô hình đến ${twoDigits(agencies)} cơ quan, đơn vị, với ${twoDigits(pairs)} lượt giao áp dụng${rest}`;
}

/** How section II names the pairs at each status. */
const STATUS_PHRASES: Record<ReplicationStatus, string> = {
  applied: 'đã áp dụng',
  applying: 'đang áp dụng',
  notStarted: 'chưa triển khai',
  notSuitable: 'được cơ quan, đơn vị báo cáo không phù hợp',
};

/** Section II: the pairs by status (the statuses some pair has), and how many initiatives some agency has applied. */
function replicationResults(planned: readonly PlannedInitiative[]): string {
  if (planned.length === 0) return 'Chưa có kết quả nhân rộng.';
  const pairs = planned.reduce((sum, p) => sum + p.agencies.size, 0);
  const byStatus = (Object.keys(STATUS_PHRASES) as ReplicationStatus[])
    .map((status) => [planned.reduce((sum, p) => sum + p.counts[status], 0), STATUS_PHRASES[status]] as const)
    .filter(([count]) => count > 0)
    .map(([count, phrase]) => `${twoDigits(count)} lượt ${phrase}`);
  const applied = planned.filter((p) => p.counts.applied > 0).length;
  const reach =
    applied > 0
      ? `Có ${twoDigits(applied)}/${twoDigits(planned.length)} sáng kiến, mô hình đã được ít nhất một cơ quan, đơn vị áp dụng.`
      : 'Chưa có sáng kiến, mô hình nào được cơ quan, đơn vị được giao áp dụng.';
  return `Trong ${twoDigits(pairs)} lượt giao áp dụng: ${joinWithAnd(byStatus)}. ${reach} Kết quả cụ thể như sau:`;
}

const PROGRESS_COLUMNS = [0.07, 0.3, 0.19, 0.1, 0.085, 0.085, 0.085, 0.085];

function progressTable(planned: readonly PlannedInitiative[]): TableData {
  const rows = planned.map((p, i) => {
    const code = documentText(p.code);
    const name = documentText(p.initiative?.title ?? '');
    return [
      String(i + 1),
      name === '' ? code : `${name} (${code})`,
      orDots(documentText(p.initiative?.ownerUnit ?? '')),
      String(p.agencies.size),
      String(p.counts.applied),
      String(p.counts.applying),
      String(p.counts.notStarted),
      String(p.counts.notSuitable),
    ];
  });
  const sum = (pick: (p: PlannedInitiative) => number): string => String(planned.reduce((total, p) => total + pick(p), 0));
  return {
    header: ['STT', 'Sáng kiến', 'Đơn vị chủ trì', 'Số đơn vị được giao', 'Đã áp dụng', 'Đang áp dụng', 'Chưa triển khai', 'Không phù hợp'],
    rows,
    footer: [
      '',
      'Tổng cộng',
      '',
      sum((p) => p.agencies.size),
      sum((p) => p.counts.applied),
      sum((p) => p.counts.applying),
      sum((p) => p.counts.notStarted),
      sum((p) => p.counts.notSuitable),
    ],
    columnWidths: PROGRESS_COLUMNS.map((share) => share * TEXT_WIDTH),
  };
}

interface OverdueRow {
  assignment: Assignment;
  daysLate: number;
  /** The agency's name as the document prints it. */
  agency: string;
}

/** The overdue pairs still in the plan, by agency (the agencies sheet's order, then codes it lacks by name), the latest first. */
function overdueRows(facts: ReplicationReportFacts): OverdueRow[] {
  const position = new Map(facts.agencies.map((a, i) => [a.code, i]));
  const agencyName = (code: string): string => documentText(facts.agencies.find((a) => a.code === code)?.name ?? '') || documentText(code);
  const place = (code: string): number => position.get(code) ?? facts.agencies.length;
  return facts.overdue
    .filter((o) => !o.assignment.droppedFromPlan)
    .map((o) => ({ ...o, agency: agencyName(o.assignment.agencyCode) }))
    .sort(
      (a, b) =>
        place(a.assignment.agencyCode) - place(b.assignment.agencyCode) ||
        compareVietnamese(a.agency, b.agency) ||
        b.daysLate - a.daysLate,
    );
}

/** Section III in figures. */
function overdueSituation(facts: ReplicationReportFacts, rows: readonly OverdueRow[]): string {
  if (rows.length === 0) return capitalised(`${asOf(facts.today)}không có cơ quan, đơn vị nào chậm triển khai so với thời hạn được giao.`);
  const agencies = new Set(rows.map((r) => r.assignment.agencyCode)).size;
  return capitalised(
    `${asOf(facts.today)}có ${twoDigits(rows.length)} lượt giao áp dụng của ${twoDigits(agencies)} cơ quan, đơn vị đã quá thời hạn nhưng chưa hoàn thành (chưa triển khai hoặc đang áp dụng), cụ thể như sau:`,
  );
}

const OVERDUE_COLUMNS = [0.07, 0.28, 0.37, 0.13, 0.15];

/** One row per overdue pair; when none, one row saying so (the table stays, so the section reads the same). */
function overdueTable(facts: ReplicationReportFacts, rows: readonly OverdueRow[]): TableData {
  const titleOf = (code: string): string => {
    const name = documentText(facts.initiatives.find((i) => i.code === code)?.title ?? '');
    return name === '' ? documentText(code) : name;
  };
  const dueOf = (due: IsoDate | null): string => {
    const day = due ? calendarDateOf(due) : undefined;
    return day ? slashDate(day) : '';
  };
  return {
    header: ['STT', 'Đơn vị', 'Sáng kiến', 'Hạn', 'Số ngày quá hạn'],
    rows:
      rows.length > 0
        ? rows.map((r, i) => [String(i + 1), r.agency, titleOf(r.assignment.initiativeCode), dueOf(r.assignment.due), String(r.daysLate)])
        : [['', 'Không có đơn vị nào quá hạn.', '', '', '']],
    columnWidths: OVERDUE_COLUMNS.map((share) => share * TEXT_WIDTH),
  };
}

/** "Như Điều 3", "Như trên": recipients named by the paper they were configured for (the award decision), meaningless here. */
const REFERS_TO_ITS_PAPER = /^[\s\-–+•]*như\s/i;

/**
 * Every placeholder of the template filled. Text from users (titles, unit and agency names, the
 * configuration's wording) goes through documentText, so "{{…}}", "=…" and "<b>" stay as typed.
 * The header is dated today: a progress report's figures stand on the day it is made. The tables
 * are listed last in the document first: the filler puts each table at the first paragraph holding
 * its placeholder, and a title typed as "{{danh_sach_qua_han}}" inside the progress table must not
 * be taken for the overdue table's place.
 */
export function replicationReportFill(facts: ReplicationReportFacts): FillData {
  const { config } = facts;
  const { organiser } = config.identity;
  const planned = plannedInitiatives(facts);
  const overdue = overdueRows(facts);
  const year = calendarDateOf(facts.today)?.year ?? config.identity.year;
  const values: Record<ReportValueField, string> = {
    co_quan_chu_quan: upper(organiser.parentBody),
    co_quan_ban_hanh: upper(organiser.name),
    so_ky_hieu: documentNumber(facts.number, documentSymbol('BC', organiser.symbol)),
    dia_danh_ngay: dateLine(config.identity.placeName, facts.today, year),
    trich_yeu: SUMMARY,
    co_quan_bao_cao: orDots(runningName(organiser.name)),
    mo_dau: generalSituation(facts, planned),
    ket_qua_nhan_rong: replicationResults(planned),
    tinh_hinh_qua_han: overdueSituation(facts, overdue),
    noi_nhan: recipientLines(['Các cơ quan, đơn vị được giao nhân rộng', ...config.documents.recipients.filter((line) => !REFERS_TO_ITS_PAPER.test(line))]),
    chuc_danh_ky: signatureTitle(config.documents.signer),
    nguoi_ky: documentText(config.documents.signer.name),
  };
  const tables: Record<ReportTableField, TableData> = {
    danh_sach_qua_han: overdueTable(facts, overdue),
    bang_nhan_rong: progressTable(planned),
  };
  return { values, tables };
}

/** "Báo cáo nhân rộng sáng kiến - HG2024 - 2026-11-23": no path separator, no control characters. */
export function replicationReportName(config: ContestConfig, today: IsoDate): string {
  const code = documentText(config.identity.code).replace(/[/\\]/g, '-');
  return `Báo cáo nhân rộng sáng kiến - ${code} - ${documentText(today)}`;
}
