// "Tính kết quả" end to end on the emulator: a contest set up in the workbook, judges assigned and
// their sheets made through the menu, judges pasting their scores, then the results written to
// the Results sheet, its charts and the board's sheet, and read back as a person sees them.

import * as entryPoints from '../../src/main';
import { writeConfiguration } from '../../src/app/contest-configuration';
import { BOARD_DECISIONS_SHEET, RESULTS_CHARTS_SHEET, RESULTS_SHEET, writeResults, type ResultsSummary } from '../../src/app/results';
import { columnLetters } from '../../src/core/cell-grid';
import type { CellValue } from '../../src/core/cell';
import type { ContestConfig } from '../../src/core/config/model';
import { presetById } from '../../src/core/config/presets';
import type { Entry } from '../../src/core/entry';
import { ENTRIES_SHEET, ENTRY_COLUMNS, RAW_PREFIX } from '../../src/core/intake/entries-sheet';
import { ATTACHMENT_LINK_QUESTION } from '../../src/core/intake/form-spec';
import { ASSIGNMENT_SHEET, JUDGE_SHEETS_SHEET, readAssignments, readJudgeSheetRecords } from '../../src/core/judging/judging-sheets';
import { judgeSheetLayout } from '../../src/core/judging/judge-sheet';
import { computeResults } from '../../src/core/results/compute-results';
import { RESULTS_COLUMNS } from '../../src/core/results/results-sheet';
import type { RoundId, ScoreSheet } from '../../src/core/scoring/score-sheet';
import { judgingWording } from '../../src/ui/judging-flow';
import type { Locale } from '../../src/ui/locale';
import { resultsPortsOf, runComputeResultsFlow } from '../../src/ui/results-flow';
import { alertDialogs } from '../../src/ui/dialogs';
import { appsScriptJudgingPorts } from '../../src/workspace/judging-ports';
import type { Emulator } from '../emulator';
import { DEMO_MEMBERS, DEMO_UNITS } from '../../demo/fixtures';
import { judgesPasteScores } from './judges-paste-scores';
import { freshWorkbook, REGISTER_HEADER, registerLine } from './emulated-workbook';

const SECRETARY = 'yen.nt@demo.example';
const HOSTILE_TITLE = '=IMPORTXML("http://x")';

/** Hậu Giang 2024 with the demo's units and people, three judges per entry; `twoRounds` false drops the defence round. */
function contestConfig(twoRounds: boolean): ContestConfig {
  const base = presetById('hauGiang2024').build();
  const scoring = { ...base.scoring, tieBreaks: base.scoring.tieBreaks.filter((t) => twoRounds || t.kind !== 'defenceScore') };
  return {
    ...base,
    units: DEMO_UNITS,
    members: DEMO_MEMBERS,
    rounds: twoRounds ? base.rounds : { preliminary: base.rounds.preliminary },
    scoring,
    judging: { ...base.judging, judgesPerEntry: 3 },
  };
}

const code = (n: number): string => `HG2024-${String(n).padStart(3, '0')}`;

/** The entries as the register holds them; the third one's title is a formula someone typed. */
function contestEntries(config: ContestConfig, count: number): Entry[] {
  return Array.from({ length: count }, (_, i) => ({
    code: code(i + 1),
    title: i + 1 === 3 ? HOSTILE_TITLE : `Giải pháp ${i + 1}`,
    unitCode: DEMO_UNITS[(i + 1) % DEMO_UNITS.length].code,
    categoryCode: config.categories[(i + 1) % config.categories.length].code,
    kind: 'individual',
    submittedAt: new Date(Date.UTC(2024, 6, 1 + ((i + 1) % 40), 3)).toISOString(),
  }));
}

function registerRows(config: ContestConfig, entries: readonly Entry[]): CellValue[][] {
  const units = new Map(config.units.map((u) => [u.code, u.name]));
  const categories = new Map(config.categories.map((c) => [c.code, c.name]));
  return entries.map((e) => {
    const cells: Record<string, CellValue> = {
      [ENTRY_COLUMNS.code]: e.code,
      [ENTRY_COLUMNS.status]: 'Hợp lệ',
      [ENTRY_COLUMNS.receivedAt]: new Date(e.submittedAt),
      [ENTRY_COLUMNS.kind]: 'Cá nhân',
      [ENTRY_COLUMNS.authors]: `Tác giả ${e.code}`,
      [ENTRY_COLUMNS.unit]: units.get(e.unitCode)!,
      [ENTRY_COLUMNS.category]: categories.get(e.categoryCode)!,
      [ENTRY_COLUMNS.title]: e.title,
      [RAW_PREFIX + ATTACHMENT_LINK_QUESTION]: `https://drive.example/${e.code}`,
    };
    return registerLine(cells);
  });
}

interface Contest {
  emu: Emulator;
  config: ContestConfig;
  entries: Entry[];
}

function setUp(twoRounds: boolean, count: number): Contest {
  const { emu, workbook } = freshWorkbook({ owner: SECRETARY, scope: entryPoints, startTime: new Date('2024-09-20T02:00:00Z') });
  const config = contestConfig(twoRounds);
  const entries = contestEntries(config, count);
  emu.runAs(SECRETARY, () => {
    writeConfiguration(config, workbook, '(cũ)');
    workbook.writeSheets([{ name: ENTRIES_SHEET, header: REGISTER_HEADER, rows: registerRows(config, entries) }]);
  });
  emu.triggers.open(SECRETARY);
  return { emu, config, entries };
}

const menu = (emu: Emulator, caption: string): void => void emu.clickMenu(caption, { user: SECRETARY });
const lastAlert = (emu: Emulator): string => emu.ui.alerts[emu.ui.alerts.length - 1].prompt;

function lock(emu: Emulator): void {
  emu.ui.answerAlert('YES');
  menu(emu, 'Khóa chấm điểm');
}

/** Points that fall with the entry number, a judge's habit moving novelty by half a point at most. */
function preliminaryPoints(config: ContestConfig): (entry: number, judge: string) => number[] {
  const judges = config.members.filter((m) => m.role === 'judge').map((m) => m.email);
  return (entry, judge) =>
    config.rounds.preliminary.rubric.criteria.map((c, i) => c.maxPoints - ((entry * (i + 1)) % 7) - (i === 0 ? (judges.indexOf(judge) % 2) / 2 : 0));
}

function prepareRound(c: Contest, round: RoundId, points: (entry: number, judge: string) => number[]): void {
  menu(c.emu, 'Phân công giám khảo');
  menu(c.emu, 'Tạo / cập nhật phiếu chấm');
  judgesPasteScores(c.emu, c.config, round, points);
}

function run(c: Contest): ResultsSummary {
  return c.emu.runAs(SECRETARY, () => writeResults(c.config, resultsPortsOf(appsScriptJudgingPorts(SpreadsheetApp.getActiveSpreadsheet(), judgingWording()))));
}

function runFlow(c: Contest, locale: Locale = 'vi'): string {
  c.emu.runAs({ user: SECRETARY, kind: 'menu' }, () =>
    runComputeResultsFlow(resultsPortsOf(appsScriptJudgingPorts(SpreadsheetApp.getActiveSpreadsheet(), judgingWording())), alertDialogs(SpreadsheetApp.getUi()), locale),
  );
  return lastAlert(c.emu);
}

/** The Results table as a person reads it: records by header, displayed text or stored values. */
function resultsTable(emu: Emulator, shown: 'values' | 'display' = 'values'): Record<string, CellValue>[] {
  const values = shown === 'values' ? emu.inspect.values(RESULTS_SHEET) : emu.inspect.displayValues(RESULTS_SHEET);
  const header = values[0].map(String);
  const width = header.indexOf('');
  const at = header.indexOf(RESULTS_COLUMNS.code);
  return values
    .slice(1)
    .filter((r) => r[at] !== '')
    .map((r) => Object.fromEntries(header.slice(0, width).map((h, i) => [h, r[i]])));
}

const summaryText = (emu: Emulator): string => emu.inspect.values(RESULTS_SHEET).flat().join('\n');

/** The scores the judges pasted, as the rules engine takes them: what the Results sheet must agree with. */
function pastedSheets(c: Contest, round: RoundId, points: (entry: number, judge: string) => number[]): ScoreSheet[] {
  const rubric = round === 'preliminary' ? c.config.rounds.preliminary.rubric : c.config.rounds.defence!.rubric;
  return readAssignments(c.emu.inspect.values(ASSIGNMENT_SHEET))
    .filter((a) => a.round === round)
    .map((a) => {
      const p = points(Number(a.entryCode.slice(-3)), a.judge);
      return { entryCode: a.entryCode, judge: a.judge, round, scores: Object.fromEntries(rubric.criteria.map((cr, i) => [cr.code, p[i]])) };
    });
}

describe('the Results sheet', () => {
  it('shows the ranks, prizes and amounts the rules engine gives for the scores the judges typed', () => {
    const c = setUp(false, 12);
    const points = preliminaryPoints(c.config);
    prepareRound(c, 'preliminary', points);
    run(c);
    const expected = computeResults({ config: c.config, entries: c.entries, sheets: pastedSheets(c, 'preliminary', points) });
    const tierName = new Map(c.config.prizes.tiers.map((t) => [t.code, t.name]));
    expect(resultsTable(c.emu).map((r) => [r['Mã bài'], r['Xếp hạng'], r['Điểm chung cuộc'], r['Giải'], r['Tiền thưởng (đồng)']])).toEqual(
      expected.entries.map((r) => [
        r.entry.code,
        r.rank ?? '',
        r.finalScore ?? '',
        r.outcome.kind === 'prize' ? tierName.get(r.outcome.tierCode) : '',
        r.outcome.kind === 'prize' ? r.outcome.amount : '',
      ]),
    );
    // Entry 7 gets every criterion's maximum (novelty half a point less from some judges): it comes first.
    const first = resultsTable(c.emu, 'display')[0];
    expect(first).toMatchObject({ 'Mã bài': code(7), 'Giải': 'Giải Nhất', 'Hình thức khen thưởng': 'Bằng khen', 'Tiền thưởng (đồng)': '10.000.000' });
    expect(String(first['Giải thích'])).toMatch(/^Sơ khảo: .* Đạt Giải Nhất: 10\.000\.000 đồng\.$/);
    expect(summaryText(c.emu)).toContain('TỔNG HỢP KẾT QUẢ');
  });

  it('stores a title typed as a formula as text', () => {
    const c = setUp(false, 6);
    prepareRound(c, 'preliminary', preliminaryPoints(c.config));
    run(c);
    const values = c.emu.inspect.values(RESULTS_SHEET);
    const header = values[0].map(String);
    const row = values.findIndex((r) => r[header.indexOf(RESULTS_COLUMNS.code)] === code(3));
    const cell = c.emu.inspect.cell(RESULTS_SHEET, `${columnLetters(header.indexOf(RESULTS_COLUMNS.title) + 1)}${row + 1}`);
    expect(cell).toMatchObject({ value: HOSTILE_TITLE, display: HOSTILE_TITLE, formula: '', error: null });
  });

  it('is provisional until every round is locked, and lists the units of the defence round', () => {
    const c = setUp(true, 12);
    prepareRound(c, 'preliminary', preliminaryPoints(c.config));
    expect(run(c).contest.openRounds).toEqual(['preliminary', 'defence']);
    expect(summaryText(c.emu)).toContain('TẠM TÍNH: vòng sơ khảo, vòng bảo vệ ý tưởng chưa khóa');
    expect(runFlow(c)).toContain('KẾT QUẢ TẠM TÍNH: vòng sơ khảo, vòng bảo vệ ý tưởng chưa khóa');

    lock(c.emu);
    const defencePoints = (entry: number): number[] => [40 - (entry % 9), 30 - (entry % 4), 25];
    prepareRound(c, 'defence', defencePoints);
    expect(run(c).contest.openRounds).toEqual(['defence']);
    expect(summaryText(c.emu)).toContain('TẠM TÍNH: vòng bảo vệ ý tưởng chưa khóa');

    lock(c.emu);
    const summary = run(c);
    expect(summary.contest.provisional).toBe(false);
    expect(summaryText(c.emu)).toContain('Mọi vòng chấm đã khóa');
    const alert = runFlow(c);
    expect(alert).toContain('Mọi vòng chấm đã khóa: kết quả tính từ điểm đã khóa.');
    expect(alert).not.toContain('TẠM TÍNH');

    // Entry 9 has the best defence (40 − 0, 30 − 1, 25): it wins, whatever its preliminary rank.
    const rows = resultsTable(c.emu);
    expect(rows[0]).toMatchObject({ 'Mã bài': code(9), 'Điểm vòng bảo vệ': 94, 'Điểm chung cuộc': 94, 'Giải': 'Giải Nhất' });
    const shortlisted = summary.contest.results.entries.filter((r) => r.shortlisted).map((r) => r.entry.unitCode);
    const text = summaryText(c.emu);
    for (const unit of DEMO_UNITS) {
      const count = shortlisted.filter((u) => u === unit.code).length;
      if (count > 0) expect(text).toContain([unit.code, unit.name, count].join('\n'));
    }
    expect(alert).toContain(`${new Set(shortlisted).size} đơn vị có bài vào vòng bảo vệ ý tưởng`);
  });
});

describe('the board\'s decisions', () => {
  /** Entries 3 and 4 get the same points from every judge, just below the first two: a tie across Giải Ba's one place. */
  const tiedPoints = (config: ContestConfig) => (entry: number): number[] =>
    config.rounds.preliminary.rubric.criteria.map((cr, i) => cr.maxPoints - (i === 0 ? [0, 0, 1, 2, 2][entry] ?? entry : 0));

  it('turns a tie referred to the board into prizes once the board types its order, keeping what the board typed', () => {
    const c = setUp(false, 8);
    prepareRound(c, 'preliminary', tiedPoints(c.config));
    const alert = runFlow(c);
    expect(alert).toContain(`Các bài ${code(3)}, ${code(4)} bằng điểm ở ranh giới giải`);
    expect(alert).toContain(`Đã tạo trang "${BOARD_DECISIONS_SHEET}"`);
    const before = resultsTable(c.emu);
    for (const x of [code(3), code(4)]) {
      expect(before.find((r) => r['Mã bài'] === x)).toMatchObject({ 'Giải': '', 'Tiền thưởng (đồng)': '' });
      expect(String(before.find((r) => r['Mã bài'] === x)!['Lưu ý'])).toContain('chờ Ban Tổ chức quyết định');
    }

    // The board puts entry 4 first; the secretary types it into the board's sheet.
    const typed = c.emu.userPaste(BOARD_DECISIONS_SHEET, 'E2:F3', [[1, code(4)], [1, code(3)]], SECRETARY);
    expect(typed.accepted).toBe(true);
    const alertAfter = runFlow(c);
    expect(alertAfter).not.toContain('ranh giới giải');
    expect(alertAfter).not.toContain('Đã tạo trang');
    const after = resultsTable(c.emu, 'display');
    expect(after.find((r) => r['Mã bài'] === code(4))).toMatchObject({ 'Xếp hạng': '3', 'Giải': 'Giải Ba', 'Tiền thưởng (đồng)': '5.000.000', 'Lưu ý': 'Thứ tự do Ban Tổ chức quyết định' });
    expect(after.find((r) => r['Mã bài'] === code(3))).toMatchObject({ 'Xếp hạng': '4', 'Giải': 'Giải Khuyến khích', 'Tiền thưởng (đồng)': '3.000.000' });
    expect(c.emu.inspect.values(BOARD_DECISIONS_SHEET).slice(1, 3).map((r) => r.slice(4, 6))).toEqual([
      [1, code(4)],
      [1, code(3)],
    ]);
  });

  it('reports a row of the board\'s sheet naming an entry that does not exist, in the alert and beside the table', () => {
    const c = setUp(false, 6);
    prepareRound(c, 'preliminary', preliminaryPoints(c.config));
    run(c);
    c.emu.userPaste(BOARD_DECISIONS_SHEET, 'A2:C2', [['HG2024-099', 'Giải Đặc biệt', '15.000.000']], SECRETARY);
    const alert = runFlow(c);
    expect(alert).toContain(`Trang "${BOARD_DECISIONS_SHEET}", hàng 2: không có bài HG2024-099`);
    expect(summaryText(c.emu)).toContain(`Lỗi: Trang "${BOARD_DECISIONS_SHEET}", hàng 2: không có bài HG2024-099`);
    expect(runFlow(c, 'en')).toContain(`Sheet "${BOARD_DECISIONS_SHEET}", row 2: there is no judged entry HG2024-099`);
  });
});

describe('running it again', () => {
  it('rewrites the same rows and the same three charts, never duplicating either', () => {
    const c = setUp(false, 12);
    prepareRound(c, 'preliminary', preliminaryPoints(c.config));
    run(c);
    const values = c.emu.inspect.values(RESULTS_SHEET);
    const charts = c.emu.inspect.charts(RESULTS_CHARTS_SHEET);
    expect(charts.map((ch) => [ch.type, ch.title, ch.ranges])).toEqual([
      ['COLUMN', 'Phân bố điểm chung cuộc', ['A1:B11']],
      ['PIE', 'Số bài dự thi theo lĩnh vực', [`D1:E${c.config.categories.length + 1}`]],
      ['BAR', 'Số bài dự thi theo đơn vị', [`G1:H${DEMO_UNITS.length + 1}`]],
    ]);
    const counts = c.emu.inspect.values(RESULTS_CHARTS_SHEET).slice(1).map((r) => r[7]);
    expect(counts.reduce<number>((sum, n) => sum + (typeof n === 'number' ? n : 0), 0)).toBe(12);

    expect(run(c).boardSheetCreated).toBe(false);
    expect(c.emu.inspect.values(RESULTS_SHEET)).toEqual(values);
    expect(c.emu.inspect.charts(RESULTS_CHARTS_SHEET).map((ch) => ch.title)).toEqual(charts.map((ch) => ch.title));
    const names = c.emu.inspect.sheetNames();
    for (const name of [RESULTS_SHEET, RESULTS_CHARTS_SHEET, BOARD_DECISIONS_SHEET]) expect(names.filter((n) => n === name)).toHaveLength(1);
  });

  it('costs the same number of Sheets calls for 12 entries as for 40', () => {
    const calls = (count: number): number => {
      const c = setUp(false, count);
      prepareRound(c, 'preliminary', preliminaryPoints(c.config));
      run(c);
      c.emu.meter.reset();
      run(c);
      return c.emu.meter.calls;
    };
    const small = calls(12);
    expect(calls(40)).toBe(small);
  });
});

describe('after the lock', () => {
  const judgeSpreadsheetsOpened = (emu: Emulator): number => emu.meter.snapshot().byMethod['SpreadsheetApp.openById']?.calls ?? 0;

  it('counts the scores as they were locked: a later edit in a judge\'s spreadsheet changes no result, and no judge\'s spreadsheet is opened', () => {
    const c = setUp(false, 12);
    prepareRound(c, 'preliminary', preliminaryPoints(c.config));
    lock(c.emu);
    run(c);
    const locked = resultsTable(c.emu);
    // The owner can still type into a locked sheet (research §4.4): one judge's scores all become 0.
    const [record] = readJudgeSheetRecords(c.emu.inspect.values(JUDGE_SHEETS_SHEET));
    const rubric = c.config.rounds.preliminary.rubric;
    const layout = judgeSheetLayout({ contestTitle: c.config.identity.title, round: 'preliminary', rubric, judge: { name: '', email: '' } });
    c.emu.runAs(SECRETARY, () => {
      const sheet = SpreadsheetApp.openById(record.spreadsheetId!).getSheetByName(record.sheetName)!;
      sheet.getRange(layout.firstDataRow, layout.columns.criteria[0], 4, rubric.criteria.length).setValues(Array.from({ length: 4 }, () => rubric.criteria.map(() => 0)));
    });
    c.emu.meter.reset();
    run(c);
    expect(judgeSpreadsheetsOpened(c.emu)).toBe(0);
    expect(resultsTable(c.emu)).toEqual(locked);
  });

  it('reads the judges\' sheets again when the snapshot was edited, so a tampered snapshot never decides a prize', () => {
    const c = setUp(false, 12);
    prepareRound(c, 'preliminary', preliminaryPoints(c.config));
    const before = run(c);
    lock(c.emu);
    const sheet = c.emu.activeSpreadsheet.getSheetByName('Điểm khi khóa')!;
    c.emu.runAs(SECRETARY, () => sheet.getRange(3, 5).setValue(0));
    c.emu.meter.reset();
    const after = run(c);
    expect(judgeSpreadsheetsOpened(c.emu)).toBeGreaterThan(0);
    expect(after.contest.results.entries.map((r) => [r.entry.code, r.finalScore])).toEqual(before.contest.results.entries.map((r) => [r.entry.code, r.finalScore]));
  });
});
