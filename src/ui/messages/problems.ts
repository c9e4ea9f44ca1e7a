// Messages for configuration problems (validation and workbook reading), in Vietnamese and
// English: each says what is wrong and what to do. describeProblem puts the field's address in
// front: "Giải thưởng › Giải Nhất › Số lượng: phải là số nguyên lớn hơn 0 (đang là 0)."

import type { DecodeProblemCode, WorkbookFieldKey } from '../../core/config/sheet-codec';
import type { ConfigFieldKey, ConfigSection, ValidationProblemCode } from '../../core/config/validation';
import {
  AGGREGATION_METHOD_WORDS,
  AWARD_KIND_WORDS,
  DISCREPANCY_UNIT_WORDS,
  ENTRANT_KIND_WORDS,
  ENTRY_FORMAT_WORDS,
  MEMBER_ROLE_WORDS,
  SHEET_NAMES,
  TIE_BREAK_STEP_WORDS,
  wordFor,
  writeTieBreak,
} from '../../core/config/workbook-vocabulary';
import type { Problem } from '../../core/problem';
import { isIsoDate } from '../../core/vn/dates';
import { dateEn, dateVi, moneyEn, moneyVi, numberEn, numberVi, raw, wordVi, type Params } from './message-params';

export type ConfigProblemCode = ValidationProblemCode | DecodeProblemCode;
type Message = (p: Params) => string;

/** The day or year the contest's documents speak for. */
const referenceVi = (p: Params): string => (isIsoDate(raw(p, 'reference')) ? `ngày ${dateVi(p, 'reference')}` : `năm ${raw(p, 'reference')}`);
const referenceEn = (p: Params): string => (isIsoDate(raw(p, 'reference')) ? `on ${dateEn(p, 'reference')}` : `in ${raw(p, 'reference')}`);

/** Where a cell is in the workbook, when the problem came from reading it. */
function whereVi(p: Params): string {
  if (p.sheet === undefined) return '';
  return p.row === undefined ? ` (trang “${raw(p, 'sheet')}”)` : ` (trang “${raw(p, 'sheet')}”, dòng ${raw(p, 'row')})`;
}

function whereEn(p: Params): string {
  if (p.sheet === undefined) return '';
  return p.row === undefined ? ` (sheet “${raw(p, 'sheet')}”)` : ` (sheet “${raw(p, 'sheet')}”, row ${raw(p, 'row')})`;
}

const EN_CHOICES: Readonly<Record<string, string>> = {
  individual: 'Individual',
  group: 'Group of authors',
  collective: 'Collective',
  citizen: 'Citizen',
  business: 'Business',
  organisingBoard: 'Organising board',
  judge: 'Judging panel',
  secretariat: 'Secretariat',
  article: 'Article',
  video: 'Video',
  audio: 'Audio, clip',
  bangKhen: 'Certificate of merit (Bằng khen)',
  giayKhen: 'Letter of commendation (Giấy khen)',
  letterOfPraise: 'Letter of praise',
  certificate: 'Certificate',
  none: 'None',
};

const wordEn = (value: string): string => (Object.prototype.hasOwnProperty.call(EN_CHOICES, value) ? EN_CHOICES[value] : value);

/** A tie-break step (params kind and code) as the workbook's cell says it: "Tiêu chí TM". */
const stepVi = (p: Params): string =>
  raw(p, 'kind') === 'criterion' ? writeTieBreak({ kind: 'criterion', code: raw(p, 'code') }) : wordVi(TIE_BREAK_STEP_WORDS, raw(p, 'kind'));

const TIE_BREAK_STEPS_EN: Readonly<Record<string, string>> = {
  defenceScore: 'defence-round score',
  preliminaryScore: 'preliminary score',
  earlierSubmission: 'earlier submission',
};

const stepEn = (p: Params): string =>
  raw(p, 'kind') === 'criterion'
    ? `criterion ${raw(p, 'code')}`
    : Object.prototype.hasOwnProperty.call(TIE_BREAK_STEPS_EN, raw(p, 'kind')) ? TIE_BREAK_STEPS_EN[raw(p, 'kind')] : raw(p, 'kind');

/** The rubrics' codes a tie-break may name, in brackets, when there are any. */
const codesShown = (p: Params): string => (raw(p, 'codes') === '' ? '' : ` (${raw(p, 'codes')})`);

// ---------------------------------------------------------------------------------------------
// Messages

const vi: Record<ConfigProblemCode, Message> = {
  required: (p) => `chưa nhập${whereVi(p)}; đây là thông tin bắt buộc`,
  contestCodeFormat: (p) =>
    `“${raw(p, 'value')}” không dùng được làm mã cuộc thi; mã gồm 2 đến 12 chữ cái không dấu hoặc chữ số, không có dấu cách, ví dụ HG2024`,
  codeFormat: (p) => `mã “${raw(p, 'value')}” chỉ được gồm chữ, số và các dấu - _ . (không có dấu cách), tối đa 20 ký tự`,
  yearInvalid: (p) => `năm “${raw(p, 'value')}” không hợp lệ; hãy nhập năm tổ chức gồm 4 chữ số, ví dụ 2024`,
  planNumberMissing: () => 'chưa có số kế hoạch tổ chức cuộc thi; hãy nhập (ví dụ 612/KH-UBND) để các văn bản viện dẫn đúng kế hoạch',
  planDateMissing: () => 'chưa có ngày ban hành kế hoạch; hãy nhập để các văn bản viện dẫn đúng kế hoạch',
  districtLevelObsolete: () => 'cấp huyện không còn từ ngày 01/7/2025; với cuộc thi từ thời điểm đó, hãy chọn cấp tỉnh hoặc cấp xã',
  dateInvalid: (p) => `“${raw(p, 'value')}” không phải là ngày có thật; hãy nhập lại theo dạng dd/mm/yyyy`,
  intakeClosesBeforeOpens: (p) =>
    `ngày kết thúc nhận bài (${dateVi(p, 'closes')}) trước ngày bắt đầu nhận bài (${dateVi(p, 'opens')}); hãy sửa lại một trong hai ngày`,
  planDateAfterIntakeOpens: (p) =>
    `ngày ban hành kế hoạch (${dateVi(p, 'planDate')}) sau ngày bắt đầu nhận bài (${dateVi(p, 'opens')}); kế hoạch thường ban hành trước khi nhận bài, hãy kiểm tra lại`,
  judgingBeforeIntakeCloses: (p) =>
    `hạn hoàn thành chấm bài (${dateVi(p, 'value')}) trước ngày kết thúc nhận bài (${dateVi(p, 'closes')}); hãy đặt hạn chấm sau khi hết hạn nhận bài`,
  awardBeforeJudging: (p) =>
    `ngày trao giải (${dateVi(p, 'value')}) trước hạn hoàn thành chấm bài (${dateVi(p, 'judging')}); hãy đặt ngày trao giải sau khi chấm xong`,
  awardBeforeIntakeCloses: (p) =>
    `ngày trao giải (${dateVi(p, 'value')}) trước ngày kết thúc nhận bài (${dateVi(p, 'closes')}); hãy đặt ngày trao giải sau khi hết hạn nhận bài`,
  unitDeadlineOutsideWindow: (p) =>
    `hạn các đơn vị gửi bài (${dateVi(p, 'value')}) nằm ngoài thời gian nhận bài (${dateVi(p, 'opens')} – ${dateVi(p, 'closes')}); hãy đặt hạn trong thời gian nhận bài để bài của đơn vị không bị tính là nộp muộn`,
  cutoffInvalid: (p) => `ngày ${raw(p, 'day')}/${raw(p, 'month')} không có trong mọi năm; hãy chọn một ngày có thật, ví dụ 31/10`,
  yearMismatch: (p) =>
    `năm tổ chức ${raw(p, 'year')} không khớp với thời gian nhận bài (${dateVi(p, 'opens')} – ${dateVi(p, 'closes')}); hãy kiểm tra lại năm hoặc các ngày`,
  categoriesEmpty: () => 'chưa có lĩnh vực nào; hãy nhập ít nhất một lĩnh vực dự thi',
  duplicateCode: (p) => `mã “${raw(p, 'value')}” trùng với dòng ${raw(p, 'firstRow')}; mỗi dòng cần một mã riêng`,
  duplicateName: (p) => `tên “${raw(p, 'value')}” trùng với dòng ${raw(p, 'firstRow')}; hãy sửa tên hoặc xóa dòng trùng`,
  entrantKindsEmpty: () => 'chưa chọn đối tượng dự thi nào; hãy chọn ít nhất một, ví dụ Cá nhân',
  duplicateEntrantKind: (p) => `“${wordVi(ENTRANT_KIND_WORDS, raw(p, 'kind'))}” được ghi hai lần; hãy bỏ bớt một lần`,
  groupSizeTooSmall: (p) => `số người tối đa của nhóm tác giả phải là số nguyên từ 2 trở lên (đang là ${numberVi(p, 'value')})`,
  groupSizeUnused: (p) =>
    `đã đặt số người tối đa của nhóm (${numberVi(p, 'value')}) nhưng chưa cho phép đối tượng Nhóm tác giả; hãy thêm Nhóm tác giả hoặc bỏ giới hạn này`,
  noExclusions: () =>
    'chưa loại trừ thành phần nào; các kế hoạch đều không cho thành viên Ban Tổ chức, Ban Giám khảo và Tổ giúp việc dự thi, hãy kiểm tra lại',
  duplicateExcludedRole: (p) => `“${wordVi(MEMBER_ROLE_WORDS, raw(p, 'role'))}” được ghi hai lần; hãy bỏ bớt một lần`,
  emailInvalid: (p) => `“${raw(p, 'value')}” không phải là địa chỉ thư điện tử hợp lệ; hãy nhập theo dạng ten@coquan.gov.vn`,
  emailMissing: () => 'thành viên Ban Giám khảo chưa có email; cần email (tài khoản Google) để chia sẻ trang chấm điểm',
  duplicateEmail: (p) =>
    `email “${raw(p, 'value')}” đã có ở dòng ${raw(p, 'firstRow')} trong ${wordVi(MEMBER_ROLE_WORDS, raw(p, 'role'))}; hãy xóa dòng trùng`,
  judgeInSecretariat: (p) =>
    `${raw(p, 'name')} vừa là giám khảo vừa thuộc Tổ giúp việc, nơi biết tên tác giả, nên việc chấm không còn ẩn danh; nên phân công người khác`,
  memberUnitUnknown: (p) =>
    `“${raw(p, 'value')}” không có trong danh sách Đơn vị; hãy ghi đúng tên hoặc mã đơn vị để không phân công giám khảo chấm bài của đơn vị mình`,
  unitQuotaInvalid: (p) =>
    `số bài tối thiểu của mỗi đơn vị phải là số nguyên không âm (đang là ${numberVi(p, 'value')}); nhập 0 nếu không giao chỉ tiêu`,
  unitsMissing: () => 'chưa có danh sách đơn vị trong khi cuộc thi giao chỉ tiêu hoặc để đơn vị sơ loại bài; hãy nhập các đơn vị tham gia',
  formatsEmpty: () => 'chưa có hình thức dự thi nào; hãy chọn ít nhất một, ví dụ Bài viết',
  duplicateFormat: (p) => `hình thức “${wordVi(ENTRY_FORMAT_WORDS, raw(p, 'format'))}” được khai báo hai lần; hãy xóa một dòng`,
  limitNegative: (p) => `giới hạn độ dài không được âm (đang là ${numberVi(p, 'value')})`,
  limitsInverted: (p) =>
    `giới hạn tối thiểu (${numberVi(p, 'min')}) lớn hơn tối đa (${numberVi(p, 'max')}) ${raw(p, 'format') === 'article' ? 'từ' : 'phút'}; hãy đổi lại hai số`,
  rubricEmpty: () => 'chưa có tiêu chí chấm điểm nào; hãy nhập ít nhất một tiêu chí',
  maxPointsNotPositive: (p) => `điểm tối đa phải lớn hơn 0 (đang là ${numberVi(p, 'value')})`,
  weightNotPositive: (p) => `hệ số phải lớn hơn 0 (đang là ${numberVi(p, 'value')}); thường là 1`,
  stepNotPositive: (p) => `bước điểm phải lớn hơn 0 (đang là ${numberVi(p, 'value')}), ví dụ 0,5`,
  maxPointsNotMultipleOfStep: (p) =>
    `điểm tối đa ${numberVi(p, 'maxPoints')} không chia hết cho bước điểm ${numberVi(p, 'step')} nên giám khảo không chấm được điểm tối đa; hãy sửa một trong hai số`,
  shortlistCountInvalid: (p) => `số bài vào vòng bảo vệ phải là số nguyên lớn hơn 0 (đang là ${numberVi(p, 'value')})`,
  shortlistScoreOutOfRange: (p) =>
    `điểm sàn vào vòng bảo vệ phải từ 0 đến ${numberVi(p, 'max')} điểm, là điểm tối đa của vòng sơ khảo (đang là ${numberVi(p, 'value')})`,
  shortlistSmallerThanPrizes: (p) =>
    `chỉ có ${numberVi(p, 'value')} bài vào vòng bảo vệ nhưng có ${numberVi(p, 'prizes')} giải; hãy tăng số bài vào vòng bảo vệ hoặc giảm số giải`,
  finalWeightNegative: (p) => `trọng số không được âm (đang là ${numberVi(p, 'value')})`,
  finalWeightsBothZero: () => 'cả hai trọng số đều bằng 0 nên không tính được điểm chung cuộc; hãy nhập trọng số, ví dụ 40 và 60',
  trimMinJudgesInvalid: (p) =>
    `số giám khảo tối thiểu để bỏ điểm cao nhất và thấp nhất phải là số nguyên từ ${numberVi(p, 'min')} trở lên (đang là ${numberVi(p, 'value')}); thường là 5`,
  minJudgesInvalid: (p) => `số giám khảo tối thiểu chấm mỗi bài phải là số nguyên lớn hơn 0 (đang là ${numberVi(p, 'value')}), ví dụ 3`,
  decimalsInvalid: (p) => `số chữ số thập phân phải là số nguyên từ 0 đến ${numberVi(p, 'max')} (đang là ${numberVi(p, 'value')}), ví dụ 2`,
  discrepancyThresholdInvalid: (p) => `mức chênh lệch phải là một số không âm (đang là ${numberVi(p, 'value')}), ví dụ 5`,
  discrepancyPercentOver100: (p) =>
    `mức chênh lệch tính theo phần trăm không được quá 100 (đang là ${numberVi(p, 'value')}); hãy nhập lại, hoặc đổi đơn vị đo thành ${wordFor(DISCREPANCY_UNIT_WORDS, 'points')}`,
  discrepancyThresholdsInverted: (p) =>
    `mức phải chấm lại (${numberVi(p, 'escalate')}) thấp hơn mức phải xem xét (${numberVi(p, 'review')}); mức phải chấm lại cần bằng hoặc cao hơn, ví dụ 5 và 10`,
  tieBreakCriterionUnknown: (p) =>
    `“${stepVi({ ...p, kind: 'criterion' })}” không phải là tiêu chí của vòng nào; hãy ghi mã một tiêu chí trong trang “${SHEET_NAMES.criteria}”${codesShown(p)}`,
  tieBreakDefenceWithoutRound: () =>
    `cuộc thi không có vòng bảo vệ nên bước “${wordFor(TIE_BREAK_STEP_WORDS, 'defenceScore')}” không phân định được bài nào; hãy bỏ bước này hoặc bật vòng bảo vệ`,
  tieBreakRepeated: (p) => `“${stepVi(p)}” được ghi hai lần; lần sau không có tác dụng, hãy bỏ bớt một lần`,
  minJudgesAboveJudges: (p) =>
    `mỗi bài cần ít nhất ${numberVi(p, 'value')} giám khảo chấm nhưng danh sách Thành viên chỉ có ${numberVi(p, 'judges')} giám khảo nên không bài nào được xếp hạng; hãy giảm số này hoặc bổ sung giám khảo`,
  trimmedMeanTooFewJudges: (p) =>
    `chỉ có ${numberVi(p, 'judges')} giám khảo, ít hơn ${numberVi(p, 'trimMinJudges')} giám khảo cần có để bỏ điểm cao nhất và thấp nhất, nên điểm sẽ là trung bình cộng; hãy bổ sung giám khảo hoặc chọn ${wordFor(AGGREGATION_METHOD_WORDS, 'mean')}`,
  judgesPerEntryInvalid: (p) =>
    `số giám khảo chấm mỗi bài phải là số nguyên lớn hơn 0 (đang là ${numberVi(p, 'value')}); để trống nếu mọi giám khảo chấm mọi bài`,
  judgesPerEntryAboveJudges: (p) =>
    `mỗi bài cần ${numberVi(p, 'value')} giám khảo chấm nhưng danh sách Thành viên chỉ có ${numberVi(p, 'judges')} giám khảo nên mọi giám khảo sẽ chấm mọi bài; hãy giảm số này hoặc bổ sung giám khảo`,
  judgesPerEntryBelowMinJudges: (p) =>
    `mỗi bài chỉ có ${numberVi(p, 'value')} giám khảo chấm, ít hơn ${numberVi(p, 'minJudges')} giám khảo cần có để bài được xếp hạng, nên không bài nào được xếp hạng; hãy tăng số này hoặc giảm số giám khảo tối thiểu chấm mỗi bài`,
  defenceJudgesWithoutRound: (p) =>
    `cuộc thi không có vòng bảo vệ nên số giám khảo chấm mỗi bài ở vòng bảo vệ (${numberVi(p, 'value')}) không có tác dụng; hãy để trống hoặc bật vòng bảo vệ`,
  reminderDaysInvalid: (p) =>
    `số ngày nhắc trước hạn phải là số nguyên không âm (đang là ${numberVi(p, 'value')}), ví dụ 3; để trống nếu không nhắc giám khảo`,
  remindersWithoutDeadline: () =>
    'chưa có hạn hoàn thành chấm bài nên không có ngày để gửi thư nhắc giám khảo; hãy nhập hạn chấm bài, hoặc để trống mục này nếu không nhắc',
  lockWithoutDeadline: () =>
    'chưa có hạn hoàn thành chấm bài nên trang chấm điểm sẽ không tự khóa; hãy nhập hạn chấm bài, hoặc khóa bằng trình đơn khi chấm xong',
  tiersEmpty: () => 'chưa có giải thưởng nào; hãy nhập ít nhất một giải',
  countNotPositiveInteger: (p) => `phải là số nguyên lớn hơn 0 (đang là ${numberVi(p, 'value')})`,
  tierNeedsCountOrMinScore: () =>
    'giải chưa có số lượng và cũng chưa có điểm tối thiểu; hãy nhập số lượng giải, hoặc điểm tối thiểu nếu khen mọi bài đạt mức điểm đó',
  amountInvalid: (p) => `tiền thưởng phải là số nguyên đồng, không âm (đang là ${numberVi(p, 'value')})`,
  amountZero: () => 'chưa có tiền thưởng; hãy nhập số tiền mỗi giải, hoặc chọn hình thức khen thưởng nếu giải không kèm tiền',
  minScoreOutOfRange: (p) => `điểm tối thiểu phải từ 0 đến ${numberVi(p, 'max')}, là điểm chung cuộc cao nhất (đang là ${numberVi(p, 'value')})`,
  minScoreIncreasing: (p) =>
    `điểm tối thiểu (${numberVi(p, 'value')}) cao hơn của giải xếp trên là “${raw(p, 'previous')}” (${numberVi(p, 'previousValue')}); hãy kiểm tra thứ tự các giải hoặc điểm tối thiểu`,
  awardIssuerMissing: (p) =>
    `chưa ghi cấp khen của ${wordVi(AWARD_KIND_WORDS, raw(p, 'award'))}; hãy ghi người ký khen, ví dụ Chủ tịch UBND tỉnh`,
  budgetCapInvalid: (p) => `tổng tiền thưởng tối đa phải là số nguyên đồng, không âm (đang là ${numberVi(p, 'value')})`,
  budgetExceeded: (p) =>
    `tổng tiền thưởng ${moneyVi(p, 'total')} vượt mức tối đa ${moneyVi(p, 'cap')}; hãy giảm số giải hoặc mức thưởng, hoặc nâng mức tối đa`,
  budgetOpenEnded: () =>
    'có giải kèm tiền thưởng nhưng không giới hạn số lượng, nên chưa biết trước tổng tiền thưởng; hãy theo dõi để không vượt mức tối đa',
  prizeLimitInvalid: (p) => `phải là số nguyên lớn hơn 0 (đang là ${numberVi(p, 'value')}); để trống nếu không giới hạn`,
  maxPerCategoryUnused: (p) =>
    `giải đã xét theo từng lĩnh vực nên giới hạn ${numberVi(p, 'value')} giải của một lĩnh vực không có tác dụng; hãy để trống`,
  legalBasesEmpty: () => 'chưa có căn cứ nào; quyết định khen thưởng cần căn cứ, ví dụ Luật Thi đua, khen thưởng',
  validityInverted: (p) => `ngày hết hiệu lực (${dateVi(p, 'validUntil')}) trước ngày có hiệu lực (${dateVi(p, 'validFrom')}); hãy sửa lại`,
  legalBasisNotYetInForce: (p) =>
    `“${raw(p, 'text')}” có hiệu lực từ ${dateVi(p, 'validFrom')}, chưa có hiệu lực ${referenceVi(p)}; hãy bỏ căn cứ này hoặc thay bằng văn bản đang có hiệu lực`,
  legalBasisExpired: (p) =>
    `“${raw(p, 'text')}” hết hiệu lực sau ngày ${dateVi(p, 'validUntil')}, không còn hiệu lực ${referenceVi(p)}; hãy thay bằng văn bản đang có hiệu lực`,
  recipientsEmpty: () => 'chưa có nơi nhận; hãy ghi nơi nhận, ít nhất là “Lưu: VT”',
  signerPositionMissing: (p) => `ký thay (KT.) ${raw(p, 'headTitle')} cần ghi chức vụ người ký; hãy nhập, ví dụ PHÓ CHỦ TỊCH`,
  signerNameMissing: () => 'chưa có họ và tên người ký; cần nhập trước khi in văn bản',
  sheetMissing: (p) => `không tìm thấy trang “${raw(p, 'sheet')}”; hãy khôi phục trang này hoặc tạo lại cấu hình`,
  headerMissing: (p) => `trang “${raw(p, 'sheet')}” không có dòng tiêu đề; dòng tiêu đề cần có các cột ${raw(p, 'header')}`,
  columnMissing: (p) => `trang “${raw(p, 'sheet')}” thiếu cột “${raw(p, 'column')}”; hãy thêm lại cột này vào dòng tiêu đề`,
  settingUnknown: (p) =>
    `“${raw(p, 'key')}” (trang “${raw(p, 'sheet')}”, dòng ${raw(p, 'row')}) không phải là khóa cấu hình nên dòng này bị bỏ qua; hãy kiểm tra chính tả của khóa`,
  settingMissing: (p) =>
    `trang “${raw(p, 'sheet')}” không có dòng “${raw(p, 'label')}” (khóa ${raw(p, 'key')}) nên giá trị được coi là để trống; hãy thêm lại dòng này`,
  settingDuplicate: (p) =>
    `khóa “${raw(p, 'key')}” có ở cả dòng ${raw(p, 'firstRow')} và dòng ${raw(p, 'row')} của trang “${raw(p, 'sheet')}”; hãy xóa một dòng`,
  valueIgnored: (p) => `“${raw(p, 'value')}”${whereVi(p)} không áp dụng với lựa chọn hiện tại nên bị bỏ qua; hãy xóa đi nếu không cần`,
  defenceRowsIgnored: (p) =>
    `trang “${raw(p, 'sheet')}” có ${raw(p, 'count')} tiêu chí vòng bảo vệ nhưng cuộc thi không có vòng bảo vệ nên các tiêu chí này bị bỏ qua; hãy bật vòng bảo vệ hoặc xóa các dòng đó`,
  integerUnreadable: (p) => `không đọc được “${raw(p, 'value')}”${whereVi(p)} là một số nguyên; hãy nhập số, ví dụ 3`,
  decimalUnreadable: (p) => `không đọc được “${raw(p, 'value')}”${whereVi(p)} là một số; hãy nhập số, ví dụ 10 hoặc 0,5`,
  moneyUnreadable: (p) => `không đọc được “${raw(p, 'value')}”${whereVi(p)} là số tiền; hãy nhập số đồng, ví dụ 10.000.000`,
  dateUnreadable: (p) => `không đọc được “${raw(p, 'value')}”${whereVi(p)} là một ngày có thật; hãy nhập theo dạng dd/mm/yyyy, ví dụ 16/08/2024`,
  cutoffUnreadable: (p) => `không đọc được “${raw(p, 'value')}”${whereVi(p)} là ngày trong năm; hãy nhập theo dạng dd/mm, ví dụ 31/10`,
  choiceUnknown: (p) => `“${raw(p, 'value')}”${whereVi(p)} không phải là lựa chọn hợp lệ; hãy ghi một trong các từ: ${raw(p, 'allowed')}`,
  choiceMissing: (p) => `chưa chọn${whereVi(p)}; hãy ghi một trong các từ: ${raw(p, 'allowed')}`,
};

const en: Record<keyof typeof vi, Message> = {
  required: (p) => `is empty${whereEn(p)}; this information is required`,
  contestCodeFormat: (p) =>
    `“${raw(p, 'value')}” cannot be a contest code; use 2 to 12 unaccented letters or digits without spaces, e.g. HG2024`,
  codeFormat: (p) => `code “${raw(p, 'value')}” may only contain letters, digits and - _ . (no spaces), at most 20 characters`,
  yearInvalid: (p) => `year “${raw(p, 'value')}” is not valid; enter the contest year in 4 digits, e.g. 2024`,
  planNumberMissing: () => 'the plan number is missing; enter it (e.g. 612/KH-UBND) so that documents cite the plan correctly',
  planDateMissing: () => 'the plan date is missing; enter it so that documents cite the plan correctly',
  districtLevelObsolete: () => 'the district level no longer exists since 1 July 2025; for a contest after that date choose province or commune',
  dateInvalid: (p) => `“${raw(p, 'value')}” is not a real date; enter it again as dd/mm/yyyy`,
  intakeClosesBeforeOpens: (p) =>
    `the submission window closes (${dateEn(p, 'closes')}) before it opens (${dateEn(p, 'opens')}); correct one of the two dates`,
  planDateAfterIntakeOpens: (p) =>
    `the plan is dated ${dateEn(p, 'planDate')}, after submissions open (${dateEn(p, 'opens')}); a plan is normally issued first, please check`,
  judgingBeforeIntakeCloses: (p) =>
    `the judging deadline (${dateEn(p, 'value')}) is before submissions close (${dateEn(p, 'closes')}); set it after the window closes`,
  awardBeforeJudging: (p) =>
    `the award date (${dateEn(p, 'value')}) is before the judging deadline (${dateEn(p, 'judging')}); set it after judging ends`,
  awardBeforeIntakeCloses: (p) =>
    `the award date (${dateEn(p, 'value')}) is before submissions close (${dateEn(p, 'closes')}); set it after the window closes`,
  unitDeadlineOutsideWindow: (p) =>
    `the units' deadline (${dateEn(p, 'value')}) is outside the submission window (${dateEn(p, 'opens')} – ${dateEn(p, 'closes')}); set it inside the window so units' entries are not counted as late`,
  cutoffInvalid: (p) => `day ${raw(p, 'day')}/${raw(p, 'month')} does not exist every year; choose a real day, e.g. 31/10`,
  yearMismatch: (p) =>
    `contest year ${raw(p, 'year')} does not match the submission window (${dateEn(p, 'opens')} – ${dateEn(p, 'closes')}); check the year or the dates`,
  categoriesEmpty: () => 'there are no categories; enter at least one',
  duplicateCode: (p) => `code “${raw(p, 'value')}” repeats row ${raw(p, 'firstRow')}; every row needs its own code`,
  duplicateName: (p) => `name “${raw(p, 'value')}” repeats row ${raw(p, 'firstRow')}; rename it or delete the duplicate row`,
  entrantKindsEmpty: () => 'no kind of entrant is allowed; choose at least one, e.g. Individual',
  duplicateEntrantKind: (p) => `“${wordEn(raw(p, 'kind'))}” is listed twice; remove one`,
  groupSizeTooSmall: (p) => `the largest group of authors must be a whole number of at least 2 (it is ${numberEn(p, 'value')})`,
  groupSizeUnused: (p) =>
    `a largest group size (${numberEn(p, 'value')}) is set but groups of authors may not enter; allow groups or remove the limit`,
  noExclusions: () =>
    'nobody is excluded from entering; every plan bars the organising board, the judges and the secretariat, please check',
  duplicateExcludedRole: (p) => `“${wordEn(raw(p, 'role'))}” is listed twice; remove one`,
  emailInvalid: (p) => `“${raw(p, 'value')}” is not a valid e-mail address; enter it as name@agency.gov.vn`,
  emailMissing: () => "this judge has no e-mail; it is needed (a Google account) to share the judge's scoring sheet",
  duplicateEmail: (p) => `e-mail “${raw(p, 'value')}” is already on row ${raw(p, 'firstRow')} in the ${wordEn(raw(p, 'role'))}; delete the duplicate row`,
  judgeInSecretariat: (p) =>
    `${raw(p, 'name')} is both a judge and in the secretariat, which knows the authors' names, so judging is no longer blind; assign someone else`,
  memberUnitUnknown: (p) =>
    `“${raw(p, 'value')}” is not in the list of units; write the unit's exact name or code so judges are not assigned their own unit's entries`,
  unitQuotaInvalid: (p) =>
    `the minimum number of entries per unit must be a whole number, not negative (it is ${numberEn(p, 'value')}); enter 0 for no quota`,
  unitsMissing: () => 'there is no list of units although units have a quota or pre-screen entries; enter the participating units',
  formatsEmpty: () => 'there is no entry format; choose at least one, e.g. Article',
  duplicateFormat: (p) => `format “${wordEn(raw(p, 'format'))}” is listed twice; delete one row`,
  limitNegative: (p) => `a length limit cannot be negative (it is ${numberEn(p, 'value')})`,
  limitsInverted: (p) =>
    `the minimum (${numberEn(p, 'min')}) is larger than the maximum (${numberEn(p, 'max')}) ${raw(p, 'format') === 'article' ? 'words' : 'minutes'}; swap them`,
  rubricEmpty: () => 'there are no scoring criteria; enter at least one',
  maxPointsNotPositive: (p) => `the maximum points must be greater than 0 (it is ${numberEn(p, 'value')})`,
  weightNotPositive: (p) => `the weight must be greater than 0 (it is ${numberEn(p, 'value')}); usually 1`,
  stepNotPositive: (p) => `the score step must be greater than 0 (it is ${numberEn(p, 'value')}), e.g. 0.5`,
  maxPointsNotMultipleOfStep: (p) =>
    `the maximum ${numberEn(p, 'maxPoints')} is not a multiple of the step ${numberEn(p, 'step')}, so judges cannot give full marks; change one of them`,
  shortlistCountInvalid: (p) => `the number of entries in the defence round must be a whole number above 0 (it is ${numberEn(p, 'value')})`,
  shortlistScoreOutOfRange: (p) =>
    `the defence round cut-off must be between 0 and ${numberEn(p, 'max')}, the preliminary maximum (it is ${numberEn(p, 'value')})`,
  shortlistSmallerThanPrizes: (p) =>
    `only ${numberEn(p, 'value')} entries reach the defence round but there are ${numberEn(p, 'prizes')} prizes; shortlist more entries or award fewer prizes`,
  finalWeightNegative: (p) => `a weight cannot be negative (it is ${numberEn(p, 'value')})`,
  finalWeightsBothZero: () => 'both weights are 0, so no final score can be computed; enter weights, e.g. 40 and 60',
  trimMinJudgesInvalid: (p) =>
    `the number of judges needed to drop the highest and lowest totals must be a whole number of at least ${numberEn(p, 'min')} (it is ${numberEn(p, 'value')}); usually 5`,
  minJudgesInvalid: (p) => `the number of judges each entry needs must be a whole number above 0 (it is ${numberEn(p, 'value')}), e.g. 3`,
  decimalsInvalid: (p) => `the number of decimals must be a whole number from 0 to ${numberEn(p, 'max')} (it is ${numberEn(p, 'value')}), e.g. 2`,
  discrepancyThresholdInvalid: (p) => `a spread threshold must be a number, not negative (it is ${numberEn(p, 'value')}), e.g. 5`,
  discrepancyPercentOver100: (p) =>
    `a spread threshold in percent cannot exceed 100 (it is ${numberEn(p, 'value')}); enter it again, or measure the spread in points`,
  discrepancyThresholdsInverted: (p) =>
    `the re-scoring threshold (${numberEn(p, 'escalate')}) is below the review threshold (${numberEn(p, 'review')}); it must be equal or higher, e.g. 5 and 10`,
  tieBreakCriterionUnknown: (p) =>
    `“${raw(p, 'code')}” is not a criterion of either round; write the code of a criterion in sheet “${SHEET_NAMES.criteria}”${codesShown(p)}`,
  tieBreakDefenceWithoutRound: () =>
    'the contest has no defence round, so the defence-round score never separates entries; remove this step or enable the round',
  tieBreakRepeated: (p) => `the ${stepEn(p)} is listed twice; the second has no effect, remove it`,
  minJudgesAboveJudges: (p) =>
    `each entry needs at least ${numberEn(p, 'value')} judges but the members list only ${numberEn(p, 'judges')}, so no entry could be ranked; lower the number or add judges`,
  trimmedMeanTooFewJudges: (p) =>
    `only ${numberEn(p, 'judges')} judges are listed, fewer than the ${numberEn(p, 'trimMinJudges')} needed to drop the highest and lowest totals, so the plain mean will be used; add judges or choose the mean`,
  judgesPerEntryInvalid: (p) =>
    `the number of judges per entry must be a whole number above 0 (it is ${numberEn(p, 'value')}); leave it empty for every judge to score every entry`,
  judgesPerEntryAboveJudges: (p) =>
    `each entry is to be scored by ${numberEn(p, 'value')} judges but the members list only ${numberEn(p, 'judges')}, so every judge will score every entry; lower the number or add judges`,
  judgesPerEntryBelowMinJudges: (p) =>
    `each entry is scored by only ${numberEn(p, 'value')} judges, fewer than the ${numberEn(p, 'minJudges')} an entry needs to be ranked, so no entry could be ranked; raise the number or lower the judges needed per entry`,
  defenceJudgesWithoutRound: (p) =>
    `the contest has no defence round, so ${numberEn(p, 'value')} judges per entry in that round has no effect; leave it empty or enable the round`,
  reminderDaysInvalid: (p) =>
    `the days before the deadline to start reminders must be a whole number, not negative (it is ${numberEn(p, 'value')}), e.g. 3; leave it empty for no reminders`,
  remindersWithoutDeadline: () =>
    'there is no judging deadline, so there is no day to send reminders from; enter the judging deadline, or leave this empty for no reminders',
  lockWithoutDeadline: () =>
    'there is no judging deadline, so scoring sheets will not lock by themselves; enter the judging deadline, or lock them from the menu when judging ends',
  tiersEmpty: () => 'there are no prizes; enter at least one',
  countNotPositiveInteger: (p) => `must be a whole number greater than 0 (it is ${numberEn(p, 'value')})`,
  tierNeedsCountOrMinScore: () =>
    'the prize has neither a number of prizes nor a minimum score; enter how many, or a minimum score if every entry reaching it is rewarded',
  amountInvalid: (p) => `prize money must be a whole number of đồng, not negative (it is ${numberEn(p, 'value')})`,
  amountZero: () => 'there is no prize money; enter the amount per prize, or choose a reward form if the prize carries no money',
  minScoreOutOfRange: (p) => `the minimum score must be between 0 and ${numberEn(p, 'max')}, the highest final score (it is ${numberEn(p, 'value')})`,
  minScoreIncreasing: (p) =>
    `the minimum score (${numberEn(p, 'value')}) is higher than that of the prize above, “${raw(p, 'previous')}” (${numberEn(p, 'previousValue')}); check the order of prizes or their minimum scores`,
  awardIssuerMissing: (p) => `nobody is named to award the ${wordEn(raw(p, 'award'))}; enter who signs it, e.g. the provincial chairman`,
  budgetCapInvalid: (p) => `the prize budget must be a whole number of đồng, not negative (it is ${numberEn(p, 'value')})`,
  budgetExceeded: (p) =>
    `prize money totals ${moneyEn(p, 'total')}, over the budget of ${moneyEn(p, 'cap')}; award fewer or smaller prizes, or raise the budget`,
  budgetOpenEnded: () => 'a prize carries money but has no fixed number, so the total is not known in advance; keep an eye on the budget',
  prizeLimitInvalid: (p) => `must be a whole number greater than 0 (it is ${numberEn(p, 'value')}); leave it empty for no limit`,
  maxPerCategoryUnused: (p) =>
    `prizes are already awarded per category, so a limit of ${numberEn(p, 'value')} prizes per category has no effect; leave it empty`,
  legalBasesEmpty: () => 'there is no legal basis; an award decision cites one, e.g. the Law on Emulation and Commendation',
  validityInverted: (p) => `the end of validity (${dateEn(p, 'validUntil')}) is before its start (${dateEn(p, 'validFrom')}); correct it`,
  legalBasisNotYetInForce: (p) =>
    `“${raw(p, 'text')}” is in force from ${dateEn(p, 'validFrom')}, not yet ${referenceEn(p)}; remove it or cite the instrument in force`,
  legalBasisExpired: (p) =>
    `“${raw(p, 'text')}” ceased to be in force after ${dateEn(p, 'validUntil')}, so not ${referenceEn(p)}; cite the instrument in force instead`,
  recipientsEmpty: () => 'there are no recipients; list them, at least “Lưu: VT” (the archive copy)',
  signerPositionMissing: (p) => `signing on behalf of the ${raw(p, 'headTitle')} (KT.) needs the signer's position; enter it, e.g. PHÓ CHỦ TỊCH`,
  signerNameMissing: () => "the signer's name is missing; enter it before printing documents",
  sheetMissing: (p) => `sheet “${raw(p, 'sheet')}” was not found; restore it or set the configuration up again`,
  headerMissing: (p) => `sheet “${raw(p, 'sheet')}” has no header row; the header needs the columns ${raw(p, 'header')}`,
  columnMissing: (p) => `sheet “${raw(p, 'sheet')}” lacks the column “${raw(p, 'column')}”; add it back to the header row`,
  settingUnknown: (p) =>
    `“${raw(p, 'key')}” (sheet “${raw(p, 'sheet')}”, row ${raw(p, 'row')}) is not a setting key, so the row is ignored; check the key's spelling`,
  settingMissing: (p) =>
    `sheet “${raw(p, 'sheet')}” has no row “${raw(p, 'label')}” (key ${raw(p, 'key')}), so the value counts as empty; add the row back`,
  settingDuplicate: (p) =>
    `key “${raw(p, 'key')}” is on both row ${raw(p, 'firstRow')} and row ${raw(p, 'row')} of sheet “${raw(p, 'sheet')}”; delete one row`,
  valueIgnored: (p) => `“${raw(p, 'value')}”${whereEn(p)} does not apply to the current choice and is ignored; delete it if it is not needed`,
  defenceRowsIgnored: (p) =>
    `sheet “${raw(p, 'sheet')}” has ${raw(p, 'count')} defence-round criteria but the contest has no defence round, so they are ignored; enable the round or delete those rows`,
  integerUnreadable: (p) => `“${raw(p, 'value')}”${whereEn(p)} cannot be read as a whole number; enter a number, e.g. 3`,
  decimalUnreadable: (p) => `“${raw(p, 'value')}”${whereEn(p)} cannot be read as a number; enter a number, e.g. 10 or 0.5`,
  moneyUnreadable: (p) => `“${raw(p, 'value')}”${whereEn(p)} cannot be read as an amount; enter đồng, e.g. 10.000.000`,
  dateUnreadable: (p) => `“${raw(p, 'value')}”${whereEn(p)} cannot be read as a real date; enter it as dd/mm/yyyy, e.g. 16/08/2024`,
  cutoffUnreadable: (p) => `“${raw(p, 'value')}”${whereEn(p)} cannot be read as a day of the year; enter it as dd/mm, e.g. 31/10`,
  choiceUnknown: (p) => `“${raw(p, 'value')}”${whereEn(p)} is not one of the choices; write one of: ${raw(p, 'allowed')}`,
  choiceMissing: (p) => `nothing is chosen${whereEn(p)}; write one of: ${raw(p, 'allowed')}`,
};

export const problemMessages = { vi, en };

// ---------------------------------------------------------------------------------------------
// Labels of the places a problem points at

type SectionId = ConfigSection | 'workbook';
type FieldKey = ConfigFieldKey | WorkbookFieldKey;

const viSections: Record<SectionId, string> = {
  identity: 'Thông tin chung',
  timeline: 'Thời gian',
  categories: 'Lĩnh vực',
  entrants: 'Đối tượng dự thi',
  eligibility: 'Điều kiện dự thi',
  members: 'Thành viên',
  units: 'Đơn vị',
  unitRules: 'Chỉ tiêu của đơn vị',
  formats: 'Hình thức dự thi',
  preliminaryRubric: 'Tiêu chí vòng sơ khảo',
  defenceRubric: 'Tiêu chí vòng bảo vệ',
  defence: 'Vòng bảo vệ ý tưởng',
  scoring: 'Cách tính điểm',
  judging: 'Chấm bài',
  prizes: 'Giải thưởng',
  legalBases: 'Căn cứ',
  recipients: 'Nơi nhận',
  signer: 'Người ký',
  workbook: 'Bảng tính',
};

const enSections: Record<keyof typeof viSections, string> = {
  identity: 'General',
  timeline: 'Timeline',
  categories: 'Categories',
  entrants: 'Entrants',
  eligibility: 'Eligibility',
  members: 'Members',
  units: 'Units',
  unitRules: 'Unit quota',
  formats: 'Entry formats',
  preliminaryRubric: 'Preliminary criteria',
  defenceRubric: 'Defence criteria',
  defence: 'Idea defence round',
  scoring: 'Scoring',
  judging: 'Judging',
  prizes: 'Prizes',
  legalBases: 'Legal bases',
  recipients: 'Recipients',
  signer: 'Signer',
  workbook: 'Workbook',
};

const viFields: Record<FieldKey, string> = {
  contestCode: 'Mã cuộc thi',
  contestTitle: 'Tên cuộc thi',
  parentBody: 'Cơ quan chủ quản',
  organiserName: 'Cơ quan ban hành',
  symbol: 'Ký hiệu cơ quan',
  level: 'Cấp của cơ quan',
  planNumber: 'Số kế hoạch',
  planDate: 'Ngày ban hành kế hoạch',
  year: 'Năm tổ chức',
  placeName: 'Địa danh',
  intakeMode: 'Cách nhận bài',
  opens: 'Ngày bắt đầu nhận bài',
  closes: 'Ngày kết thúc nhận bài',
  staffCutoff: 'Ngày chốt năm',
  unitDeadline: 'Hạn đơn vị gửi bài',
  judgingDeadline: 'Hạn chấm bài',
  awardDate: 'Ngày trao giải',
  list: 'Danh sách',
  code: 'Mã',
  name: 'Tên',
  fullName: 'Họ và tên',
  email: 'Email',
  role: 'Vai trò',
  unit: 'Đơn vị',
  position: 'Chức vụ',
  kinds: 'Đối tượng',
  maxGroupSize: 'Số người tối đa của nhóm',
  excludedRoles: 'Thành phần không được dự thi',
  minEntriesPerUnit: 'Số bài tối thiểu mỗi đơn vị',
  preScreening: 'Đơn vị sơ loại',
  format: 'Hình thức',
  min: 'Tối thiểu',
  max: 'Tối đa',
  round: 'Vòng',
  maxPoints: 'Điểm tối đa',
  weight: 'Hệ số',
  step: 'Bước điểm',
  description: 'Mô tả',
  enabled: 'Có vòng bảo vệ',
  shortlistMode: 'Cách chọn bài',
  shortlistCount: 'Số bài vào vòng bảo vệ',
  shortlistScore: 'Điểm sàn',
  finalMode: 'Cách tính điểm chung cuộc',
  preliminaryWeight: 'Trọng số điểm sơ khảo',
  defenceWeight: 'Trọng số điểm vòng bảo vệ',
  aggregation: 'Cách tổng hợp điểm',
  trimMinJudges: 'Số giám khảo để bỏ điểm cao nhất và thấp nhất',
  minJudges: 'Số giám khảo tối thiểu mỗi bài',
  decimals: 'Số chữ số thập phân',
  discrepancyUnit: 'Đơn vị đo chênh lệch',
  discrepancyReview: 'Mức chênh lệch phải xem xét',
  discrepancyEscalate: 'Mức chênh lệch phải chấm lại',
  tieBreaks: 'Thứ tự xét khi bằng điểm',
  judgingMode: 'Cách tổ chức chấm bài',
  judgesPerEntry: 'Số giám khảo chấm mỗi bài ở vòng sơ khảo',
  defenceJudgesPerEntry: 'Số giám khảo chấm mỗi bài ở vòng bảo vệ',
  extraJudgeOnEscalation: 'Mời thêm giám khảo khi phải chấm lại',
  lockAtDeadline: 'Khóa khi hết hạn chấm bài',
  reminderDaysBefore: 'Nhắc giám khảo trước hạn',
  scope: 'Phạm vi xét giải',
  specialPrizeAllowed: 'Giải đặc biệt',
  budgetCap: 'Tổng tiền thưởng tối đa',
  vacancy: 'Giải không có bài đạt',
  boundaryTie: 'Bằng điểm ở giải cuối',
  maxPerUnit: 'Số giải tối đa của một đơn vị',
  maxPerCategory: 'Số giải tối đa của một lĩnh vực',
  award: 'Hình thức khen thưởng',
  awardIssuer: 'Cấp khen',
  count: 'Số lượng',
  amount: 'Tiền thưởng',
  minScore: 'Điểm tối thiểu',
  gift: 'Phần quà',
  documentKind: 'Loại',
  text: 'Nội dung',
  validFrom: 'Hiệu lực từ',
  validUntil: 'Hiệu lực đến',
  onBehalfOf: 'Thay mặt (TM.)',
  signingMode: 'Hình thức ký',
  headTitle: 'Chức danh người đứng đầu',
  signerName: 'Họ và tên người ký',
  sheet: 'Trang tính',
  column: 'Cột',
  settingKey: 'Khóa',
};

const enFields: Record<keyof typeof viFields, string> = {
  contestCode: 'Contest code',
  contestTitle: 'Contest title',
  parentBody: 'Parent body',
  organiserName: 'Issuing body',
  symbol: 'Body symbol',
  level: 'Level',
  planNumber: 'Plan number',
  planDate: 'Plan date',
  year: 'Contest year',
  placeName: 'Place name',
  intakeMode: 'Intake',
  opens: 'Submissions open',
  closes: 'Submissions close',
  staffCutoff: 'Year cut-off',
  unitDeadline: "Units' deadline",
  judgingDeadline: 'Judging deadline',
  awardDate: 'Award date',
  list: 'List',
  code: 'Code',
  name: 'Name',
  fullName: 'Full name',
  email: 'E-mail',
  role: 'Role',
  unit: 'Unit',
  position: 'Position',
  kinds: 'Kinds',
  maxGroupSize: 'Largest group',
  excludedRoles: 'Barred from entering',
  minEntriesPerUnit: 'Minimum entries per unit',
  preScreening: 'Pre-screening by units',
  format: 'Format',
  min: 'Minimum',
  max: 'Maximum',
  round: 'Round',
  maxPoints: 'Maximum points',
  weight: 'Weight',
  step: 'Score step',
  description: 'Description',
  enabled: 'Defence round',
  shortlistMode: 'Shortlist',
  shortlistCount: 'Entries shortlisted',
  shortlistScore: 'Cut-off score',
  finalMode: 'Final score',
  preliminaryWeight: 'Preliminary weight',
  defenceWeight: 'Defence weight',
  aggregation: "Combining judges' scores",
  trimMinJudges: 'Judges needed to trim',
  minJudges: 'Judges needed per entry',
  decimals: 'Decimals',
  discrepancyUnit: 'Spread measured in',
  discrepancyReview: 'Review threshold',
  discrepancyEscalate: 'Re-scoring threshold',
  tieBreaks: 'Tie-break order',
  judgingMode: 'Where judges score',
  judgesPerEntry: 'Judges per entry (preliminary)',
  defenceJudgesPerEntry: 'Judges per entry (defence)',
  extraJudgeOnEscalation: 'Extra judge on re-scoring',
  lockAtDeadline: 'Lock at the deadline',
  reminderDaysBefore: 'Reminders before the deadline',
  scope: 'Prize scope',
  specialPrizeAllowed: 'Special prize',
  budgetCap: 'Prize budget',
  vacancy: 'Prize nobody qualifies for',
  boundaryTie: 'Tie for the last prizes',
  maxPerUnit: 'Most prizes per unit',
  maxPerCategory: 'Most prizes per category',
  award: 'Reward form',
  awardIssuer: 'Awarded by',
  count: 'Number',
  amount: 'Prize money',
  minScore: 'Minimum score',
  gift: 'Gift',
  documentKind: 'Kind',
  text: 'Text',
  validFrom: 'In force from',
  validUntil: 'In force until',
  onBehalfOf: 'On behalf of (TM.)',
  signingMode: 'Signing',
  headTitle: "Head's title",
  signerName: "Signer's name",
  sheet: 'Sheet',
  column: 'Column',
  settingKey: 'Key',
};

export const sectionLabels = { vi: viSections, en: enSections };
export const fieldLabels = { vi: viFields, en: enFields };

function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/** An item shown by its row number reads "Dòng 5" / "Row 5"; a named one by its name. */
function itemLabel(item: string, locale: 'vi' | 'en'): string {
  if (!/^\d+$/.test(item)) return item;
  return locale === 'vi' ? `Dòng ${item}` : `Row ${item}`;
}

const UNKNOWN: Record<'vi' | 'en', (code: string) => string> = {
  vi: (code) => `dữ liệu chưa hợp lệ (mã ${code})`,
  en: (code) => `invalid data (code ${code})`,
};

/** A number field the set-up wizard's clerk emptied reaches validation as NaN: it reads as "trống", not "NaN". */
function withEmptyNumbers(params: Problem['params'], locale: 'vi' | 'en'): Problem['params'] {
  const empty = locale === 'vi' ? 'trống' : 'empty';
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, typeof value === 'number' && Number.isNaN(value) ? empty : value]));
}

/** "Giải thưởng › Giải Nhất › Số lượng: phải là số nguyên lớn hơn 0 (đang là 0)." */
export function describeProblem(problem: Problem, locale: 'vi' | 'en'): string {
  const { section, item, key } = problem.field;
  const address = [
    lookup(sectionLabels[locale], section) ?? section,
    ...(item === undefined || item === '' ? [] : [itemLabel(item, locale)]),
    lookup(fieldLabels[locale], key) ?? key,
  ].join(' › ');
  const message = lookup(problemMessages[locale], problem.code);
  const text = message === undefined ? UNKNOWN[locale](problem.code) : message(withEmptyNumbers(problem.params, locale));
  return `${address}: ${text}.`;
}
