// Intake end to end on the emulator: the menu creates the form, Google Forms delivers responses,
// the submit trigger (src/main.ts) files them in the register.

import * as entryPoints from '../../src/main';
import { writeConfiguration } from '../../src/app/contest-configuration';
import { presetById } from '../../src/core/config/presets';
import { ENTRIES_SHEET, ENTRY_COLUMNS } from '../../src/core/intake/entries-sheet';
import { freshWorkbook, registerRows as register } from './emulated-workbook';
import { entryAnswers, questionTitles, type Answers } from './entry-answers';

const SECRETARY = 'thuky@demo.example';
function setUp() {
  const { emu, workbook } = freshWorkbook({ owner: SECRETARY, scope: entryPoints });
  const config = presetById('hauGiang2024').build();
  emu.runAs(SECRETARY, () => writeConfiguration(config, workbook, '(cũ)'));
  emu.triggers.open(SECRETARY);
  const title = questionTitles(config);
  const answers = (n: number, extra: Answers = {}): Answers => entryAnswers(config, n, extra);
  return { emu, config, answers, title };
}

function createForm(emu: ReturnType<typeof setUp>['emu']) {
  emu.clickMenu('Tạo biểu mẫu dự thi', { user: SECRETARY });
  const [form] = emu.forms.list();
  return form;
}

describe('the entry form and its trigger', () => {
  it('creates exactly one form and one submit trigger, even from the menu twice', () => {
    const { emu } = setUp();
    createForm(emu);
    emu.clickMenu('Tạo biểu mẫu dự thi', { user: SECRETARY });
    expect(emu.forms.list()).toHaveLength(1);
    expect(emu.triggers.list().filter((t) => t.handler === 'onEntrySubmitted')).toHaveLength(1);
    expect(emu.ui.alerts.map((a) => a.prompt.split('\n')[0])).toEqual([
      'Đã tạo biểu mẫu dự thi và gắn với bảng tính này.',
      'Biểu mẫu dự thi đã có; không tạo thêm biểu mẫu mới.',
    ]);
  });

  it('files a response with its code, ignores the duplicate and blank events, and updates an edit', () => {
    const { emu, answers, title } = setUp();
    const form = createForm(emu);
    const first = emu.forms.respond(form, answers(1), { respondent: 'tg1@demo.example', duplicate: true });
    emu.forms.respond(form, answers(2), { respondent: 'tg2@demo.example', duplicate: 'blank' });
    emu.forms.respond(form, answers(1, { [title('title')]: 'Giải pháp số 1 (sửa)' }), { respondent: 'tg1@demo.example', editOf: first.responseId });
    expect(register(emu).map((r) => [r[ENTRY_COLUMNS.code], r[ENTRY_COLUMNS.title]])).toEqual([
      ['HG2024-001', 'Giải pháp số 1 (sửa)'],
      ['HG2024-002', answers(2)[title('title')]],
    ]);
  });

  it('recreates a deleted submit trigger as soon as the spreadsheet is opened', () => {
    const { emu } = setUp();
    createForm(emu);
    const submitTriggers = () => emu.triggers.list().filter((t) => t.handler === 'onEntrySubmitted');
    const trigger = emu.runAs(SECRETARY, () => emu.globals.ScriptApp.getProjectTriggers().find((t) => t.getHandlerFunction() === 'onEntrySubmitted')!);
    emu.runAs(SECRETARY, () => emu.globals.ScriptApp.deleteTrigger(trigger));
    expect(submitTriggers()).toHaveLength(0);
    emu.triggers.open(SECRETARY);
    expect(submitTriggers()).toHaveLength(1);
  });

  it('recreates a deleted submit trigger and syncs what it missed', () => {
    const { emu, answers } = setUp();
    const form = createForm(emu);
    const trigger = emu.runAs(SECRETARY, () => emu.globals.ScriptApp.getProjectTriggers().find((t) => t.getHandlerFunction() === 'onEntrySubmitted')!);
    emu.runAs(SECRETARY, () => emu.globals.ScriptApp.deleteTrigger(trigger));
    emu.forms.respond(form, answers(1), { respondent: 'tg1@demo.example' });
    emu.forms.respond(form, answers(2), { respondent: 'tg2@demo.example' });
    expect(emu.inspect.sheetNames()).not.toContain(ENTRIES_SHEET);
    emu.clickMenu('Đồng bộ bài dự thi', { user: SECRETARY });
    expect(register(emu)).toHaveLength(2);
    expect(emu.ui.alerts.at(-1)!.prompt).toContain('Trình kích hoạt nhận bài đã bị mất và vừa được tạo lại.');
    emu.forms.respond(form, answers(3), { respondent: 'tg3@demo.example' });
    expect(register(emu).map((r) => r[ENTRY_COLUMNS.code])).toEqual(['HG2024-001', 'HG2024-002', 'HG2024-003']);
  });
});

describe('more than one person running intake', () => {
  const SECOND = 'duc.lv@demo.example';
  const OUTSIDER = 'ketoan@demo.example';

  function withSecretariat() {
    const { emu, workbook } = freshWorkbook({ owner: SECRETARY, scope: entryPoints, editors: [SECOND, OUTSIDER] });
    const config = presetById('hauGiang2024').build();
    config.members = [
      { name: 'Lê Văn Đức', email: SECOND, role: 'secretariat', unit: 'Sở Nội vụ', position: 'Chuyên viên' },
      { name: 'Ngô Thị Yến', email: SECRETARY, role: 'secretariat', unit: 'Sở Nội vụ', position: 'Chuyên viên' },
    ];
    emu.runAs(SECRETARY, () => writeConfiguration(config, workbook, '(cũ)'));
    emu.triggers.open(SECRETARY);
    return { emu };
  }

  it('shares the form with the secretariat, so a second secretary reaches the same form and makes no other', () => {
    const { emu } = withSecretariat();
    emu.clickMenu('Tạo biểu mẫu dự thi', { user: SECRETARY });
    emu.clickMenu('Tạo biểu mẫu dự thi', { user: SECOND });
    expect(emu.forms.list()).toHaveLength(1);
    expect(emu.ui.alerts.at(-1)?.prompt).toMatch(/Biểu mẫu dự thi đã có/);
    emu.clickMenu('Đồng bộ bài dự thi', { user: SECOND });
    expect(emu.ui.alerts.at(-1)?.prompt).toMatch(/Đồng bộ xong/);
  });

  it('asks someone who cannot open the recorded form before making another, and keeps the form when they decline', () => {
    const { emu } = withSecretariat();
    emu.clickMenu('Tạo biểu mẫu dự thi', { user: SECRETARY });
    emu.ui.answerAlert('NO');
    emu.clickMenu('Tạo biểu mẫu dự thi', { user: OUTSIDER });
    const [question, kept] = emu.ui.alerts.slice(-2);
    expect(question).toMatchObject({ buttons: 'YES_NO', prompt: expect.stringMatching(/không mở được biểu mẫu dự thi đã tạo trước đây/) });
    expect(kept.prompt).toMatch(/Chưa tạo biểu mẫu mới/);
    expect(emu.forms.list()).toHaveLength(1);
    emu.clickMenu('Đồng bộ bài dự thi', { user: OUTSIDER });
    expect(emu.ui.alerts.at(-1)?.prompt).toMatch(/Chưa đồng bộ được bài nào: tài khoản này không mở được biểu mẫu dự thi/);
    // The owner's sync still reaches the form.
    emu.clickMenu('Đồng bộ bài dự thi', { user: SECRETARY });
    expect(emu.ui.alerts.at(-1)?.prompt).toMatch(/Đồng bộ xong/);
  });
});

describe('concurrent submissions', () => {
  it('loses none of 200 interleaved submissions and never gives two the same code', () => {
    const { emu, answers } = setUp();
    const form = createForm(emu);
    // All 200 responses reach the form before any handler runs; handlers then run in a shuffled order.
    const pending = Array.from({ length: 200 }, (_, n) => emu.forms.respond(form, answers(n + 1), { respondent: `tg${n + 1}@demo.example`, defer: true }));
    const order = pending.map((p, i) => [(i * 7919) % 200, p] as const).sort((a, b) => a[0] - b[0]);
    for (const [, p] of order) p.fire();
    const rows = register(emu);
    expect(rows).toHaveLength(200);
    expect(new Set(rows.map((r) => r[ENTRY_COLUMNS.code])).size).toBe(200);
    expect(new Set(rows.map((r) => r[ENTRY_COLUMNS.responseId])).size).toBe(200);
  });

  it('a handler that cannot get the lock loses nothing: the sync files the response later', () => {
    const { emu, answers } = setUp();
    const form = createForm(emu);
    const busy = emu.beginExecution({ user: SECRETARY });
    emu.runAs(busy, () => emu.globals.LockService.getDocumentLock().waitLock(1000));
    const result = emu.forms.respond(form, answers(1), { respondent: 'tg1@demo.example', throwOnError: false });
    emu.endExecution(busy);
    expect(result.results.map((r) => r.ok)).toEqual([false]);
    emu.clickMenu('Đồng bộ bài dự thi', { user: SECRETARY });
    expect(register(emu).map((r) => r[ENTRY_COLUMNS.code])).toEqual(['HG2024-001']);
  });
});
