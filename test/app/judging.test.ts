// Judging end to end on the emulator, through the menu items and triggers Apps Script calls
// (src/main.ts): assignment, judges' sheets in both modes, scores typed by judges, the audit log,
// the matrix, extra judges, the lock with its snapshot, reminders and the deadline.

import * as entryPoints from '../../src/main';
import { writeConfiguration } from '../../src/app/contest-configuration';
import type { ContestConfig, JudgingMode } from '../../src/core/config/model';
import { presetById } from '../../src/core/config/presets';
import { SHEET_NAMES } from '../../src/core/config/workbook-vocabulary';
import type { CellValue } from '../../src/core/cell';
import { ENTRIES_SHEET, ENTRY_COLUMNS, RAW_PREFIX } from '../../src/core/intake/entries-sheet';
import { ATTACHMENT_LINK_QUESTION } from '../../src/core/intake/form-spec';
import { judgeSheetLayout } from '../../src/core/judging/judge-sheet';
import { ASSIGNMENT_SHEET, AUDIT_LOG_SHEET, JUDGE_SHEETS_SHEET, readAssignments, readAuditLog, readJudgeSheetRecords } from '../../src/core/judging/judging-sheets';
import { scoreMatrixSheetName } from '../../src/core/judging/score-matrix';
import { SNAPSHOT_SHEET } from '../../src/core/judging/score-snapshot';
import { columnLetters as columnToLetters } from '../../src/core/cell-grid';
import type { Emulator } from '../emulator';
import { DEMO_MEMBERS, DEMO_UNITS } from '../../demo/fixtures';
import { freshWorkbook, REGISTER_HEADER, registerLine } from './emulated-workbook';

const SECRETARY = 'yen.nt@demo.example';
const JUDGES = DEMO_MEMBERS.filter((m) => m.role === 'judge').map((m) => m.email);
/** This judge works for Vị Thanh: Vị Thanh's entries must never reach them. */
const VI_THANH_JUDGE = JUDGES[0];

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function contestConfig(mode: JudgingMode, judgesPerEntry?: number): ContestConfig {
  const base = presetById('hauGiang2024').build();
  return {
    ...base,
    units: DEMO_UNITS,
    members: DEMO_MEMBERS.map((m) => (m.email === VI_THANH_JUDGE ? { ...m, unit: 'UBND thành phố Vị Thanh' } : m)),
    timeline: { ...base.timeline, judgingDeadline: '2024-09-30' },
    judging: { ...base.judging, mode, ...(judgesPerEntry === undefined ? {} : { judgesPerEntry }), reminderDaysBefore: 3 },
  };
}


/** The register as intake writes it, with authors named so that blindness can be checked. */
function registerRows(config: ContestConfig, count: number, from = 1): CellValue[][] {
  return Array.from({ length: count }, (_, i) => {
    const n = from + i;
    const code = `HG2024-${String(n).padStart(3, '0')}`;
    const cells: Record<string, CellValue> = {
      [ENTRY_COLUMNS.code]: code,
      [ENTRY_COLUMNS.status]: n % 7 === 0 ? 'Cần xem xét' : 'Hợp lệ',
      [ENTRY_COLUMNS.receivedAt]: new Date(Date.UTC(2024, 6, 1 + (n % 40), 3)),
      [ENTRY_COLUMNS.kind]: 'Cá nhân',
      [ENTRY_COLUMNS.authors]: `Tác Giả Bí Mật ${n}`,
      [ENTRY_COLUMNS.unit]: DEMO_UNITS[n % DEMO_UNITS.length].name,
      [ENTRY_COLUMNS.category]: config.categories[n % config.categories.length].name,
      [ENTRY_COLUMNS.title]: n === 3 ? '=HYPERLINK("http://x";"bấm")' : `Giải pháp ${n}`,
      [RAW_PREFIX + ATTACHMENT_LINK_QUESTION]: `https://drive.example/${code}`,
    };
    return registerLine(cells);
  });
}

function setUp(mode: JudgingMode, entries: number, judgesPerEntry?: number): { emu: Emulator; config: ContestConfig } {
  const { emu, workbook } = freshWorkbook({ owner: SECRETARY, scope: entryPoints, startTime: new Date('2024-09-20T02:00:00Z') });
  const config = contestConfig(mode, judgesPerEntry);
  emu.runAs(SECRETARY, () => {
    writeConfiguration(config, workbook, '(cũ)');
    workbook.writeSheets([{ name: ENTRIES_SHEET, header: REGISTER_HEADER, rows: registerRows(config, entries) }]);
  });
  emu.triggers.open(SECRETARY);
  return { emu, config };
}

const menu = (emu: Emulator, caption: string): void => void emu.clickMenu(caption, { user: SECRETARY });
const lastAlert = (emu: Emulator): string => emu.ui.alerts[emu.ui.alerts.length - 1].prompt;

function records(emu: Emulator) {
  return readJudgeSheetRecords(emu.inspect.values(JUDGE_SHEETS_SHEET));
}

/** A judge's sheet of the round, wherever it lives. */
function judgeSheet(emu: Emulator, judge: string, round: 'preliminary' | 'defence' = 'preliminary'): Sheet {
  const r = records(emu).find((x) => x.judge === judge && x.round === round);
  if (!r) throw new Error(`no sheet for ${judge}`);
  const spreadsheet = r.spreadsheetId === null ? emu.activeSpreadsheet : emu.openById(r.spreadsheetId);
  return spreadsheet.getSheetByName(r.sheetName)!;
}

function layoutOf(config: ContestConfig) {
  return judgeSheetLayout({ contestTitle: config.identity.title, round: 'preliminary', rubric: config.rounds.preliminary.rubric, judge: { name: '', email: '' } });
}

/** The judge types every criterion of an entry (one edit per cell, as a person does). */
function score(emu: Emulator, config: ContestConfig, judge: string, entryCode: string, points: (max: number, i: number) => number): void {
  const sheet = judgeSheet(emu, judge);
  const layout = layoutOf(config);
  const codes = emu.inspect.values(sheet).map((r) => String(r[layout.columns.code - 1]));
  const row = codes.indexOf(entryCode) + 1;
  if (row === 0) throw new Error(`${entryCode} is not on ${judge}'s sheet`);
  config.rounds.preliminary.rubric.criteria.forEach((c, i) => {
    const result = emu.userEdit(sheet, `${columnToLetters(layout.columns.criteria[i])}${row}`, points(c.maxPoints, i), judge);
    if (!result.accepted) throw new Error(result.message);
  });
}

function assignments(emu: Emulator) {
  return readAssignments(emu.inspect.values(ASSIGNMENT_SHEET));
}

describe('assignment', () => {
  it('gives each entry k judges with loads within one, never a judge of the entry\'s own unit', () => {
    const { emu } = setUp('privateSpreadsheets', 40, 3);
    menu(emu, 'Phân công giám khảo');
    const pairs = assignments(emu);
    expect(pairs).toHaveLength(120);
    const loads = JUDGES.map((j) => pairs.filter((p) => p.judge === j).length);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    const viThanh = registerRows(contestConfig('privateSpreadsheets'), 40)
      .filter((r) => r[REGISTER_HEADER.indexOf(ENTRY_COLUMNS.unit)] === 'UBND thành phố Vị Thanh')
      .map((r) => r[0]);
    expect(viThanh.length).toBeGreaterThan(0);
    expect(pairs.filter((p) => p.judge === VI_THANH_JUDGE && viThanh.includes(p.entryCode))).toEqual([]);
    expect(lastAlert(emu)).toContain('mỗi bài 3 giám khảo');
  });

  it('asks for judges first when the Members sheet has none', () => {
    const { emu, workbook } = { ...freshWorkbook({ owner: SECRETARY, scope: entryPoints }) };
    const config = { ...contestConfig('sharedWorkbook'), members: [] };
    emu.runAs(SECRETARY, () => writeConfiguration(config, workbook, '(cũ)'));
    emu.triggers.open(SECRETARY);
    menu(emu, 'Phân công giám khảo');
    expect(lastAlert(emu)).toContain('chưa có giám khảo');
    expect(emu.inspect.sheetNames()).not.toContain(ASSIGNMENT_SHEET);
  });
});

describe('judges\' sheets', () => {
  it('private mode: one spreadsheet per judge, shared with that judge alone, blind, validated', () => {
    const { emu, config } = setUp('privateSpreadsheets', 12, 3);
    menu(emu, 'Phân công giám khảo');
    menu(emu, 'Tạo / cập nhật phiếu chấm');
    const made = records(emu);
    expect(made).toHaveLength(JUDGES.length);
    expect(made.every((r) => r.spreadsheetId !== null)).toBe(true);
    const [first, second] = JUDGES;
    const sheet = judgeSheet(emu, first);
    const text = emu.inspect.displayValues(sheet).flat().join('\n');
    expect(text).not.toMatch(/Tác Giả Bí Mật|UBND/);
    expect(text).toContain('https://drive.example/');
    // A title typed as a formula stays text on the sheets of the judges who score it.
    const hostileJudge = assignments(emu).find((p) => p.entryCode === 'HG2024-003')!.judge;
    const hostileRow = emu.inspect.values(judgeSheet(emu, hostileJudge)).find((r) => r.includes('HG2024-003'))!;
    expect(hostileRow).toContain('=HYPERLINK("http://x";"bấm")');
    const layout = layoutOf(config);
    const row = layout.firstDataRow;
    const cell = (column: number) => `${columnToLetters(column)}${row}`;
    expect(emu.userEdit(sheet, cell(layout.columns.criteria[0]), 25, first).accepted).toBe(true);
    expect(emu.userEdit(sheet, cell(layout.columns.criteria[0]), 31, first)).toMatchObject({ accepted: false, reason: 'validation' });
    expect(emu.userEdit(sheet, cell(layout.columns.code), 'HG2024-999', first)).toMatchObject({ accepted: false, reason: 'protected' });
    expect(emu.userEdit(sheet, cell(layout.columns.criteria[1]), 10, second)).toMatchObject({ accepted: false, reason: 'no-access' });
    expect(sheet.isColumnHiddenByUser(layout.hiddenColumns.first)).toBe(true);
  });

  it('shared mode: one protected tab per judge, and a warning that every tab can be opened', () => {
    const { emu, config } = setUp('sharedWorkbook', 10);
    menu(emu, 'Phân công giám khảo');
    menu(emu, 'Tạo / cập nhật phiếu chấm');
    expect(lastAlert(emu)).toContain('MỞ XEM được mọi trang');
    const [first, second] = JUDGES;
    const layout = layoutOf(config);
    const a1 = `${columnToLetters(layout.columns.criteria[0])}${layout.firstDataRow}`;
    expect(emu.userEdit(judgeSheet(emu, first), a1, 20, first).accepted).toBe(true);
    expect(emu.userEdit(judgeSheet(emu, first), a1, 20, second)).toMatchObject({ accepted: false, reason: 'protected' });
    expect(emu.userEdit(ENTRIES_SHEET, 'A2', 'x', first)).toMatchObject({ accepted: false, reason: 'protected' });
  });

  it('shared mode: a judge with more entries than a new tab has rows (1,000) gets a tab grown to fit, the last entry scoreable', () => {
    const { emu, config } = setUp('sharedWorkbook', 1_010);
    menu(emu, 'Phân công giám khảo');
    menu(emu, 'Tạo / cập nhật phiếu chấm');
    // Every judge but the first (whose unit sends some entries) scores all 1,010.
    const judge = JUDGES[1];
    const sheet = judgeSheet(emu, judge);
    const layout = layoutOf(config);
    const lastRow = layout.firstDataRow + 1_010 - 1;
    expect(sheet.getMaxRows()).toBeGreaterThanOrEqual(lastRow);
    expect(String(sheet.getRange(lastRow, layout.columns.code).getValue())).toBe('HG2024-1010');
    expect(emu.userEdit(sheet, `${columnToLetters(layout.columns.criteria[0])}${lastRow}`, 20, judge).accepted).toBe(true);
  });

  it('re-running assignment and sheets keeps every score in place and appends new entries', () => {
    const { emu, config } = setUp('privateSpreadsheets', 10, 3);
    menu(emu, 'Phân công giám khảo');
    menu(emu, 'Tạo / cập nhật phiếu chấm');
    const judge = JUDGES[1];
    const mine = assignments(emu).filter((p) => p.judge === judge).map((p) => p.entryCode);
    for (const code of mine.slice(0, 3)) score(emu, config, judge, code, (max) => max - 1);
    const before = emu.inspect.values(judgeSheet(emu, judge));
    emu.runAs(SECRETARY, () => {
      const register = emu.activeSpreadsheet.getSheetByName(ENTRIES_SHEET)!;
      register.getRange(12, 1, 5, REGISTER_HEADER.length).setValues(registerRows(config, 5, 11));
    });
    menu(emu, 'Phân công giám khảo');
    menu(emu, 'Tạo / cập nhật phiếu chấm');
    const after = emu.inspect.values(judgeSheet(emu, judge));
    const layout = layoutOf(config);
    const scoreColumns = layout.columns.criteria.map((c) => c - 1);
    before.forEach((row, i) => {
      if (i + 1 < layout.firstDataRow) return;
      expect(scoreColumns.map((c) => after[i][c])).toEqual(scoreColumns.map((c) => row[c]));
      expect(after[i][layout.columns.code - 1]).toBe(row[layout.columns.code - 1]);
    });
    const scoredCodes = mine.slice(0, 3);
    expect(assignments(emu).filter((p) => p.judge === judge && scoredCodes.includes(p.entryCode))).toHaveLength(3);
    expect(assignments(emu)).toHaveLength(45);
  });
});

describe('bringing scores in', () => {
  function scoredContest(mode: JudgingMode, entries: number) {
    const { emu, config } = setUp(mode, entries, 3);
    menu(emu, 'Phân công giám khảo');
    menu(emu, 'Tạo / cập nhật phiếu chấm');
    const pairs = assignments(emu);
    // The same scores whatever the mode: a judge's habit and the entry decide them.
    pairs.slice(0, 24).forEach((p, i) => score(emu, config, p.judge, p.entryCode, (max, c) => Math.max(0, max - ((i + c + JUDGES.indexOf(p.judge)) % 6))));
    return { emu, config, pairs };
  }

  it('reads each judge\'s sheet in one batch, however many entries there are', () => {
    const reads = (entries: number): number => {
      const { emu } = scoredContest('privateSpreadsheets', entries);
      emu.meter.reset();
      menu(emu, 'Cập nhật điểm và tiến độ chấm');
      return emu.meter.count('Range.getValues');
    };
    const small = reads(12);
    expect(reads(40)).toBe(small);
    // One read per judge's sheet, plus the configuration's sheets and the secretariat's own.
    expect(small).toBeLessThanOrEqual(JUDGES.length + Object.keys(SHEET_NAMES).length + 5);
  });

  it('both modes give the same matrix', () => {
    const matrix = (mode: JudgingMode) => {
      const { emu } = scoredContest(mode, 12);
      menu(emu, 'Cập nhật điểm và tiến độ chấm');
      return emu.inspect.displayValues(scoreMatrixSheetName('preliminary'));
    };
    const shared = matrix('sharedWorkbook');
    expect(shared.length).toBe(13);
    expect(matrix('privateSpreadsheets')).toEqual(shared);
  });

  it('logs each edit with old and new values as it happens (shared mode) and on sync (private mode)', () => {
    for (const mode of ['sharedWorkbook', 'privateSpreadsheets'] as const) {
      const { emu, config } = setUp(mode, 6, 3);
      menu(emu, 'Phân công giám khảo');
      menu(emu, 'Tạo / cập nhật phiếu chấm');
      const p = assignments(emu)[0];
      score(emu, config, p.judge, p.entryCode, () => 5);
      score(emu, config, p.judge, p.entryCode, (_max, i) => (i === 0 ? 7 : 5));
      menu(emu, 'Cập nhật điểm và tiến độ chấm');
      const log = readAuditLog(emu.inspect.values(AUDIT_LOG_SHEET)).filter((r) => r.entryCode === p.entryCode);
      const criteria = config.rounds.preliminary.rubric.criteria.length;
      if (mode === 'sharedWorkbook') {
        expect(log).toHaveLength(criteria + 1);
        expect(log[criteria]).toMatchObject({ judge: p.judge, before: 5, after: 7, editor: p.judge, source: 'edit' });
      } else {
        // No trigger can watch a judge's own spreadsheet: the sync finds the net change.
        expect(log).toHaveLength(criteria);
        expect(log.every((r) => r.source === 'sync' && r.before === '')).toBe(true);
      }
      menu(emu, 'Cập nhật điểm và tiến độ chấm');
      expect(readAuditLog(emu.inspect.values(AUDIT_LOG_SHEET)).filter((r) => r.entryCode === p.entryCode)).toHaveLength(log.length);
    }
  });

  it('logs a pasted block of scores (no old value in the event) from the recorded columns', () => {
    const { emu, config } = setUp('sharedWorkbook', 6, 3);
    menu(emu, 'Phân công giám khảo');
    menu(emu, 'Tạo / cập nhật phiếu chấm');
    const judge = JUDGES[2];
    const layout = layoutOf(config);
    const first = layout.columns.criteria[0];
    const count = layout.columns.criteria.length;
    const range = `${columnToLetters(first)}${layout.firstDataRow}:${columnToLetters(first + count - 1)}${layout.firstDataRow + 1}`;
    const block = [0, 1].map(() => config.rounds.preliminary.rubric.criteria.map((c) => c.maxPoints - 1));
    expect(emu.userPaste(judgeSheet(emu, judge), range, block, judge).accepted).toBe(true);
    const log = readAuditLog(emu.inspect.values(AUDIT_LOG_SHEET));
    expect(log).toHaveLength(2 * count);
    expect(log.every((r) => r.judge === judge && r.before === '' && r.source === 'edit')).toBe(true);
  });

  it('gives an entry an extra judge when its judges disagree beyond the escalation threshold', () => {
    const { emu, config } = setUp('privateSpreadsheets', 6, 2);
    menu(emu, 'Phân công giám khảo');
    menu(emu, 'Tạo / cập nhật phiếu chấm');
    const code = 'HG2024-002';
    const [a, b] = assignments(emu).filter((p) => p.entryCode === code);
    score(emu, config, a.judge, code, (max) => max);
    score(emu, config, b.judge, code, (max) => Math.floor(max / 2));
    menu(emu, 'Cập nhật điểm và tiến độ chấm');
    const extra = assignments(emu).filter((p) => p.entryCode === code && p.reason === 'extra');
    expect(extra).toHaveLength(1);
    expect([a.judge, b.judge]).not.toContain(extra[0].judge);
    const onSheet = emu.inspect.values(judgeSheet(emu, extra[0].judge)).some((r) => r.includes(code));
    expect(onSheet).toBe(true);
    expect(lastAlert(emu)).toContain('Đã giao thêm giám khảo');
  });
});

describe('lock', () => {
  it('makes sheets read-only, snapshots the scores and reports a change made afterwards', () => {
    const { emu, config } = setUp('privateSpreadsheets', 6, 3);
    menu(emu, 'Phân công giám khảo');
    menu(emu, 'Tạo / cập nhật phiếu chấm');
    const p = assignments(emu)[0];
    score(emu, config, p.judge, p.entryCode, () => 5);
    emu.ui.answerAlert('YES');
    menu(emu, 'Khóa chấm điểm');
    expect(lastAlert(emu)).toMatch(/Đã khóa vòng sơ khảo/);
    expect(emu.inspect.sheetNames()).toContain(SNAPSHOT_SHEET);
    const sheet = judgeSheet(emu, p.judge);
    const layout = layoutOf(config);
    const codes = emu.inspect.values(sheet).map((r) => r[layout.columns.code - 1]);
    const a1 = `${columnToLetters(layout.columns.criteria[0])}${codes.indexOf(p.entryCode) + 1}`;
    expect(emu.userEdit(sheet, a1, 6, p.judge)).toMatchObject({ accepted: false, reason: 'protected' });
    // The spreadsheet's owner can still type: the next sync says so.
    expect(emu.userEdit(sheet, a1, 6, SECRETARY).accepted).toBe(true);
    menu(emu, 'Cập nhật điểm và tiến độ chấm');
    expect(lastAlert(emu)).toContain('khác với bản chụp lúc khóa');
    expect(readAuditLog(emu.inspect.values(AUDIT_LOG_SHEET)).some((r) => r.source === 'afterLock' && r.after === 6)).toBe(true);
  });

  it('opens the defence round for the shortlist once the preliminary round is locked', () => {
    const { emu, config } = setUp('privateSpreadsheets', 8, 3);
    menu(emu, 'Phân công giám khảo');
    menu(emu, 'Tạo / cập nhật phiếu chấm');
    assignments(emu).forEach((p, i) => score(emu, config, p.judge, p.entryCode, (max) => max - (i % 5)));
    emu.ui.answerAlert('YES');
    menu(emu, 'Khóa chấm điểm');
    menu(emu, 'Phân công giám khảo');
    expect(lastAlert(emu)).toContain('vòng bảo vệ ý tưởng');
    const defence = assignments(emu).filter((p) => p.round === 'defence');
    const shortlist = new Set(defence.map((p) => p.entryCode));
    const wanted = config.rounds.defence!.shortlist;
    expect(wanted.mode === 'topN' ? shortlist.size >= Math.min(wanted.count, 8) : shortlist.size > 0).toBe(true);
    // The whole panel hears the defence unless the configuration says otherwise, own units excepted.
    const unitOf = new Map(registerRows(config, 8).map((r) => [r[0], r[REGISTER_HEADER.indexOf(ENTRY_COLUMNS.unit)]]));
    for (const code of shortlist) {
      const panel = JUDGES.filter((j) => j !== VI_THANH_JUDGE || unitOf.get(code) !== 'UBND thành phố Vị Thanh');
      expect(defence.filter((p) => p.entryCode === code).map((p) => p.judge).sort()).toEqual([...panel].sort());
    }
    menu(emu, 'Tạo / cập nhật phiếu chấm');
    const sheet = judgeSheet(emu, JUDGES[0], 'defence');
    const text = emu.inspect.displayValues(sheet).flat().join('\n');
    expect(text).toContain('VÒNG BẢO VỆ');
    for (const c of config.rounds.defence!.rubric.criteria) expect(text).toContain(c.name);
  });

  it('locks by itself the day after the judging deadline, after reminding judges in the days before', () => {
    // Apps Script's own clock (new Date()) is what the daily trigger reads.
    const day = (d: string): void => void jest.setSystemTime(new Date(`${d}T01:00:00Z`));
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask'] });
    try {
      day('2024-09-20');
      const { emu } = setUp('privateSpreadsheets', 6, 3);
      menu(emu, 'Phân công giám khảo');
      menu(emu, 'Tạo / cập nhật phiếu chấm');
      const daily = (): void => emu.runAs(SECRETARY, () => entryPoints.dailyIntakeCheck());
      daily();
      expect(emu.mail.sent).toHaveLength(0);
      day('2024-09-28'); // within three days of the 30/9 deadline
      daily();
      expect(new Set(emu.mail.sent.map((m) => m.to))).toEqual(new Set(JUDGES));
      expect(emu.mail.sent[0].body).toContain('30/09/2024');
      daily();
      expect(emu.mail.sent).toHaveLength(JUDGES.length);
      day('2024-09-30');
      daily();
      expect(records(emu).some((r) => r.locked)).toBe(false);
      day('2024-10-01');
      daily();
      expect(records(emu).every((r) => r.locked)).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });
});
