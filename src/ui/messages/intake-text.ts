// What the intake checks found, in sentences for the Entries register, the receipt and the
// sidebar: each says what is wrong and what the secretariat (Thư ký) or the entrant can do.
// Vietnamese first; English complete.

import type { IntakeReason, IntakeReasonCode, IntakeStatus, RequiredField } from '../../core/intake/checks';
import type { ContestConfig } from '../../core/config/model';
import { ENTRANT_KIND_WORDS, ENTRY_FORMAT_WORDS, MEMBER_ROLE_WORDS } from '../../core/config/workbook-vocabulary';
import type { Locale } from '../locale';
import { dateEn, dateVi, numberEn, numberVi, raw, wordVi, type Params } from './message-params';

type Message = (p: Params, config?: ContestConfig) => string;

function has<T extends string>(table: Readonly<Record<T, unknown>>, key: string): key is T {
  return Object.prototype.hasOwnProperty.call(table, key);
}

const EN_WORDS: Readonly<Record<string, string>> = {
  individual: 'Individual',
  group: 'Group of authors',
  collective: 'Collective',
  citizen: 'Citizen',
  business: 'Business',
  organisingBoard: 'the organising board',
  judge: 'the judging panel',
  secretariat: 'the secretariat',
  article: 'Article',
  video: 'Video',
  audio: 'Audio, clip',
};

const wordEn = (value: string): string => (has(EN_WORDS, value) ? EN_WORDS[value] : value);

/** "(Cá nhân, Nhóm tác giả)": what the contest accepts, when the configuration is at hand. */
const kindsVi = (config?: ContestConfig): string =>
  config ? ` (${config.entrants.kinds.map((k) => wordVi(ENTRANT_KIND_WORDS, k)).join(', ')})` : '';
const kindsEn = (config?: ContestConfig): string => (config ? ` (${config.entrants.kinds.map(wordEn).join(', ')})` : '');
const formatsVi = (config?: ContestConfig): string =>
  config ? ` (${config.formats.map((f) => wordVi(ENTRY_FORMAT_WORDS, f.format)).join(', ')})` : '';
const formatsEn = (config?: ContestConfig): string => (config ? ` (${config.formats.map((f) => wordEn(f.format)).join(', ')})` : '');

const FIELD_VI: Record<RequiredField, string> = {
  kind: 'Đối tượng dự thi',
  authors: 'Tác giả',
  familyName: 'Họ',
  givenName: 'Tên',
  unit: 'Cơ quan, đơn vị dự thi',
  category: 'Lĩnh vực',
  title: 'Tên mô hình, sáng kiến, giải pháp',
  format: 'Hình thức',
};

const FIELD_EN: Record<RequiredField, string> = {
  kind: 'Entrant type',
  authors: 'Authors',
  familyName: 'Family name',
  givenName: 'Given name',
  unit: 'Unit',
  category: 'Content area',
  title: 'Title of the initiative',
  format: 'Format',
};

function fieldLabel(labels: Record<RequiredField, string>, p: Params): string {
  const field = raw(p, 'field');
  return has(labels, field) ? labels[field] : field;
}
const fieldVi = (p: Params): string => fieldLabel(FIELD_VI, p);
const fieldEn = (p: Params): string => fieldLabel(FIELD_EN, p);
const isNamePart = (p: Params): boolean => raw(p, 'field') === 'familyName' || raw(p, 'field') === 'givenName';

/** " (Trần Bình)" when the author has a name. */
const nameShown = (p: Params): string => (raw(p, 'name') ? ` (${raw(p, 'name')})` : '');
/** "tác giả thứ 2 (Trần Bình)" */
const authorVi = (p: Params): string => `tác giả thứ ${raw(p, 'author')}${nameShown(p)}`;
const authorEn = (p: Params): string => `author ${raw(p, 'author')}${nameShown(p)}`;

const isArticle = (p: Params): boolean => raw(p, 'format') === 'article';
const FORMAT_NOUNS: Record<Locale, Readonly<Record<string, string>>> = {
  vi: { article: 'bài viết', video: 'video', audio: 'bản ghi âm, clip' },
  en: { article: 'an article', video: 'a video', audio: 'an audio recording or clip' },
};
function formatNoun(p: Params, locale: Locale): string {
  const format = raw(p, 'format');
  return has(FORMAT_NOUNS[locale], format) ? FORMAT_NOUNS[locale][format] : format;
}
const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const unitVi = (p: Params): string => (isArticle(p) ? 'từ' : 'phút');
const unitEn = (p: Params): string => (isArticle(p) ? 'words' : 'minutes');
const measureVi = (p: Params): string => (isArticle(p) ? 'số từ' : 'thời lượng');
const measureEn = (p: Params): string => (isArticle(p) ? 'word count' : 'duration');
const limitsVi = (p: Params): string => `${numberVi(p, 'min')}–${numberVi(p, 'max')} ${unitVi(p)}`;
const limitsEn = (p: Params): string => `${numberEn(p, 'min')}–${numberEn(p, 'max')} ${unitEn(p)}`;

// ---------------------------------------------------------------------------------------------
// Messages

const vi: Record<IntakeReasonCode, Message> = {
  missingField: (p) =>
    isNamePart(p)
      ? `Thiếu ${fieldVi(p).toLowerCase()} của ${authorVi(p)}; đề nghị tác giả bổ sung để quyết định khen thưởng ghi đủ họ và tên.`
      : `Chưa có thông tin «${fieldVi(p)}»; Thư ký liên hệ tác giả để bổ sung hoặc tác giả sửa lại câu trả lời trên biểu mẫu.`,
  unknownKind: (p, config) =>
    `Đối tượng dự thi «${raw(p, 'value')}» không thuộc các đối tượng cuộc thi nhận${kindsVi(config)}; Thư ký liên hệ tác giả để xác định lại đối tượng dự thi.`,
  unknownUnit: (p) =>
    `Đơn vị «${raw(p, 'value')}» không có trong danh sách đơn vị của cuộc thi; Thư ký bổ sung đơn vị vào trang “Đơn vị” hoặc liên hệ tác giả để chọn lại đơn vị.`,
  unknownCategory: (p) =>
    `Lĩnh vực «${raw(p, 'value')}» không có trong danh sách lĩnh vực của cuộc thi; Thư ký liên hệ tác giả để chọn lại lĩnh vực phù hợp.`,
  unknownFormat: (p, config) =>
    `Hình thức «${raw(p, 'value')}» không thuộc các hình thức cuộc thi nhận${formatsVi(config)}; Thư ký liên hệ tác giả để gửi lại bài theo hình thức được nhận.`,
  groupTooLarge: (p) =>
    `Nhóm có ${raw(p, 'count')} tác giả, vượt quá ${raw(p, 'max')} người/nhóm theo kế hoạch; đề nghị nhóm gửi lại với số tác giả không quá ${raw(p, 'max')} người.`,
  groupHasOneAuthor: (p) =>
    `Đăng ký là nhóm tác giả nhưng chỉ có một tác giả${nameShown(p)}; Thư ký liên hệ để bổ sung đồng tác giả hoặc chuyển sang dự thi cá nhân.`,
  individualHasCoAuthors: (p) =>
    raw(p, 'groupsAllowed') === '0'
      ? `Đăng ký là cá nhân nhưng có ${raw(p, 'count')} tác giả, trong khi cuộc thi chỉ nhận bài của cá nhân; Thư ký liên hệ tác giả để xác định người dự thi.`
      : `Đăng ký là cá nhân nhưng có ${raw(p, 'count')} tác giả; nếu là nhóm tác giả, Thư ký chuyển đối tượng dự thi sang “Nhóm tác giả”, nếu không thì bỏ các đồng tác giả.`,
  contributionMissing: (p) => `Chưa có tỷ lệ đóng góp của ${authorVi(p)}; đề nghị nhóm bổ sung để tổng tỷ lệ của các tác giả là 100%.`,
  contributionUnreadable: (p) => `Không đọc được tỷ lệ đóng góp của ${authorVi(p)}; đề nghị ghi số phần trăm, ví dụ 30 hoặc 33,5.`,
  contributionNotPositive: (p) =>
    `Tỷ lệ đóng góp của ${authorVi(p)} là ${numberVi(p, 'value')}%, phải lớn hơn 0; nếu người này không tham gia, đề nghị bỏ tên khỏi danh sách tác giả.`,
  contributionsNot100: (p) => `Tổng tỷ lệ đóng góp của các tác giả là ${numberVi(p, 'total')}%, chưa bằng 100%; đề nghị nhóm điều chỉnh lại.`,
  excludedMember: (p) => {
    const role = wordVi(MEMBER_ROLE_WORDS, raw(p, 'role'));
    if (raw(p, 'who') === 'respondent') {
      return `Bài được gửi từ tài khoản ${raw(p, 'email')} của ${raw(p, 'member')} (${role}); nếu thành viên này chỉ nhập hộ bài nộp bằng giấy thì không có vấn đề, nếu không Thư ký kiểm tra thành viên này có phải tác giả không, vì thành viên ${role} không được dự thi.`;
    }
    if (raw(p, 'matchedBy') === 'email') {
      return `Email của ${authorVi(p)} trùng với email của ${raw(p, 'member')}, thành viên ${role}; thành viên ${role} không được dự thi. Nếu là người khác, Thư ký kiểm tra lại địa chỉ email.`;
    }
    return `${capitalised(authorVi(p))} trùng họ tên với ${raw(p, 'member')}, thành viên ${role}; Thư ký kiểm tra có phải cùng một người không, vì thành viên ${role} không được dự thi.`;
  },
  receivedAtUnreadable: (p) =>
    `Không xác định được thời điểm nhận bài («${raw(p, 'value')}»); Thư ký kiểm tra thời điểm gửi trong bảng câu trả lời của biểu mẫu.`,
  receivedBeforeWindow: (p) =>
    `Bài nhận ngày ${dateVi(p, 'received')}, trước ngày bắt đầu nhận bài ${dateVi(p, 'opens')}; Thư ký trình Ban Tổ chức xem xét có nhận bài này không.`,
  receivedAfterWindow: (p) =>
    `Bài nhận ngày ${dateVi(p, 'received')}, sau hạn nhận bài (hết ngày ${dateVi(p, 'closes')}); bài vẫn được lưu, Ban Tổ chức quyết định có xét bài nộp muộn không.`,
  countsForNextYear: (p) =>
    `Bài của cán bộ, công chức nhận ngày ${dateVi(p, 'received')}, sau ngày ${raw(p, 'cutoffDay')}/${raw(p, 'cutoffMonth')}, nên được tính cho năm ${raw(p, 'year')}; Thư ký đưa bài vào đợt xét năm ${raw(p, 'year')}.`,
  countsForOtherYear: (p) =>
    `Bài nhận ngày ${dateVi(p, 'received')} được tính cho năm ${raw(p, 'year')}, không phải năm ${raw(p, 'contestYear')} của cuộc thi này; Thư ký đưa bài vào đợt xét năm ${raw(p, 'year')}.`,
  lengthMissing: (p) =>
    `Chưa ghi ${measureVi(p)} của bài; ${formatNoun(p, 'vi')} phải dài từ ${numberVi(p, 'min')} đến ${numberVi(p, 'max')} ${unitVi(p)}, Thư ký kiểm tra độ dài của bài.`,
  lengthUnreadable: (p) =>
    `Không đọc được ${measureVi(p)} «${raw(p, 'value')}»; ${formatNoun(p, 'vi')} phải dài từ ${numberVi(p, 'min')} đến ${numberVi(p, 'max')} ${unitVi(p)}, Thư ký kiểm tra độ dài của bài.`,
  lengthOutOfRange: (p) =>
    `${capitalised(formatNoun(p, 'vi'))} dài ${numberVi(p, 'length')} ${unitVi(p)}, ngoài giới hạn ${limitsVi(p)} theo kế hoạch; Thư ký kiểm tra lại và đề nghị tác giả điều chỉnh nếu cần.`,
  originalityNotDeclared: () =>
    'Chưa đánh dấu cam đoan bài dự thi là của tác giả, chưa công bố và không sao chép; đề nghị tác giả gửi lại biểu mẫu có đánh dấu cam đoan.',
  nearDuplicate: (p) =>
    `Nội dung giống ${raw(p, 'similarity')}% với «${raw(p, 'match')}»; Thư ký đối chiếu hai bài và báo cáo Ban Giám khảo nếu trùng lặp ý tưởng.`,
};

const en: Record<IntakeReasonCode, Message> = {
  missingField: (p) =>
    isNamePart(p)
      ? `The ${fieldEn(p).toLowerCase()} of ${authorEn(p)} is missing; ask the author for it so that the award decision carries the full name.`
      : `“${fieldEn(p)}” is not answered; the secretariat asks the author for it, or the author edits the form response.`,
  unknownKind: (p, config) =>
    `The entrant type “${raw(p, 'value')}” is not one the contest accepts${kindsEn(config)}; the secretariat asks the author which type applies.`,
  unknownUnit: (p) =>
    `The unit “${raw(p, 'value')}” is not on the contest's list of units; add it to the “Đơn vị” sheet or ask the author to choose a listed unit.`,
  unknownCategory: (p) => `The content area “${raw(p, 'value')}” is not on the contest's list; ask the author to choose a listed area.`,
  unknownFormat: (p, config) =>
    `The format “${raw(p, 'value')}” is not one the contest accepts${formatsEn(config)}; ask the author to resubmit in an accepted format.`,
  groupTooLarge: (p) =>
    `The group has ${raw(p, 'count')} authors, more than the plan's ${raw(p, 'max')} per group; ask the group to resubmit with at most ${raw(p, 'max')} authors.`,
  groupHasOneAuthor: (p) =>
    `Entered as a group of authors but with one author only${nameShown(p)}; ask for the co-authors or change the entry to an individual one.`,
  individualHasCoAuthors: (p) =>
    raw(p, 'groupsAllowed') === '0'
      ? `Entered as an individual but with ${raw(p, 'count')} authors, and the contest accepts individual entries only; ask the author who the entrant is.`
      : `Entered as an individual but with ${raw(p, 'count')} authors; if it is a group, change the entrant type to “Nhóm tác giả”, otherwise remove the co-authors.`,
  contributionMissing: (p) => `The contribution of ${authorEn(p)} is missing; ask the group for it so that the authors' shares add up to 100%.`,
  contributionUnreadable: (p) => `The contribution of ${authorEn(p)} cannot be read; ask for a percentage such as 30 or 33.5.`,
  contributionNotPositive: (p) =>
    `The contribution of ${authorEn(p)} is ${numberEn(p, 'value')}%, and must be more than 0; if this person took no part, remove them from the authors.`,
  contributionsNot100: (p) => `The authors' contributions add up to ${numberEn(p, 'total')}%, not 100%; ask the group to correct them.`,
  excludedMember: (p) => {
    const role = wordEn(raw(p, 'role'));
    if (raw(p, 'who') === 'respondent') {
      return `The entry was sent from the account ${raw(p, 'email')} of ${raw(p, 'member')} (${role}); if this member only typed in a paper entry this is fine, otherwise check whether this member is an author, since members of ${role} may not enter.`;
    }
    if (raw(p, 'matchedBy') === 'email') {
      return `The e-mail of ${authorEn(p)} is that of ${raw(p, 'member')}, a member of ${role}, who may not enter. If it is someone else, check the e-mail address.`;
    }
    return `${capitalised(authorEn(p))} has the same name as ${raw(p, 'member')}, a member of ${role}; check whether they are the same person, since members of ${role} may not enter.`;
  },
  receivedAtUnreadable: (p) =>
    `The time the entry was received cannot be read (“${raw(p, 'value')}”); check the timestamp in the form's responses.`,
  receivedBeforeWindow: (p) =>
    `Received on ${dateEn(p, 'received')}, before the submission period opens on ${dateEn(p, 'opens')}; the organising board decides whether to accept it.`,
  receivedAfterWindow: (p) =>
    `Received on ${dateEn(p, 'received')}, after the submission period closed (end of ${dateEn(p, 'closes')}); the entry is kept, and the organising board decides whether late entries are judged.`,
  countsForNextYear: (p) =>
    `A staff entry received on ${dateEn(p, 'received')}, after the cut-off of ${raw(p, 'cutoffDay')}/${raw(p, 'cutoffMonth')}, counts for ${raw(p, 'year')}; the secretariat moves it to the ${raw(p, 'year')} round.`,
  countsForOtherYear: (p) =>
    `Received on ${dateEn(p, 'received')}, the entry counts for ${raw(p, 'year')}, not for this contest's year ${raw(p, 'contestYear')}; the secretariat moves it to the ${raw(p, 'year')} round.`,
  lengthMissing: (p) =>
    `The ${measureEn(p)} is not stated; ${formatNoun(p, 'en')} must be ${limitsEn(p)}, so the secretariat checks the length.`,
  lengthUnreadable: (p) =>
    `The ${measureEn(p)} “${raw(p, 'value')}” cannot be read; ${formatNoun(p, 'en')} must be ${limitsEn(p)}, so the secretariat checks the length.`,
  lengthOutOfRange: (p) =>
    `${capitalised(formatNoun(p, 'en'))} of ${numberEn(p, 'length')} ${unitEn(p)}, outside the plan's ${limitsEn(p)}; the secretariat checks it and asks the author to adjust it if needed.`,
  originalityNotDeclared: () =>
    'The declaration that the entry is the author’s own, unpublished and not copied is not ticked; ask the author to resubmit the form with it ticked.',
  nearDuplicate: (p) =>
    `The text is ${raw(p, 'similarity')}% similar to “${raw(p, 'match')}”; the secretariat compares the two and tells the judges if the idea is duplicated.`,
};

export const intakeReasonMessages: Record<Locale, Record<IntakeReasonCode, Message>> = { vi, en };

const UNKNOWN: Record<Locale, (code: string) => string> = {
  vi: (code) => `Bài cần xem xét (mã lý do ${code}).`,
  en: (code) => `The entry needs review (reason code ${code}).`,
};

/**
 * A sentence saying what is wrong and what the secretariat or the entrant can do. With the
 * configuration, it also lists what the contest accepts.
 */
export function describeIntakeReason(reason: IntakeReason, locale: Locale, config?: ContestConfig): string {
  const table = intakeReasonMessages[locale];
  return has(table, reason.code) ? table[reason.code](reason.params, config) : UNKNOWN[locale](reason.code);
}

/**
 * The register's "Lý do" cell holds this many sentences at most: a group of a thousand authors
 * gives a thousand reasons, which a cell cannot hold (50,000 characters), and the cell would be
 * cut with no full text anywhere to read. The codes of all of them stay in "Mã lý do".
 */
const SHOWN_REASONS = 20;

const MORE_REASONS: Record<Locale, (count: number) => string> = {
  vi: (count) => `… và ${count} lý do khác; mã của mọi lý do ở cột «Mã lý do».`,
  en: (count) => `… and ${count} more reasons; every reason's code is in the “Mã lý do” column.`,
};

/** The sentences of a check's reasons, one per line, as many as a cell shows well. */
export function describeIntakeReasons(reasons: readonly IntakeReason[], locale: Locale, config?: ContestConfig): string {
  const lines = reasons.slice(0, SHOWN_REASONS).map((r) => describeIntakeReason(r, locale, config));
  if (reasons.length > SHOWN_REASONS) lines.push(MORE_REASONS[locale](reasons.length - SHOWN_REASONS));
  return lines.join('\n');
}

const STATUS_WORDS: Record<Locale, Record<IntakeStatus, string>> = {
  vi: { valid: 'Hợp lệ', review: 'Cần xem xét', invalid: 'Không hợp lệ' },
  en: { valid: 'Valid', review: 'Needs review', invalid: 'Invalid' },
};

export function intakeStatusWord(status: IntakeStatus, locale: Locale): string {
  return STATUS_WORDS[locale][status];
}
