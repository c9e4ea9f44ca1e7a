// The configuration workbook's file format: sheet names, column headers, setting keys and the
// words written in cells for enumerations.
//
// It is Vietnamese whatever language the add-on's interface uses. The workbook is the contest's
// working document: colleagues who never open the add-on read and edit it, it is filed with the
// contest's papers, and the decoder must read back what anyone wrote. If the words followed each
// user's interface language, one person switching to English would produce a file the others (and
// the decoder set to Vietnamese) could no longer read.

import type {
  AggregationMethod,
  AwardKind,
  BoundaryTiePolicy,
  DiscrepancyRule,
  EntrantKind,
  EntryFormat,
  FinalScore,
  JudgingMode,
  MemberRole,
  OrganiserLevel,
  PrizeScope,
  Shortlist,
  SigningMode,
  TieBreak,
  Timeline,
  VacancyPolicy,
} from './model';
import { LIST_CODE } from './validation';

export const SHEET_NAMES = {
  settings: 'Cấu hình',
  categories: 'Lĩnh vực',
  units: 'Đơn vị',
  members: 'Thành viên',
  formats: 'Hình thức dự thi',
  criteria: 'Tiêu chí',
  prizes: 'Giải thưởng',
  documents: 'Văn bản',
} as const;
export type SheetId = keyof typeof SHEET_NAMES;

/** Every sheet of the configuration workbook, in the order they are written. */
export const CONFIG_SHEET_NAMES: readonly string[] = Object.values(SHEET_NAMES);

/** Column headers of each sheet, in the order they are written. */
export const COLUMN_HEADERS = {
  settings: { key: 'Khóa', label: 'Mục', value: 'Giá trị', note: 'Ghi chú' },
  categories: { code: 'Mã', name: 'Tên lĩnh vực' },
  units: { code: 'Mã', name: 'Tên đơn vị' },
  members: { name: 'Họ và tên', email: 'Email', role: 'Vai trò', unit: 'Đơn vị', position: 'Chức vụ' },
  formats: { format: 'Hình thức', min: 'Tối thiểu', max: 'Tối đa' },
  criteria: {
    round: 'Vòng',
    code: 'Mã',
    name: 'Tiêu chí',
    maxPoints: 'Điểm tối đa',
    weight: 'Hệ số',
    step: 'Bước điểm',
    description: 'Mô tả',
  },
  prizes: {
    code: 'Mã',
    name: 'Tên giải',
    award: 'Hình thức khen thưởng',
    awardIssuer: 'Cấp khen',
    count: 'Số lượng',
    amount: 'Tiền thưởng (đồng)',
    minScore: 'Điểm tối thiểu',
    gift: 'Phần quà',
  },
  documents: { kind: 'Loại', text: 'Nội dung', validFrom: 'Hiệu lực từ', validUntil: 'Hiệu lực đến' },
} as const satisfies Record<SheetId, Record<string, string>>;
export type ColumnId<S extends SheetId> = keyof (typeof COLUMN_HEADERS)[S] & string;

/**
 * The words of one enumeration, by machine value: the first word is the one written, the others
 * are also read (shorter or older forms people type).
 */
export type Words<T extends string> = Readonly<Record<T, readonly [string, ...string[]]>>;

export const BOOLEAN_WORDS: Words<'yes' | 'no'> = {
  // TRUE/FALSE: a checkbox column pasted as text.
  yes: ['Có', 'x', 'TRUE'],
  no: ['Không', 'FALSE'],
};

export const ORGANISER_LEVEL_WORDS: Words<OrganiserLevel> = {
  province: ['Cấp tỉnh', 'Tỉnh', 'Thành phố trực thuộc trung ương'],
  commune: ['Cấp xã', 'Xã', 'Phường', 'Đặc khu'],
  district: ['Cấp huyện', 'Huyện'],
};

export const INTAKE_MODE_WORDS: Words<Timeline['intake']['mode']> = {
  window: ['Theo thời hạn', 'Có thời hạn'],
  rolling: ['Quanh năm', 'Nhận quanh năm', 'Không thời hạn'],
};

export const ENTRANT_KIND_WORDS: Words<EntrantKind> = {
  individual: ['Cá nhân'],
  group: ['Nhóm tác giả', 'Nhóm'],
  collective: ['Tập thể', 'Tập thể cơ quan'],
  citizen: ['Người dân', 'Công dân'],
  business: ['Doanh nghiệp', 'Tổ chức, doanh nghiệp'],
};

export const MEMBER_ROLE_WORDS: Words<MemberRole> = {
  organisingBoard: ['Ban Tổ chức', 'BTC'],
  judge: ['Ban Giám khảo', 'Giám khảo', 'BGK'],
  secretariat: ['Tổ giúp việc', 'Thư ký', 'Tổ thư ký', 'Thư ký giúp việc'],
};

export const ENTRY_FORMAT_WORDS: Words<EntryFormat> = {
  article: ['Bài viết', 'Văn bản giấy'],
  video: ['Video'],
  audio: ['Âm thanh, clip', 'Âm thanh', 'Clip', 'Bản ghi âm'],
};

export const ROUND_WORDS: Words<'preliminary' | 'defence'> = {
  preliminary: ['Sơ khảo', 'Vòng sơ khảo'],
  defence: ['Bảo vệ', 'Vòng bảo vệ', 'Bảo vệ ý tưởng', 'Vòng bảo vệ ý tưởng'],
};

export const SHORTLIST_MODE_WORDS: Words<Shortlist['mode']> = {
  topN: ['Số bài điểm cao nhất', 'Theo số lượng'],
  minScore: ['Điểm sàn', 'Theo điểm'],
};

export const FINAL_SCORE_MODE_WORDS: Words<FinalScore['mode']> = {
  defenceOnly: ['Điểm vòng bảo vệ', 'Chỉ vòng bảo vệ'],
  weighted: ['Kết hợp hai vòng', 'Theo trọng số'],
};

export const AGGREGATION_METHOD_WORDS: Words<AggregationMethod> = {
  mean: ['Trung bình cộng', 'Trung bình'],
  trimmedMean: ['Trung bình bỏ điểm cao nhất và thấp nhất', 'Bỏ điểm cao nhất và thấp nhất', 'Trung bình cắt'],
  median: ['Trung vị'],
  normalisedMean: ['Trung bình sau chuẩn hóa theo giám khảo', 'Chuẩn hóa'],
};

export const DISCREPANCY_UNIT_WORDS: Words<DiscrepancyRule['unit']> = {
  points: ['Điểm'],
  percent: ['Phần trăm', '%'],
};

export const JUDGING_MODE_WORDS: Words<JudgingMode> = {
  sharedWorkbook: ['Bảng tính chung, mỗi giám khảo một trang', 'Bảng tính chung', 'Chung', 'Mỗi giám khảo một trang'],
  privateSpreadsheets: ['Mỗi giám khảo một bảng tính riêng', 'Bảng tính riêng', 'Riêng'],
};

/** The tie-break steps other than a criterion, which is written "Tiêu chí <code>". */
export const TIE_BREAK_STEP_WORDS: Words<Exclude<TieBreak['kind'], 'criterion'>> = {
  defenceScore: ['Điểm vòng bảo vệ'],
  preliminaryScore: ['Điểm sơ khảo'],
  earlierSubmission: ['Nộp bài sớm hơn', 'Nộp sớm hơn'],
};

/** Written before a criterion's code in the tie-break chain: "Tiêu chí TM". */
export const TIE_BREAK_CRITERION_WORD = 'Tiêu chí';

export const AWARD_KIND_WORDS: Words<AwardKind> = {
  bangKhen: ['Bằng khen'],
  giayKhen: ['Giấy khen'],
  letterOfPraise: ['Văn bản tuyên dương', 'Tuyên dương', 'Thư khen'],
  certificate: ['Giấy chứng nhận'],
  none: ['Không'],
};

export const PRIZE_SCOPE_WORDS: Words<PrizeScope> = {
  overall: ['Toàn cuộc thi', 'Chung'],
  perCategory: ['Theo từng lĩnh vực', 'Theo lĩnh vực'],
  perEntrantKind: ['Theo từng đối tượng dự thi', 'Theo đối tượng'],
};

export const VACANCY_POLICY_WORDS: Words<VacancyPolicy> = {
  leaveVacant: ['Để trống giải', 'Để trống'],
  passDown: ['Chuyển xuống giải kế tiếp', 'Chuyển xuống'],
};

export const BOUNDARY_TIE_POLICY_WORDS: Words<BoundaryTiePolicy> = {
  shareMoney: ['Đồng giải, chia đều tiền thưởng', 'Chia đều'],
  fullPrizeEach: ['Đồng giải, mỗi bài nhận đủ tiền thưởng', 'Nhận đủ'],
  referToBoard: ['Ban Tổ chức quyết định', 'Trình Ban Tổ chức'],
};

export const SIGNING_MODE_WORDS: Words<SigningMode> = {
  head: ['Ký trực tiếp', 'Người đứng đầu ký'],
  deputy: ['Ký thay (KT.)', 'Ký thay', 'KT'],
  acting: ['Quyền (Q.)', 'Quyền', 'Q'],
};

export const DOCUMENT_KIND_WORDS: Words<'legalBasis' | 'recipient'> = {
  legalBasis: ['Căn cứ'],
  recipient: ['Nơi nhận'],
};

/** The word written for a machine value. */
export function wordFor<T extends string>(words: Words<T>, value: T): string {
  return words[value][0];
}

/** The written words of an enumeration, for a hint: "Có / Không". */
export function wordsHint<T extends string>(words: Words<T>): string {
  return Object.values<readonly string[]>(words).map((w) => w[0]).join(' / ');
}

/** Separator of several words in one cell; ';' because "Âm thanh, clip" contains a comma. */
export const LIST_SEPARATOR = '; ';

/**
 * Text as words are compared: case, diacritics, spacing and punctuation removed, so "bang   KHEN",
 * "Bằng khen" and "bằng khen." (composed or decomposed) are the same.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// No word is this long: longer text is not folded at all, whatever a cell holds.
const LONGEST_WORD = 200;

/**
 * The machine value a person's word stands for (any of its words, or the value itself), if any.
 * A word of symbols only ("%") folds to nothing, so it must be typed exactly: otherwise "-" or "?"
 * would read as it.
 */
export function readWord<T extends string>(words: Words<T>, text: string): T | undefined {
  if (text.length > LONGEST_WORD) return undefined;
  const key = foldText(text);
  const same = key === '' ? (w: string) => w === text.trim() : (w: string) => foldText(w) === key;
  return (Object.keys(words) as T[]).find((value) => same(value) || words[value].some(same));
}

/**
 * One step of the tie-break chain as a person typed it: a step word, "Tiêu chí <code>" (the code
 * kept as typed) or a bare criterion code; undefined when it is none of them.
 */
export function readTieBreak(text: string): TieBreak | undefined {
  const line = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (line === '' || line.length > LONGEST_WORD) return undefined;
  const kind = readWord(TIE_BREAK_STEP_WORDS, line);
  if (kind !== undefined) return { kind };
  const tokens = line.split(' ');
  const prefixLength = TIE_BREAK_CRITERION_WORD.split(' ').length;
  if (tokens.length > prefixLength && foldText(tokens.slice(0, prefixLength).join(' ')) === foldText(TIE_BREAK_CRITERION_WORD)) {
    return { kind: 'criterion', code: tokens.slice(prefixLength).join(' ') };
  }
  return LIST_CODE.test(line) ? { kind: 'criterion', code: line } : undefined;
}

/** One step of the tie-break chain as the workbook writes it. */
export function writeTieBreak(step: TieBreak): string {
  return step.kind === 'criterion' ? `${TIE_BREAK_CRITERION_WORD} ${step.code}` : wordFor(TIE_BREAK_STEP_WORDS, step.kind);
}

/** The tie-break steps a person may write, for a hint. */
export const TIE_BREAK_HINT = `${TIE_BREAK_CRITERION_WORD} <mã tiêu chí> / ${wordsHint(TIE_BREAK_STEP_WORDS)}`;

const DATE_HINT = 'dd/mm/yyyy';

/** Rows of the "Cấu hình" sheet: stable machine key, Vietnamese label, hint for the person typing. */
export const SETTING_ROWS = [
  { key: 'identity.code', label: 'Mã cuộc thi', note: '2–12 chữ cái không dấu hoặc chữ số; là phần đầu của mã bài dự thi, ví dụ HG2024' },
  { key: 'identity.title', label: 'Tên cuộc thi', note: '' },
  { key: 'identity.organiser.parentBody', label: 'Cơ quan chủ quản', note: 'Dòng trên tên cơ quan ban hành; để trống nếu không có' },
  { key: 'identity.organiser.name', label: 'Cơ quan ban hành', note: 'Ví dụ: ỦY BAN NHÂN DÂN TỈNH HẬU GIANG' },
  { key: 'identity.organiser.symbol', label: 'Ký hiệu cơ quan ban hành', note: 'Phần cuối số văn bản, ví dụ UBND trong 612/KH-UBND' },
  { key: 'identity.organiser.level', label: 'Cấp của cơ quan', note: `${wordsHint(ORGANISER_LEVEL_WORDS)} (cấp huyện chỉ có trước 01/7/2025)` },
  { key: 'identity.plan.number', label: 'Số kế hoạch tổ chức cuộc thi', note: 'Ví dụ: 612/KH-UBND' },
  { key: 'identity.plan.date', label: 'Ngày ban hành kế hoạch', note: DATE_HINT },
  { key: 'identity.year', label: 'Năm tổ chức', note: 'Ví dụ: 2024' },
  { key: 'identity.placeName', label: 'Địa danh ghi trên văn bản', note: 'Ví dụ: Hậu Giang (trong "Hậu Giang, ngày … tháng … năm …")' },
  { key: 'timeline.intake.mode', label: 'Cách nhận bài dự thi', note: wordsHint(INTAKE_MODE_WORDS) },
  { key: 'timeline.intake.opens', label: 'Ngày bắt đầu nhận bài', note: `${DATE_HINT}; khi nhận theo thời hạn` },
  { key: 'timeline.intake.closes', label: 'Ngày kết thúc nhận bài', note: `${DATE_HINT}; khi nhận theo thời hạn` },
  {
    key: 'timeline.intake.staffCutoff',
    label: 'Ngày chốt năm đối với bài của cán bộ, công chức',
    note: 'dd/mm, ví dụ 31/10; khi nhận quanh năm: bài nhận sau ngày này tính cho năm sau',
  },
  { key: 'timeline.unitDeadline', label: 'Hạn các đơn vị gửi bài', note: `${DATE_HINT}; để trống nếu không có` },
  { key: 'timeline.judgingDeadline', label: 'Hạn hoàn thành chấm bài', note: `${DATE_HINT}; để trống nếu chưa định` },
  { key: 'timeline.awardDate', label: 'Ngày trao giải', note: `${DATE_HINT}; để trống nếu chưa định` },
  { key: 'entrants.kinds', label: 'Đối tượng dự thi', note: `Một hoặc nhiều, cách nhau bằng dấu chấm phẩy: ${wordsHint(ENTRANT_KIND_WORDS)}` },
  { key: 'entrants.maxGroupSize', label: 'Số người tối đa của một nhóm tác giả', note: 'Số nguyên; để trống nếu không giới hạn' },
  {
    key: 'eligibility.excludedRoles',
    label: 'Thành phần không được dự thi',
    note: `Cách nhau bằng dấu chấm phẩy: ${wordsHint(MEMBER_ROLE_WORDS)}`,
  },
  { key: 'unitRules.minEntriesPerUnit', label: 'Số bài tối thiểu của mỗi đơn vị', note: 'Số nguyên; 0 nếu không giao chỉ tiêu' },
  { key: 'unitRules.preScreening', label: 'Đơn vị sơ loại trước khi gửi bài', note: wordsHint(BOOLEAN_WORDS) },
  { key: 'rounds.defence.enabled', label: 'Có vòng bảo vệ ý tưởng', note: wordsHint(BOOLEAN_WORDS) },
  { key: 'rounds.defence.shortlist.mode', label: 'Cách chọn bài vào vòng bảo vệ', note: wordsHint(SHORTLIST_MODE_WORDS) },
  { key: 'rounds.defence.shortlist.count', label: 'Số bài vào vòng bảo vệ', note: 'Số nguyên; khi chọn theo số bài điểm cao nhất' },
  { key: 'rounds.defence.shortlist.score', label: 'Điểm sàn vào vòng bảo vệ', note: 'Điểm sơ khảo tối thiểu; khi chọn theo điểm sàn' },
  { key: 'rounds.defence.final.mode', label: 'Cách tính điểm chung cuộc', note: wordsHint(FINAL_SCORE_MODE_WORDS) },
  { key: 'rounds.defence.final.preliminaryWeight', label: 'Trọng số điểm sơ khảo', note: 'Khi kết hợp hai vòng, ví dụ 40' },
  { key: 'rounds.defence.final.defenceWeight', label: 'Trọng số điểm vòng bảo vệ', note: 'Khi kết hợp hai vòng, ví dụ 60' },
  { key: 'scoring.aggregation', label: 'Cách tổng hợp điểm của các giám khảo', note: wordsHint(AGGREGATION_METHOD_WORDS) },
  {
    key: 'scoring.trimMinJudges',
    label: 'Số giám khảo tối thiểu để bỏ điểm cao nhất và thấp nhất',
    note: 'Số nguyên, từ 3 trở lên, thường là 5; ít giám khảo hơn thì tính trung bình cộng',
  },
  { key: 'scoring.minJudges', label: 'Số giám khảo tối thiểu chấm mỗi bài', note: 'Số nguyên; bài có ít giám khảo chấm đủ hơn thì chưa được xếp hạng' },
  { key: 'scoring.decimals', label: 'Số chữ số thập phân của điểm', note: 'Từ 0 đến 3; điểm công bố và xếp hạng được làm tròn theo số chữ số này' },
  {
    key: 'scoring.discrepancy.unit',
    label: 'Đơn vị đo độ chênh lệch điểm giữa các giám khảo',
    note: `${wordsHint(DISCREPANCY_UNIT_WORDS)}; phần trăm tính trên điểm tối đa của vòng`,
  },
  {
    key: 'scoring.discrepancy.review',
    label: 'Mức chênh lệch phải xem xét',
    note: 'Điểm cao nhất trừ điểm thấp nhất vượt mức này thì Trưởng Ban Giám khảo xem xét, ví dụ 5',
  },
  {
    key: 'scoring.discrepancy.escalate',
    label: 'Mức chênh lệch phải chấm lại',
    note: 'Chênh lệch từ mức này trở lên thì chấm lại hoặc mời thêm giám khảo, ví dụ 10',
  },
  {
    key: 'scoring.tieBreaks',
    label: 'Thứ tự xét khi bằng điểm',
    note: `Cách nhau bằng dấu chấm phẩy, theo thứ tự ưu tiên: ${TIE_BREAK_HINT}; để trống nếu bằng điểm thì đồng hạng`,
  },
  {
    key: 'judging.mode',
    label: 'Cách tổ chức chấm bài',
    note: `${wordsHint(JUDGING_MODE_WORDS)}; bảng tính riêng giữ kín tên tác giả và điểm của giám khảo khác, bảng tính chung thì người có quyền sửa bảng tính xem được mọi trang`,
  },
  {
    key: 'judging.judgesPerEntry',
    label: 'Số giám khảo chấm mỗi bài ở vòng sơ khảo',
    note: 'Số nguyên; để trống nếu mọi giám khảo chấm mọi bài',
  },
  {
    key: 'judging.defenceJudgesPerEntry',
    label: 'Số giám khảo chấm mỗi bài ở vòng bảo vệ',
    note: 'Số nguyên; để trống nếu cả Ban Giám khảo chấm mọi bài',
  },
  {
    key: 'judging.extraJudgeOnEscalation',
    label: 'Mời thêm một giám khảo khi chênh lệch điểm đến mức phải chấm lại',
    note: `${wordsHint(BOOLEAN_WORDS)}; bài có chênh lệch từ mức phải chấm lại trở lên được giao thêm một giám khảo`,
  },
  {
    key: 'judging.lockAtDeadline',
    label: 'Khóa trang chấm điểm khi hết hạn chấm bài',
    note: `${wordsHint(BOOLEAN_WORDS)}; cần có hạn hoàn thành chấm bài`,
  },
  {
    key: 'judging.reminderDaysBefore',
    label: 'Số ngày trước hạn chấm bài bắt đầu nhắc giám khảo',
    note: 'Số nguyên, ví dụ 3: giám khảo còn bài chưa chấm nhận thư nhắc từ 3 ngày trước hạn; để trống nếu không nhắc',
  },
  { key: 'prizes.scope', label: 'Phạm vi xét giải', note: wordsHint(PRIZE_SCOPE_WORDS) },
  { key: 'prizes.specialPrizeAllowed', label: 'Được đề xuất giải đặc biệt', note: wordsHint(BOOLEAN_WORDS) },
  { key: 'prizes.budgetCap', label: 'Tổng tiền thưởng tối đa (đồng)', note: 'Ví dụ: 40.000.000; để trống nếu không giới hạn' },
  { key: 'prizes.vacancy', label: 'Giải không có bài đạt điểm tối thiểu', note: wordsHint(VACANCY_POLICY_WORDS) },
  { key: 'prizes.boundaryTie', label: 'Các bài bằng điểm nhiều hơn số giải còn lại', note: wordsHint(BOUNDARY_TIE_POLICY_WORDS) },
  { key: 'prizes.maxPerUnit', label: 'Số giải tối đa của một đơn vị', note: 'Số nguyên; để trống nếu không giới hạn' },
  {
    key: 'prizes.maxPerCategory',
    label: 'Số giải tối đa của một lĩnh vực',
    note: 'Số nguyên; khi xét giải chung toàn cuộc thi; để trống nếu không giới hạn',
  },
  { key: 'documents.signer.onBehalfOf', label: 'Thay mặt tập thể (TM.)', note: 'Ví dụ: ỦY BAN NHÂN DÂN; để trống nếu không ký thay mặt tập thể' },
  { key: 'documents.signer.mode', label: 'Hình thức ký', note: wordsHint(SIGNING_MODE_WORDS) },
  { key: 'documents.signer.headTitle', label: 'Chức danh người đứng đầu', note: 'Ví dụ: CHỦ TỊCH, GIÁM ĐỐC' },
  { key: 'documents.signer.position', label: 'Chức vụ người ký thay', note: 'Ví dụ: PHÓ CHỦ TỊCH; khi ký thay' },
  { key: 'documents.signer.name', label: 'Họ và tên người ký', note: '' },
] as const;
export type SettingKey = (typeof SETTING_ROWS)[number]['key'];

/** Hints shown as notes on the header cells of the list sheets. */
export const COLUMN_NOTES: { readonly [S in SheetId]?: Partial<Record<ColumnId<S>, string>> } = {
  members: { role: wordsHint(MEMBER_ROLE_WORDS), email: 'Tài khoản Google dùng để mở trang chấm điểm' },
  formats: {
    format: wordsHint(ENTRY_FORMAT_WORDS),
    min: 'Số từ với bài viết, số phút với video và âm thanh; để trống nếu không giới hạn',
    max: 'Số từ với bài viết, số phút với video và âm thanh; để trống nếu không giới hạn',
  },
  criteria: { round: wordsHint(ROUND_WORDS), weight: 'Thường là 1', step: 'Ví dụ: 0,5 (điểm chấm là bội số của bước điểm)' },
  prizes: {
    award: wordsHint(AWARD_KIND_WORDS),
    awardIssuer: 'Người ký khen, ví dụ Chủ tịch UBND tỉnh',
    count: 'Để trống nếu khen mọi bài đạt điểm tối thiểu',
    amount: 'Mỗi giải, ví dụ 10.000.000',
    minScore: 'Để trống nếu không đặt điểm sàn',
  },
  documents: { kind: wordsHint(DOCUMENT_KIND_WORDS), validFrom: DATE_HINT, validUntil: DATE_HINT },
};
