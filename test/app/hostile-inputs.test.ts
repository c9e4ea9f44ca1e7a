// A catalogue of hostile and malformed inputs (issue 8) across the four places users type into:
// the entry form, the configuration sheets, the judges' sheets and the document templates. Each
// case checks what a user would notice: the input is stored as the text it is (never evaluated), or
// flagged or rejected with a Vietnamese message naming the field and what to do; and nothing else
// is lost. The last test prints how many cases ran and how each was handled.

import type { CellValue, Grid } from '../../src/core/cell';
import { DOCUMENT_KINDS } from '../../src/core/documents/document-kinds';
import { CUT_MARKER, ENTRIES_SHEET, ENTRY_COLUMNS, RAW_PREFIX } from '../../src/core/intake/entries-sheet';
import { documentsText } from '../../src/ui/messages/documents-text';
import { uiText } from '../../src/ui/messages/ui-text';
import { SURFACES, Tally, type Handling } from './hostile-inputs/catalogue';
import { JUDGES, SECRETARY } from './hostile-inputs/contest';
import { CONFIGURATION_CASES } from './hostile-inputs/configuration-cases';
import { applyEdit, configurationRead, everySheet, openConfigurationWorkbook } from './hostile-inputs/configuration-workbook';
import { documentsSheet, documentText, editTemplate, generate, openDocumentsContest, trashTemplate, type DocumentsContest } from './hostile-inputs/documents-contest';
import { ENTRY_FORM_CASES, type FormCase } from './hostile-inputs/entry-form-cases';
import { openFormContest, submitCase, titleOf, type FormContest } from './hostile-inputs/entry-form-contest';
import { JUDGE_SHEET_CASES, SHEET_EDITS, type JudgeCase } from './hostile-inputs/judge-sheet-cases';
import {
  applyJudgeEdit,
  clearRow,
  entryCode,
  everyTab,
  matrixTotal,
  openJudgingContest,
  pasteScores,
  prepareJudgeEdit,
  syncScores,
  type JudgingContest,
} from './hostile-inputs/judging-contest';
import { TEMPLATE_CASES } from './hostile-inputs/template-cases';

const tally = new Tally();

/** The register's row as { header: value }. */
function recordOf(grid: Grid, at: (row: Record<string, CellValue>) => boolean): Record<string, CellValue> {
  const header = (grid[0] ?? []).map(String);
  const rows = grid.slice(1).map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
  const found = rows.find(at);
  if (!found) throw new Error('row not found');
  return found;
}

/** One line, as the register shows a name or a title: NFC, runs of white space made one space, trimmed. */
const oneLine = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();

describe('the entry form', () => {
  let contest: FormContest;
  beforeAll(() => {
    contest = openFormContest();
  });
  afterAll(() => contest.close());

  function formulasInRegister(): string[] {
    return contest.emu.activeSpreadsheet.getSheetByName(ENTRIES_SHEET)!.getDataRange().getFormulas().flat().filter((f) => f !== '');
  }

  /** What the register keeps of the answer: its own raw column, or the line of a question added by hand. */
  function keptAnswer(c: FormCase, row: Record<string, CellValue>): string {
    const title = titleOf(contest, c.question);
    if (typeof c.question === 'object') {
      const line = String(row[ENTRY_COLUMNS.otherAnswers]).split('\n').find((l) => l.startsWith(`${title}: `)) ?? '';
      return line.slice(title.length + 2);
    }
    return String(row[RAW_PREFIX + title]);
  }

  it.each(ENTRY_FORM_CASES.map((c, i) => [c.name, c, i + 1] as const))('%s', (_name, c, n) => {
    const submission = submitCase(contest, c, n);
    const { before, after } = submission;
    // Nothing else is lost: every earlier row as it was, and one row more.
    expect(after.slice(1, before.length)).toEqual(before.slice(1));
    expect(after.length).toBe(Math.max(before.length, 1) + 1);
    const row = recordOf(after, (r) => r[ENTRY_COLUMNS.responseId] === submission.responseId);
    // Never evaluated: not a single formula in the register.
    expect(formulasInRegister()).toEqual([]);

    const kept = keptAnswer(c, row);
    const cut = kept !== c.input;
    if (cut) {
      // Too long for a cell: cut, saying so, while the Form keeps the whole answer.
      expect(kept.length).toBeLessThanOrEqual(50_000);
      expect(c.input.startsWith(kept.slice(0, 40_000))).toBe(true);
      const inForm = contest.emu.forms.info(contest.formId).responses.find((r) => r.id === submission.responseId)!;
      expect(inForm.answers[titleOf(contest, c.question)]).toBe(c.input);
    } else if (c.question === 'title') {
      expect(row[ENTRY_COLUMNS.title]).toBe(oneLine(c.input));
    }

    const status = String(row[ENTRY_COLUMNS.status]);
    const reasons = String(row[ENTRY_COLUMNS.reasons]);
    const handling: Handling = status === 'Không hợp lệ' ? 'rejected' : status === 'Cần xem xét' || cut ? 'flagged' : 'stored';
    tally.record('form', handling);
    expect(handling).toBe(c.expect);
    if (handling === 'stored') expect(reasons).toBe('');
    // The reasons are the add-on's own sentences: they fit their cell whole, never cut.
    expect(reasons).not.toContain(CUT_MARKER);
    const message = cut && reasons === '' ? kept.slice(-200) : reasons;
    for (const words of c.says ?? []) expect(message).toContain(words);
  });
});

describe('the configuration sheets', () => {
  const lastAlert = (emu: ReturnType<typeof openConfigurationWorkbook>['emu']): string => emu.ui.alerts[emu.ui.alerts.length - 1].prompt;

  it.each(CONFIGURATION_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { emu, close } = openConfigurationWorkbook();
    try {
      applyEdit(emu, c);
      const edited = everySheet(emu);
      emu.clickMenu('Kiểm tra cấu hình', { user: SECRETARY });
      const alert = lastAlert(emu);
      // Checking reads and never writes: whatever was typed is still there.
      expect(everySheet(emu)).toEqual(edited);

      const t = uiText.vi.check;
      const handling: Handling = alert === t.allGood ? 'stored' : alert === t.notSetUp || alert.includes('✖') ? 'rejected' : 'flagged';
      tally.record('configuration', handling);
      expect(handling).toBe(c.expect);
      for (const words of c.says ?? []) expect(alert).toContain(words);
      if (c.reads) expect(c.reads[0](configurationRead(emu)!)).toEqual(c.reads[1]);
      if (handling === 'rejected') {
        // A configuration with errors is not used: the next step says so rather than guessing.
        emu.clickMenu('Tạo biểu mẫu dự thi', { user: SECRETARY });
        expect(lastAlert(emu)).toBe(uiText.vi.intake.needsConfiguration);
        expect(emu.forms.list()).toEqual([]);
      }
    } finally {
      close();
    }
  });
});

describe("the judges' sheets", () => {
  const cellCases = JUDGE_SHEET_CASES.filter((c) => !SHEET_EDITS.includes(c.edit));
  const sheetCases = JUDGE_SHEET_CASES.filter((c) => SHEET_EDITS.includes(c.edit));
  const [judge, otherJudge] = JUDGES.map((j) => j.email);
  const FULL_ROW = [25, 20, 20, 8, 8];

  /** Runs the case and says how it was handled; `mentions` tells the alert's lines about this case from the rest. */
  function observe(contest: JudgingContest, c: JudgeCase, n: number, mentions: (alert: string) => boolean): { handling: Handling; message: string } {
    prepareJudgeEdit(contest, c, n);
    const before = everyTab(contest);
    const applied = applyJudgeEdit(contest, c, n);
    if (applied.refused) {
      // Refused as typed: the sheet is exactly as it was.
      expect(everyTab(contest)).toEqual(before);
      return { handling: 'rejected', message: applied.refused.message ?? '' };
    }
    const alert = syncScores(contest);
    const total = applied.code === '' ? '' : matrixTotal(contest, applied.code, applied.judge);
    if (c.total !== undefined) expect(total).toBe(c.total);
    const used = typeof total === 'number';
    return { handling: mentions(alert) ? (used ? 'flagged' : 'rejected') : 'stored', message: alert };
  }

  describe('cell by cell, in one contest', () => {
    let contest: JudgingContest;
    beforeAll(() => {
      contest = openJudgingContest(cellCases.length);
    });
    afterAll(() => contest.close());

    it.each(cellCases.map((c, i) => [c.name, c, i + 1] as const))('%s', (_name, c, n) => {
      const code = entryCode(n);
      const before = everyTab(contest);
      const { handling, message } = observe(contest, c, n, (alert) => alert.split('\n').some((line) => line.includes(code)));
      // Nothing else is lost: every other judge's tab, and every other row of this one, as they were.
      const after = everyTab(contest);
      for (const j of JUDGES.map((x) => x.email).filter((x) => x !== judge)) expect(after.get(j)).toEqual(before.get(j));
      const row = (grid: Grid | undefined): number => (grid ?? []).findIndex((r) => r[contest.layout.columns.code - 1] === code);
      const others = (grid: Grid | undefined): Grid => (grid ?? []).filter((_, i) => i !== row(grid));
      expect(others(after.get(judge))).toEqual(others(before.get(judge)));

      tally.record('judgeSheets', handling);
      expect(handling).toBe(c.expect);
      for (const words of c.says ?? []) expect(message).toContain(words);
      clearRow(contest, judge, code);
    });
  });

  describe('whole sheets, each in a contest of its own', () => {
    it.each(sheetCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const contest = openJudgingContest(3);
      try {
        // Another judge has scored the entry, and the judge of the case too.
        pasteScores(contest, otherJudge, entryCode(1), FULL_ROW);
        pasteScores(contest, judge, entryCode(1), FULL_ROW);
        syncScores(contest);
        const { handling, message } = observe(contest, c, 1, (alert) => /Phiếu cần xem lại|CẢNH BÁO/.test(alert));
        // Nothing else is lost: the other judge's score still counts.
        expect(matrixTotal(contest, entryCode(1), otherJudge)).toBe(FULL_ROW.reduce((a, b) => a + b, 0));
        tally.record('judgeSheets', handling);
        expect(handling).toBe(c.expect);
        for (const words of c.says ?? []) expect(message).toContain(words);
      } finally {
        contest.close();
      }
    });
  });
});

describe('the document templates', () => {
  const t = documentsText.vi;
  let contest: DocumentsContest;
  beforeAll(() => {
    contest = openDocumentsContest(TEMPLATE_CASES);
    const alert = generate(contest);
    if (!alert.includes(t.allDone)) throw new Error(alert);
  });
  afterAll(() => contest.close());

  /** The document that shows a case's input: its entry's receipt, or the decision for the signer and the legal bases. */
  function keyOf(c: (typeof TEMPLATE_CASES)[number]): string {
    if ('entry' in c.into) return `BN-${contest.entryOf.get(c)}`;
    if ('config' in c.into && (c.into.config === 'signerName' || c.into.config === 'legalBasis')) return 'QD';
    return 'BN-DK-001';
  }

  it.each(TEMPLATE_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    let handling: Handling = 'stored';
    let message = '';
    if ('template' in c.into || 'trash' in c.into) {
      const before = documentsSheet(contest);
      const restore = 'template' in c.into ? editTemplate(contest, c.into.template, c.input) : (trashTemplate(contest, c.into.trash), () => undefined);
      message = generate(contest);
      if (message.startsWith(t.refusal.unknownPlaceholders('').split('\n')[0])) {
        handling = 'rejected';
        // Refused before anything is made: the sheet of documents as it was, every document still there.
        expect(documentsSheet(contest)).toEqual(before);
        expect(documentText(contest, 'QD')).toContain('QUYẾT ĐỊNH');
      } else if (DOCUMENT_KINDS.some((k) => message.includes(t.templatesCreated(t.kinds([k]))))) {
        handling = 'flagged';
      }
      restore();
    }
    tally.record('templates', handling);
    expect(handling).toBe(c.expect);
    for (const words of c.says ?? []) expect(message).toContain(words);
    if (handling === 'stored') expect(documentText(contest, keyOf(c))).toContain(c.shows ?? c.input);
  });
});

describe('the catalogue', () => {
  it('ran at least 100 cases across the four surfaces, and says how each was handled', () => {
    console.log(tally.summary());
    for (const surface of SURFACES) expect(tally.total(surface)).toBeGreaterThan(0);
    expect(tally.total()).toBeGreaterThanOrEqual(100);
  });
});
