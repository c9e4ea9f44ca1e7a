// Hostile and malformed answers to the entry form. Each goes to one question of an otherwise
// ordinary entry; some cases first make a hand edit the secretariat may make to the form (a choice
// added, "Other" switched on, a question made optional or added), which is how an answer the
// contest does not know can reach the register at all.

import type { QuestionKey } from '../../../src/core/intake/form-spec';
import type { HostileCase } from './catalogue';
import { JUDGES } from './contest';

/** A question the secretariat added to the form by hand (DESIGN §5: a file upload, say). */
export interface AddedQuestion {
  added: string;
}

export type FormEdit =
  | { kind: 'addChoice'; question: 'unit' | 'category'; choice: string }
  | { kind: 'otherOption'; question: 'kind' | 'format' }
  | { kind: 'optional'; question: 'originality' }
  | { kind: 'addQuestion'; title: string };

export interface FormCase extends HostileCase<'form', string> {
  /** The question the hostile answer goes to. */
  question: QuestionKey | AddedQuestion;
  /** Other answers the case needs (a group entry, a second author). */
  with?: Partial<Record<QuestionKey, string | string[]>>;
  formEdit?: FormEdit;
  /** The account the form is sent from, when it is not the entrant's own. */
  respondent?: string;
  /** Flagged or rejected: what the register's "Lý do" says (the field or value, and what to do). */
  says?: string[];
}

const form = (name: string, question: FormCase['question'], input: string, expect: FormCase['expect'], more: Partial<FormCase> = {}): FormCase => ({
  surface: 'form',
  name,
  question,
  input,
  expect,
  ...more,
});

const JUDGE = JUDGES[0];
const ADDED_QUESTION = 'Tệp đính kèm (mã tệp)';

/** 1,000 co-authors, one per line as the "Tác giả khác" question asks. */
const THOUSAND_AUTHORS = Array.from({ length: 1000 }, (_, i) => `Lê Văn Tác Giả ${i + 1}`).join('\n');

export const ENTRY_FORM_CASES: readonly FormCase[] = [
  // Formulas and what Sheets would read as something other than text.
  form('a formula fetching a web page in the title', 'title', '=IMPORTXML("http://x.example/a";"//a")', 'stored'),
  form('a HYPERLINK formula in the title', 'title', '=HYPERLINK("http://evil.example";"Bấm vào đây")', 'stored'),
  form('a DDE payload in the title', 'title', "=cmd|' /C calc'!A0", 'stored'),
  form('a leading plus in the phone number', 'author1.phone', '+84912345678', 'stored'),
  form('a phone number with its leading zero', 'author1.phone', '0912345678', 'stored'),
  form('a minus one as the title', 'title', '-1', 'stored'),
  form('a leading minus formula in the title', 'title', '-2+3', 'stored'),
  form('a leading plus formula in the title', 'title', '+SUM(1;2)', 'stored'),
  form('an @SUM in the solution', 'solution', '@SUM(A1:A9)', 'stored'),
  form('a leading tab before a formula in the situation', 'situation', '\t=1+1', 'stored'),
  form('a leading carriage return before a formula in the evidence', 'evidence', '\r=2+2', 'stored'),
  form('a leading apostrophe in the title', 'title', "'=1+1", 'stored'),
  form('a formula on the second line of the situation', 'situation', 'Dòng một\n=SUM(A1:A3)\n@x', 'stored'),
  form('TRUE as the position', 'author1.position', 'TRUE', 'stored'),
  form('a date as text in the title', 'title', '16/8/2024', 'stored'),
  form('a fraction that Sheets reads as a date, as the unit', 'author1.unit', '1/2', 'stored'),
  form('a number in scientific notation as the title', 'title', '1e5', 'stored'),
  form('a percentage in the situation', 'situation', '50%', 'stored'),
  // HTML, scriptlets and the documents' placeholders.
  form('a script tag in the title', 'title', '<script>alert("xss")</script>', 'stored'),
  form('an image with onerror in the solution', 'solution', '<img src=x onerror=alert(1)>', 'stored'),
  form('an HtmlService scriptlet in the title', 'title', '<?!= ScriptApp.getOAuthToken() ?>', 'stored'),
  form('a document placeholder in the title', 'title', '{{so_ky_hieu}}', 'stored'),
  form('a document placeholder as the family name', 'author1.familyName', '{{nguoi_ky}}', 'stored'),
  form('a javascript: link as the attachment link', 'attachmentLink', 'javascript:alert(document.cookie)', 'stored'),
  // Sizes.
  form('a solution over 50,000 characters', 'solution', 'Giải pháp dài '.repeat(4_300), 'flagged', { says: ['đã cắt bớt', 'Google Biểu mẫu'] }),
  form('a title over 50,000 characters', 'title', 'Tên rất dài '.repeat(4_600), 'flagged', { says: ['đã cắt bớt', 'Google Biểu mẫu'] }),
  form('a family name of 10,000 characters', 'author1.familyName', 'Nguyễn'.repeat(1_666), 'stored'),
  // Empty answers.
  form('every optional answer left empty', 'evidence', '', 'stored'),
  form('a title of spaces only', 'title', '   ', 'rejected', { says: ['«Tên mô hình, sáng kiến, giải pháp»', 'bổ sung'] }),
  form('a given name of spaces only', 'author1.givenName', ' \t ', 'rejected', { says: ['Thiếu tên của tác giả thứ 1', 'bổ sung'] }),
  // Unicode.
  form('emoji in the title', 'title', 'Một cửa 🚀 số hóa 👩‍👩‍👧‍👦 ✨', 'stored'),
  form('an emoji as the given name', 'author1.givenName', '🙂', 'stored'),
  form('a title typed with combining diacritics (NFD)', 'title', 'Số hóa hồ sơ một cửa cấp xã'.normalize('NFD'), 'stored'),
  form('a family name with combining diacritics (NFD)', 'author1.familyName', 'Nguyễn Đặng'.normalize('NFD'), 'stored'),
  form('a right-to-left override in the title', 'title', '\u202Egnp.exe\u202C Báo cáo', 'stored'),
  form('zero-width and right-to-left marks in the title', 'title', 'Giải\u200Bpháp\u200F số\u200D', 'stored'),
  // Authors.
  form('a thousand co-authors in a group entry', 'moreAuthors', THOUSAND_AUTHORS, 'rejected', {
    with: { kind: 'Nhóm tác giả' },
    says: ['1001 tác giả', 'vượt quá 4 người/nhóm', 'gửi lại', 'lý do khác', '«Mã lý do»'],
  }),
  form('a thousand co-authors in an individual entry', 'moreAuthors', THOUSAND_AUTHORS, 'flagged', {
    says: ['Đăng ký là cá nhân nhưng có 1001 tác giả', 'Nhóm tác giả'],
  }),
  form('a contribution in words', 'author1.contribution', 'năm mươi', 'flagged', {
    with: { kind: 'Nhóm tác giả', 'author2.familyName': 'Trần', 'author2.givenName': 'Bình', 'author2.contribution': '50' },
    says: ['Không đọc được tỷ lệ đóng góp của tác giả thứ 1', 'ví dụ 30'],
  }),
  form('a negative contribution', 'author1.contribution', '-50%', 'flagged', {
    with: { kind: 'Nhóm tác giả', 'author2.familyName': 'Trần', 'author2.givenName': 'Bình', 'author2.contribution': '150' },
    says: ['Không đọc được tỷ lệ đóng góp của tác giả thứ 1'],
  }),
  form('contributions adding up to 200%', 'author1.contribution', '100', 'flagged', {
    with: { kind: 'Nhóm tác giả', 'author2.familyName': 'Trần', 'author2.givenName': 'Bình', 'author2.contribution': '100' },
    says: ['Tổng tỷ lệ đóng góp của các tác giả là 200%', 'điều chỉnh'],
  }),
  form('an e-mail that is no address', 'author1.email', '"><script>@x', 'stored'),
  // Wrong types in the length.
  form('a length in words', 'length', 'hai nghìn từ', 'flagged', { says: ['Không đọc được số từ «hai nghìn từ»', 'Thư ký kiểm tra độ dài'] }),
  form('a negative length', 'length', '-1500', 'flagged', { says: ['Không đọc được số từ «-1500»'] }),
  form('a formula as the length', 'length', '=2000', 'flagged', { says: ['Không đọc được số từ «=2000»'] }),
  form('a date as the length', 'length', '16/8/2024', 'flagged', { says: ['Không đọc được số từ «16/8/2024»'] }),
  form('a length in scientific notation', 'length', '1e3', 'flagged', { says: ['Không đọc được số từ «1e3»'] }),
  form('an absurd length', 'length', '99999999999', 'flagged', { says: ['ngoài giới hạn 1.000–2.000 từ'] }),
  // Answers the contest does not know.
  form('a unit not on the contest’s list', 'unit', 'Phòng Bí Ẩn', 'rejected', {
    formEdit: { kind: 'addChoice', question: 'unit', choice: 'Phòng Bí Ẩn' },
    says: ['Đơn vị «Phòng Bí Ẩn»', 'bổ sung đơn vị vào trang “Đơn vị”'],
  }),
  form('a category not on the contest’s list', 'category', 'Lĩnh vực lạ <b>', 'rejected', {
    formEdit: { kind: 'addChoice', question: 'category', choice: 'Lĩnh vực lạ <b>' },
    says: ['Lĩnh vực «Lĩnh vực lạ <b>»', 'chọn lại lĩnh vực'],
  }),
  form('an entrant kind typed in “Other”', 'kind', 'Hội Phụ nữ xã', 'rejected', {
    formEdit: { kind: 'otherOption', question: 'kind' },
    says: ['Đối tượng dự thi «Hội Phụ nữ xã»', 'xác định lại'],
  }),
  form('a format typed in “Other”', 'format', '=Podcast()', 'rejected', {
    formEdit: { kind: 'otherOption', question: 'format' },
    says: ['Hình thức «=Podcast()»', 'gửi lại bài theo hình thức được nhận'],
  }),
  form('the declaration left unticked once optional', 'originality', '', 'rejected', {
    formEdit: { kind: 'optional', question: 'originality' },
    says: ['Chưa đánh dấu cam đoan', 'gửi lại'],
  }),
  // People who may not enter.
  form('a judge’s e-mail as the author’s', 'author1.email', JUDGE.email.toUpperCase(), 'rejected', {
    says: [`trùng với email của ${JUDGE.name}`, 'không được dự thi'],
  }),
  form('an entry sent from a judge’s account', 'author1.givenName', 'Khách', 'flagged', {
    respondent: JUDGE.email,
    says: [`Bài được gửi từ tài khoản ${JUDGE.email}`, 'Thư ký kiểm tra'],
  }),
  // Last: the added question stays on the form, and every later response answers it blank.
  form('a formula answering a question the secretariat added', { added: ADDED_QUESTION }, '=IMPORTXML("http://x.example";"//a")', 'stored', {
    formEdit: { kind: 'addQuestion', title: ADDED_QUESTION },
  }),
];
