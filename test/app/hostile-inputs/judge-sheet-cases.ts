// Hostile and malformed input in the judges' scoring sheets: what a judge types or pastes (the
// sheet's validation and protections in force), values that reach a score cell without them (the
// rule removed by hand, an import, another script), and sheets, rows and columns renamed, deleted
// or copied. A score the add-on cannot use must never count, and must be named where the
// secretariat looks: the refusal the judge sees, or the alert of "Cập nhật điểm và tiến độ chấm".

import type { CellValue } from '../../../src/core/cell';
import type { HostileCase } from './catalogue';

export type JudgeEdit =
  /** The judge fills the other criteria of an entry, then types the input in its first criterion (TM, 0–30 by 0,5). */
  | 'typeScore'
  /** The judge pastes the input as the entry's row of five criteria. */
  | 'pasteRow'
  /** The input reaches the first criterion as it is, without the sheet's validation; the other criteria are valid. */
  | 'writeScore'
  /** The judge types the input in the conflict-of-interest column. */
  | 'typeConflict'
  /** The judge pastes the input, a block, over the entry's code and title. */
  | 'pasteOverCode'
  /** The judge pastes the input over the hidden columns of recorded scores. */
  | 'pasteOverRecorded'
  /** The judge types the input in another judge's tab. */
  | 'typeInOtherTab'
  /** The judge types the input as a score in the first empty row below the table. */
  | 'typeBelowTable'
  /** The secretariat or the judge, structurally: the input is the new name or header where there is one. */
  | 'renameTab'
  | 'deleteTab'
  | 'renameCriterionHeader'
  | 'insertColumn'
  | 'deleteCriterionColumn'
  | 'deleteEntryRow'
  | 'copyEntryRow'
  /** After the round is locked, the owner changes a score to the input. */
  | 'changeAfterLock';

/** Edits whose traces stay in the sheet (a changed layout, a stray row, a lock): each gets a contest of its own. */
export const SHEET_EDITS: readonly JudgeEdit[] = [
  'typeBelowTable',
  'renameTab',
  'deleteTab',
  'renameCriterionHeader',
  'insertColumn',
  'deleteCriterionColumn',
  'deleteEntryRow',
  'copyEntryRow',
  'changeAfterLock',
];

export interface JudgeCase extends HostileCase<'judgeSheets', CellValue | CellValue[][]> {
  edit: JudgeEdit;
  /** Flagged or rejected: what the refusal or the alert says. */
  says?: string[];
  /** Stored: the judge's total for the entry that the score matrix shows, '' when the entry is not counted for them. */
  total?: number | '';
}

const judge = (name: string, edit: JudgeEdit, input: JudgeCase['input'], expect: JudgeCase['expect'], more: Partial<JudgeCase> = {}): JudgeCase => ({
  surface: 'judgeSheets',
  name,
  edit,
  input,
  expect,
  ...more,
});

/** The other criteria's points when a case fills them: KT 20, HQ 20, NR 8, TB 8. */
export const OTHER_POINTS = [20, 20, 8, 8] as const;
const others = OTHER_POINTS.reduce((a, b) => a + b, 0);

/** What the sheet's validation tells a judge, in Vietnamese (the rule's help text). */
const HELP = ['Điểm từ 0 đến 30, bước 0,5', 'để trống nếu chưa chấm'];
/** What the alert says of a score the add-on cannot use. */
const INVALID = (value: string, why: string): string[] => [`tiêu chí TM: “${value}” ${why}`, 'chưa được tính', 'từ 0 đến 30, bước 0,5'];

export const JUDGE_SHEET_CASES: readonly JudgeCase[] = [
  // Typed by the judge: the sheet's validation refuses what is not a score.
  judge('a negative score typed', 'typeScore', '-1', 'rejected', { says: HELP }),
  judge('a score above the maximum typed', 'typeScore', '31', 'rejected', { says: HELP }),
  judge('a score in words typed', 'typeScore', 'chín', 'rejected', { says: HELP }),
  judge('a score with a decimal point typed', 'typeScore', '9.5', 'rejected', { says: HELP }),
  judge('TRUE typed as a score', 'typeScore', 'TRUE', 'rejected', { says: HELP }),
  judge('a space typed as a score', 'typeScore', ' ', 'rejected', { says: HELP }),
  judge('a score with a decimal comma typed', 'typeScore', '9,5', 'stored', { total: 9.5 + others }),
  judge('a score in scientific notation typed', 'typeScore', '1e1', 'stored', { total: 10 + others }),
  judge('a score cleared', 'typeScore', '', 'stored', { total: '' }),
  judge('a score off the 0,5 step typed', 'typeScore', 9.3, 'rejected', { says: INVALID('9,3', 'không đúng bước điểm') }),
  judge('a percentage typed as a score', 'typeScore', '15%', 'rejected', { says: INVALID('0,15', 'không đúng bước điểm') }),
  judge('a formula above the maximum typed', 'typeScore', '=30+5', 'rejected', { says: INVALID('35', 'vượt điểm tối đa') }),
  judge('a formula fetching a web page typed', 'typeScore', '=IMPORTXML("http://x.example";"//a")', 'rejected', { says: INVALID('#ERROR!', 'không phải là số') }),
  judge('a formula within the maximum typed', 'typeScore', '=2*10', 'stored', { total: 20 + others }),
  judge('a pasted row with a word among the scores', 'pasteRow', [[25, 20, 'chín', 8, 8]], 'rejected', { says: ['cell H', ...HELP.slice(1)] }),
  judge('a pasted row of valid scores with a decimal comma', 'pasteRow', [['27,5', '20', '20', '8', '8']], 'stored', { total: 27.5 + others }),
  judge('an “x” typed as the conflict mark', 'typeConflict', 'x', 'stored', { total: '' }),
  // The sheet's protections.
  judge('a block pasted over the entry code and title', 'pasteOverCode', [['HG2024-999', '=HYPERLINK("http://x")']], 'rejected', { says: ['protected'] }),
  judge('a block pasted over the hidden recorded scores', 'pasteOverRecorded', [[30, 30]], 'rejected', { says: ['protected'] }),
  judge('a score typed in another judge’s tab', 'typeInOtherTab', 30, 'rejected', { says: ['protected'] }),
  judge('a score typed below the table, with no entry', 'typeBelowTable', 20, 'rejected', { says: ['hàng', 'có điểm nhưng không có mã bài'] }),
  // Without the validation (the rule removed by hand, an import): never counted, always named.
  judge('a negative score without validation', 'writeScore', -1, 'rejected', { says: INVALID('-1', 'là số âm') }),
  judge('a score above the maximum without validation', 'writeScore', 31, 'rejected', { says: INVALID('31', 'vượt điểm tối đa') }),
  judge('a huge score without validation', 'writeScore', 1e308, 'rejected', { says: ['tiêu chí TM', 'vượt điểm tối đa', 'chưa được tính'] }),
  judge('a score in words without validation', 'writeScore', 'chín', 'rejected', { says: INVALID('chín', 'không phải là số') }),
  judge('a decimal comma as text without validation', 'writeScore', '9,5', 'rejected', { says: INVALID('9,5', 'không phải là số') }),
  judge('a formula as text without validation', 'writeScore', '=IMPORTXML("http://x.example";"//a")', 'rejected', {
    says: INVALID('=IMPORTXML("http://x.example";"//a")', 'không phải là số'),
  }),
  judge('a date without validation', 'writeScore', new Date(2024, 8, 9), 'rejected', { says: INVALID('09/09/2024', 'không phải là số') }),
  judge('TRUE without validation', 'writeScore', true, 'rejected', { says: INVALID('TRUE', 'không phải là số') }),
  judge('a score of 10,000 characters without validation', 'writeScore', '9'.repeat(10_000), 'rejected', { says: ['tiêu chí TM', 'không phải là số', 'chưa được tính'] }),
  // Sheets, rows and columns changed.
  judge('the judge’s tab renamed', 'renameTab', 'Phiếu của tôi', 'rejected', { says: ['không còn (đã xóa, đổi tên', 'chưa được tính'] }),
  judge('the judge’s tab deleted', 'deleteTab', '', 'rejected', { says: ['không còn (đã xóa, đổi tên', 'chưa được tính'] }),
  judge('a criterion’s header renamed', 'renameCriterionHeader', 'TM – Điểm <b>mới</b>', 'rejected', { says: ['đã bị đổi cột hoặc tiêu chí', 'khôi phục tiêu đề cột'] }),
  judge('a column inserted among the criteria', 'insertColumn', '', 'rejected', { says: ['đã bị đổi cột hoặc tiêu chí', 'khôi phục tiêu đề cột'] }),
  judge('a criterion’s column deleted', 'deleteCriterionColumn', '', 'rejected', { says: ['đã bị đổi cột hoặc tiêu chí', 'khôi phục tiêu đề cột'] }),
  judge('an entry’s row deleted', 'deleteEntryRow', '', 'rejected', { says: ['chưa có hàng của bài HG2024-001', 'Tạo / cập nhật phiếu chấm', 'Lịch sử phiên bản'] }),
  judge('an entry’s row copied below the table', 'copyEntryRow', '', 'rejected', { says: ['bài HG2024-001 ở nhiều hàng', 'chưa tính'] }),
  judge('a score changed after the round was locked', 'changeAfterLock', 5, 'flagged', { says: ['CẢNH BÁO: 1 điểm khác với bản chụp lúc khóa', 'Nhật ký chấm điểm'] }),
];
