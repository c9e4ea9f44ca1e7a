// The entry form (biểu mẫu dự thi) built from the contest configuration, and the reading of its
// answers back into a Submission. Like the configuration workbook, the form is a document of the
// contest and is always in Vietnamese: entrants answer it, and answers are matched back to
// questions by their titles, so the titles are fixed here and nowhere else.

import type { ContestConfig, EntrantKind, EntryFormat } from '../config/model';
import { ENTRANT_KIND_WORDS, ENTRY_FORMAT_WORDS, foldText, readWord, wordFor } from '../config/workbook-vocabulary';
import { calendarDateOf, slashDate } from '../vn/dates';
import { splitFullName } from '../vn/names';
import type { Author, Submission } from './submission';

export type QuestionKind = 'section' | 'text' | 'paragraph' | 'choice' | 'list' | 'checkbox';

export type AuthorField = Exclude<keyof Author, 'contribution'> | 'contribution';

/** What a question collects: the Submission field it fills. */
export type QuestionKey =
  | 'kind'
  | `author${number}.${AuthorField}`
  | `author${number}`
  | 'moreAuthors'
  | 'unit'
  | 'category'
  | 'title'
  | 'format'
  | 'length'
  | 'situation'
  | 'solution'
  | 'evidence'
  | 'attachmentLink'
  | 'originality'
  | 'content';

export interface FormQuestion<K extends string = QuestionKey> {
  key: K;
  kind: QuestionKind;
  /** Unique in the form: answers come back keyed by it. */
  title: string;
  help: string;
  required: boolean;
  choices?: string[];
}

export interface FormSpec<K extends string = QuestionKey> {
  title: string;
  description: string;
  confirmation: string;
  questions: FormQuestion<K>[];
}

/** A group without a stated limit still needs a number of author blocks on the form. */
const AUTHORS_WITHOUT_LIMIT = 5;

/** The question whose answer judges open to read the entry (it reaches their blind sheets). */
export const ATTACHMENT_LINK_QUESTION = 'Đường liên kết đến bài dự thi hoặc tài liệu kèm theo';

export const ORIGINALITY_CHOICE =
  'Tôi (chúng tôi) cam đoan mô hình, sáng kiến, giải pháp dự thi là của mình, chưa được công bố, không sao chép và chưa được áp dụng trên địa bàn.';

const AUTHOR_FIELDS: readonly { field: AuthorField; label: string; help: string }[] = [
  { field: 'familyName', label: 'Họ', help: 'Ví dụ: Nguyễn' },
  { field: 'middleName', label: 'Tên đệm', help: 'Ví dụ: Thị Thu (để trống nếu không có)' },
  { field: 'givenName', label: 'Tên', help: 'Ví dụ: Hà' },
  { field: 'position', label: 'Chức vụ', help: '' },
  { field: 'unit', label: 'Cơ quan, đơn vị công tác', help: '' },
  { field: 'phone', label: 'Số điện thoại', help: '' },
  { field: 'email', label: 'Email', help: '' },
  { field: 'contribution', label: 'Tỷ lệ đóng góp (%)', help: 'Với nhóm tác giả: tổng tỷ lệ của các tác giả là 100%.' },
];

function authorTitle(n: number, label: string): string {
  return n === 1 ? `Tác giả (người đại diện) — ${label}` : `Đồng tác giả ${n} — ${label}`;
}

function authorCount(config: ContestConfig): number {
  if (!config.entrants.kinds.includes('group')) return 1;
  return Math.max(1, config.entrants.maxGroupSize ?? AUTHORS_WITHOUT_LIMIT);
}

function lengthHelp(config: ContestConfig): string {
  const parts = config.formats.map((f) => {
    const unit = f.format === 'article' ? 'từ' : 'phút';
    const limits = f.limits ? `${f.limits.min}–${f.limits.max} ${unit}` : `số ${unit}`;
    return `${wordFor(ENTRY_FORMAT_WORDS, f.format)}: ${limits}`;
  });
  return `Bài viết ghi số từ; video, âm thanh ghi thời lượng (phút). ${parts.join('; ')}.`;
}

function rulesSummary(config: ContestConfig): string {
  const lines = [config.identity.title, `${config.identity.organiser.name}`];
  const intake = config.timeline.intake;
  if (intake.mode === 'window') {
    const opens = calendarDateOf(intake.opens);
    const closes = calendarDateOf(intake.closes);
    if (opens && closes) lines.push(`Thời gian nhận bài: từ ngày ${slashDate(opens)} đến hết ngày ${slashDate(closes)}.`);
  } else {
    lines.push(`Nhận bài quanh năm; bài của cán bộ, công chức, viên chức nhận sau ngày ${intake.staffCutoff.day}/${intake.staffCutoff.month} được tính cho năm sau.`);
  }
  lines.push(`Đối tượng dự thi: ${config.entrants.kinds.map((k) => wordFor(ENTRANT_KIND_WORDS, k)).join(', ')}.`);
  if (config.entrants.maxGroupSize) lines.push(`Nhóm tác giả không quá ${config.entrants.maxGroupSize} người.`);
  if (config.eligibility.excludedRoles.length > 0) {
    lines.push('Thành viên Ban Tổ chức, Ban Giám khảo và Tổ giúp việc không tham gia dự thi.');
  }
  lines.push('Không được sao chép; không trùng với mô hình, sáng kiến, giải pháp đã được áp dụng trên địa bàn.');
  return lines.join('\n');
}

/** The form's questions, in order, from the configuration. */
export function buildFormSpec(config: ContestConfig): FormSpec {
  const q = (key: QuestionKey, kind: QuestionKind, title: string, required: boolean, help = '', choices?: string[]): FormQuestion =>
    choices ? { key, kind, title, help, required, choices } : { key, kind, title, help, required };
  const questions: FormQuestion[] = [
    q('kind', 'choice', 'Đối tượng dự thi', true, '', config.entrants.kinds.map((k) => wordFor(ENTRANT_KIND_WORDS, k))),
  ];
  const authors = authorCount(config);
  for (let n = 1; n <= authors; n++) {
    const heading = n === 1 ? 'Tác giả (người đại diện)' : `Đồng tác giả ${n} (nếu có)`;
    questions.push(q(`author${n}`, 'section', heading, false, n === 1 ? 'Với tập thể: người đại diện của cơ quan, đơn vị.' : ''));
    for (const { field, label, help } of AUTHOR_FIELDS) {
      if (field === 'contribution' && authors === 1) continue;
      const required = n === 1 && (field === 'familyName' || field === 'givenName');
      questions.push(q(`author${n}.${field}`, 'text', authorTitle(n, label), required, help));
    }
  }
  if (authors > 1) {
    // Someone past the last block must still be recorded: the group-size check then sees them.
    questions.push(
      q('moreAuthors', 'paragraph', 'Tác giả khác (nếu có)', false, 'Mỗi người một dòng: Họ và tên; chức vụ; đơn vị; email; tỷ lệ đóng góp (%).'),
    );
  }
  questions.push(q('content', 'section', 'Nội dung bài dự thi', false));
  questions.push(q('unit', 'list', 'Cơ quan, đơn vị dự thi', true, 'Đơn vị có bài dự thi (để tính chỉ tiêu của đơn vị).', config.units.map((u) => u.name)));
  if (config.categories.length > 0) questions.push(q('category', 'list', 'Lĩnh vực', true, '', config.categories.map((c) => c.name)));
  questions.push(q('title', 'text', 'Tên mô hình, sáng kiến, giải pháp', true));
  questions.push(q('format', 'choice', 'Hình thức', true, '', config.formats.map((f) => wordFor(ENTRY_FORMAT_WORDS, f.format))));
  questions.push(q('length', 'text', 'Số từ hoặc thời lượng', false, lengthHelp(config)));
  questions.push(q('situation', 'paragraph', 'Thực trạng, khó khăn, vướng mắc và kết quả đã đạt được', true));
  questions.push(
    q('solution', 'paragraph', 'Giải pháp đề xuất', true, 'Nội dung; văn bản, thời gian, quy trình, địa điểm, cơ quan thực hiện; hiệu quả dự kiến.'),
  );
  questions.push(q('evidence', 'paragraph', 'Minh chứng', false, 'Số liệu, hình ảnh, video, ý kiến phản hồi của người dân, doanh nghiệp, cơ quan.'));
  questions.push(
    q('attachmentLink', 'text', ATTACHMENT_LINK_QUESTION, false, 'Ví dụ: đường liên kết Google Drive đã chia sẻ cho Ban Tổ chức.'),
  );
  questions.push(q('originality', 'checkbox', 'Cam đoan', true, '', [ORIGINALITY_CHOICE]));
  return {
    title: config.identity.title,
    description: rulesSummary(config),
    confirmation: 'Ban Tổ chức đã nhận bài dự thi. Mã bài và kết quả kiểm tra sẽ được gửi đến email của tác giả.',
    questions,
  };
}

/** An answer as the Form or the response sheet gives it: text, or the ticked choices. */
export type Answer = string | string[];

const answerText = (a: Answer | undefined): string => (a === undefined ? '' : Array.isArray(a) ? a.join(', ') : a);
const clean = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

function byName<T extends { code: string; name: string }>(items: readonly T[], text: string): string | null {
  const key = foldText(text);
  if (key === '') return null;
  return items.find((item) => foldText(item.name) === key || foldText(item.code) === key)?.code ?? null;
}

export interface ResponseMeta {
  responseId: string;
  receivedAt: string;
  respondentEmail: string;
}

/**
 * Reads a response's answers (by question title) into a Submission. Parsing numbers (length,
 * contribution) is left to the intake checks, which report what they cannot read; here a field
 * keeps its text, tidied, and every answer is also kept raw.
 */
export function readSubmission(
  spec: FormSpec,
  config: ContestConfig,
  answers: Readonly<Record<string, Answer>>,
  meta: ResponseMeta,
  parse: { contribution(text: string): number | null; length(text: string, format: EntryFormat): number | null },
): Submission {
  const raw: Record<string, string> = {};
  for (const question of spec.questions) {
    if (question.kind !== 'section' && answers[question.title] !== undefined) raw[question.title] = answerText(answers[question.title]);
  }
  // Questions the secretariat added by hand (a file upload, DESIGN §5) are kept too; an upload
  // question answers with the Drive ids of the files.
  const known = new Set(spec.questions.map((x) => x.title));
  const extra = Object.keys(answers).filter((title) => !known.has(title));
  for (const title of extra) raw[title] = answerText(answers[title]);
  const attachmentFileIds = extra.flatMap((title) => {
    const a = answers[title];
    return Array.isArray(a) && a.length > 0 && a.every((id) => /^[\w-]{20,}$/.test(id)) ? a : [];
  });
  const titles = new Map(spec.questions.map((x) => [x.key, x.title]));
  const given = (key: QuestionKey): string => {
    const title = titles.get(key);
    return title === undefined ? '' : answerText(answers[title]);
  };
  // One line (names, codes, a title) or several (the parts of the entry, line breaks kept).
  const text = (key: QuestionKey): string => clean(given(key));
  const long = (key: QuestionKey): string => given(key).normalize('NFC').replace(/\r\n?/g, '\n').trim();
  const authors: Author[] = [];
  for (let n = 1; spec.questions.some((x) => x.key === `author${n}`); n++) {
    const field = (f: AuthorField): string => text(`author${n}.${f}`);
    const author: Author = {
      familyName: field('familyName'),
      middleName: field('middleName'),
      givenName: field('givenName'),
      position: field('position'),
      unit: field('unit'),
      phone: field('phone'),
      email: field('email'),
      contribution: parse.contribution(field('contribution')),
    };
    const filled = [author.familyName, author.middleName, author.givenName, author.position, author.unit, author.phone, author.email];
    if (n === 1 || filled.some((v) => v !== '') || author.contribution !== null) authors.push(author);
  }
  for (const line of long('moreAuthors').split('\n')) {
    const [fullName = '', position = '', unit = '', email = '', contribution = ''] = line.split(';').map(clean);
    if (fullName === '') continue;
    const name = splitFullName(fullName);
    authors.push({ familyName: name.family, middleName: name.middle, givenName: name.given, position, unit, phone: '', email, contribution: parse.contribution(contribution) });
  }
  const kind = readWord<EntrantKind>(ENTRANT_KIND_WORDS, text('kind')) ?? null;
  const format = readWord<EntryFormat>(ENTRY_FORMAT_WORDS, text('format')) ?? null;
  return {
    responseId: meta.responseId,
    receivedAt: meta.receivedAt,
    respondentEmail: meta.respondentEmail.trim().toLowerCase(),
    kind: kind && config.entrants.kinds.includes(kind) ? kind : null,
    authors,
    unitCode: byName(config.units, text('unit')),
    categoryCode: byName(config.categories, text('category')),
    title: text('title'),
    format: format && config.formats.some((f) => f.format === format) ? format : null,
    length: format ? parse.length(text('length'), format) : null,
    situation: long('situation'),
    solution: long('solution'),
    evidence: long('evidence'),
    attachmentLink: text('attachmentLink'),
    attachmentFileIds,
    // The response sheet joins ticked choices with ", ", and the choice itself has commas.
    originalityDeclared: given('originality').includes(ORIGINALITY_CHOICE),
    raw,
  };
}
