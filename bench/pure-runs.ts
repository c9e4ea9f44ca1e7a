// Wall time of a step's own computation: the same flow the menu runs (src/ui/*-flow.ts), over the
// in-memory ports, on a copy of the emulated workbook taken just before the step. Median of RUNS
// timed runs after one warm-up, each from a fresh copy.

import { performance } from 'node:perf_hooks';
import type { Emulator } from '../test/emulator';
import type { IntakePorts } from '../src/app/intake';
import type { JudgingPorts } from '../src/app/judging';
import type { DocumentsPorts } from '../src/app/documents';
import type { DashboardPorts } from '../src/app/dashboard';
import type { Grid } from '../src/core/cell';
import { JUDGE_SHEETS_SHEET, readJudgeSheetRecords } from '../src/core/judging/judging-sheets';
import type { Dialogs } from '../src/ui/dialogs';
import { judgingWording } from '../src/ui/judging-flow';
import { cloneCopy, MemoryFiles, MemoryForms, MemoryJudgeSheets, MemoryMail, MemoryState, MemoryTriggers, MemoryWorkbook, memoryLock, type WorkbookCopy } from './memory-ports';

/** Timed runs of each step; three keep the whole benchmark within a few minutes. */
export const RUNS = 3;

/** The person agrees to every question and reads nothing. */
export const silentDialogs: Dialogs = { tell: () => undefined, confirm: () => true };

/** The form's id, as intake keeps it in the document properties (src/app/intake.ts). */
const FORM_ID_KEY = 'intake.formId';
const CONTEST_BOOK = '';

/** The emulated workbook as plain data, read without metering (apart from looking up spreadsheets by id). */
export function copyOfEmulator(emu: Emulator, mailUser: string): WorkbookCopy {
  const books = new Map<string, Map<string, Grid>>();
  const contest = new Map<string, Grid>();
  for (const name of emu.inspect.sheetNames()) contest.set(name, emu.inspect.values(name));
  books.set(CONTEST_BOOK, contest);
  const judgeBooks = contest.has(JUDGE_SHEETS_SHEET) ? readJudgeSheetRecords(contest.get(JUDGE_SHEETS_SHEET)!) : [];
  for (const id of new Set(judgeBooks.map((r) => r.spreadsheetId).filter((id): id is string => id !== null))) {
    const spreadsheet = emu.openById(id);
    const sheets = new Map<string, Grid>();
    for (const name of emu.inspect.sheetNames(spreadsheet)) sheets.set(name, emu.inspect.values(spreadsheet.getSheetByName(name)!));
    books.set(id, sheets);
  }
  const properties = new Map(emu.properties.documentStore(emu.activeSpreadsheet.getId()).map);
  const formId = properties.get(FORM_ID_KEY);
  const responses = formId
    ? emu.inspect.form(formId).responses.map((r) => ({ responseId: r.id, timestamp: r.timestamp, respondentEmail: r.respondentEmail, answers: { ...r.answers } }))
    : [];
  return { books, properties, responses, mailQuota: emu.mail.remaining(mailUser), now: new Date(emu.clock.now()) };
}

export interface MemoryPorts {
  intake: IntakePorts;
  judging: JudgingPorts;
  documents: DocumentsPorts;
  dashboard: DashboardPorts;
}

/** One set of ports over one copy: the steps share state as they do in a spreadsheet. */
export function memoryPorts(copy: WorkbookCopy): MemoryPorts {
  const contest = copy.books.get(CONTEST_BOOK) ?? new Map<string, Grid>();
  copy.books.set(CONTEST_BOOK, contest);
  const workbook = new MemoryWorkbook(contest);
  const state = new MemoryState(copy.properties);
  const triggers = new MemoryTriggers();
  const mail = new MemoryMail(copy.mailQuota);
  const now = (): Date => copy.now;
  // The contest's time zone is Asia/Ho_Chi_Minh, UTC+7 all year.
  const today = (): string => new Date(copy.now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
  return {
    intake: { workbook, forms: new MemoryForms(copy), triggers, mail, state, lock: memoryLock },
    judging: { workbook, judgeSheets: new MemoryJudgeSheets(copy), triggers, mail, state, lock: memoryLock, now, today, wording: judgingWording() },
    documents: { workbook, files: new MemoryFiles(), triggers, state, lock: memoryLock, now: () => new Date(), today, progress: () => undefined },
    dashboard: { workbook, state },
  };
}

/** Median wall time in ms (one decimal) of `step` over fresh copies of `copy`. */
export function medianWallMs(copy: WorkbookCopy, step: (ports: MemoryPorts) => unknown): number {
  const times: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const ports = memoryPorts(cloneCopy(copy));
    const start = performance.now();
    step(ports);
    // The first run warms the JIT up and is not counted.
    if (i > 0) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)] * 10) / 10;
}
