// Presets: the seed plans (shared/seeds/) reproduced as configurations, and two current (2026)
// contests for the two tiers of local government that exist since 01/07/2025. A preset is a
// starting point: every value is editable. Where a plan is silent, the value is a stated default
// (see the comment beside it) or is left empty for the secretariat to fill.

import type { ContestConfig, Criterion, JudgingRules, LegalBasis, PrizeRules, PrizeTier, Rubric, ScoringRules } from './model';

export type PresetId = 'hauGiang2024' | 'dakrong2020' | 'phuTan2023' | 'tanAn2024' | 'province2026' | 'commune2026';

export interface Preset {
  id: PresetId;
  /** Vietnamese name shown in the set-up wizard's list. */
  name: string;
  /** Which seed plan it reproduces, or why it exists. */
  source: string;
  build(): ContestConfig;
}

function criterion(code: string, name: string, maxPoints: number, description: string): Criterion {
  return { code, name, maxPoints, weight: 1, step: 0.5, description };
}

/**
 * The default 100-point rubric of a CCHC initiative contest. None of the seed plans publishes its
 * rubric (each leaves it to the Thể lệ), so the points follow real rules of the kind
 * (research/vietnamese-domain.md §3.1): novelty weighs most (Sơn La 30, Đà Nẵng 40); applicability
 * and benefit come next (Đà Nẵng 30 each); replicability is part of the legal definition of an
 * initiative (Luật Thi đua, khen thưởng 2022, Điều 3 khoản 4: "có khả năng nhân rộng"); Đakrông
 * scores the writing itself ("tính sáng tạo trong cách viết, cách dựng bài").
 */
export function defaultRubric(): Rubric {
  return {
    criteria: [
      criterion('TM', 'Tính mới, tính sáng tạo', 30, 'Ý tưởng mới, chưa được công bố hoặc áp dụng; không sao chép.'),
      criterion('KT', 'Tính khả thi, khả năng áp dụng', 25, 'Có thể áp dụng ngay vào thực tiễn của cơ quan, đơn vị, địa phương.'),
      criterion('HQ', 'Hiệu quả, lợi ích thiết thực', 25, 'Tiết kiệm thời gian, chi phí; nâng cao sự hài lòng của người dân, tổ chức; có minh chứng.'),
      criterion('NR', 'Khả năng nhân rộng', 10, 'Có thể triển khai tại các cơ quan, đơn vị, địa phương khác.'),
      criterion('TB', 'Hình thức trình bày', 10, 'Bố cục rõ ràng, ngắn gọn, dễ hiểu; đúng yêu cầu về hình thức.'),
    ],
  };
}

/**
 * Rubric of Hậu Giang's idea-defence round. The plan names the round but leaves its scoring to the
 * Thể lệ; these three parts (the presentation, its practical value, the answers to the panel) are
 * the usual shape of a defence and are meant to be edited.
 */
function defenceRubric(): Rubric {
  return {
    criteria: [
      criterion('TR', 'Trình bày ý tưởng', 40, 'Trình bày rõ thực trạng, giải pháp, cách triển khai và hiệu quả dự kiến.'),
      criterion('UD', 'Giá trị ứng dụng thực tiễn', 30, 'Khả năng áp dụng, nhân rộng trên địa bàn.'),
      criterion('TL', 'Trả lời câu hỏi của Ban Giám khảo', 30, 'Trả lời đúng trọng tâm, thuyết phục.'),
    ],
  };
}

/**
 * How every preset scores; none of the seed plans says how the judges' scores are combined.
 * The tie-break criteria are codes of defaultRubric(): edit the chain along with the rubric.
 */
export function defaultScoringRules(hasDefenceRound: boolean): ScoringRules {
  return {
    // Plain averaging (trung bình cộng) is what every seed plan and Thông tư 6/2020/TT-BNV use
    // (research/vietnamese-domain.md §3.2).
    aggregation: 'mean',
    // Dropping the highest and lowest total only with 5 or more judges (research §3.2).
    trimMinJudges: 5,
    // The plans set no quorum: three judges, so that no entry is ranked on one or two opinions.
    minJudges: 3,
    // research §3.2 suggests 1 or 2 decimals; 2 keeps close entries apart.
    decimals: 2,
    // Thông tư 6/2020/TT-BNV, Quy chế Điều 31 khoản 2 (research §3.2): above 5 points the chair
    // decides; 10 or more is escalated.
    discrepancy: { unit: 'points', review: 5, escalate: 10 },
    // research §3.4's suggested chain: novelty, effectiveness, feasibility, then the defence score.
    tieBreaks: [
      { kind: 'criterion', code: 'TM' },
      { kind: 'criterion', code: 'HQ' },
      { kind: 'criterion', code: 'KT' },
      ...(hasDefenceRound ? [{ kind: 'defenceScore' } as const] : []),
    ],
  };
}

/** How every preset's judges work; none of the seed plans says more than who sits on the panel. */
export function defaultJudgingRules(): JudgingRules {
  return {
    // Blind by default: judges score independently, blind to authors (DESIGN.md §1, §2 "Fairness").
    // The shared workbook is the simpler option, for a secretariat that chooses it.
    mode: 'privateSpreadsheets',
    // judgesPerEntry and defenceJudgesPerEntry are left out: in every seed plan the whole Ban Giám
    // khảo scores every entry.
    // Thông tư 6/2020/TT-BNV, Quy chế Điều 31 khoản 2 (see DiscrepancyRule in model.ts): a spread at
    // the escalation threshold is re-scored or given to an extra judge.
    extraJudgeOnEscalation: true,
    lockAtDeadline: true,
    // Our choice: no plan or rule sets when judges are reminded.
    reminderDaysBefore: 3,
  };
}

/**
 * The prize policies the seed plans are silent on: a tier nobody qualifies for stays vacant, and
 * a tie across a tier's last prizes is never broken arbitrarily, so the board decides it.
 */
export function defaultPrizePolicies(): Pick<PrizeRules, 'vacancy' | 'boundaryTie'> {
  return { vacancy: 'leaveVacant', boundaryTie: 'referToBoard' };
}

// Legal bases, dated: research/vietnamese-domain.md §0 and §2.1.
const LAW_EMULATION_2003: LegalBasis = {
  text: 'Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 16 tháng 11 năm 2013',
  validUntil: '2023-12-31',
};
const DECREE_91_2017: LegalBasis = {
  text: 'Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
  validUntil: '2023-12-31',
};
const LAW_EMULATION_2022: LegalBasis = {
  text: 'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
  validFrom: '2024-01-01',
};
const DECREE_98_2023: LegalBasis = {
  text: 'Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
  validFrom: '2024-01-01',
  validUntil: '2025-06-30',
};
const DECREE_152_2025: LegalBasis = {
  text: 'Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng',
  validFrom: '2025-07-01',
};

function tier(
  code: string,
  name: string,
  count: number,
  amount: number,
  award: PrizeTier['award'],
  awardIssuer: string,
  gift = '',
): PrizeTier {
  return { code, name, award, awardIssuer, count, amount, gift };
}

const HAU_GIANG_CATEGORIES = [
  { code: 'TC', name: 'Cải cách thể chế' },
  { code: 'TTHC', name: 'Cải cách thủ tục hành chính' },
  { code: 'BM', name: 'Cải cách tổ chức bộ máy' },
  { code: 'CV', name: 'Cải cách chế độ công vụ' },
  { code: 'TCC', name: 'Cải cách tài chính công' },
  { code: 'CQS', name: 'Xây dựng và phát triển chính quyền điện tử, chính quyền số' },
];

/** Hậu Giang 2024 (shared/seeds/hau-giang-2024-plan.txt). */
function hauGiang2024(): ContestConfig {
  const chairman = 'Chủ tịch UBND tỉnh Hậu Giang';
  const director = 'Giám đốc Sở Nội vụ tỉnh Hậu Giang';
  const gift = '01 phần quà của Ban Tổ chức cuộc thi';
  return {
    identity: {
      code: 'HG2024',
      title:
        'Đề xuất mô hình, sáng kiến, giải pháp trong thực hiện nhiệm vụ cải cách hành chính gắn với xây dựng chính quyền điện tử, chính quyền số trên địa bàn tỉnh Hậu Giang năm 2024',
      organiser: { parentBody: '', name: 'ỦY BAN NHÂN DÂN TỈNH HẬU GIANG', symbol: 'UBND', level: 'province' },
      // The copy of the plan in seeds/ has lost its number and date: the secretariat fills them in.
      plan: { number: '', date: '' },
      year: 2024,
      placeName: 'Hậu Giang',
    },
    timeline: { intake: { mode: 'window', opens: '2024-07-01', closes: '2024-08-16' } },
    categories: HAU_GIANG_CATEGORIES,
    entrants: { kinds: ['individual', 'group', 'collective', 'citizen', 'business'], maxGroupSize: 4 },
    eligibility: { excludedRoles: ['organisingBoard', 'judge', 'secretariat'] },
    members: [],
    units: [
      { code: 'SNV', name: 'Sở Nội vụ' },
      { code: 'SKHDT', name: 'Sở Kế hoạch và Đầu tư' },
      { code: 'VPUB', name: 'Văn phòng UBND tỉnh' },
      { code: 'STP', name: 'Sở Tư pháp' },
      { code: 'STC', name: 'Sở Tài chính' },
      { code: 'STTTT', name: 'Sở Thông tin và Truyền thông' },
    ],
    // "Đảm bảo 100% các cơ quan, đơn vị quan tâm tham gia": every unit takes part.
    unitRules: { minEntriesPerUnit: 1, preScreening: false },
    formats: [{ format: 'article' }, { format: 'video' }],
    rounds: {
      preliminary: { rubric: defaultRubric() },
      // The plan has two rounds; the size of the shortlist and the final formula are in the Thể lệ,
      // not in the plan: ten entries and the defence score alone are editable defaults.
      defence: { rubric: defenceRubric(), shortlist: { mode: 'topN', count: 10 }, final: { mode: 'defenceOnly' } },
    },
    scoring: defaultScoringRules(true),
    judging: defaultJudgingRules(),
    prizes: {
      tiers: [
        tier('NHAT', 'Giải Nhất', 1, 10_000_000, 'bangKhen', chairman, gift),
        tier('NHI', 'Giải Nhì', 1, 7_000_000, 'bangKhen', chairman, gift),
        tier('BA', 'Giải Ba', 1, 5_000_000, 'bangKhen', chairman, gift),
        tier('KK', 'Giải Khuyến khích', 3, 3_000_000, 'giayKhen', director, gift),
      ],
      scope: 'overall',
      specialPrizeAllowed: true,
      ...defaultPrizePolicies(),
    },
    documents: {
      signer: {
        onBehalfOf: 'ỦY BAN NHÂN DÂN',
        mode: 'deputy',
        headTitle: 'CHỦ TỊCH',
        position: 'PHÓ CHỦ TỊCH',
        name: 'Trương Cảnh Tuyên',
      },
      legalBases: [LAW_EMULATION_2022, DECREE_98_2023],
      recipients: ['Như Điều 3', 'Sở Nội vụ', 'Lưu: VT, NC'],
    },
  };
}

/** Đakrông 2020 (shared/seeds/dakrong-2020-plan.txt). */
function dakrong2020(): ContestConfig {
  return {
    identity: {
      code: 'DK2020',
      title: 'Cuộc thi tuyên truyền về cải cách hành chính trên địa bàn huyện Đakrông năm 2020',
      organiser: { parentBody: '', name: 'ỦY BAN NHÂN DÂN HUYỆN ĐAKRÔNG', symbol: 'UBND', level: 'district' },
      // As printed in the plan ("Số: H79 /KH-UBND").
      plan: { number: 'H79/KH-UBND', date: '2020-08-24' },
      year: 2020,
      placeName: 'Đakrông',
    },
    timeline: {
      intake: { mode: 'window', opens: '2020-09-01', closes: '2020-09-15' },
      unitDeadline: '2020-09-15',
      // "hoàn thành việc chấm bài dự thi trước ngày 21/9/2020"; "trao giải thưởng trước ngày 30/9/2020".
      judgingDeadline: '2020-09-20',
      awardDate: '2020-09-29',
    },
    categories: [
      { code: 'CDDH', name: 'Sáng tạo, đổi mới trong chỉ đạo, điều hành về cải cách hành chính' },
      { code: 'KH6T', name: 'Sáng tạo, đổi mới trong thực hiện kế hoạch CCHC 6 tháng cuối năm 2020' },
      { code: 'TTHC', name: 'Cải cách thủ tục hành chính' },
      { code: 'MC', name: 'Nâng cao hiệu quả hoạt động của Bộ phận tiếp nhận và trả kết quả cấp huyện, cấp xã' },
      { code: 'CNTT', name: 'Ứng dụng công nghệ thông tin, xây dựng chính quyền điện tử; duy trì và cải tiến ISO' },
      { code: 'DVC', name: 'Nâng cao tỷ lệ hồ sơ dịch vụ công trực tuyến mức độ 3 và 4' },
      { code: 'CBCC', name: 'Chất lượng đội ngũ; tài chính công; tổ chức bộ máy, biên chế, vị trí việc làm' },
      { code: 'MTKD', name: 'Cải thiện môi trường kinh doanh, thu hút đầu tư' },
      { code: 'CHISO', name: 'Nâng cao các chỉ số PAR INDEX, SIPAS, PCI, PAPI' },
    ],
    // "Giải thưởng cá nhân": entries by individual civil servants.
    entrants: { kinds: ['individual'] },
    eligibility: { excludedRoles: ['organisingBoard', 'judge', 'secretariat'] },
    members: [],
    units: [
      { code: 'PNV', name: 'Phòng Nội vụ' },
      { code: 'VP', name: 'Văn phòng HĐND và UBND huyện' },
      { code: 'TCKH', name: 'Phòng Tài chính - Kế hoạch' },
      { code: 'VHTT', name: 'Trung tâm Văn hóa thông tin - Thể dục thể thao' },
    ],
    // "lựa chọn ít nhất 01 bài dự thi có chất lượng": each unit chooses at least one entry.
    unitRules: { minEntriesPerUnit: 1, preScreening: true },
    formats: [
      { format: 'article', limits: { min: 1000, max: 2000 } },
      { format: 'video', limits: { min: 4, max: 6 } },
    ],
    rounds: { preliminary: { rubric: defaultRubric() } },
    scoring: defaultScoringRules(false),
    judging: defaultJudgingRules(),
    prizes: {
      tiers: [
        tier('NHAT', 'Giải Nhất', 1, 2_000_000, 'none', ''),
        tier('NHI', 'Giải Nhì', 1, 1_500_000, 'none', ''),
        tier('BA', 'Giải Ba', 1, 1_000_000, 'none', ''),
      ],
      scope: 'overall',
      specialPrizeAllowed: false,
      ...defaultPrizePolicies(),
    },
    documents: {
      signer: { onBehalfOf: 'ỦY BAN NHÂN DÂN', mode: 'acting', headTitle: 'CHỦ TỊCH', position: '', name: 'Hồ Thị Kim Cúc' },
      legalBases: [LAW_EMULATION_2003, DECREE_91_2017],
      recipients: ['Sở Nội vụ, Thường trực Huyện ủy (bc)', 'Các cơ quan, đơn vị thuộc UBND huyện', 'UBND các xã, thị trấn', 'Lưu: VT, NV'],
    },
  };
}

/** Phú Tân 2023 (shared/seeds/phu-tan-2023-plan.txt: a press summary of Kế hoạch 612/KH-UBND). */
function phuTan2023(): ContestConfig {
  return {
    identity: {
      code: 'PT2023',
      title: 'Cuộc thi "Tìm kiếm sáng kiến, giải pháp Cải cách hành chính huyện Phú Tân" năm 2023',
      organiser: { parentBody: '', name: 'ỦY BAN NHÂN DÂN HUYỆN PHÚ TÂN', symbol: 'UBND', level: 'district' },
      plan: { number: '612/KH-UBND', date: '2023-03-16' },
      year: 2023,
      placeName: 'Phú Tân',
    },
    timeline: {
      // "từ nay đến tháng 10/2023": units pre-screen and send entries by 13/10/2023.
      intake: { mode: 'window', opens: '2023-03-16', closes: '2023-10-13' },
      unitDeadline: '2023-10-13',
      // "hoàn thành việc chấm bài dự thi vào cuối tháng 11/2023".
      judgingDeadline: '2023-11-30',
    },
    categories: [
      { code: 'CHISO', name: 'Cải thiện các chỉ số PAPI, PAR INDEX và SIPAS' },
      { code: 'TTHC', name: 'Đơn giản hóa, cắt giảm, sửa đổi thủ tục hành chính' },
      { code: 'MC', name: 'Nâng cao hiệu quả Bộ phận Tiếp nhận và trả kết quả cấp huyện, cấp xã' },
      { code: 'CNTT', name: 'Ứng dụng công nghệ thông tin trong quản lý, điều hành, giải quyết thủ tục hành chính' },
      { code: 'CBCC', name: 'Chất lượng đội ngũ; cải cách tài chính công; tổ chức bộ máy, biên chế, vị trí việc làm' },
    ],
    // "bài viết của cá nhân hoặc nhóm tác giả"; the summary sets no limit on a group's size.
    entrants: { kinds: ['individual', 'group'] },
    eligibility: { excludedRoles: ['organisingBoard', 'judge', 'secretariat'] },
    members: [],
    units: [{ code: 'PNV', name: 'Phòng Nội vụ' }],
    unitRules: { minEntriesPerUnit: 1, preScreening: true },
    formats: [{ format: 'article' }, { format: 'video' }],
    rounds: { preliminary: { rubric: defaultRubric() } },
    scoring: defaultScoringRules(false),
    judging: defaultJudgingRules(),
    prizes: {
      // The published summary names no prizes: three tiers without money for the secretariat to complete.
      tiers: [
        tier('NHAT', 'Giải Nhất', 1, 0, 'none', ''),
        tier('NHI', 'Giải Nhì', 1, 0, 'none', ''),
        tier('BA', 'Giải Ba', 1, 0, 'none', ''),
      ],
      scope: 'overall',
      specialPrizeAllowed: false,
      ...defaultPrizePolicies(),
    },
    documents: {
      signer: { onBehalfOf: 'ỦY BAN NHÂN DÂN', mode: 'head', headTitle: 'CHỦ TỊCH', position: '', name: 'Lê Nguyên Châu' },
      legalBases: [LAW_EMULATION_2003, DECREE_91_2017],
      recipients: ['Các cơ quan, đơn vị ngành huyện', 'UBND các xã, thị trấn', 'Lưu: VT, NV'],
    },
  };
}

const TAN_AN_CATEGORIES = [
  { code: 'TC', name: 'Cải cách thể chế' },
  { code: 'TTHC', name: 'Cải cách thủ tục hành chính' },
  { code: 'DGH', name: 'Đơn giản hóa thủ tục, rút ngắn thời gian, quy trình giải quyết TTHC' },
  { code: 'BM', name: 'Cải cách tổ chức bộ máy hành chính nhà nước' },
  { code: 'CBCC', name: 'Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, người lao động' },
  { code: 'TCC', name: 'Cải cách tài chính công, tài sản công' },
  { code: 'HDH', name: 'Hiện đại hóa nền hành chính' },
  { code: 'CNTT', name: 'Ứng dụng công nghệ thông tin, nền tảng số' },
];

/**
 * Year-round recognition tiers. Tân An rewards every initiative that proves effective rather than a
 * fixed number of prizes, so the tiers have no count and need a minimum score: 70 and 50 follow the
 * Đà Nẵng rule (recognised at ≥ 50, grade B from 70; research/vietnamese-domain.md §3.1).
 */
function yearRoundTiers(issuer: string): PrizeTier[] {
  return [
    { code: 'KTDX', name: 'Khen thưởng đột xuất', award: 'giayKhen', awardIssuer: issuer, amount: 0, minScore: 70, gift: '' },
    { code: 'TD', name: 'Tuyên dương', award: 'letterOfPraise', awardIssuer: issuer, amount: 0, minScore: 50, gift: '' },
  ];
}

/** Tân An 2024 (shared/seeds/tan-an-2024-plan.txt). */
function tanAn2024(): ContestConfig {
  return {
    identity: {
      code: 'TA2024',
      title: 'Phát động đề xuất, nhân rộng sáng kiến, giải pháp, mô hình cải cách hành chính trên địa bàn xã Tân An năm 2024',
      organiser: { parentBody: 'UBND HUYỆN VĨNH CỬU', name: 'ỦY BAN NHÂN DÂN XÃ TÂN AN', symbol: 'UBND', level: 'commune' },
      // The copy in seeds/ has lost its number and date.
      plan: { number: '', date: '' },
      year: 2024,
      placeName: 'Tân An',
    },
    // "tiếp nhận trước ngày 31/10/2024 được tính năm 2024, tiếp nhận sau ngày 31/10 thì được tính cho năm sau".
    timeline: { intake: { mode: 'rolling', staffCutoff: { month: 10, day: 31 } } },
    categories: TAN_AN_CATEGORIES,
    entrants: { kinds: ['individual', 'group', 'collective', 'citizen', 'business'] },
    eligibility: { excludedRoles: ['organisingBoard', 'judge', 'secretariat'] },
    members: [],
    units: [{ code: 'VP', name: 'Văn phòng UBND xã' }],
    unitRules: { minEntriesPerUnit: 0, preScreening: false },
    // "văn bản giấy, bản ghi âm, clip".
    formats: [{ format: 'article' }, { format: 'audio' }, { format: 'video' }],
    rounds: { preliminary: { rubric: defaultRubric() } },
    scoring: defaultScoringRules(false),
    judging: defaultJudgingRules(),
    prizes: { tiers: yearRoundTiers('Chủ tịch UBND xã Tân An'), scope: 'overall', specialPrizeAllowed: false, ...defaultPrizePolicies() },
    documents: {
      signer: { onBehalfOf: '', mode: 'head', headTitle: 'CHỦ TỊCH', position: '', name: 'Đình Quốc Sơn' },
      legalBases: [LAW_EMULATION_2022, DECREE_98_2023],
      recipients: ['UBND huyện Vĩnh Cửu', 'Phòng Nội vụ', 'Lưu: VT'],
    },
  };
}

/**
 * A 2026 contest run by a provincial Sở Nội vụ after the 2025 reorganisation (Hậu Giang is now part
 * of Thành phố Cần Thơ). The Sở's director awards Giấy khen (Luật TĐKT 2022, Điều 80); the top
 * prizes carry the city chairman's Bằng khen, proposed by a Tờ trình. The signer's name, the plan's
 * number and the dates are the secretariat's to fill.
 */
function province2026(): ContestConfig {
  const chairman = 'Chủ tịch UBND thành phố Cần Thơ';
  const director = 'Giám đốc Sở Nội vụ thành phố Cần Thơ';
  return {
    identity: {
      code: 'CT2026',
      title: 'Cuộc thi sáng kiến, giải pháp cải cách hành chính thành phố Cần Thơ năm 2026',
      organiser: { parentBody: 'UBND THÀNH PHỐ CẦN THƠ', name: 'SỞ NỘI VỤ', symbol: 'SNV', level: 'province' },
      plan: { number: '', date: '' },
      year: 2026,
      placeName: 'Cần Thơ',
    },
    timeline: {
      intake: { mode: 'window', opens: '2026-06-01', closes: '2026-08-31' },
      judgingDeadline: '2026-09-30',
      awardDate: '2026-10-15',
    },
    categories: HAU_GIANG_CATEGORIES,
    entrants: { kinds: ['individual', 'group', 'collective', 'citizen', 'business'], maxGroupSize: 4 },
    eligibility: { excludedRoles: ['organisingBoard', 'judge', 'secretariat'] },
    members: [],
    units: [
      { code: 'SNV', name: 'Sở Nội vụ' },
      { code: 'STC', name: 'Sở Tài chính' },
      { code: 'STP', name: 'Sở Tư pháp' },
      { code: 'VPUB', name: 'Văn phòng UBND thành phố' },
    ],
    unitRules: { minEntriesPerUnit: 1, preScreening: false },
    formats: [{ format: 'article' }, { format: 'video', limits: { min: 3, max: 6 } }],
    rounds: {
      preliminary: { rubric: defaultRubric() },
      defence: {
        rubric: defenceRubric(),
        shortlist: { mode: 'topN', count: 10 },
        final: { mode: 'weighted', preliminaryWeight: 40, defenceWeight: 60 },
      },
    },
    scoring: defaultScoringRules(true),
    judging: defaultJudgingRules(),
    prizes: {
      tiers: [
        tier('NHAT', 'Giải Nhất', 1, 10_000_000, 'bangKhen', chairman),
        tier('NHI', 'Giải Nhì', 1, 7_000_000, 'bangKhen', chairman),
        tier('BA', 'Giải Ba', 1, 5_000_000, 'bangKhen', chairman),
        tier('KK', 'Giải Khuyến khích', 3, 3_000_000, 'giayKhen', director),
      ],
      scope: 'overall',
      specialPrizeAllowed: true,
      budgetCap: 40_000_000,
      ...defaultPrizePolicies(),
    },
    documents: {
      signer: { onBehalfOf: '', mode: 'head', headTitle: 'GIÁM ĐỐC', position: '', name: '' },
      legalBases: [LAW_EMULATION_2022, DECREE_152_2025],
      recipients: ['Như Điều 3', 'UBND thành phố (để báo cáo)', 'Lưu: VT, XDCQ'],
    },
  };
}

/**
 * A 2026 year-round contest run by a ward People's Committee (phường Vị Thanh, Thành phố Cần Thơ,
 * formed by Nghị quyết 1668/NQ-UBTVQH15 of 16/6/2025), on Tân An's rolling rule. Since districts are
 * gone, the ward has no parent body line.
 */
function commune2026(): ContestConfig {
  return {
    identity: {
      code: 'VT2026',
      title: 'Phát động sáng kiến, giải pháp cải cách hành chính phường Vị Thanh năm 2026',
      organiser: { parentBody: '', name: 'ỦY BAN NHÂN DÂN PHƯỜNG VỊ THANH', symbol: 'UBND', level: 'commune' },
      plan: { number: '', date: '' },
      year: 2026,
      placeName: 'Vị Thanh',
    },
    timeline: { intake: { mode: 'rolling', staffCutoff: { month: 10, day: 31 } } },
    categories: TAN_AN_CATEGORIES,
    entrants: { kinds: ['individual', 'group', 'collective', 'citizen', 'business'] },
    eligibility: { excludedRoles: ['organisingBoard', 'judge', 'secretariat'] },
    members: [],
    units: [{ code: 'VP', name: 'Văn phòng HĐND và UBND phường' }],
    unitRules: { minEntriesPerUnit: 0, preScreening: false },
    formats: [{ format: 'article' }, { format: 'audio' }, { format: 'video' }],
    rounds: { preliminary: { rubric: defaultRubric() } },
    scoring: defaultScoringRules(false),
    judging: defaultJudgingRules(),
    prizes: { tiers: yearRoundTiers('Chủ tịch UBND phường Vị Thanh'), scope: 'overall', specialPrizeAllowed: false, ...defaultPrizePolicies() },
    documents: {
      signer: { onBehalfOf: 'ỦY BAN NHÂN DÂN', mode: 'head', headTitle: 'CHỦ TỊCH', position: '', name: '' },
      legalBases: [LAW_EMULATION_2022, DECREE_152_2025],
      recipients: ['Như Điều 3', 'Lưu: VT'],
    },
  };
}

/**
 * Where the set-up wizard's "start blank" begins: nothing of a particular contest (no names, dates,
 * lists or prize tiers, so validation asks for each), and the stated defaults for the rules every
 * preset shares (rubric, scoring, judging, prize policies), which the secretariat may keep.
 * `year`: the contest's year, today's by default in the wizard.
 */
export function blankConfig(year: number): ContestConfig {
  return {
    identity: {
      code: '',
      title: '',
      organiser: { parentBody: '', name: '', symbol: '', level: 'province' },
      plan: { number: '', date: '' },
      year,
      placeName: '',
    },
    timeline: { intake: { mode: 'window', opens: '', closes: '' } },
    categories: [],
    entrants: { kinds: ['individual', 'group', 'collective'], maxGroupSize: 4 },
    eligibility: { excludedRoles: ['organisingBoard', 'judge', 'secretariat'] },
    members: [],
    units: [],
    unitRules: { minEntriesPerUnit: 0, preScreening: false },
    formats: [{ format: 'article' }],
    rounds: { preliminary: { rubric: defaultRubric() } },
    scoring: defaultScoringRules(false),
    judging: defaultJudgingRules(),
    prizes: { tiers: [], scope: 'overall', specialPrizeAllowed: false, ...defaultPrizePolicies() },
    documents: {
      signer: { onBehalfOf: '', mode: 'head', headTitle: '', position: '', name: '' },
      legalBases: [LAW_EMULATION_2022, DECREE_152_2025],
      recipients: ['Như Điều 3', 'Lưu: VT'],
    },
  };
}

export const PRESETS: readonly Preset[] = [
  { id: 'hauGiang2024', name: 'Hậu Giang 2024 (cấp tỉnh, hai vòng)', source: 'seeds/hau-giang-2024-plan.txt', build: hauGiang2024 },
  { id: 'dakrong2020', name: 'Đakrông 2020 (cấp huyện, bài viết và video)', source: 'seeds/dakrong-2020-plan.txt', build: dakrong2020 },
  { id: 'phuTan2023', name: 'Phú Tân 2023 (cấp huyện, đơn vị sơ loại)', source: 'seeds/phu-tan-2023-plan.txt', build: phuTan2023 },
  { id: 'tanAn2024', name: 'Tân An 2024 (cấp xã, nhận quanh năm)', source: 'seeds/tan-an-2024-plan.txt', build: tanAn2024 },
  { id: 'province2026', name: 'Sở Nội vụ cấp tỉnh 2026', source: 'chính quyền hai cấp từ 01/7/2025', build: province2026 },
  { id: 'commune2026', name: 'UBND xã/phường 2026 (nhận quanh năm)', source: 'chính quyền hai cấp từ 01/7/2025', build: commune2026 },
];

export function presetById(id: PresetId): Preset {
  const preset = PRESETS.find((p) => p.id === id);
  if (!preset) throw new Error(`Unknown preset: ${id}`);
  return preset;
}
