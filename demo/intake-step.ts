// The demo's intake: the secretariat creates the entry form from the menu, forty sample entries
// arrive through it (the submit trigger files each one), and the units report is run.

import type { Emulator } from '../test/emulator';
import type { ContestConfig } from '../src/core/config/model';
import { ENTRIES_SHEET, ENTRY_COLUMNS, entriesFromRegister } from '../src/core/intake/entries-sheet';
import { buildFormSpec, ORIGINALITY_CHOICE } from '../src/core/intake/form-spec';
import type { Entry } from '../src/core/entry';
import { intakeStatusWord } from '../src/ui/messages/intake-text';
import { NEAR_DUPLICATE_IDEA, SAMPLE_IDEAS, sampleAuthor, type SampleIdea } from './sample-entries';

export interface IntakeSummary {
  formItems: number;
  received: number;
  byStatus: Record<string, number>;
  flagged: { code: string; status: string; reasons: string }[];
  unitsWithoutEntries: string;
  receiptsSent: number;
  entries: Entry[];
}

const DAY = 86_400_000;

export function runIntake(emu: Emulator, config: ContestConfig, secretary: string, measure: (step: string, action: () => void) => void): IntakeSummary {
  measure('Tạo biểu mẫu dự thi (menu)', () => emu.clickMenu('Tạo biểu mẫu dự thi', { user: secretary }));
  const form = emu.forms.list()[0];
  const spec = buildFormSpec(config);
  const title = (key: string): string => spec.questions.find((q) => q.key === key)!.title;
  const judge = config.members.find((m) => m.role === 'judge')!;
  // The last unit sends nothing: the units report must name it.
  const units = config.units.slice(0, -1);
  const opens = Date.parse(`${config.timeline.intake.mode === 'window' ? config.timeline.intake.opens : `${config.identity.year}-01-01`}T08:00:00+07:00`);

  const submissions: { idea: SampleIdea; at: number; authors: number; ineligible?: boolean }[] = SAMPLE_IDEAS.slice(0, 39).map((idea, i) => ({
    idea,
    // Thirty-seven inside the window (01/7–16/8/2024), two after it.
    at: i < 37 ? opens + Math.floor((i * 45 * DAY) / 37) + (i % 9) * 3_600_000 : opens + (47 + i - 37) * DAY,
    authors: i % 6 === 3 ? 3 : i === 5 ? 5 : 1,
    ineligible: i === 8,
  }));
  submissions.push({ idea: NEAR_DUPLICATE_IDEA, at: opens + 40 * DAY, authors: 1 });

  measure(`${submissions.length} bài dự thi gửi qua biểu mẫu (trình kích hoạt ghi vào "${ENTRIES_SHEET}")`, () => {
    submissions.forEach((s, i) => {
      const answers: Record<string, string | string[]> = {
        [title('kind')]: s.authors > 1 ? 'Nhóm tác giả' : 'Cá nhân',
        [title('unit')]: units[i % units.length].name,
        [title('category')]: config.categories[i % config.categories.length].name,
        [title('title')]: s.idea.title,
        [title('format')]: i % 4 === 0 ? 'Video' : 'Bài viết',
        [title('length')]: i % 4 === 0 ? '5' : String(1200 + (i % 7) * 100),
        [title('situation')]: s.idea.situation,
        [title('solution')]: s.idea.solution,
        [title('originality')]: [ORIGINALITY_CHOICE],
      };
      for (let n = 1; n <= Math.min(s.authors, 4); n++) {
        const author = sampleAuthor(i * 5 + n);
        const prefix = `author${n}`;
        answers[title(`${prefix}.familyName`)] = author.familyName;
        answers[title(`${prefix}.middleName`)] = author.middleName;
        answers[title(`${prefix}.givenName`)] = author.givenName;
        answers[title(`${prefix}.email`)] = author.email;
        answers[title(`${prefix}.contribution`)] = s.authors > 1 ? String(s.authors === 3 ? [40, 30, 30][n - 1] : 20) : '';
      }
      if (s.authors > 4) {
        const fifth = sampleAuthor(i * 5 + 5);
        answers[title('moreAuthors')] = `${fifth.familyName} ${fifth.middleName} ${fifth.givenName}; Chuyên viên; ${units[i % units.length].name}; ${fifth.email}; 20`;
      }
      if (s.ineligible) {
        // A judge enters under their own name and e-mail.
        const [family, ...rest] = judge.name.split(' ');
        answers[title('author1.familyName')] = family;
        answers[title('author1.middleName')] = rest.slice(0, -1).join(' ');
        answers[title('author1.givenName')] = rest[rest.length - 1];
        answers[title('author1.email')] = judge.email;
      }
      const respondent = s.ineligible ? judge.email : sampleAuthor(i * 5 + 1).email;
      emu.forms.respond(form, answers, { respondent, timestamp: new Date(s.at) });
    });
  });
  measure('Báo cáo đơn vị chưa có bài (menu)', () => emu.clickMenu('Báo cáo đơn vị chưa có bài', { user: secretary }));

  const grid = emu.inspect.values(ENTRIES_SHEET);
  const header = grid[0].map(String);
  const at = (column: keyof typeof ENTRY_COLUMNS): number => header.indexOf(ENTRY_COLUMNS[column]);
  const rows = grid.slice(1);
  const byStatus: Record<string, number> = {};
  for (const row of rows) byStatus[String(row[at('status')])] = (byStatus[String(row[at('status')])] ?? 0) + 1;
  const valid = intakeStatusWord('valid', 'vi');
  const invalid = intakeStatusWord('invalid', 'vi');
  return {
    formItems: emu.inspect.form(form).items.length,
    received: rows.length,
    byStatus,
    flagged: rows.filter((r) => r[at('status')] !== valid).map((r) => ({ code: String(r[at('code')]), status: String(r[at('status')]), reasons: String(r[at('reasons')]) })),
    unitsWithoutEntries: emu.ui.alerts[emu.ui.alerts.length - 1].prompt,
    receiptsSent: emu.mail.sent.length,
    entries: entriesFromRegister(grid, config, (status) => status !== invalid),
  };
}
