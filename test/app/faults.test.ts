// Four menu operations on a small contest meet a Google service failing, at every one of their
// service calls in turn (as documents.test.ts does with kills): a one-off failure of any kind (a
// server error, a timeout, a burst over the rate limit), then the day's quota running out at every
// call of a service that has a daily quota. Each run must end as the run without a fault ended
// (the adapters retried), or with every sheet as it was before and a message saying what happened
// and when to try again; the sync may also leave receipts queued when e-mail is out of quota, as
// intake does by design. Nothing may be half-written.

import { isDeepStrictEqual, types } from 'node:util';
import fc from 'fast-check';
import * as entryPoints from '../../src/main';
import { RECEIPT_STATES } from '../../src/app/intake';
import { writeConfiguration } from '../../src/app/contest-configuration';
import type { CellValue } from '../../src/core/cell';
import type { ContestConfig } from '../../src/core/config/model';
import { presetById } from '../../src/core/config/presets';
import { ENTRIES_SHEET, ENTRY_COLUMNS } from '../../src/core/intake/entries-sheet';
import { JUDGE_SHEETS_SHEET, readJudgeSheetRecords } from '../../src/core/judging/judging-sheets';
import { uiText } from '../../src/ui/messages/ui-text';
import { failureOf, RETRY } from '../../src/workspace/retry';
import { SpreadsheetWorkbook } from '../../src/workspace/spreadsheet-workbook';
import { createEmulator, type Emulator, type FaultKind, type InjectedFault, MESSAGES, TIME_LIMIT_MESSAGES } from '../emulator';
import { FAULT_MESSAGES, faultError } from '../emulator/faults';
import { behaviourOf } from '../emulator/latency';
import { DEMO_MEMBERS, DEMO_UNITS } from '../../demo/fixtures';
import { judgesPasteScores } from './judges-paste-scores';
import { entryAnswers } from './entry-answers';
import { REGISTER_HEADER, registerLine } from './emulated-workbook';

const SECRETARY = 'yen.nt@demo.example';
const START = new Date('2024-09-20T02:00:00Z');

/** Hậu Giang 2024, one round, three judges scoring every entry, each judge's sheet a spreadsheet of its own. */
function contestConfig(): ContestConfig {
  const base = presetById('hauGiang2024').build();
  const scoring = { ...base.scoring, tieBreaks: base.scoring.tieBreaks.filter((t) => t.kind !== 'defenceScore') };
  const judges = DEMO_MEMBERS.filter((m) => m.role === 'judge').slice(0, 3);
  const members = DEMO_MEMBERS.filter((m) => m.role !== 'judge' || judges.includes(m));
  return { ...base, units: DEMO_UNITS, members, rounds: { preliminary: base.rounds.preliminary }, scoring, judging: { ...base.judging, judgesPerEntry: 3 } };
}

function registerRows(config: ContestConfig, count: number): CellValue[][] {
  return Array.from({ length: count }, (_, i) => {
    const cells: Record<string, CellValue> = {
      [ENTRY_COLUMNS.code]: `HG2024-${String(i + 1).padStart(3, '0')}`,
      [ENTRY_COLUMNS.status]: 'Hợp lệ',
      [ENTRY_COLUMNS.receivedAt]: new Date(Date.UTC(2024, 6, 2 + i, 3)),
      [ENTRY_COLUMNS.kind]: 'Cá nhân',
      [ENTRY_COLUMNS.authors]: `Tác giả ${i + 1}`,
      [ENTRY_COLUMNS.unit]: DEMO_UNITS[i % DEMO_UNITS.length].name,
      [ENTRY_COLUMNS.category]: config.categories[i % config.categories.length].name,
      [ENTRY_COLUMNS.title]: `Giải pháp ${i + 1}`,
    };
    return registerLine(cells);
  });
}

let uninstall: (() => void) | undefined;
// Every stopped run logs its error for the maintainer (user-errors.ts); here that is expected noise.
beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

/** A fresh contest with its configuration (and, unless told otherwise, a register of six entries); the menu installed. */
function contest(withRegister: boolean): { emu: Emulator; config: ContestConfig } {
  uninstall?.();
  const emu = createEmulator({ owner: SECRETARY, scope: entryPoints, latency: 'off', startTime: START });
  // new Date() reads the virtual clock: a retry's pause shows in the times the run writes.
  uninstall = emu.install(globalThis, { virtualDate: true });
  const config = contestConfig();
  const workbook = new SpreadsheetWorkbook(emu.activeSpreadsheet);
  emu.runAs(SECRETARY, () => {
    writeConfiguration(config, workbook, '(cũ)');
    if (withRegister) workbook.writeSheets([{ name: ENTRIES_SHEET, header: REGISTER_HEADER, rows: registerRows(config, 6) }]);
  });
  emu.triggers.open(SECRETARY);
  return { emu, config };
}

const menu = (emu: Emulator, caption: string): void => void emu.clickMenu(caption, { user: SECRETARY });

/** Judges assigned, their sheets made, and every judge's points pasted in. */
function judged(): Emulator {
  const { emu, config } = contest(true);
  menu(emu, 'Phân công giám khảo');
  menu(emu, 'Tạo / cập nhật phiếu chấm');
  judgesPasteScores(emu, config, 'preliminary', (entry) => config.rounds.preliminary.rubric.criteria.map((c) => c.maxPoints - (entry % 5)));
  return emu;
}

/** The entry form made, its submit trigger lost, then three entries submitted: the sync has to file them and send their receipts. */
function missedSubmissions(): Emulator {
  const { emu, config } = contest(false);
  menu(emu, 'Tạo biểu mẫu dự thi');
  const [form] = emu.forms.list();
  emu.runAs(SECRETARY, () => {
    const trigger = ScriptApp.getProjectTriggers().find((t) => t.getHandlerFunction() === 'onEntrySubmitted')!;
    ScriptApp.deleteTrigger(trigger);
  });
  for (let n = 1; n <= 3; n++) emu.forms.respond(form, entryAnswers(config, n), { respondent: `tg${n}@demo.example` });
  return emu;
}

interface Operation {
  name: string;
  caption: string;
  prepare(): Emulator;
}

const OPERATIONS: Operation[] = [
  { name: 'compute results', caption: 'Tính kết quả', prepare: judged },
  { name: 'sync entries', caption: 'Đồng bộ bài dự thi', prepare: missedSubmissions },
  { name: 'assign judges', caption: 'Phân công giám khảo', prepare: () => contest(true).emu },
  { name: 'bring in scores', caption: 'Cập nhật điểm và tiến độ chấm', prepare: judged },
];

// ---- what a run leaves behind ----------------------------------------------------------------

type Sheets = Record<string, { values: unknown[][]; charts: unknown[] }>;

interface State {
  /** Every sheet of the contest workbook and of the judges' own spreadsheets: values and charts. */
  sheets: Sheets;
  properties: Record<string, string>;
  triggers: string[];
  mail: { to: string; subject: string }[];
}

/**
 * Dates compare by the instant (each emulator's virtual Date is a class of its own); times written
 * during the run move with a retry's pause, so they compare as "a time of the run".
 */
function masked(value: unknown, during: [number, number]): unknown {
  if (!types.isDate(value)) return value;
  return value.getTime() >= during[0] && value.getTime() <= during[1] ? '<during the run>' : value.toISOString();
}

function stateOf(emu: Emulator, during: [number, number]): State {
  const sheets: Sheets = {};
  const judges = emu.inspect.sheetNames().includes(JUDGE_SHEETS_SHEET) ? readJudgeSheetRecords(emu.inspect.values(JUDGE_SHEETS_SHEET)) : [];
  const books = [emu.activeSpreadsheet, ...[...new Set(judges.flatMap((r) => (r.spreadsheetId ? [r.spreadsheetId] : [])))].map((id) => emu.openById(id))];
  for (const book of books) {
    for (const sheet of emu.runAs(SECRETARY, () => book.getSheets())) {
      sheets[`${book.getId()}/${emu.runAs(SECRETARY, () => sheet.getName())}`] = {
        values: emu.inspect.values(sheet).map((row) => row.map((v) => masked(v, during))),
        charts: emu.inspect.charts(sheet).map((c) => [c.type, c.title, c.ranges]),
      };
    }
  }
  return {
    sheets,
    properties: Object.fromEntries(emu.properties.documentStore(emu.activeSpreadsheet.getId()).map),
    triggers: emu.triggers.list().map((t) => `${t.handler} ${t.eventType}`).sort(),
    mail: emu.mail.sent.map((m) => ({ to: m.to, subject: m.subject })),
  };
}

interface Run {
  after: State;
  /** What the secretary was told last. */
  alert: string;
  fault: InjectedFault | undefined;
  /** Service calls the operation made. */
  calls: number;
  /** Virtual time it took. */
  ms: number;
}

/** The workbook as the operation finds it: every preparation gives the same one, at the same virtual time. */
function stateBefore(op: Operation): State {
  const emu = op.prepare();
  return stateOf(emu, [emu.clock.now(), emu.clock.now()]);
}

/** The operation, from the menu, on a freshly prepared contest; `inject` arms the faults first. */
function run(op: Operation, inject?: (emu: Emulator) => void): Run {
  const emu = op.prepare();
  const t0 = emu.clock.now();
  const start = emu.faults.calls;
  const alerts = emu.ui.alerts.length;
  inject?.(emu);
  menu(emu, op.caption);
  const calls = emu.faults.calls - start;
  const t1 = emu.clock.now();
  const shown = emu.ui.alerts.slice(alerts);
  return { after: stateOf(emu, [t0, t1]), alert: shown[shown.length - 1]?.prompt ?? '', fault: emu.faults.injected[0], calls, ms: t1 - t0 };
}

// ---- how it ended ------------------------------------------------------------------------------

type Outcome = 'recovered' | 'stopped' | 'messageLost' | 'receiptsDeferred' | 'halfWritten';

/** The messages that tell the secretary what stopped the operation and when to run it again. */
function stopMessages(detail: string): string[] {
  const t = uiText.vi.errors;
  return [t.failed(detail), t.busy(detail), t.dailyQuota(detail)];
}

const RECEIPT = ENTRY_COLUMNS.receipt;

/**
 * The sync filed every entry but the mail service failed: the receipts not sent wait in the
 * register ("Chờ gửi") for the daily run, every receipt sent is marked sent, none twice.
 */
function receiptsDeferred(r: Run, clean: Run): boolean {
  const register = (s: State): unknown[][] => s.sheets[Object.keys(s.sheets).find((k) => k.endsWith(`/${ENTRIES_SHEET}`))!]?.values ?? [];
  const after = register(r.after);
  const expected = register(clean.after);
  if (after.length !== expected.length || after.length === 0) return false;
  const at = expected[0].indexOf(RECEIPT);
  const rowsMatch = after.every((row, i) => row.every((v, j) => isDeepStrictEqual(v, expected[i][j]) || (j === at && v === RECEIPT_STATES.queued && expected[i][j] === RECEIPT_STATES.sent)));
  const sentTo = new Set(r.after.mail.map((m) => m.to));
  const markedSent = after.slice(1).filter((row) => row[at] === RECEIPT_STATES.sent).length;
  const mail = r.after.mail;
  const otherSheets = (s: State): Sheets => Object.fromEntries(Object.entries(s.sheets).filter(([k]) => !k.endsWith(`/${ENTRIES_SHEET}`)));
  return (
    rowsMatch &&
    markedSent === mail.length &&
    sentTo.size === mail.length &&
    mail.every((m) => clean.after.mail.some((c) => isDeepStrictEqual(c, m))) &&
    isDeepStrictEqual(otherSheets(r.after), otherSheets(clean.after)) &&
    isDeepStrictEqual([r.after.properties, r.after.triggers], [clean.after.properties, clean.after.triggers]) &&
    r.alert.includes(uiText.vi.intake.receiptsQueued(expected.length - 1 - markedSent))
  );
}

function outcomeOf(r: Run, clean: Run, before: State): Outcome {
  if (isDeepStrictEqual(r.after, clean.after)) return r.alert === clean.alert ? 'recovered' : 'messageLost';
  if (isDeepStrictEqual(r.after.sheets, before.sheets) && r.fault && stopMessages(r.fault.message).includes(r.alert)) return 'stopped';
  return receiptsDeferred(r, clean) ? 'receiptsDeferred' : 'halfWritten';
}

/** Services with a daily quota (research/apps-script-platform.md §1.1): properties, e-mail, files created. */
const DAILY_QUOTA_METHODS = /^(Properties|PropertiesService|MailApp)\.|^(SpreadsheetApp|DocumentApp|FormApp)\.create$/;

const KINDS: FaultKind[] = ['transient', 'rate', 'timeout'];

const tallies: string[] = [];
afterAll(() => console.log(`Faults at every service call of four operations:\n${tallies.join('\n')}`));

function count(outcomes: Outcome[]): Record<Outcome, number> {
  const counts: Record<Outcome, number> = { recovered: 0, stopped: 0, messageLost: 0, receiptsDeferred: 0, halfWritten: 0 };
  for (const o of outcomes) counts[o] += 1;
  return counts;
}

it('tells a half-written workbook from a stopped or a finished one', () => {
  const sheet = (values: unknown[][]) => ({ values, charts: [] });
  const state = (a: string, b: string): State => ({ sheets: { A: sheet([[a]]), B: sheet([[b]]) }, properties: {}, triggers: [], mail: [] });
  const fault: InjectedFault = { index: 3, method: 'Properties.getProperty', error: 'quota', message: FAULT_MESSAGES.quota('properties') };
  const told = uiText.vi.errors.dailyQuota(fault.message);
  const clean: Run = { after: state('mới', 'mới'), alert: 'Xong', fault: undefined, calls: 5, ms: 0 };
  const ended = (a: string, b: string, alert = told): Run => ({ after: state(a, b), alert, fault, calls: 5, ms: 0 });
  const before = state('cũ', 'cũ');
  expect(outcomeOf(ended('mới', 'cũ'), clean, before)).toBe('halfWritten');
  expect(outcomeOf(ended('cũ', 'cũ', 'Xong'), clean, before)).toBe('halfWritten');
  expect(outcomeOf(ended('cũ', 'cũ'), clean, before)).toBe('stopped');
  expect(outcomeOf(ended('mới', 'mới', 'Xong'), clean, before)).toBe('recovered');
});

describe.each(OPERATIONS)('$name', (op) => {
  it('meets a failing call at each of its service calls: retried, or stopped with every sheet as it was and a message', () => {
    const before = stateBefore(op);
    const clean = run(op);
    expect(clean.alert).not.toBe('');
    expect(clean.after.sheets).not.toEqual(before.sheets);

    const methods: string[] = [];
    const once: Outcome[] = [];
    const halfWritten: string[] = [];
    for (let k = 1; k <= clean.calls; k++) {
      const kind = KINDS[k % KINDS.length];
      const r = run(op, (emu) => emu.faults.failAt(k, { error: kind }));
      methods.push(r.fault!.method);
      const outcome = outcomeOf(r, clean, before);
      if (outcome === 'halfWritten') halfWritten.push(`${kind} at call ${k} (${r.fault!.method}), told: ${r.alert}`);
      once.push(outcome);
    }

    const quotaPoints = methods.flatMap((m, i) => (DAILY_QUOTA_METHODS.test(m) ? [i + 1] : []));
    const daily: Outcome[] = [];
    for (const k of quotaPoints) {
      // A spent daily quota stays spent: that call and every later one of the method fail.
      const method = methods[k - 1];
      const nth = methods.slice(0, k).filter((m) => m === method).length;
      const r = run(op, (emu) => emu.faults.failOn({ method, nth, error: 'quota', times: Infinity }));
      const outcome = outcomeOf(r, clean, before);
      // A daily quota is never retried: the operation stops, or the receipts wait, and says so; a
      // quota spent only once nothing more was to be sent changes nothing.
      expect({ k, method, outcome }).toEqual({ k, method, outcome: expect.stringMatching(/^(stopped|receiptsDeferred|recovered)$/) });
      if (outcome === 'stopped') expect(r.alert).toBe(uiText.vi.errors.dailyQuota(r.fault!.message));
      daily.push(outcome);
    }

    const a = count(once);
    const b = count(daily);
    tallies.push(
      `${op.name}: ${clean.calls} injection points, ${a.recovered} recovered by retry, ${a.stopped} stopped cleanly, ` +
        `${a.messageLost} finished before the closing message failed, ${a.halfWritten} half-written; ` +
        `daily quota spent from ${quotaPoints.length} calls on: ${b.stopped} stopped cleanly, ${b.receiptsDeferred} with receipts left queued, ` +
        `${b.recovered} after the last use, ${b.halfWritten} half-written`,
    );
    expect(halfWritten).toEqual([]);
    expect(a.recovered).toBeGreaterThan(clean.calls / 2);
    expect(quotaPoints.length).toBeGreaterThan(0);
  });
});

describe('retrying', () => {
  const results = OPERATIONS[0];

  it('pauses 1–2 s before trying a failed read again, and the results come out the same', () => {
    const clean = run(results);
    const r = run(results, (emu) => emu.faults.failOn({ method: 'Sheets.Spreadsheets.Values.batchGet', nth: 2, error: 'rate' }));
    expect(r.after).toEqual(clean.after);
    expect(r.alert).toBe(clean.alert);
    expect(r.ms - clean.ms).toBeGreaterThanOrEqual(RETRY.firstPauseMs);
    expect(r.ms - clean.ms).toBeLessThanOrEqual(RETRY.firstPauseMs + RETRY.jitterMs);
  });

  it(`gives up after ${RETRY.tries} tries, having written nothing, and says the service is busy`, () => {
    const clean = run(results);
    const r = run(results, (emu) => emu.faults.failOn({ method: 'Sheets.Spreadsheets.Values.batchGet', nth: 2, error: 'timeout', times: RETRY.tries }));
    expect(r.after.sheets).toEqual(stateBefore(results).sheets);
    expect(r.alert).toBe(uiText.vi.errors.busy(r.fault!.message));
    expect(r.alert).toContain('Hãy chạy lại thao tác sau ít phút');
    // Pauses of 1, 2 and 4 s, each with up to a second of jitter.
    expect(r.ms - clean.ms).toBeGreaterThanOrEqual(7 * RETRY.firstPauseMs);
    expect(r.ms - clean.ms).toBeLessThanOrEqual(7 * RETRY.firstPauseMs + 3 * RETRY.jitterMs);
  });

  it('never retries a daily quota: it stops at once and says to come back tomorrow', () => {
    const clean = run(results);
    const r = run(results, (emu) => emu.faults.failOn({ method: 'Properties.getProperty', error: 'quota' }));
    expect(r.after.sheets).toEqual(stateBefore(results).sheets);
    expect(r.ms).toBeLessThanOrEqual(clean.ms);
    expect(r.alert).toBe(uiText.vi.errors.dailyQuota('Service invoked too many times for one day: properties.'));
    expect(r.alert).toContain('ngày mai');
  });

  it('stops rather than leave out the scores of a judge whose spreadsheet cannot be opened for a while', () => {
    const r = run(results, (emu) => emu.faults.failOn({ method: 'SpreadsheetApp.openById', error: 'timeout', times: RETRY.tries }));
    expect(r.after.sheets).toEqual(stateBefore(results).sheets);
    expect(r.alert).toBe(uiText.vi.errors.busy(r.fault!.message));
  });

  it('stops rather than report "nothing to sync" when the entry form cannot be opened for a while', () => {
    const sync = OPERATIONS[1];
    const r = run(sync, (emu) => emu.faults.failOn({ method: 'FormApp.openById', error: 'transient', times: RETRY.tries }));
    expect(r.after.sheets).toEqual(stateBefore(sync).sheets);
    expect(r.alert).toBe(uiText.vi.errors.busy(FAULT_MESSAGES.transient));
  });

  it('knows every failure the emulator throws, and leaves other errors alone', () => {
    const methods = ['Range.getValues', 'Range.setValues', 'Sheet.insertRowsAfter', 'SpreadsheetApp.openById', 'Properties.setProperty', 'MailApp.sendEmail', 'Lock.waitLock', 'FormApp.openById', 'Sheets.Spreadsheets.Values.batchGet', 'Docs.Documents.batchUpdate'];
    fc.assert(
      fc.property(fc.constantFrom(...methods), fc.constantFrom<FaultKind>('transient', 'rate', 'timeout', 'quota'), (method, kind) => {
        const error = faultError(kind, { method, behaviour: behaviourOf(method), spreadsheetId: 'emu-ss-1' });
        // The advanced services' quotas are per minute: a 429 is worth retrying whatever the test called it.
        const daily = kind === 'quota' && !/^(Sheets|Docs)\./.test(method);
        expect(failureOf(error)).toBe(daily ? 'dailyQuota' : 'busy');
      }),
    );
    for (const text of [MESSAGES.lockTimeout, TIME_LIMIT_MESSAGES.exceeded, MESSAGES.protectedCell, MESSAGES.rowsMismatch(2, 3), MESSAGES.noDocumentAccess]) {
      expect(failureOf(new Error(text))).toBeNull();
    }
  });
});
