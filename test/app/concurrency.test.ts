// Concurrency on the emulator (issue 8, Reliability): submit-trigger executions interleaving with
// one another and with "Đồng bộ bài dự thi", and two secretaries pressing "Tính kết quả" or "Tạo
// văn bản" at the same time. JavaScript cannot suspend an execution, so the real code is held open
// at a pause between two of its service calls while other executions run to their end inside it,
// as Apps Script would run them beside it; a waiter never gets a lock another execution holds
// (test/emulator/README.md, "Executions, buffered writes and locks"). Nothing may be lost or filed
// twice: a handler refused the lock leaves its response in the form, and the next sync files it.

import fc from 'fast-check';
import * as entryPoints from '../../src/main';
import { writeConfiguration } from '../../src/app/contest-configuration';
import { BOARD_DECISIONS_SHEET, RESULTS_CHARTS_SHEET, RESULTS_SHEET } from '../../src/app/results';
import type { CellValue } from '../../src/core/cell';
import type { ContestConfig } from '../../src/core/config/model';
import { presetById } from '../../src/core/config/presets';
import { DOCUMENTS_SHEET, readDocumentRecords } from '../../src/core/documents/documents-sheet';
import { ENTRIES_SHEET, ENTRY_COLUMNS, RAW_PREFIX } from '../../src/core/intake/entries-sheet';
import { RESULTS_COLUMNS } from '../../src/core/results/results-sheet';
import { GoogleDocuments } from '../../src/workspace/google-documents';
import { GoogleForms } from '../../src/workspace/google-form';
import { DocumentLock } from '../../src/workspace/script-services';
import { SpreadsheetWorkbook } from '../../src/workspace/spreadsheet-workbook';
import { DEMO_MEMBERS, DEMO_UNITS } from '../../demo/fixtures';
import { createEmulator, MESSAGES, type Emulator, type Execution, type RespondResult } from '../emulator';
import { judgesPasteScores } from './judges-paste-scores';
import { entryAnswers, questionTitles, type Answers } from './entry-answers';
import { registerRows } from './emulated-workbook';

const SECRETARY = 'yen.nt@demo.example';
const SECOND_SECRETARY = 'duc.lv@demo.example';
/** What a run refused because another holds the lock says happened, and what it tells the person to do. */
const NOT_DONE = 'đang có một thao tác khác chạy trên bảng tính này';
const TRY_AGAIN = 'Hãy chờ khoảng một phút rồi chạy lại.';

let uninstall: (() => void) | undefined;
let activeInterleaving: Interleaving | undefined;
function cleanUp(): void {
  activeInterleaving?.restore();
  activeInterleaving = undefined;
  uninstall?.();
  uninstall = undefined;
}
// A refused step logs its error in full (src/ui/user-errors.ts): kept out of the test's output.
beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => {
  cleanUp();
  jest.restoreAllMocks();
});

/** Points of the real code where an execution is held open while others run. */
type Pause =
  /** About to wait for the document lock, holding nothing (e.g. between two locked sections of a flow). */
  | 'beforeLock'
  /** Holding the lock, the register just read. */
  | 'registerRead'
  /** Holding the lock, the register's rows written into the execution's buffer, not yet flushed. */
  | 'rowsWritten'
  /** Holding the lock, its work done, about to flush and release it. */
  | 'beforeRelease'
  /** A sync has read the form's responses and not yet asked for the lock. */
  | 'responsesRead'
  /** Holding the lock, the Results sheets written into the buffer, the charts not yet. */
  | 'resultsWritten'
  /** A document and its PDF made, others of the batch still waiting. */
  | 'documentMade';

/**
 * Holds executions at pauses of the real adapters (spied on, never changed) while a test's steps
 * run as other executions. Pauses reached by those nested executions are ignored.
 */
class Interleaving {
  private readonly planned: { pause: Pause; skip: number; run: () => void }[] = [];
  private readonly spies: jest.SpyInstance[] = [];
  private holder: Execution | null = null;
  private running = false;

  constructor(private readonly emu: Emulator) {
    // The spies are functions, not arrows: their `this` is the adapter, whose real method they call.
    const reached = (pause: Pause): void => this.reached(pause);
    const holds = (): boolean => this.holds();
    const holding = <T>(fn: () => T): T => this.holding(fn);
    const withLock = DocumentLock.prototype.withLock;
    this.watch(jest.spyOn(DocumentLock.prototype, 'withLock')).mockImplementation(function <T>(this: DocumentLock, fn: () => T): T {
      reached('beforeLock');
      return withLock.call<DocumentLock, [() => T], T>(this, () =>
        holding(() => {
          const result = fn();
          reached('beforeRelease');
          return result;
        }),
      );
    });
    const readSheets = SpreadsheetWorkbook.prototype.readSheets;
    this.watch(jest.spyOn(SpreadsheetWorkbook.prototype, 'readSheets')).mockImplementation(function (this: SpreadsheetWorkbook, names) {
      const grids = readSheets.call(this, names);
      if (names.includes(ENTRIES_SHEET) && holds()) reached('registerRead');
      return grids;
    });
    const writeRows = SpreadsheetWorkbook.prototype.writeRows;
    this.watch(jest.spyOn(SpreadsheetWorkbook.prototype, 'writeRows')).mockImplementation(function (this: SpreadsheetWorkbook, ...args) {
      writeRows.apply(this, args);
      if (args[0] === ENTRIES_SHEET && holds()) reached('rowsWritten');
    });
    const writeSheets = SpreadsheetWorkbook.prototype.writeSheets;
    this.watch(jest.spyOn(SpreadsheetWorkbook.prototype, 'writeSheets')).mockImplementation(function (this: SpreadsheetWorkbook, tables) {
      writeSheets.call(this, tables);
      if (tables.some((t) => t.name === RESULTS_SHEET) && holds()) reached('resultsWritten');
    });
    const responses = GoogleForms.prototype.responses;
    this.watch(jest.spyOn(GoogleForms.prototype, 'responses')).mockImplementation(function (this: GoogleForms, formId) {
      const all = responses.call(this, formId);
      reached('responsesRead');
      return all;
    });
    const exportPdf = GoogleDocuments.prototype.exportPdf;
    this.watch(jest.spyOn(GoogleDocuments.prototype, 'exportPdf')).mockImplementation(function (this: GoogleDocuments, ...args) {
      const pdf = exportPdf.apply(this, args);
      reached('documentMade');
      return pdf;
    });
  }

  /** Puts the adapters back as they were. */
  restore(): void {
    this.spies.splice(0).forEach((spy) => spy.mockRestore());
  }

  private watch<S extends jest.SpyInstance>(spy: S): S {
    this.spies.push(spy);
    return spy;
  }

  /** The `nth` time from now an execution reaches `pause`, `run` runs while that execution waits there. */
  at(pause: Pause, run: () => void, nth = 1): void {
    this.planned.push({ pause, skip: nth - 1, run });
  }

  /** Pauses planned and never reached: an interleaving that did not happen proves nothing. */
  unreached(): Pause[] {
    return this.planned.map((p) => p.pause);
  }

  /** Forgets the pauses not reached (a random schedule may plan one its step never passes). */
  cancel(): void {
    this.planned.length = 0;
  }

  private holds(): boolean {
    return this.holder !== null && this.holder === this.emu.currentExecution;
  }

  private holding<T>(fn: () => T): T {
    const outer = this.holder;
    this.holder = this.emu.currentExecution;
    try {
      return fn();
    } finally {
      this.holder = outer;
    }
  }

  private reached(pause: Pause): void {
    if (this.running) return;
    const plan = this.planned.find((p) => p.pause === pause);
    if (!plan) return;
    if (plan.skip > 0) {
      plan.skip -= 1;
      return;
    }
    this.planned.splice(this.planned.indexOf(plan), 1);
    this.running = true;
    try {
      plan.run();
    } finally {
      this.running = false;
    }
  }
}

/**
 * A fresh emulated spreadsheet with its globals and virtual Date installed, the previous one's
 * removed first. No time limit: executions run inside a held one wait one after another here
 * (30 s each for the lock), where Apps Script would let them wait side by side, and that sum
 * would count against the held execution's 6 minutes.
 */
function emulator(startTime: string): { emu: Emulator; interleaving: Interleaving } {
  cleanUp();
  const emu = createEmulator({
    owner: SECRETARY,
    editors: [SECOND_SECRETARY],
    scope: entryPoints,
    latency: 'off',
    startTime: new Date(startTime),
    executionTimeLimitMs: Infinity,
  });
  uninstall = emu.install(globalThis, { virtualDate: true });
  activeInterleaving = new Interleaving(emu);
  return { emu, interleaving: activeInterleaving };
}

const menu = (emu: Emulator, caption: string, user = SECRETARY): void => void emu.clickMenu(caption, { user });
const alerts = (emu: Emulator): string[] => emu.ui.alerts.map((a) => a.prompt);
const code = (prefix: string, n: number): string => `${prefix}-${String(n).padStart(3, '0')}`;
const codes = (prefix: string, count: number): string[] => Array.from({ length: count }, (_, i) => code(prefix, i + 1));



// ---- intake ------------------------------------------------------------------------------------

interface Intake {
  emu: Emulator;
  interleaving: Interleaving;
  form: GoogleAppsScript.Forms.Form;
  /** What each entrant typed, by response id. */
  given: Map<string, Answers>;
  /** Text answers whose raw column the register must keep exactly as typed. */
  textQuestions: string[];
  /** A new response lands in the form; its triggers run only when `fire` is called. */
  respond(duplicate?: true | 'blank'): RespondResult;
  /** Runs a response's submit triggers; the errors of the events that failed. */
  fire(response: RespondResult): string[];
}

function intake(startTime = '2024-07-15T02:00:00Z'): Intake {
  const { emu, interleaving } = emulator(startTime);
  const config = presetById('hauGiang2024').build();
  emu.runAs(SECRETARY, () => writeConfiguration(config, new SpreadsheetWorkbook(SpreadsheetApp.getActiveSpreadsheet()), '(cũ)'));
  emu.triggers.open(SECRETARY);
  menu(emu, 'Tạo biểu mẫu dự thi');
  emu.ui.alerts.length = 0;
  const [form] = emu.forms.list();
  const title = questionTitles(config);
  const given = new Map<string, Answers>();
  let count = 0;
  const answers = (n: number): Answers => entryAnswers(config, n);
  return {
    emu,
    interleaving,
    form,
    given,
    textQuestions: ['author1.givenName', 'author1.email', 'unit', 'category', 'title', 'situation', 'solution'].map(title),
    respond: (duplicate) => {
      count += 1;
      const typed = answers(count);
      const response = emu.forms.respond(form, typed, { respondent: `tg${count}@demo.example`, defer: true, duplicate });
      given.set(response.responseId, typed);
      return response;
    },
    fire: (response) =>
      response
        .fire({ throwOnError: false })
        .filter((r) => !r.ok)
        .map((r) => (r.error instanceof Error ? r.error.message : String(r.error))),
  };
}

/**
 * The register holds every response of the form once, in rows whose codes run from 001 without a
 * gap, each with its answers exactly as typed; every entrant got one receipt at most.
 */
function expectEveryResponseFiledOnce(c: Intake): void {
  const rows = registerRows(c.emu);
  const stored = c.emu.inspect.form(c.form).responses.map((r) => r.id);
  expect(rows.map((r) => r[ENTRY_COLUMNS.code])).toEqual(codes('HG2024', stored.length));
  expect([...rows.map((r) => String(r[ENTRY_COLUMNS.responseId]))].sort()).toEqual([...stored].sort());
  for (const row of rows) {
    const typed = c.given.get(String(row[ENTRY_COLUMNS.responseId]))!;
    expect(c.textQuestions.map((q) => row[RAW_PREFIX + q])).toEqual(c.textQuestions.map((q) => typed[q]));
  }
  const receipts = c.emu.mail.sent.map((m) => m.to);
  expect(receipts.length).toBe(new Set(receipts).size);
}

/** The response ids in the register now. */
const filedIds = (c: Intake): Set<string> => new Set(registerRows(c.emu).map((r) => String(r[ENTRY_COLUMNS.responseId])));

describe('200 submissions whose trigger executions interleave', () => {
  /** Where each wave's first handler is held open: three pauses holding the lock, one before it. */
  const WAVE_PAUSES: readonly Pause[] = ['registerRead', 'rowsWritten', 'beforeRelease', 'beforeLock'];
  const WAVES = 10;
  const PER_WAVE = 20;
  /** Of a wave: responses already in the form whose handlers run while its first handler is held open… */
  const FIRED_DURING = 2;
  /** …and responses submitted meanwhile, whose handlers run at once. */
  const SUBMITTED_DURING = 2;

  it('files all 200 once each as HG2024-001…200 with their answers intact: the 32 that met a held lock are kept in the form and filed by the daily check', () => {
    const c = intake();
    const metLock: string[] = [];
    const errors: string[] = [];
    for (let wave = 0; wave < WAVES; wave++) {
      // Every ninth response's event comes twice, every eleventh's second event blank (research §3.2).
      const duplicateOf = (i: number): true | 'blank' | undefined => ((wave * PER_WAVE + i) % 9 === 0 ? true : (wave * PER_WAVE + i) % 11 === 0 ? 'blank' : undefined);
      // People press "Gửi" within the same seconds: the wave's responses are all in the form
      // before any of its handlers runs, and the handlers then run in a shuffled order.
      const landed = Array.from({ length: PER_WAVE - SUBMITTED_DURING }, (_, i) => c.respond(duplicateOf(i)));
      const order = landed.map((r, i) => [(i * 7 + wave * 3) % landed.length, r] as const).sort((a, b) => a[0] - b[0]).map(([, r]) => r);
      const [first, ...rest] = order;
      const pause = WAVE_PAUSES[wave % WAVE_PAUSES.length];
      c.interleaving.at(pause, () => {
        const during = [
          ...rest.splice(0, FIRED_DURING),
          ...Array.from({ length: SUBMITTED_DURING }, (_, i) => c.respond(duplicateOf(PER_WAVE - SUBMITTED_DURING + i))),
        ];
        for (const response of during) {
          const failed = c.fire(response);
          errors.push(...failed);
          if (pause !== 'beforeLock') metLock.push(response.responseId);
          expect(failed.length > 0).toBe(pause !== 'beforeLock');
        }
      });
      expect(c.fire(first)).toEqual([]);
      for (const response of rest) expect(c.fire(response)).toEqual([]);
      expect(c.interleaving.unreached()).toEqual([]);
    }
    expect(c.emu.inspect.form(c.form).responses).toHaveLength(WAVES * PER_WAVE);
    expect(metLock).toHaveLength(32);
    expect(new Set(errors)).toEqual(new Set([MESSAGES.lockTimeout]));

    // Before the daily check: exactly the responses whose handler met the lock are missing.
    const filed = filedIds(c);
    expect([...c.given.keys()].filter((id) => !filed.has(id)).sort()).toEqual([...metLock].sort());
    expect(filed.size).toBe(200 - 32);

    // The daily check (06:00 the next day) syncs what the trigger missed.
    const daily = c.emu.triggers.advance(24 * 3_600_000);
    expect(daily.map((r) => [r.handler, r.ok])).toEqual([['dailyIntakeCheck', true]]);
    expect(registerRows(c.emu)).toHaveLength(200);
    expectEveryResponseFiledOnce(c);
  });
});

describe('"Đồng bộ bài dự thi" while the submit trigger files responses', () => {
  it('neither files a response twice nor gives a code twice, whichever runs first', () => {
    const c = intake();
    // Five responses whose handlers have not run yet: the sync finds them in the form.
    const early = Array.from({ length: 5 }, () => c.respond());
    let late: RespondResult | undefined;
    let blocked: RespondResult | undefined;
    let between: RespondResult | undefined;
    // The sync has read the responses but not yet taken the lock: two of the five, and one
    // response it has not seen, are filed by their handlers.
    c.interleaving.at('responsesRead', () => {
      expect(c.fire(early[0])).toEqual([]);
      expect(c.fire(early[1])).toEqual([]);
      late = c.respond();
      expect(c.fire(late)).toEqual([]);
    });
    // Holding the lock, the register read: a new response's handler meets the lock.
    c.interleaving.at('registerRead', () => {
      blocked = c.respond();
      expect(c.fire(blocked)).toEqual([MESSAGES.lockTimeout]);
    });
    // Between the sync's two locked sections (entries filed, receipts next): a handler must see
    // the rows the sync has just filed, or it would give their codes again.
    c.interleaving.at(
      'beforeLock',
      () => {
        between = c.respond();
        expect(c.fire(between)).toEqual([]);
      },
      2,
    );
    menu(c.emu, 'Đồng bộ bài dự thi');
    expect(c.interleaving.unreached()).toEqual([]);
    expect(alerts(c.emu).at(-1)).toContain('Đồng bộ xong: 3 bài mới, 0 bài được cập nhật, 2 bài không đổi.');
    const id = (r: RespondResult | undefined): string => r!.responseId;
    const byCode = (): string[] => registerRows(c.emu).map((r) => String(r[ENTRY_COLUMNS.responseId]));
    expect(byCode()).toEqual([id(early[0]), id(early[1]), id(late), ...early.slice(2).map(id), id(between)]);

    // The response that met the lock is still in the form: the next sync files it, last.
    menu(c.emu, 'Đồng bộ bài dự thi');
    expect(alerts(c.emu).at(-1)).toContain('Đồng bộ xong: 1 bài mới, 0 bài được cập nhật, 7 bài không đổi.');
    expect(byCode().at(-1)).toBe(id(blocked));
    expectEveryResponseFiledOnce(c);
  });

  it('refuses a sync pressed while a handler holds the lock, with what happened and what to do, and loses nothing', () => {
    const c = intake();
    const first = c.respond();
    const unfired = c.respond();
    c.interleaving.at('rowsWritten', () => menu(c.emu, 'Đồng bộ bài dự thi'));
    expect(c.fire(first)).toEqual([]);
    expect(c.interleaving.unreached()).toEqual([]);
    const [refusal] = alerts(c.emu);
    expect(refusal).toContain(NOT_DONE);
    expect(refusal).toContain(TRY_AGAIN);
    expect([...filedIds(c)]).toEqual([first.responseId]);
    menu(c.emu, 'Đồng bộ bài dự thi');
    expect([...filedIds(c)]).toEqual([first.responseId, unfired.responseId]);
    expectEveryResponseFiledOnce(c);
  });

  it('files nothing twice and loses nothing when a second secretary syncs: her submit trigger and the owner\'s both run, the daily check files the rest', () => {
    const c = intake();
    c.respond();
    // The form belongs to the secretary who created it: the second cannot open it (FormApp.openById
    // needs edit access), and her sync leaves a submit trigger of her own, since Apps Script lists
    // only one's own triggers. Later responses then reach two handlers, one run as each.
    menu(c.emu, 'Đồng bộ bài dự thi', SECOND_SECRETARY);
    const later = c.respond(true);
    c.interleaving.at('registerRead', () => c.fire(c.respond()));
    expect(c.fire(later)).toEqual([]);
    expect(c.interleaving.unreached()).toEqual([]);
    expect(c.emu.triggers.advance(24 * 3_600_000).every((r) => r.ok)).toBe(true);
    expectEveryResponseFiledOnce(c);
  });
});

describe('any interleaving of submissions, duplicate events and syncs', () => {
  const PAUSES: readonly (Pause | null)[] = [null, 'beforeLock', 'responsesRead', 'registerRead', 'rowsWritten', 'beforeRelease'];
  /** What runs while a step is held: a waiting response's handler, a new response with its handler, a new response whose event never comes, a sync. */
  type During = 'fire' | 'submit' | 'submitUnheard' | 'sync';
  type Step =
    | { kind: 'submit'; duplicate: true | 'blank' | null }
    | { kind: 'fire' | 'sync'; pick: number; pause: Pause | null; nth: number; during: During[] };
  const during = fc.array(fc.constantFrom<During>('fire', 'submit', 'submitUnheard', 'sync'), { maxLength: 3 });
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.record({ kind: fc.constant('submit' as const), duplicate: fc.constantFrom<true | 'blank' | null>(true, 'blank', null) }),
    fc.record({ kind: fc.constantFrom('fire' as const, 'sync' as const), pick: fc.nat(), pause: fc.constantFrom(...PAUSES), nth: fc.integer({ min: 1, max: 2 }), during }),
  );

  it('keeps the register one row per response, codes without gap or repeat, after every step and once synced', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 14 }), (steps) => {
        const c = intake();
        const unfired: RespondResult[] = [];
        const codeOf = new Map<string, CellValue>();
        const next = (pick: number): RespondResult | undefined => unfired.splice(pick % Math.max(1, unfired.length), 1)[0];
        const nested = (what: During): void => {
          if (what === 'fire') {
            const response = next(0);
            if (response) c.fire(response);
          } else if (what === 'submit') c.fire(c.respond());
          else if (what === 'submitUnheard') c.respond();
          else menu(c.emu, 'Đồng bộ bài dự thi');
        };
        for (const s of steps) {
          if (s.kind === 'submit') {
            unfired.push(c.respond(s.duplicate ?? undefined));
            continue;
          }
          if (s.pause) c.interleaving.at(s.pause, () => s.during.forEach(nested), s.nth);
          if (s.kind === 'sync') menu(c.emu, 'Đồng bộ bài dự thi');
          else {
            const response = next(s.pick);
            if (response) c.fire(response);
          }
          c.interleaving.cancel();
          const rows = registerRows(c.emu);
          expect(rows.map((r) => r[ENTRY_COLUMNS.code])).toEqual(codes('HG2024', rows.length));
          expect(new Set(rows.map((r) => r[ENTRY_COLUMNS.responseId])).size).toBe(rows.length);
          // A response once filed keeps its row and its code (receipts quote it).
          const now = new Map(rows.map((r) => [String(r[ENTRY_COLUMNS.responseId]), r[ENTRY_COLUMNS.code]]));
          for (const [id, given] of codeOf) expect(now.get(id)).toBe(given);
          now.forEach((given, id) => codeOf.set(id, given));
        }
        menu(c.emu, 'Đồng bộ bài dự thi');
        expectEveryResponseFiledOnce(c);
      }),
      { numRuns: 30 },
    );
  });
});

// ---- results and documents ---------------------------------------------------------------------

const RESULTS_PREFIX = 'HG2024';
const ENTRY_COUNT = 12;

/** Hậu Giang 2024 in one round, judged by the demo's panel (three judges an entry) and locked. */
function judgedContest(): { emu: Emulator; interleaving: Interleaving; config: ContestConfig } {
  const { emu, interleaving } = emulator('2024-09-20T02:00:00Z');
  const base = presetById('hauGiang2024').build();
  const config: ContestConfig = {
    ...base,
    units: DEMO_UNITS,
    members: DEMO_MEMBERS,
    rounds: { preliminary: base.rounds.preliminary },
    scoring: { ...base.scoring, tieBreaks: base.scoring.tieBreaks.filter((t) => t.kind !== 'defenceScore') },
    judging: { ...base.judging, judgesPerEntry: 3 },
  };
  const header = Object.values(ENTRY_COLUMNS);
  const rows = Array.from({ length: ENTRY_COUNT }, (_, i) => {
    const cells: Record<string, CellValue> = {
      [ENTRY_COLUMNS.code]: code(RESULTS_PREFIX, i + 1),
      [ENTRY_COLUMNS.status]: 'Hợp lệ',
      [ENTRY_COLUMNS.receivedAt]: new Date(Date.UTC(2024, 6, 2 + i, 3)),
      [ENTRY_COLUMNS.kind]: 'Cá nhân',
      [ENTRY_COLUMNS.authors]: `Tác giả ${i + 1}`,
      [ENTRY_COLUMNS.unit]: DEMO_UNITS[i % DEMO_UNITS.length].name,
      [ENTRY_COLUMNS.category]: config.categories[i % config.categories.length].name,
      [ENTRY_COLUMNS.title]: `Giải pháp ${i + 1}`,
    };
    return header.map((h) => cells[h] ?? '');
  });
  emu.runAs(SECRETARY, () => {
    const workbook = new SpreadsheetWorkbook(SpreadsheetApp.getActiveSpreadsheet());
    writeConfiguration(config, workbook, '(cũ)');
    workbook.writeSheets([{ name: ENTRIES_SHEET, header, rows }]);
  });
  emu.triggers.open(SECRETARY);
  menu(emu, 'Phân công giám khảo');
  menu(emu, 'Tạo / cập nhật phiếu chấm');
  // Distinct totals: entry n loses n points on the first criterion, so no tie reaches the board.
  judgesPasteScores(emu, config, 'preliminary', (entry) => config.rounds.preliminary.rubric.criteria.map((cr, i) => cr.maxPoints - (i === 0 ? entry : 0)));
  emu.ui.answerAlert('YES');
  menu(emu, 'Khóa chấm điểm');
  emu.ui.alerts.length = 0;
  return { emu, interleaving, config };
}

/** The Results table's entry codes, in its order. */
function resultsCodes(emu: Emulator): string[] {
  const [header, ...rows] = emu.inspect.values(RESULTS_SHEET);
  const at = header.map(String).indexOf(RESULTS_COLUMNS.code);
  return rows.map((r) => String(r[at])).filter((x) => x !== '');
}

function expectOneSetOfResults(emu: Emulator): void {
  const names = emu.inspect.sheetNames();
  for (const name of [RESULTS_SHEET, RESULTS_CHARTS_SHEET, BOARD_DECISIONS_SHEET]) expect(names.filter((n) => n === name)).toHaveLength(1);
  expect(emu.inspect.charts(RESULTS_CHARTS_SHEET)).toHaveLength(3);
  expect([...resultsCodes(emu)].sort()).toEqual(codes(RESULTS_PREFIX, ENTRY_COUNT));
}

describe('two secretaries press "Tính kết quả" at the same time', () => {
  const COMPUTED = `Đã tính kết quả: ${ENTRY_COUNT} bài dự thi, ${ENTRY_COUNT} bài được xếp hạng.`;

  it.each<{ pause: Pause; first: string }>([
    { pause: 'registerRead', first: 'holds the lock, the scores just read' },
    { pause: 'resultsWritten', first: 'has written the Results sheets but not yet the charts' },
    { pause: 'beforeRelease', first: 'has written everything and not yet flushed' },
  ])('refuses the second while the first $first: one Results sheet, one charts sheet with 3 charts, 12 rows', ({ pause }) => {
    const { emu, interleaving } = judgedContest();
    interleaving.at(pause, () => menu(emu, 'Tính kết quả', SECOND_SECRETARY));
    menu(emu, 'Tính kết quả');
    expect(interleaving.unreached()).toEqual([]);
    const [second, first] = alerts(emu);
    expect(second).toContain(NOT_DONE);
    expect(second).toContain(TRY_AGAIN);
    expect(first).toContain(COMPUTED);
    expectOneSetOfResults(emu);
    // What the first run wrote is what an uncontended run writes.
    const written = emu.inspect.values(RESULTS_SHEET);
    menu(emu, 'Tính kết quả', SECOND_SECRETARY);
    expect(emu.inspect.values(RESULTS_SHEET)).toEqual(written);
  });

  it('runs both in turn when the second ends before the first asks for the lock: still one of each sheet, 3 charts, 12 rows', () => {
    const { emu, interleaving } = judgedContest();
    interleaving.at('beforeLock', () => menu(emu, 'Tính kết quả', SECOND_SECRETARY));
    menu(emu, 'Tính kết quả');
    expect(interleaving.unreached()).toEqual([]);
    expect(alerts(emu).map((a) => a.includes(COMPUTED))).toEqual([true, true]);
    expectOneSetOfResults(emu);
  });
});

describe('"Tạo văn bản" pressed while documents are being made', () => {
  /** The time a lease started at `startedAt` ends (6.5 minutes later, documents.ts), as HH:mm in Việt Nam (UTC+7). */
  const leaseEnd = (startedAt: number): string => new Date(startedAt + 390_000 + 7 * 3_600_000).toISOString().slice(11, 16);

  function documentsOf(emu: Emulator) {
    return readDocumentRecords(emu.inspect.values(DOCUMENTS_SHEET)).filter((r) => !r.key.startsWith('MAU-'));
  }

  it('refuses a second run and the hourly trigger while a batch is half made, and makes every document exactly once', () => {
    const { emu, interleaving } = judgedContest();
    const startedAt = emu.clock.now();
    interleaving.at(
      'documentMade',
      () => {
        menu(emu, 'Tạo văn bản', SECOND_SECRETARY);
        const timed = emu.triggers.list().find((t) => t.handler === 'dailyIntakeCheck')!;
        expect(emu.triggers.fire(timed).map((r) => r.ok)).toEqual([true]);
      },
      2,
    );
    menu(emu, 'Tạo văn bản');
    expect(interleaving.unreached()).toEqual([]);
    const [second, first] = alerts(emu);
    expect(second).toBe(`Một lần tạo văn bản khác đang chạy (chậm nhất đến ${leaseEnd(startedAt)}). Hãy đợi nó xong rồi xem trang "Văn bản đã tạo".`);
    expect(first).toContain('Đã lập danh sách văn bản');
    const made = documentsOf(emu);
    expect(made.length).toBeGreaterThan(2);
    expect(made.map((d) => d.status)).toEqual(made.map(() => 'made'));
    expect(new Set(made.map((d) => d.key)).size).toBe(made.length);
    const files = emu.documents.files().map((f) => f.name);
    for (const d of made) {
      expect(files.filter((n) => n.startsWith(`${d.key} – `) && !n.endsWith('.pdf'))).toHaveLength(1);
      expect(files.filter((n) => n.startsWith(`${d.key} – `) && n.endsWith('.pdf'))).toHaveLength(1);
    }
  });

  it('refuses a second run pressed while the first takes its lease, with what happened and what to do', () => {
    const { emu, interleaving } = judgedContest();
    interleaving.at('beforeRelease', () => menu(emu, 'Tạo văn bản', SECOND_SECRETARY));
    menu(emu, 'Tạo văn bản');
    expect(interleaving.unreached()).toEqual([]);
    const [second] = alerts(emu);
    expect(second).toContain(NOT_DONE);
    expect(second).toContain(TRY_AGAIN);
    const made = documentsOf(emu);
    expect(new Set(made.map((d) => d.key)).size).toBe(made.length);
    expect(made.every((d) => d.status === 'made')).toBe(true);
  });
});
