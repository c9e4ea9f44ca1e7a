// An entrant's answers to the entry form, for the app tests: a valid individual entry numbered n,
// keyed by the form's question titles, distinct enough from every other n (title and solution
// carry different large numbers) that no two read as near-duplicates.

import type { ContestConfig } from '../../src/core/config/model';
import { buildFormSpec, ORIGINALITY_CHOICE } from '../../src/core/intake/form-spec';

export type Answers = Record<string, string | string[]>;

/** The title of the form's question with this key. */
export function questionTitles(config: ContestConfig): (key: string) => string {
  const spec = buildFormSpec(config);
  return (key) => spec.questions.find((q) => q.key === key)!.title;
}

/** Entry n's answers; `extra` replaces or adds answers by question title. */
export function entryAnswers(config: ContestConfig, n: number, extra: Answers = {}): Answers {
  const title = questionTitles(config);
  return {
    [title('kind')]: 'Cá nhân',
    [title('author1.familyName')]: 'Phạm',
    [title('author1.givenName')]: `Tác giả ${n}`,
    [title('author1.email')]: `tg${n}@demo.example`,
    [title('unit')]: config.units[n % config.units.length].name,
    [title('category')]: config.categories[n % config.categories.length].name,
    [title('title')]: `Giải pháp số ${n} về ${['một cửa', 'ký số', 'chatbot', 'bản đồ số', 'họp trực tuyến'][n % 5]} ${n * 7919}`,
    [title('format')]: 'Bài viết',
    [title('situation')]: `Thực trạng ${n}: hồ sơ nộp trực tiếp ${n * 31} lần mỗi tháng`,
    [title('solution')]: `Nội dung giải pháp ${n * 104729} ${n}`,
    [title('originality')]: [ORIGINALITY_CHOICE],
    ...extra,
  };
}
