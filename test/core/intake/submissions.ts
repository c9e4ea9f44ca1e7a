/** Realistic submissions for the intake tests: a complete Hậu Giang group entry to vary. */
import type { ContestConfig } from '../../../src/core/config/model';
import { readContribution, readLength } from '../../../src/core/intake/author-fields';
import { buildFormSpec, ORIGINALITY_CHOICE, readSubmission, type Answer } from '../../../src/core/intake/form-spec';
import type { Author, Submission } from '../../../src/core/intake/submission';

export function author(family: string, middle: string, given: string, more: Partial<Author> = {}): Author {
  return { familyName: family, middleName: middle, givenName: given, position: 'Chuyên viên', unit: 'Sở Tư pháp', phone: '0912345678', email: '', contribution: null, ...more };
}

/** A group of two from Sở Tư pháp, received on 15/7/2024 at 9:00 in Vietnam, with 60% and 40%. */
export function groupEntry(more: Partial<Submission> = {}): Submission {
  return {
    responseId: 'resp-1',
    receivedAt: '2024-07-15T09:00:00+07:00',
    respondentEmail: 'thu.lt@stp.haugiang.gov.vn',
    kind: 'group',
    authors: [
      author('Lê', 'Thị', 'Thu', { email: 'thu.lt@stp.haugiang.gov.vn', contribution: 60 }),
      author('Trần', 'Văn', 'Bình', { email: 'binh.tv@stp.haugiang.gov.vn', contribution: 40 }),
    ],
    unitCode: 'STP',
    categoryCode: 'TTHC',
    title: 'Tiếp nhận hồ sơ khai sinh qua Zalo tại Bộ phận một cửa',
    format: 'article',
    length: 1500,
    situation: 'Người dân phải đến xã hai lần để nộp và bổ sung hồ sơ khai sinh.',
    solution: 'Người dân gửi ảnh giấy chứng sinh qua Zalo; công chức tư pháp - hộ tịch kiểm tra trước và hẹn ngày trả kết quả.',
    evidence: '',
    attachmentLink: '',
    attachmentFileIds: [],
    originalityDeclared: true,
    raw: {},
    ...more,
  };
}

/** A submission read from form answers (by question key), as intake reads a real response. */
export function fromAnswers(config: ContestConfig, byKey: Record<string, Answer>, receivedAt = '2024-07-15T09:00:00+07:00'): Submission {
  const spec = buildFormSpec(config);
  const answers: Record<string, Answer> = { [spec.questions.find((q) => q.key === 'originality')!.title]: [ORIGINALITY_CHOICE] };
  for (const [key, answer] of Object.entries(byKey)) {
    const question = spec.questions.find((q) => q.key === key);
    if (!question) throw new Error(`No question ${key} in the form`);
    answers[question.title] = answer;
  }
  return readSubmission(spec, config, answers, { responseId: 'resp-form', receivedAt, respondentEmail: '' }, { contribution: readContribution, length: readLength });
}
