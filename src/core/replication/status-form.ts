// The status form (biểu mẫu báo cáo tiến độ nhân rộng) through which agencies report how far they
// are with the initiatives they were asked to apply, and the reading of its responses back into
// StatusReports. Like the entry form (intake/form-spec.ts) it is a document of the contest and is
// always in Vietnamese; answers come back keyed by question title, so the titles are fixed here.
// A choice starts with its code, and the code is what is read back: a response sent before a name
// was corrected in the register still finds its initiative and agency.

import type { ContestConfig } from '../config/model';
import { readWord, type Words } from '../config/workbook-vocabulary';
import type { FormQuestion, FormSpec, QuestionKind } from '../intake/form-spec';
import { nfc, tidy } from '../vn/text';
import {
  REPLICATION_STATUS_WORDS,
  REPLICATION_STATUSES,
  type Agency,
  type Initiative,
  type ReplicationStatus,
  type StatusReport,
} from './replication-model';

export type StatusQuestionKey = 'agency' | 'initiative' | 'status' | 'evidence' | 'reporter';

export const STATUS_FORM_TITLES: Readonly<Record<StatusQuestionKey, string>> = {
  agency: 'Đơn vị báo cáo',
  initiative: 'Sáng kiến, mô hình được giao',
  status: 'Tình hình triển khai',
  evidence: 'Kết quả, minh chứng',
  reporter: 'Người báo cáo (họ tên, chức vụ, số điện thoại)',
};

/** Between a choice's code and its name. */
const SEPARATOR = ' – ';

/**
 * The longest choice, in characters. Forms documents no limit on a choice's length; this one keeps
 * a dropdown entry to a few lines on a phone, where agencies' staff often answer, while the longest
 * title in seeds/br-vt-2022-replication.txt (solution 2.3, 186 characters) still shows whole after
 * a short code. Only the name is cut: the code is what is read back.
 */
export const CHOICE_MAX_LENGTH = 200;

function choiceOf(code: string, name: string): string {
  const label = tidy(name);
  if (label === '') return code;
  const room = CHOICE_MAX_LENGTH - Array.from(code).length - SEPARATOR.length;
  const chars = Array.from(label);
  if (chars.length <= room) return `${code}${SEPARATOR}${label}`;
  // A code too long to leave room for a name is offered alone, whole.
  if (room < 2) return code;
  return `${code}${SEPARATOR}${chars.slice(0, room - 1).join('').trimEnd()}…`;
}

/**
 * The items the plan names (every item when it names none of them: Forms refuses a list without
 * choices), each code once, in the order given.
 */
function offered<T extends { code: string }>(items: readonly T[], named: ReadonlySet<string>): { code: string; item: T }[] {
  const seen = new Set<string>();
  const unique: { code: string; item: T }[] = [];
  for (const item of items) {
    const code = tidy(item.code);
    if (code === '' || seen.has(code)) continue;
    seen.add(code);
    unique.push({ code, item });
  }
  const inPlan = unique.filter(({ code }) => named.has(code));
  return inPlan.length > 0 ? inPlan : unique;
}

const STATUS_WORDS: Words<ReplicationStatus> = {
  notStarted: [REPLICATION_STATUS_WORDS.notStarted],
  applying: [REPLICATION_STATUS_WORDS.applying],
  applied: [REPLICATION_STATUS_WORDS.applied],
  notSuitable: [REPLICATION_STATUS_WORDS.notSuitable],
};

/**
 * The status form for the plan: agencies and initiatives as lists of "<code> – <name>" (those with
 * at least one assigned pair), the status as one of the four words, then evidence and who reports.
 */
export function statusFormSpec(
  config: ContestConfig,
  initiatives: readonly Initiative[],
  agencies: readonly Agency[],
  assignedPairs: readonly { initiativeCode: string; agencyCode: string }[],
): FormSpec<StatusQuestionKey> {
  const q = (key: StatusQuestionKey, kind: QuestionKind, required: boolean, help: string, choices?: string[]): FormQuestion<StatusQuestionKey> =>
    choices ? { key, kind, title: STATUS_FORM_TITLES[key], help, required, choices } : { key, kind, title: STATUS_FORM_TITLES[key], help, required };
  const agencyChoices = offered(agencies, new Set(assignedPairs.map((p) => tidy(p.agencyCode)))).map(({ code, item }) => choiceOf(code, item.name));
  const initiativeChoices = offered(initiatives, new Set(assignedPairs.map((p) => tidy(p.initiativeCode)))).map(({ code, item }) =>
    choiceOf(code, item.title),
  );
  const applied = REPLICATION_STATUS_WORDS.applied;
  const notSuitable = REPLICATION_STATUS_WORDS.notSuitable;
  return {
    title: `Báo cáo tiến độ nhân rộng sáng kiến – ${tidy(config.identity.title)}`,
    description: [
      'Đầu mối của các cơ quan, đơn vị được giao nhân rộng sáng kiến, mô hình báo cáo tình hình triển khai tại đơn vị mình.',
      'Mỗi lần gửi là báo cáo cho một sáng kiến, mô hình; đơn vị được giao nhiều sáng kiến gửi mỗi sáng kiến một báo cáo.',
      'Khi tình hình thay đổi, gửi báo cáo mới: báo cáo gửi sau thay thế báo cáo trước của đơn vị cho cùng sáng kiến.',
      'Kết quả, minh chứng: kết quả đạt được, số liệu cụ thể, đường liên kết đến văn bản triển khai của đơn vị.',
      'Báo cáo gửi từ email không phải đầu mối đã đăng ký của đơn vị được xem xét trước khi ghi nhận.',
    ].join('\n'),
    confirmation: 'Đã nhận báo cáo. Khi tình hình thay đổi, gửi báo cáo mới cho sáng kiến này: báo cáo gửi sau thay thế báo cáo trước.',
    questions: [
      q('agency', 'list', true, 'Đơn vị được giao nhân rộng sáng kiến, mô hình.', agencyChoices),
      q('initiative', 'list', true, 'Mỗi báo cáo cho một sáng kiến, mô hình.', initiativeChoices),
      q(
        'status',
        'choice',
        true,
        `Chọn "${notSuitable}" khi sáng kiến không áp dụng được tại đơn vị, và nêu lý do ở phần kết quả, minh chứng.`,
        REPLICATION_STATUSES.map((s) => REPLICATION_STATUS_WORDS[s]),
      ),
      q(
        'evidence',
        'paragraph',
        false,
        `Cần có khi chọn "${applied}": kết quả đạt được, số liệu cụ thể, đường liên kết đến văn bản triển khai của đơn vị.`,
      ),
      q('reporter', 'text', true, 'Ví dụ: Nguyễn Thị Thu Hà, Chánh Văn phòng, 0912 345 678'),
    ],
  };
}

/** The choices of the form's list and multiple-choice questions, by title: what refreshes a form already made. */
export function statusFormChoices(spec: FormSpec<StatusQuestionKey>): Record<string, string[]> {
  const choices: Record<string, string[]> = {};
  for (const question of spec.questions) {
    if ((question.kind === 'list' || question.kind === 'choice') && question.choices) choices[question.title] = [...question.choices];
  }
  return choices;
}

/** A response of the status form (structurally the app's FormResponseData). */
export interface StatusFormResponse {
  responseId: string;
  timestamp: Date;
  respondentEmail: string;
  answers: Record<string, string | string[]>;
}

const answerText = (answer: string | string[] | undefined): string =>
  answer === undefined ? '' : Array.isArray(answer) ? answer.join(', ') : answer;

/**
 * The code a choice starts with: the text before " – " (or " - ", or a dash without spaces, as
 * someone retyping it might write), or the whole answer when it is a plain code. Text longer than
 * any choice is no code at all.
 */
function codeOf(answer: string): string {
  const line = tidy(answer);
  const separator = /\s*[–—]\s*|\s-\s/.exec(line);
  const code = separator === null ? line : line.slice(0, separator.index).trim();
  return Array.from(code).length > CHOICE_MAX_LENGTH ? '' : code;
}

/** A response read into a StatusReport: codes, the status (null when blank or unknown), the evidence, and who reports. */
export function statusReportOf(response: StatusFormResponse): StatusReport {
  const answer = (key: StatusQuestionKey): string => answerText(response.answers[STATUS_FORM_TITLES[key]]);
  return {
    responseId: response.responseId,
    timestamp: response.timestamp,
    respondentEmail: response.respondentEmail.trim().toLowerCase(),
    agencyCode: codeOf(answer('agency')),
    initiativeCode: codeOf(answer('initiative')),
    status: readWord(STATUS_WORDS, tidy(answer('status'))) ?? null,
    // Kept as answered, line breaks included; the sheet writer makes it literal text.
    evidence: nfc(answer('evidence')).replace(/\r\n?/g, '\n').trim(),
    reporter: tidy(answer('reporter')),
  };
}
