// Replication on the emulator: the contest's winners join the register of recognised initiatives
// with their award decision, the plan assigns them to agencies, agencies report through the status
// form, overdue pairs are found and reminded, the report document is made; and in a year-round
// contest, entries received either side of the 31/10 cut-off land in the right yearly summary.

import * as entryPoints from '../../src/main';
import {
  createReplicationReport,
  remindAgencies,
  updateInitiatives,
  updateReplication,
  type ContestOutcome,
  type ReplicationPorts,
} from '../../src/app/replication';
import { writeConfiguration } from '../../src/app/contest-configuration';
import type { CellValue } from '../../src/core/cell';
import type { ContestConfig } from '../../src/core/config/model';
import { presetById } from '../../src/core/config/presets';
import { DOCUMENT_COLUMN, DOCUMENTS_HEADER, DOCUMENTS_SHEET } from '../../src/core/documents/documents-sheet';
import type { Entry } from '../../src/core/entry';
import { ENTRIES_SHEET, ENTRY_COLUMNS } from '../../src/core/intake/entries-sheet';
import { AGENCIES_SHEET } from '../../src/core/replication/agencies-sheet';
import { INITIATIVES_HEADER, INITIATIVES_SHEET } from '../../src/core/replication/initiatives-sheet';
import { PLAN_HEADER, PLAN_SHEET } from '../../src/core/replication/plan-sheet';
import { MATRIX_SHEET } from '../../src/core/replication/progress-matrix';
import { STATUS_FORM_TITLES } from '../../src/core/replication/status-form';
import { TRACKING_SHEET } from '../../src/core/replication/tracking-sheet';
import { yearlySummarySheetName } from '../../src/core/replication/yearly-summary';
import { computeResults } from '../../src/core/results/compute-results';
import type { ScoreSheet } from '../../src/core/scoring/score-sheet';
import { replicationWording } from '../../src/ui/replication-flow';
import { appsScriptReplicationPorts } from '../../src/workspace/replication-ports';
import { SpreadsheetWorkbook } from '../../src/workspace/spreadsheet-workbook';
import { createEmulator, type Emulator } from '../emulator';
import { DEMO_MEMBERS, DEMO_UNITS } from '../../demo/fixtures';
import { entryAnswers, questionTitles } from './entry-answers';

const SECRETARY = 'yen.nt@demo.example';
const HOSTILE_TITLE = '=HYPERLINK("http://x","bấm") <b>Một cửa</b>';
const JUDGES = DEMO_MEMBERS.filter((m) => m.role === 'judge').map((m) => m.email);
const DAY_MS = 86_400_000;

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

function emulator(start: string): Emulator {
  const emu = createEmulator({ owner: SECRETARY, startTime: new Date(start), latency: 'off', scope: entryPoints });
  uninstall = emu.install(globalThis, { virtualDate: true });
  return emu;
}

// ---------------------------------------------------------------------------------------------
// A judged contest: Đakrông 2020's three prizes over six entries

function contestConfig(): ContestConfig {
  return { ...presetById('dakrong2020').build(), units: DEMO_UNITS, members: DEMO_MEMBERS };
}

function entriesOf(config: ContestConfig): Entry[] {
  return Array.from({ length: 6 }, (_, i) => ({
    code: `DK-${String(i + 1).padStart(3, '0')}`,
    title: i === 0 ? HOSTILE_TITLE : `Sáng kiến số ${i + 1}`,
    unitCode: DEMO_UNITS[i].code,
    categoryCode: config.categories[i % config.categories.length].code,
    kind: 'individual',
    submittedAt: new Date(Date.UTC(2020, 6, 1 + i, 3)).toISOString(),
  }));
}

/** Every judge scores every entry; entry 1 highest, then 2, 3 … so DK-001, DK-002, DK-003 win. */
function sheetsOf(config: ContestConfig, entries: readonly Entry[]): ScoreSheet[] {
  const criteria = config.rounds.preliminary.rubric.criteria;
  return entries.flatMap((e, i) =>
    JUDGES.map((judge) => ({ round: 'preliminary' as const, judge, entryCode: e.code, scores: Object.fromEntries(criteria.map((c) => [c.code, c.maxPoints - i])) })),
  );
}

function registerGrid(config: ContestConfig, entries: readonly Entry[]): CellValue[][] {
  const header = [...Object.values(ENTRY_COLUMNS), 'Trả lời gốc: ' + questionTitles(config)('solution')];
  const rows = entries.map((e, i) => {
    const cells: Record<string, CellValue> = {
      [ENTRY_COLUMNS.code]: e.code,
      [ENTRY_COLUMNS.status]: 'Hợp lệ',
      [ENTRY_COLUMNS.receivedAt]: new Date(e.submittedAt),
      [ENTRY_COLUMNS.countsForYear]: 2020,
      [ENTRY_COLUMNS.unit]: config.units.find((u) => u.code === e.unitCode)!.name,
      [ENTRY_COLUMNS.category]: config.categories.find((c) => c.code === e.categoryCode)!.name,
      [ENTRY_COLUMNS.title]: e.title,
      [header[header.length - 1]]: `Giải pháp ${i + 1}: tiếp nhận hồ sơ qua Zalo và trả kết quả tại nhà.`,
    };
    return header.map((h) => cells[h] ?? '');
  });
  return [header, ...rows];
}

interface Contest {
  emu: Emulator;
  config: ContestConfig;
  ports: ReplicationPorts;
  outcome: ContestOutcome;
  write(name: string, header: string[], rows: CellValue[][]): void;
  table(name: string): Record<string, CellValue>[];
}

function judgedContest(): Contest {
  const emu = emulator('2020-09-25T02:00:00Z');
  const config = contestConfig();
  const entries = entriesOf(config);
  const register = registerGrid(config, entries);
  const workbook = new SpreadsheetWorkbook(emu.activeSpreadsheet);
  const write = (name: string, header: string[], rows: CellValue[][]): void =>
    emu.runAs(SECRETARY, () => workbook.writeSheets([{ name, header, rows, textColumns: header.map((_, i) => i) }]));
  emu.runAs(SECRETARY, () => writeConfiguration(config, workbook, '(cũ)'));
  write(ENTRIES_SHEET, register[0].map(String), register.slice(1));
  // The văn thư numbered the award decision and the secretariat typed it in the Documents sheet.
  const decisionRow = DOCUMENTS_HEADER.map(() => '' as CellValue);
  decisionRow[DOCUMENT_COLUMN.key] = 'QD';
  decisionRow[DOCUMENT_COLUMN.status] = 'Đã ký';
  decisionRow[DOCUMENT_COLUMN.number] = '125/QĐ-UBND';
  decisionRow[DOCUMENT_COLUMN.signedOn] = '22/09/2020';
  write(DOCUMENTS_SHEET, DOCUMENTS_HEADER, [decisionRow]);
  const results = computeResults({ config, entries, sheets: sheetsOf(config, entries) });
  const ports = appsScriptReplicationPorts(emu.activeSpreadsheet, replicationWording());
  const table = (name: string): Record<string, CellValue>[] => {
    const values = emu.inspect.values(name);
    const header = values[0].map(String);
    return values.slice(1).map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
  };
  return { emu, config, ports, outcome: { results, register, provisional: false }, write, table };
}

const asSecretary = <T>(c: Contest, fn: () => T): T => c.emu.runAs(SECRETARY, fn);

describe('the register of recognised initiatives', () => {
  it('adds the winners once with the numbered award decision, completes a row typed with only an entry code, and codes a hand row', () => {
    const c = judgedContest();
    const typed = (cells: Record<string, string>): CellValue[] => INITIATIVES_HEADER.map((h) => cells[h] ?? '');
    c.write(INITIATIVES_SHEET, INITIATIVES_HEADER, [
      typed({ 'Tên sáng kiến': 'Sổ tay số một cửa', 'Đơn vị chủ trì': 'UBND thành phố Vị Thanh', 'Quyết định công nhận': 'Quyết định số 7/QĐ-UBND ngày 02/3/2020' }),
      typed({ 'Mã bài dự thi': 'DK-006', 'Quyết định công nhận': 'Quyết định số 9/QĐ-UBND ngày 01/9/2020' }),
      typed({ 'Mã bài dự thi': 'DK-999', 'Quyết định công nhận': 'Quyết định số 10/QĐ-UBND' }),
    ]);
    const first = asSecretary(c, () => updateInitiatives(c.config, c.ports, () => c.outcome));
    expect(first).toMatchObject({ added: ['DK-001', 'DK-002', 'DK-003'], assignedCodes: ['SK2020-01'], unknownEntries: ['DK-999'], provisional: false, noWinners: false, total: 6 });
    expect(first.created).toEqual([AGENCIES_SHEET, PLAN_SHEET]);
    const rows = c.table(INITIATIVES_SHEET);
    // The secretariat's rows stay first and as typed; the winners follow, best prize first.
    expect(rows.map((r) => [r['Mã sáng kiến'], r['Mã bài dự thi'], r['Giải']])).toEqual([
      ['SK2020-01', '', ''],
      ['DK-006', 'DK-006', ''],
      ['', 'DK-999', ''],
      ['DK-001', 'DK-001', 'Giải Nhất'],
      ['DK-002', 'DK-002', 'Giải Nhì'],
      ['DK-003', 'DK-003', 'Giải Ba'],
    ]);
    expect(rows[1]).toMatchObject({ 'Tên sáng kiến': 'Sáng kiến số 6', 'Đơn vị chủ trì': 'UBND huyện Phụng Hiệp', 'Quyết định công nhận': 'Quyết định số 9/QĐ-UBND ngày 01/9/2020', 'Năm công nhận': 2020 });
    expect(String(rows[1]['Mô tả ngắn'])).toContain('tiếp nhận hồ sơ qua Zalo');
    expect(String(rows[3]['Quyết định công nhận'])).toMatch(/^Quyết định số 125\/QĐ-UBND ngày 22\/0?9\/2020/);
    // The hostile title is the cell's text, not a formula.
    expect(rows[3]['Tên sáng kiến']).toBe(HOSTILE_TITLE);
    expect(c.emu.inspect.cell(INITIATIVES_SHEET, 'B5').formula).toBe('');
    // The agencies sheet starts from the contest's units; the plan is blank for the secretariat.
    expect(c.table(AGENCIES_SHEET).map((r) => r['Mã đơn vị'])).toEqual(DEMO_UNITS.map((u) => u.code));
    expect(c.emu.inspect.values(PLAN_SHEET)).toEqual([PLAN_HEADER]);

    const again = asSecretary(c, () => updateInitiatives(c.config, c.ports, () => c.outcome));
    expect(again).toMatchObject({ added: [], assignedCodes: [], created: [], total: 6 });
    expect(c.table(INITIATIVES_SHEET)).toEqual(rows);
  });

  it('waits for final results before adding winners', () => {
    const c = judgedContest();
    const s = asSecretary(c, () => updateInitiatives(c.config, c.ports, () => ({ ...c.outcome, provisional: true })));
    expect(s).toMatchObject({ provisional: true, added: [], total: 0 });
    expect(c.emu.inspect.values(INITIATIVES_SHEET)).toEqual([INITIATIVES_HEADER]);
  });
});

/**
 * The register made, contacts typed, and a plan: DK-001 (owned by VT) to every agency, DK-002 (NB's)
 * to VT, Châu Thành and an agency the sheet lacks, DK-003 (TXLM's) to NB, and an unknown initiative.
 */
function plannedContest(): Contest {
  const c = judgedContest();
  asSecretary(c, () => updateInitiatives(c.config, c.ports, () => c.outcome));
  const emails: Record<string, string> = { VT: 'vanthu.vt@demo.example', NB: 'cchc.nb@demo.example; vp.nb@demo.example', CT: 'noivu.ct@demo.example' };
  c.write(
    AGENCIES_SHEET,
    ['Mã đơn vị', 'Tên đơn vị', 'Email đầu mối', 'Ghi chú'],
    DEMO_UNITS.map((u) => [u.code, u.name, emails[u.code] ?? '', '']),
  );
  c.write(PLAN_SHEET, PLAN_HEADER, [
    ['DK-001', 'Tất cả', '15/10/2020', ''],
    ['DK-002', 'VT; UBND huyện Châu Thành; Sở Ngoại vụ', '05/10/2020', ''],
    ['DK-003', 'NB', '30/11/2020', ''],
    ['SK-KHONG-CO', 'VT', '01/10/2020', ''],
  ]);
  return c;
}

function statusAnswers(agency: string, initiative: string, status: string, evidence = ''): Record<string, string> {
  return {
    [STATUS_FORM_TITLES.agency]: agency,
    [STATUS_FORM_TITLES.initiative]: initiative,
    [STATUS_FORM_TITLES.status]: status,
    [STATUS_FORM_TITLES.evidence]: evidence,
    [STATUS_FORM_TITLES.reporter]: 'Nguyễn Văn A, chuyên viên',
  };
}

/** The form's choice that starts with `code`, as a respondent picks it. */
function choice(emu: Emulator, title: string, code: string): string {
  const form = emu.forms.list()[0];
  const item = emu.inspect.form(form).items.find((i) => i.title === title)!;
  return item.choices!.find((ch) => ch.startsWith(`${code} – `))!;
}

describe('the replication plan, the agencies’ reports and the progress', () => {
  it('tracks one row per initiative and agency, skips what it cannot read, and makes the status form from the plan', () => {
    const c = plannedContest();
    const s = asSecretary(c, () => updateReplication(c.config, c.ports));
    // DK-001 to the 7 agencies other than its owner (VT), DK-002 to 2 known agencies, DK-003 to NB.
    expect(s).toMatchObject({ pairs: 10, added: 10, formCreated: true, overdue: 0, missing: [] });
    expect(s.problems.map((p) => [p.sheet, p.row, p.code])).toEqual([
      [PLAN_SHEET, 3, 'unknownAgency'],
      [PLAN_SHEET, 5, 'unknownInitiative'],
    ]);
    const tracking = c.table(TRACKING_SHEET);
    expect(tracking.map((r) => `${r['Mã sáng kiến']}/${r['Mã đơn vị']}`)).toEqual([
      ...DEMO_UNITS.filter((u) => u.code !== 'VT').map((u) => `DK-001/${u.code}`),
      'DK-002/VT',
      'DK-002/CT',
      'DK-003/NB',
    ]);
    expect(tracking.every((r) => r['Trạng thái'] === 'Chưa triển khai')).toBe(true);
    const form = c.emu.inspect.form(c.emu.forms.list()[0]);
    const agencies = form.items.find((i) => i.title === STATUS_FORM_TITLES.agency)!.choices!;
    expect(agencies).toHaveLength(DEMO_UNITS.length);
    expect(form.items.find((i) => i.title === STATUS_FORM_TITLES.initiative)!.choices!.map((ch) => ch.split(' – ')[0])).toEqual(['DK-001', 'DK-002', 'DK-003']);
  });

  it('applies each report once, newest first, keeps a later hand edit, and holds a report from someone who is not the contact', () => {
    const c = plannedContest();
    asSecretary(c, () => updateReplication(c.config, c.ports));
    const form = c.emu.forms.list()[0];
    const pick = (title: string, code: string): string => choice(c.emu, title, code);
    const nb = c.emu.forms.respond(form, statusAnswers(pick(STATUS_FORM_TITLES.agency, 'NB'), pick(STATUS_FORM_TITLES.initiative, 'DK-003'), 'Đang áp dụng', 'Đã ban hành kế hoạch 12/KH-UBND'), {
      respondent: 'VP.NB@demo.example',
    });
    c.emu.forms.respond(form, statusAnswers(pick(STATUS_FORM_TITLES.agency, 'CT'), pick(STATUS_FORM_TITLES.initiative, 'DK-001'), 'Đã áp dụng', 'Áp dụng từ 01/10/2020'), {
      respondent: 'ai.do@example.com',
    });
    c.emu.forms.respond(form, statusAnswers(pick(STATUS_FORM_TITLES.agency, 'PH'), pick(STATUS_FORM_TITLES.initiative, 'DK-001'), 'Không phù hợp', 'Địa bàn không có bộ phận một cửa riêng'), {
      respondent: 'phong.ph@demo.example',
    });
    c.emu.clock.advance(DAY_MS);
    const s = asSecretary(c, () => updateReplication(c.config, c.ports));
    // PH has no contact address, so anyone may report for it; CT's contact is someone else.
    expect(s.applied.map((r) => `${r.initiativeCode}/${r.agencyCode}`)).toEqual(['DK-003/NB', 'DK-001/PH']);
    expect(s.held.map((h) => [h.report.agencyCode, h.reason])).toEqual([['CT', 'notContact']]);
    const row = (initiative: string, agency: string) => c.table(TRACKING_SHEET).find((r) => r['Mã sáng kiến'] === initiative && r['Mã đơn vị'] === agency)!;
    expect(row('DK-003', 'NB')).toMatchObject({ 'Trạng thái': 'Đang áp dụng', 'Minh chứng': 'Đã ban hành kế hoạch 12/KH-UBND', 'Người báo cáo': 'Nguyễn Văn A, chuyên viên (vp.nb@demo.example)' });
    expect(row('DK-001', 'CT')['Trạng thái']).toBe('Chưa triển khai');

    // Running it again changes nothing.
    const before = c.emu.inspect.values(TRACKING_SHEET);
    expect(asSecretary(c, () => updateReplication(c.config, c.ports)).applied).toEqual([]);
    expect(c.emu.inspect.values(TRACKING_SHEET)).toEqual(before);

    // NB edits its response: the newer answer wins.
    c.emu.clock.advance(DAY_MS);
    c.emu.forms.respond(form, statusAnswers(pick(STATUS_FORM_TITLES.agency, 'NB'), pick(STATUS_FORM_TITLES.initiative, 'DK-003'), 'Đã áp dụng', 'Kết quả: 320 hồ sơ qua Zalo'), {
      respondent: 'vp.nb@demo.example',
      editOf: nb.responseId,
    });
    asSecretary(c, () => updateReplication(c.config, c.ports));
    expect(row('DK-003', 'NB')).toMatchObject({ 'Trạng thái': 'Đã áp dụng', 'Minh chứng': 'Kết quả: 320 hồ sơ qua Zalo' });

    // The secretariat corrects PH's row by hand, dated after the report: the next update keeps it.
    const tracking = c.emu.inspect.values(TRACKING_SHEET);
    const header = tracking[0].map(String);
    const phRow = tracking.findIndex((r) => r[0] === 'DK-001' && r[header.indexOf('Mã đơn vị')] === 'PH') + 1;
    const column = (name: string): string => String.fromCharCode(65 + header.indexOf(name));
    c.emu.userEdit(TRACKING_SHEET, `${column('Trạng thái')}${phRow}`, 'Đang áp dụng', SECRETARY);
    c.emu.userEdit(TRACKING_SHEET, `${column('Cập nhật lúc')}${phRow}`, '28/09/2020 08:00', SECRETARY);
    asSecretary(c, () => updateReplication(c.config, c.ports));
    expect(row('DK-001', 'PH')['Trạng thái']).toBe('Đang áp dụng');
  });

  it('keeps a pair with progress when the plan drops it, removes one without, and follows the plan in the form', () => {
    const c = plannedContest();
    asSecretary(c, () => updateReplication(c.config, c.ports));
    const form = c.emu.forms.list()[0];
    c.emu.forms.respond(form, statusAnswers(choice(c.emu, STATUS_FORM_TITLES.agency, 'NB'), choice(c.emu, STATUS_FORM_TITLES.initiative, 'DK-003'), 'Đang áp dụng'), { respondent: 'cchc.nb@demo.example' });
    c.emu.clock.advance(DAY_MS);
    asSecretary(c, () => updateReplication(c.config, c.ports));
    // DK-003 leaves the plan (NB had started), DK-002 moves from Châu Thành (nothing reported) to Châu Thành A.
    c.write(PLAN_SHEET, PLAN_HEADER, [
      ['DK-001', 'Tất cả', '15/10/2020', ''],
      ['DK-002', 'VT; CTA', '05/10/2020', ''],
    ]);
    const s = asSecretary(c, () => updateReplication(c.config, c.ports));
    expect(s).toMatchObject({ kept: 1, dropped: 1, added: 1, pairs: 10 });
    const tracking = c.table(TRACKING_SHEET);
    expect(tracking.find((r) => r['Mã sáng kiến'] === 'DK-003')).toMatchObject({ 'Mã đơn vị': 'NB', 'Trạng thái': 'Đang áp dụng', 'Trong kế hoạch': 'Không' });
    expect(tracking.filter((r) => r['Mã sáng kiến'] === 'DK-002').map((r) => r['Mã đơn vị'])).toEqual(['VT', 'CTA']);
    // Still one form; its agency list follows the plan.
    expect(c.emu.forms.list()).toHaveLength(1);
    const agencies = c.emu.inspect.form(c.emu.forms.list()[0]).items.find((i) => i.title === STATUS_FORM_TITLES.agency)!.choices!;
    expect(agencies.map((ch) => ch.split(' – ')[0])).toEqual(DEMO_UNITS.map((u) => u.code));
  });

  it('lists overdue pairs, reminds each agency with a contact once, names those without one, and respects the e-mail quota', () => {
    const c = plannedContest();
    asSecretary(c, () => updateReplication(c.config, c.ports));
    // 20/10/2020: DK-001's due day (15/10) has passed; DK-002's (05/10) too; DK-003 is due 30/11, not within a week.
    c.emu.clock.advance(25 * DAY_MS);
    const s = asSecretary(c, () => updateReplication(c.config, c.ports));
    expect(s.overdue).toBe(9);
    const matrix = c.emu.inspect.values(MATRIX_SHEET).map((r) => r.map(String));
    const listAt = matrix.findIndex((r) => r[0] === 'DANH SÁCH QUÁ HẠN');
    expect(listAt).toBeGreaterThan(0);
    expect(matrix.slice(listAt + 2).filter((r) => r[0] !== '')).toHaveLength(9);
    expect(matrix[0]).toEqual(expect.arrayContaining(['Mã sáng kiến', 'Tên sáng kiến']));

    const sent = asSecretary(c, () => remindAgencies(c.config, c.ports));
    expect(sent.reminded.map((r) => [r.agency, r.overdue, r.dueSoon])).toEqual([
      ['UBND thành phố Vị Thanh', 1, 0],
      ['UBND thành phố Ngã Bảy', 1, 0],
      ['UBND huyện Châu Thành', 2, 0],
    ]);
    expect(sent.noContact).toEqual(['UBND thị xã Long Mỹ', 'UBND huyện Châu Thành A', 'UBND huyện Phụng Hiệp', 'UBND huyện Vị Thủy', 'UBND huyện Long Mỹ']);
    const mails = c.emu.mail.sent;
    expect(mails.map((m) => m.to)).toEqual(['vanthu.vt@demo.example', 'cchc.nb@demo.example,vp.nb@demo.example', 'noivu.ct@demo.example']);
    expect(mails[0].body).toContain('hạn 05/10/2020, quá 15 ngày');
    expect(mails[2].body).toContain('quá 5 ngày');
    const formUrl = asSecretary(c, () => c.emu.forms.list()[0].getPublishedUrl());
    expect(mails.every((m) => m.body.includes(formUrl))).toBe(true);

    // With the quota spent, the agency waits for tomorrow instead of failing the run.
    c.emu.clock.advance(DAY_MS);
    c.ports.mail.remainingQuota = () => 1;
    const tight = asSecretary(c, () => remindAgencies(c.config, c.ports));
    expect(tight.deferred).toEqual(['UBND thành phố Ngã Bảy']);
    expect(tight.reminded.map((r) => r.agency)).toEqual(['UBND thành phố Vị Thanh', 'UBND huyện Châu Thành']);
  });

  it('writes the report as a Google Doc with a PDF, the hostile title as plain text', () => {
    const c = plannedContest();
    asSecretary(c, () => updateReplication(c.config, c.ports));
    c.emu.clock.advance(25 * DAY_MS);
    const report = asSecretary(c, () => createReplicationReport(c.config, c.ports))!;
    expect(report).toMatchObject({ initiatives: 3, overdue: 9 });
    const files = c.emu.documents.files();
    const doc = files.find((f) => f.name === report.name && f.mimeType === 'application/vnd.google-apps.document')!;
    const text = c.emu.documents.text(doc.id);
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain(HOSTILE_TITLE);
    expect(text).toContain('UBND thành phố Ngã Bảy');
    expect(text).not.toMatch(/\{\{[a-z_]+\}\}/);
    expect(files.filter((f) => f.name === `${report.name}.pdf` && f.mimeType === 'application/pdf' && f.parents[0] === doc.parents[0])).toHaveLength(1);
  });

  it('costs the same number of service calls for 10 or 70 tracked pairs', () => {
    const calls = (extraAgencies: number): number => {
      const c = plannedContest();
      const more = Array.from({ length: extraAgencies }, (_, i) => [`X${i}`, `UBND xã số ${i}`, '', '']);
      c.write(AGENCIES_SHEET, ['Mã đơn vị', 'Tên đơn vị', 'Email đầu mối', 'Ghi chú'], [...DEMO_UNITS.map((u) => [u.code, u.name, '', '']), ...more]);
      asSecretary(c, () => updateReplication(c.config, c.ports));
      const before = c.emu.meter.calls;
      const s = asSecretary(c, () => updateReplication(c.config, c.ports));
      expect(s.pairs).toBe(10 + extraAgencies);
      return c.emu.meter.calls - before;
    };
    expect(calls(60)).toBe(calls(0));
  });
});

describe('a year-round register (Tân An 2024: staff entries after 31/10 count for the next year)', () => {
  it('puts entries either side of the cut-off in their years, completes typed initiatives from them, and writes a summary per year', () => {
    const emu = emulator('2024-10-31T02:00:00Z');
    const config: ContestConfig = { ...presetById('tanAn2024').build(), units: [{ code: 'VP', name: 'Văn phòng UBND xã' }, { code: 'CA', name: 'Công an xã' }] };
    const workbook = new SpreadsheetWorkbook(emu.activeSpreadsheet);
    emu.runAs(SECRETARY, () => writeConfiguration(config, workbook, '(cũ)'));
    emu.triggers.open(SECRETARY);
    emu.clickMenu('Tạo biểu mẫu dự thi', { user: SECRETARY });
    const form = emu.forms.list()[0];
    const title = questionTitles(config);
    const unit = (code: string) => config.units.find((u) => u.code === code)!.name;
    emu.forms.respond(form, entryAnswers(config, 1, { [title('unit')]: unit('VP') }), { respondent: 'tg1@demo.example' });
    emu.clock.advance(DAY_MS);
    emu.forms.respond(form, entryAnswers(config, 2, { [title('unit')]: unit('CA') }), { respondent: 'tg2@demo.example' });
    emu.forms.respond(form, entryAnswers(config, 3, { [title('unit')]: unit('CA'), [title('kind')]: 'Người dân' }), { respondent: 'dan3@demo.example' });
    const register = emu.inspect.values(ENTRIES_SHEET);
    const [codeAt, yearAt] = [register[0].indexOf(ENTRY_COLUMNS.code), register[0].indexOf(ENTRY_COLUMNS.countsForYear)];
    expect(register.slice(1).map((r) => [r[codeAt], r[yearAt]])).toEqual([
      ['TA2024-001', 2024],
      ['TA2024-002', 2025],
      ['TA2024-003', 2024],
    ]);

    // The commune's council recognised two of them; the secretariat types their codes and decisions.
    const typed = (cells: Record<string, string>): CellValue[] => INITIATIVES_HEADER.map((h) => cells[h] ?? '');
    emu.runAs(SECRETARY, () =>
      workbook.writeSheets([
        {
          name: INITIATIVES_SHEET,
          header: INITIATIVES_HEADER,
          rows: [
            typed({ 'Mã bài dự thi': 'TA2024-001', 'Quyết định công nhận': 'Quyết định số 88/QĐ-UBND ngày 20/11/2024' }),
            typed({ 'Mã bài dự thi': 'TA2024-002', 'Quyết định công nhận': 'Quyết định số 15/QĐ-UBND ngày 10/02/2025' }),
          ],
          textColumns: INITIATIVES_HEADER.map((_, i) => i),
        },
      ]),
    );
    emu.clickMenu('Cập nhật danh mục sáng kiến được công nhận', { user: SECRETARY });
    expect(emu.ui.alerts[emu.ui.alerts.length - 1].prompt).toContain('Cuộc thi chưa có bài đạt giải');
    const initiatives = emu.inspect.values(INITIATIVES_SHEET);
    const at = (name: string) => initiatives[0].indexOf(name);
    expect(initiatives.slice(1).map((r) => [r[at('Mã sáng kiến')], r[at('Đơn vị chủ trì')], r[at('Năm công nhận')]])).toEqual([
      ['TA2024-001', 'Văn phòng UBND xã', 2024],
      ['TA2024-002', 'Công an xã', 2025],
    ]);

    emu.clickMenu('Tổng hợp năm theo đơn vị', { user: SECRETARY });
    const rowsOf = (year: number) => emu.inspect.values(yearlySummarySheetName(year)).map((r) => r.map(String));
    const unitLine = (year: number, name: string) => rowsOf(year).find((r) => r[0] === name)!.slice(0, 3);
    expect(unitLine(2024, 'Văn phòng UBND xã')).toEqual(['Văn phòng UBND xã', '1', '1']);
    expect(unitLine(2024, 'Công an xã')).toEqual(['Công an xã', '1', '0']);
    expect(unitLine(2025, 'Công an xã')).toEqual(['Công an xã', '1', '1']);
    expect(unitLine(2025, 'Văn phòng UBND xã')).toEqual(['Văn phòng UBND xã', '0', '0']);
    // No defence round: the PAR Index list is the units with an initiative recognised in the year.
    const bonus2025 = rowsOf(2025);
    expect(bonus2025.some((r) => r[0].startsWith('Căn cứ: đơn vị có sáng kiến được công nhận'))).toBe(true);
    expect(emu.ui.alerts[emu.ui.alerts.length - 1].prompt).toContain(`"${yearlySummarySheetName(2025)}"`);
  });
});

describe('a sheet whose header was changed by hand', () => {
  it('is not rewritten, so the renamed column’s cells are not lost', () => {
    const c = plannedContest();
    asSecretary(c, () => updateReplication(c.config, c.ports));
    const tracking = c.emu.inspect.values(TRACKING_SHEET);
    const evidenceAt = tracking[0].indexOf('Minh chứng');
    c.emu.userEdit(TRACKING_SHEET, `${String.fromCharCode(65 + evidenceAt)}1`, 'Kết quả (đơn vị gửi)', SECRETARY);
    c.emu.userEdit(TRACKING_SHEET, `${String.fromCharCode(65 + evidenceAt)}2`, 'Biên bản kiểm tra ngày 02/10', SECRETARY);
    const before = c.emu.inspect.values(TRACKING_SHEET);
    const s = asSecretary(c, () => updateReplication(c.config, c.ports));
    expect(s.layoutChanged).toBe(true);
    expect(s.problems.map((p) => [p.sheet, p.code, p.params.column])).toContainEqual([TRACKING_SHEET, 'missingColumn', 'Minh chứng']);
    expect(c.emu.inspect.values(TRACKING_SHEET)).toEqual(before);

    c.write(INITIATIVES_SHEET, ['Mã', ...INITIATIVES_HEADER.slice(1)], [['SK-1', 'Sổ tay', 'UBND thành phố Vị Thanh', '', '', '', '', '', '', '']]);
    expect(asSecretary(c, () => updateInitiatives(c.config, c.ports, () => c.outcome))).toMatchObject({ layoutChanged: true, added: [] });
    expect(c.emu.inspect.values(INITIATIVES_SHEET)[1][0]).toBe('SK-1');
  });
});

describe('the replication steps with nothing to work on', () => {
  it('says what to do first instead of failing', () => {
    const c = judgedContest();
    c.emu.triggers.open(SECRETARY);
    const s = asSecretary(c, () => updateReplication(c.config, c.ports));
    expect(s.missing).toEqual([INITIATIVES_SHEET, AGENCIES_SHEET, PLAN_SHEET]);
    expect(c.emu.forms.list()).toHaveLength(0);
    expect(asSecretary(c, () => createReplicationReport(c.config, c.ports))).toBeNull();
    c.emu.clickMenu('Nhắc đơn vị triển khai nhân rộng', { user: SECRETARY });
    expect(c.emu.ui.alerts[c.emu.ui.alerts.length - 1].prompt).toContain('Tiến độ nhân rộng');
    expect(c.emu.mail.sent).toHaveLength(0);
  });
});
