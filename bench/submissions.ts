// What the entrants send through the entry form: one answer set per entry, built from the demo's
// sample initiatives. Each entry's texts combine a title with the situation and solution of two
// other initiatives, so a thousand entries are not a thousand near-duplicates of forty.

import type { ContestConfig, EntrantKind } from '../src/core/config/model';
import { ENTRANT_KIND_WORDS, ENTRY_FORMAT_WORDS, wordFor } from '../src/core/config/workbook-vocabulary';
import { buildFormSpec, ORIGINALITY_CHOICE } from '../src/core/intake/form-spec';
import { SAMPLE_IDEAS, sampleAuthor } from '../demo/sample-entries';

export interface Submission {
  answers: Record<string, string | string[]>;
  respondent: string;
  timestamp: Date;
}

export function submissions(config: ContestConfig, count: number, first: Date, spacingMs: number): Submission[] {
  const spec = buildFormSpec(config);
  const titles = new Map(spec.questions.map((q) => [q.key, q.title]));
  const title = (key: string): string | undefined => titles.get(key as never);
  const kinds: EntrantKind[] = config.entrants.kinds.filter((k) => k === 'individual' || k === 'group');
  const ideas = SAMPLE_IDEAS.length;
  return Array.from({ length: count }, (_, i) => {
    const idea = SAMPLE_IDEAS[i % ideas];
    const batch = Math.floor(i / ideas);
    const other = SAMPLE_IDEAS[(i * 7 + batch * 3 + 3) % ideas];
    const third = SAMPLE_IDEAS[(i * 13 + batch * 11 + 5) % ideas];
    const unit = config.units[i % config.units.length];
    const format = config.formats[i % config.formats.length].format;
    const kind = kinds[i % kinds.length] ?? 'individual';
    const authors = kind === 'group' ? 2 : 1;
    const answers: Record<string, string | string[]> = {};
    const put = (key: string, value: string | string[]): void => {
      const t = title(key);
      if (t !== undefined) answers[t] = value;
    };
    put('kind', wordFor(ENTRANT_KIND_WORDS, kind));
    put('unit', unit.name);
    if (config.categories.length > 0) put('category', config.categories[i % config.categories.length].name);
    put('title', `${idea.title} tại ${unit.name} (đợt ${batch + 1})`);
    put('format', wordFor(ENTRY_FORMAT_WORDS, format));
    put('length', format === 'article' ? String(1100 + (i % 8) * 100) : '5');
    put('situation', `${idea.situation} ${other.situation}`);
    put('solution', `${idea.solution} ${third.solution}`);
    put('originality', [ORIGINALITY_CHOICE]);
    for (let n = 1; n <= authors; n++) {
      const author = sampleAuthor(i * 4 + n);
      put(`author${n}.familyName`, author.familyName);
      put(`author${n}.middleName`, author.middleName);
      put(`author${n}.givenName`, author.givenName);
      put(`author${n}.email`, author.email);
      put(`author${n}.unit`, unit.name);
      if (authors > 1) put(`author${n}.contribution`, '50');
    }
    return { answers, respondent: sampleAuthor(i * 4 + 1).email, timestamp: new Date(first.getTime() + i * spacingMs) };
  });
}
