// The entry form at work for the catalogue: one contest whose form the menu created, entrants
// answering it through Google Forms and the real submit trigger (src/main.ts) filing each response
// in the register. Every case is an ordinary entry with one hostile answer.

import * as entryPoints from '../../../src/main';
import { writeConfiguration } from '../../../src/app/contest-configuration';
import type { Grid } from '../../../src/core/cell';
import type { ContestConfig } from '../../../src/core/config/model';
import { ENTRIES_SHEET } from '../../../src/core/intake/entries-sheet';
import { buildFormSpec, ORIGINALITY_CHOICE, type FormSpec, type QuestionKey } from '../../../src/core/intake/form-spec';
import { SpreadsheetWorkbook } from '../../../src/workspace/spreadsheet-workbook';
import { createEmulator, type Emulator } from '../../emulator';
import { contestConfig, SECRETARY } from './contest';
import type { FormCase, FormEdit } from './entry-form-cases';

export interface FormContest {
  emu: Emulator;
  config: ContestConfig;
  spec: FormSpec;
  formId: string;
  close(): void;
}

/** Inside Hậu Giang's submission window (01/7–16/8/2024), in Vietnam's morning. */
const DURING_INTAKE = new Date('2024-07-15T02:00:00Z');

export function openFormContest(): FormContest {
  const emu = createEmulator({ owner: SECRETARY, scope: entryPoints, latency: 'off', startTime: DURING_INTAKE });
  const close = emu.install();
  const config = contestConfig();
  emu.runAs(SECRETARY, () => writeConfiguration(config, new SpreadsheetWorkbook(emu.activeSpreadsheet), '(cũ)'));
  emu.triggers.open(SECRETARY);
  emu.clickMenu('Tạo biểu mẫu dự thi', { user: SECRETARY });
  const [form] = emu.forms.list();
  return { emu, config, spec: buildFormSpec(config), formId: form.getId(), close };
}

export function titleOf(contest: FormContest, question: FormCase['question']): string {
  if (typeof question === 'object') return question.added;
  const found = contest.spec.questions.find((q) => q.key === question);
  if (!found) throw new Error(`no question ${question}`);
  return found.title;
}

/**
 * Syllables no other case uses, so that no two entries of the catalogue look alike to the
 * near-duplicate check (it compares pairs of syllables, near-duplicates.ts).
 */
const tag = (n: number): string => ['a', 'b', 'c', 'd', 'e'].map((x) => `hk${n}${x}`).join(' ');

/** The n-th ordinary entry, answers by question key. */
function ordinaryAnswers(contest: FormContest, n: number): Partial<Record<QuestionKey, string | string[]>> {
  return {
    kind: 'Cá nhân',
    'author1.familyName': 'Phạm',
    'author1.middleName': 'Văn',
    'author1.givenName': 'Hùng',
    'author1.email': `tg${n}@xa.example`,
    unit: contest.config.units[n % contest.config.units.length].name,
    category: contest.config.categories[n % contest.config.categories.length].name,
    title: `Mô hình ${tag(n)}`,
    format: 'Bài viết',
    length: '1500',
    situation: `Thực trạng ${tag(n)}`,
    solution: `Nội dung ${tag(n)} thực hiện`,
    originality: [ORIGINALITY_CHOICE],
  };
}

/** The secretariat edits the form by hand, in the Forms editor. */
function editForm(contest: FormContest, edit: FormEdit): void {
  const { emu } = contest;
  emu.runAs(SECRETARY, () => {
    const form = emu.globals.FormApp.openById(contest.formId);
    if (edit.kind === 'addQuestion') {
      form.addParagraphTextItem().setTitle(edit.title);
      return;
    }
    const item = form.getItems().find((i) => i.getTitle() === titleOf(contest, edit.question));
    if (!item) throw new Error(`no item for ${edit.question}`);
    if (edit.kind === 'addChoice') {
      const list = item.asListItem();
      list.setChoiceValues([...list.getChoices().map((c) => c.getValue()), edit.choice]);
    } else if (edit.kind === 'otherOption') {
      item.asMultipleChoiceItem().showOtherOption(true);
    } else {
      item.asCheckboxItem().setRequired(false);
    }
  });
}

export interface Submission {
  responseId: string;
  /** The register before and after, as the secretariat sees it. */
  before: Grid;
  after: Grid;
}

/** Submits the n-th entry with the case's hostile answer, after the case's edit of the form. */
export function submitCase(contest: FormContest, c: FormCase, n: number): Submission {
  const { emu } = contest;
  if (c.formEdit) editForm(contest, c.formEdit);
  const answers: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries({ ...ordinaryAnswers(contest, n), ...c.with })) {
    if (value !== undefined) answers[titleOf(contest, key as QuestionKey)] = value;
  }
  answers[titleOf(contest, c.question)] = c.question === 'originality' && c.input !== '' ? [c.input] : c.input;
  const before = registerGrid(emu);
  const response = emu.forms.respond(contest.formId, answers, { respondent: c.respondent ?? `tg${n}@xa.example` });
  return { responseId: response.responseId, before, after: registerGrid(emu) };
}

function registerGrid(emu: Emulator): Grid {
  return emu.inspect.sheetNames().includes(ENTRIES_SHEET) ? (emu.inspect.values(ENTRIES_SHEET) as Grid) : [];
}
