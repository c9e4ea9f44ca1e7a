// The dashboard's data on the emulator: a small contest run through the real use cases (register,
// judges' sheets, scores pasted by the judges, bring in scores, results, lock, documents), read
// back as a person would count it; then workbooks only half set up, or damaged by hand.

import { writeConfiguration } from '../../src/app/contest-configuration';
import { dashboardView } from '../../src/app/dashboard';
import { generateDocuments } from '../../src/app/documents';
import { assignRound, lockRound, prepareScoringSheets, syncScores, type JudgingPorts } from '../../src/app/judging';
import { computeContest, RESULTS_SHEET, writeResults } from '../../src/app/results';
import type { CellValue } from '../../src/core/cell';
import type { ContestConfig } from '../../src/core/config/model';
import { presetById } from '../../src/core/config/presets';
import { validateConfig } from '../../src/core/config/validation';
import { SHEET_NAMES } from '../../src/core/config/workbook-vocabulary';
import { DOCUMENTS_HEADER, DOCUMENTS_SHEET } from '../../src/core/documents/documents-sheet';
import { ENTRIES_SHEET, ENTRY_COLUMNS } from '../../src/core/intake/entries-sheet';
import type { DashboardView } from '../../src/ui/sidebar-contract';
import { judgingWording } from '../../src/ui/judging-flow';
import { resultsPortsOf } from '../../src/ui/results-flow';
import { appsScriptDocumentsPorts } from '../../src/workspace/documents-ports';
import { appsScriptJudgingPorts } from '../../src/workspace/judging-ports';
import { DocumentState } from '../../src/workspace/script-services';
import { SpreadsheetWorkbook } from '../../src/workspace/spreadsheet-workbook';
import type { Emulator } from '../emulator';
import { DEMO_MEMBERS, DEMO_UNITS } from '../../demo/fixtures';
import { judgesPasteScores } from './judges-paste-scores';
import { freshWorkbook, REGISTER_HEADER, registerLine } from './emulated-workbook';

const SECRETARY = 'yen.nt@demo.example';
const HOSTILE_TITLE = '<img src=x onerror=alert(1)>';
const [HA, BAO, HAI] = DEMO_MEMBERS.filter((m) => m.role === 'judge');
const unitName = (code: string): string => DEMO_UNITS.find((u) => u.code === code)!.name;

/** Hậu Giang 2024, one round, with the demo's units and people: every judge (five) scores every entry. */
function contestConfig(): ContestConfig {
  const base = presetById('hauGiang2024').build();
  return {
    ...base,
    units: DEMO_UNITS,
    members: DEMO_MEMBERS,
    rounds: { preliminary: base.rounds.preliminary },
    scoring: { ...base.scoring, tieBreaks: base.scoring.tieBreaks.filter((t) => t.kind !== 'defenceScore') },
  };
}

interface RegisterLine {
  code: string;
  status: string;
  unit: string;
  category: string;
  title: string;
}

function registerCells(lines: readonly RegisterLine[]): CellValue[][] {
  return lines.map((l, i) => {
    const cells: Record<string, CellValue> = {
      [ENTRY_COLUMNS.code]: l.code,
      [ENTRY_COLUMNS.status]: l.status,
      [ENTRY_COLUMNS.receivedAt]: new Date(Date.UTC(2024, 6, 2 + i, 3)),
      [ENTRY_COLUMNS.kind]: 'Cá nhân',
      [ENTRY_COLUMNS.authors]: `Tác giả ${l.code}`,
      [ENTRY_COLUMNS.unit]: l.unit,
      [ENTRY_COLUMNS.category]: l.category,
      [ENTRY_COLUMNS.title]: l.title,
    };
    return registerLine(cells);
  });
}

const code = (n: number): string => `HG2024-${String(n).padStart(3, '0')}`;

/**
 * Five entries: two in the first category from Vị Thanh, one each in the next two categories, and
 * one rejected entry from a unit and a category the configuration does not have (typed by hand).
 */
function smallRegister(config: ContestConfig): RegisterLine[] {
  const [c1, c2, c3] = config.categories.map((c) => c.name);
  return [
    { code: code(1), status: 'Hợp lệ', unit: unitName('VT'), category: c1, title: 'Một cửa số' },
    { code: code(2), status: 'Hợp lệ', unit: unitName('VT'), category: c1, title: 'Ký số hồ sơ' },
    { code: code(3), status: 'Cần xem xét', unit: unitName('NB'), category: c2, title: HOSTILE_TITLE },
    { code: code(4), status: 'Hợp lệ', unit: unitName('CT'), category: c3, title: 'Bản đồ số' },
    { code: code(5), status: 'Không hợp lệ', unit: 'Phường 7', category: 'Lĩnh vực lạ', title: 'Bài trùng' },
  ];
}

/**
 * What each judge pastes (TM, KT, HQ, NR, TB; null leaves the row blank): entry 1 totals 94, entry
 * 2 85; on entry 3 Bảo gives 68 where the others give 80 (a 12-point spread: escalated); on entry 4
 * Hải gives 71 where the others give 78 (7 points: the chair's review), and Hà has not scored it.
 */
function smallPoints(entry: number, judge: string): (number | null)[] {
  if (entry === 4 && judge === HA.email) return [null, null, null, null, null];
  const novelty: Record<number, number> = { 1: 28, 2: 25, 3: judge === BAO.email ? 12 : 24, 4: judge === HAI.email ? 15 : 22 };
  const rest: Record<number, number[]> = { 1: [24, 24, 9, 9], 2: [22, 22, 8, 8], 3: [20, 20, 8, 8], 4: [20, 20, 8, 8] };
  return [novelty[entry], ...rest[entry]];
}

interface Contest {
  emu: Emulator;
  config: ContestConfig;
}

function setUp(lines: (config: ContestConfig) => RegisterLine[]): Contest {
  const { emu, workbook } = freshWorkbook({ owner: SECRETARY, startTime: new Date('2024-09-20T02:00:00Z') });
  const config = contestConfig();
  emu.runAs(SECRETARY, () => {
    writeConfiguration(config, workbook, '(cũ)');
    workbook.writeSheets([{ name: ENTRIES_SHEET, header: REGISTER_HEADER, rows: registerCells(lines(config)), textColumns: [0, 9] }]);
  });
  return { emu, config };
}

const judging = (): JudgingPorts => appsScriptJudgingPorts(SpreadsheetApp.getActiveSpreadsheet(), judgingWording());
const asSecretary = <T>(c: Contest, fn: () => T): T => c.emu.runAs(SECRETARY, fn);

/** Judges assigned, their sheets made and scored, the scores brought in (progress and matrix sheets). */
function judge(c: Contest, points: (entry: number, judge: string) => (number | null)[]): void {
  asSecretary(c, () => {
    assignRound(c.config, judging(), 'preliminary');
    prepareScoringSheets(c.config, judging(), 'preliminary');
  });
  judgesPasteScores(c.emu, c.config, 'preliminary', points);
  asSecretary(c, () => syncScores(c.config, judging()));
}

const computeResults = (c: Contest): void => void asSecretary(c, () => writeResults(c.config, resultsPortsOf(judging())));
const lock = (c: Contest): void => void asSecretary(c, () => lockRound(c.config, judging(), 'preliminary'));

function makeDocuments(c: Contest): void {
  asSecretary(c, () => {
    const ports = appsScriptDocumentsPorts(SpreadsheetApp.getActiveSpreadsheet(), () => undefined);
    generateDocuments(c.config, ports, () => computeContest(c.config, resultsPortsOf(judging())));
  });
}

function dashboard(emu: Emulator, locale: 'vi' | 'en' = 'vi'): DashboardView {
  return emu.runAs(SECRETARY, () => dashboardView({ workbook: new SpreadsheetWorkbook(SpreadsheetApp.getActiveSpreadsheet()), state: new DocumentState() }, locale));
}

/** Everything a contest run goes through, with the small contest's scores. */
function fullSmallContest(): Contest {
  const c = setUp(smallRegister);
  judge(c, smallPoints);
  lock(c);
  computeResults(c);
  makeDocuments(c);
  return c;
}

describe('a workbook with nothing set up', () => {
  it('is not configured and shows nothing', () => {
    const { emu } = freshWorkbook({ owner: SECRETARY });
    expect(dashboard(emu, 'en')).toEqual({
      locale: 'en',
      configured: false,
      title: '',
      configProblems: { errors: 0, warnings: 0 },
      intake: null,
      rounds: [],
      results: null,
      documents: [],
      documentsFolderUrl: '',
      progress: null,
    });
  });
});

describe('a small contest, step by step', () => {
  it('after set-up and intake: the title, the configuration\'s problems and the register counted as a person counts it', () => {
    const c = setUp(smallRegister);
    const view = dashboard(c.emu);
    expect(view).toMatchObject({ locale: 'vi', configured: true, title: c.config.identity.title, rounds: [], results: null, documents: [], documentsFolderUrl: '' });
    const problems = validateConfig(c.config);
    expect(view.configProblems).toEqual({ errors: 0, warnings: problems.filter((p) => p.severity === 'warning').length });
    const categories = c.config.categories.map((x) => x.name);
    expect(view.intake).toEqual({
      total: 5,
      byStatus: [
        { name: 'Hợp lệ', count: 3 },
        { name: 'Cần xem xét', count: 1 },
        { name: 'Không hợp lệ', count: 1 },
      ],
      byCategory: [...categories.map((name, i) => ({ name, count: [2, 1, 1][i] ?? 0 })), { name: 'Lĩnh vực lạ', count: 1 }],
      byUnit: [...DEMO_UNITS.map((u) => ({ name: u.name, count: { VT: 2, NB: 1, CT: 1 }[u.code] ?? 0 })), { name: 'Phường 7', count: 1 }],
      // Hậu Giang asks every unit for an entry.
      unitsWithoutEntry: ['TXLM', 'CTA', 'PH', 'VTH', 'HLM'].map(unitName),
      // The last five filed, newest first, the hostile title exactly as typed.
      recent: [...smallRegister(c.config)].reverse().map((r) => ({ code: r.code, title: r.title, unit: r.unit, status: r.status })),
    });
  });

  it('after the scores are brought in: each judge\'s progress and the entries the judges disagree on', () => {
    const c = setUp(smallRegister);
    judge(c, smallPoints);
    const [round, ...others] = dashboard(c.emu).rounds;
    expect(others).toEqual([]);
    // Four entries are judged (the rejected one is not), by five judges; Hà has not scored entry 4.
    expect(round).toMatchObject({ round: 'preliminary', locked: false, assigned: 20, complete: 19 });
    expect(round.judges).toEqual(
      DEMO_MEMBERS.filter((m) => m.role === 'judge').map((m) => ({
        name: m.name,
        email: m.email,
        assigned: 4,
        complete: m === HA ? 3 : 4,
        partial: 0,
        notStarted: m === HA ? 1 : 0,
      })),
    );
    expect(round.discrepancies).toEqual([
      { entryCode: code(3), title: HOSTILE_TITLE, level: 'escalate', spread: 12 },
      { entryCode: code(4), title: 'Bản đồ số', level: 'review', spread: 7 },
    ]);
  });

  it('results before the lock are provisional; after it, final, with each prize and its money', () => {
    const c = setUp(smallRegister);
    judge(c, smallPoints);
    computeResults(c);
    expect(dashboard(c.emu).results?.provisional).toBe(true);
    lock(c);
    computeResults(c);
    const view = dashboard(c.emu);
    expect(view.rounds[0].locked).toBe(true);
    // 94, 85, 77.6 and 76.25 points: one prize of each tier, two consolation prizes left vacant.
    expect(view.results).toEqual({
      provisional: false,
      entries: 4,
      ranked: 4,
      prizes: [
        { name: 'Giải Nhất', count: 1, money: 10_000_000 },
        { name: 'Giải Nhì', count: 1, money: 7_000_000 },
        { name: 'Giải Ba', count: 1, money: 5_000_000 },
        { name: 'Giải Khuyến khích', count: 1, money: 3_000_000 },
      ],
      money: 25_000_000,
    });
  });

  it('after the documents: the newest version of each, with its Doc and PDF links, templates last, and the folder', () => {
    const c = fullSmallContest();
    const view = dashboard(c.emu);
    const decision = view.documents.find((d) => d.key === 'QD');
    expect(decision).toMatchObject({ name: 'Quyết định trao giải', status: 'made', version: 1 });
    const docId = /^https:\/\/docs\.google\.com\/document\/d\/([\w-]+)\//.exec(decision!.docUrl)?.[1];
    expect(c.emu.documents.text(docId!)).toContain('Một cửa số');
    expect(decision!.pdfUrl).toMatch(/^https:\/\/drive\.google\.com\/file\/d\/[\w-]+\//);
    // One certificate per winner and one receipt per entry of the register.
    expect(view.documents.filter((d) => d.key.startsWith('BK-'))).toHaveLength(4);
    expect(view.documents.filter((d) => d.key.startsWith('BN-'))).toHaveLength(5);
    const templates = view.documents.filter((d) => d.status === 'template');
    expect(templates.length).toBeGreaterThan(0);
    expect(view.documents.slice(-templates.length)).toEqual(templates);
    expect(templates.every((t) => t.name.startsWith('Mẫu') && t.docUrl.startsWith('https://'))).toBe(true);
    expect(view.documentsFolderUrl).toMatch(/^https:\/\/drive\.google\.com\/drive\/folders\/[\w-]+$/);

    makeDocuments(c);
    const again = dashboard(c.emu).documents;
    expect(again.map((d) => d.key)).toEqual(view.documents.map((d) => d.key));
    expect(again.find((d) => d.key === 'QD')).toMatchObject({ version: 2, status: 'made' });
    expect(again.find((d) => d.key === 'QD')!.docUrl).not.toBe(decision!.docUrl);
  });

  it('crosses google.script.run intact: JSON-like values only', () => {
    const view = dashboard(fullSmallContest().emu);
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });
});

describe('the cost of a look', () => {
  /** A contest of `count` entries spread over the units and categories, scored, locked, computed and documented. */
  function contestOf(count: number): Emulator {
    const c = setUp((config) =>
      Array.from({ length: count }, (_, i) => ({
        code: code(i + 1),
        status: 'Hợp lệ',
        unit: DEMO_UNITS[i % DEMO_UNITS.length].name,
        category: config.categories[i % config.categories.length].name,
        title: `Giải pháp ${i + 1}`,
      })),
    );
    judge(c, (entry) => [30 - (entry % 9), 25 - (entry % 5), 20, 8, 8]);
    lock(c);
    computeResults(c);
    makeDocuments(c);
    return c.emu;
  }

  it('is the same number of service calls for 5 entries as for 30', () => {
    const calls = (count: number): number => {
      const emu = contestOf(count);
      emu.meter.reset();
      const view = dashboard(emu);
      expect(view.intake?.total).toBe(count);
      return emu.meter.calls;
    };
    const small = calls(5);
    expect(calls(30)).toBe(small);
  });
});

describe('a workbook half set up or damaged by hand', () => {
  it('with only the settings sheet and a register: the configuration\'s errors, the register counted by its words', () => {
    const { emu, workbook } = freshWorkbook({ owner: SECRETARY });
    const config = contestConfig();
    emu.runAs(SECRETARY, () => {
      writeConfiguration(config, workbook, '(cũ)');
      const keep = SpreadsheetApp.getActiveSpreadsheet();
      for (const name of Object.values(SHEET_NAMES).filter((n) => n !== SHEET_NAMES.settings)) keep.deleteSheet(keep.getSheetByName(name)!);
      workbook.writeSheets([{ name: ENTRIES_SHEET, header: REGISTER_HEADER, rows: registerCells(smallRegister(config)) }]);
    });
    const view = dashboard(emu);
    expect(view).toMatchObject({ configured: true, title: '', rounds: [], results: null, documents: [] });
    expect(view.configProblems.errors).toBeGreaterThan(0);
    // Without a configuration there is no list to follow: names as written, in the order met.
    expect(view.intake).toEqual({
      total: 5,
      byStatus: [
        { name: 'Hợp lệ', count: 3 },
        { name: 'Cần xem xét', count: 1 },
        { name: 'Không hợp lệ', count: 1 },
      ],
      byCategory: [
        { name: config.categories[0].name, count: 2 },
        { name: config.categories[1].name, count: 1 },
        { name: config.categories[2].name, count: 1 },
        { name: 'Lĩnh vực lạ', count: 1 },
      ],
      byUnit: [
        { name: unitName('VT'), count: 2 },
        { name: unitName('NB'), count: 1 },
        { name: unitName('CT'), count: 1 },
        { name: 'Phường 7', count: 1 },
      ],
      unitsWithoutEntry: [],
      recent: [...smallRegister(config)].reverse().map((r) => ({ code: r.code, title: r.title, unit: r.unit, status: r.status })),
    });
  });

  it('with a register whose columns were deleted or typed over, an empty Results sheet and documents rows typed by hand', () => {
    const c = setUp(smallRegister);
    asSecretary(c, () => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      // The status column deleted, a code erased, a date typed over, a stray note far below.
      const status = REGISTER_HEADER.indexOf(ENTRY_COLUMNS.status);
      const rows = registerCells(smallRegister(c.config)).map((r) => r.filter((_, i) => i !== status));
      rows[0][0] = '';
      rows[1][REGISTER_HEADER.indexOf(ENTRY_COLUMNS.receivedAt) - 1] = 'hôm qua';
      const workbook = new SpreadsheetWorkbook(spreadsheet);
      workbook.writeSheets([{ name: ENTRIES_SHEET, header: REGISTER_HEADER.filter((_, i) => i !== status), rows }]);
      spreadsheet.getSheetByName(ENTRIES_SHEET)!.getRange(20, 3).setValue('ghi chú');
      spreadsheet.insertSheet(RESULTS_SHEET);
      // Rows typed by hand: an unreadable version and status, links that are not https, ids Drive could not have made.
      const documents = spreadsheet.insertSheet(DOCUMENTS_SHEET);
      documents.getRange(1, 1, 3, 14).setValues([
        DOCUMENTS_HEADER.slice(0, 14),
        ['QD', '', '', 'một', 'đã xong?', '', '', 'javascript:alert(1)', 'http://x.example/a.pdf', '', '', '', 'abc_123-XYZ', 'id with spaces'],
        ['TB', '', 'Thông báo kết quả', 2, 'Đã ký', '', '', 'https://docs.google.com/document/d/tb/edit', '', '', '', '', '', ''],
      ]);
    });
    const view = dashboard(c.emu);
    expect(view.intake?.total).toBe(6);
    expect(view.intake?.byStatus).toEqual([{ name: '', count: 6 }]);
    expect(view.intake?.byCategory.reduce((n, t) => n + t.count, 0)).toBe(6);
    expect(view.results).toEqual({
      provisional: true,
      entries: 0,
      ranked: 0,
      prizes: c.config.prizes.tiers.map((t) => ({ name: t.name, count: 0, money: 0 })),
      money: 0,
    });
    expect(view.documents).toEqual([
      { key: 'QD', name: 'Quyết định trao giải', status: 'made', version: 0, docUrl: 'https://docs.google.com/document/d/abc_123-XYZ/edit', pdfUrl: '' },
      { key: 'TB', name: 'Thông báo kết quả', status: 'signed', version: 2, docUrl: 'https://docs.google.com/document/d/tb/edit', pdfUrl: '' },
    ]);
  });
});
