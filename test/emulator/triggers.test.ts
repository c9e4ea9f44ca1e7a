import { createEmulator, MESSAGES } from './index';

const OWNER = 'thuky@example.com';

function setup(scope: Record<string, unknown> = {}) {
  const emu = createEmulator({
    latency: 'off',
    owner: OWNER,
    editors: ['judge@example.com'],
    scope,
    startTime: new Date('2026-07-01T08:00:00+07:00'),
  });
  return { emu, ScriptApp: emu.globals.ScriptApp, SpreadsheetApp: emu.globals.SpreadsheetApp };
}

describe('installable triggers', () => {
  test('create, list, inspect and delete', () => {
    const { emu, ScriptApp, SpreadsheetApp } = setup();
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const submit = ScriptApp.newTrigger('onEntrySubmitted').forSpreadsheet(ss).onFormSubmit().create();
    const hourly = ScriptApp.newTrigger('resumeJob').timeBased().everyHours(1).create();
    expect(submit.getHandlerFunction()).toBe('onEntrySubmitted');
    expect(submit.getEventType()).toBe(ScriptApp.EventType.ON_FORM_SUBMIT);
    expect(submit.getTriggerSource()).toBe(ScriptApp.TriggerSource.SPREADSHEETS);
    expect(submit.getTriggerSourceId()).toBe(ss.getId());
    expect(hourly.getEventType()).toBe(ScriptApp.EventType.CLOCK);
    expect(hourly.getTriggerSourceId()).toBeNull();
    expect(submit.getUniqueId()).not.toBe(hourly.getUniqueId());
    expect(ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['onEntrySubmitted', 'resumeJob']);
    expect(ScriptApp.getUserTriggers(ss).map((t) => t.getHandlerFunction())).toEqual(['onEntrySubmitted']);
    ScriptApp.deleteTrigger(ScriptApp.getProjectTriggers()[0]);
    expect(emu.triggers.list().map((t) => t.handler)).toEqual(['resumeJob']);
  });

  test('each user sees only their own triggers', () => {
    const { emu, ScriptApp } = setup();
    ScriptApp.newTrigger('mine').timeBased().everyDays(1).atHour(7).create();
    emu.runAs('judge@example.com', () => ScriptApp.newTrigger('theirs').timeBased().everyHours(6).create());
    expect(ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['mine']);
    expect(emu.triggers.list().map((t) => [t.handler, t.owner])).toEqual([
      ['mine', OWNER],
      ['theirs', 'judge@example.com'],
    ]);
  });

  test('a user may have at most 20 triggers; the 21st fails with the real message', () => {
    const { emu, ScriptApp } = setup();
    for (let i = 0; i < 20; i++) ScriptApp.newTrigger(`job${i}`).timeBased().everyHours(1).create();
    expect(() => ScriptApp.newTrigger('one-too-many').timeBased().everyHours(1).create()).toThrow(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    emu.runAs('judge@example.com', () => ScriptApp.newTrigger('judge-job').timeBased().everyHours(1).create());
    expect(emu.triggers.list()).toHaveLength(21);
  });

  test('everyMinutes accepts only 1, 5, 10, 15 or 30', () => {
    const { ScriptApp } = setup();
    expect(() => ScriptApp.newTrigger('x').timeBased().everyMinutes(7)).toThrow(/1, 5, 10, 15 or 30/);
    expect(ScriptApp.newTrigger('x').timeBased().everyMinutes(15).create().getHandlerFunction()).toBe('x');
  });
});

describe('firing', () => {
  test('a form submission writes the response row and runs onFormSubmit as the trigger’s creator', () => {
    const seen: Array<Record<string, unknown>> = [];
    const scope = {
      onEntrySubmitted(e: GoogleAppsScript.Events.SheetsOnFormSubmit) {
        seen.push({
          values: e.values,
          named: e.namedValues,
          row: e.range.getRow(),
          a1: e.range.getA1Notation(),
          authMode: String(e.authMode),
          triggerUid: e.triggerUid,
          runsAs: emu.globals.Session.getEffectiveUser().getEmail(),
        });
      },
    };
    const { emu, ScriptApp, SpreadsheetApp } = setup(scope);
    const trigger = ScriptApp.newTrigger('onEntrySubmitted').forSpreadsheet(SpreadsheetApp.getActive()).onFormSubmit().create();
    const answers = { 'Họ và tên': 'Trần Thị Bình', 'Đơn vị': 'UBND xã A', 'Điện thoại': '0912345678', 'Lĩnh vực': ['Thể chế', 'TTHC'] };
    const out = emu.triggers.submitForm({ answers, timestampHeader: 'Dấu thời gian' });
    expect(out.row).toBe(2);
    expect(seen).toEqual([
      {
        values: ['1/7/2026 8:00:00', 'Trần Thị Bình', 'UBND xã A', '912345678', 'Thể chế, TTHC'],
        named: {
          'Dấu thời gian': ['1/7/2026 8:00:00'],
          'Họ và tên': ['Trần Thị Bình'],
          'Đơn vị': ['UBND xã A'],
          'Điện thoại': ['912345678'],
          'Lĩnh vực': ['Thể chế, TTHC'],
        },
        row: 2,
        a1: 'A2:E2',
        authMode: 'FULL',
        triggerUid: trigger.getUniqueId(),
        runsAs: OWNER,
      },
    ]);
    expect(emu.inspect.values('Form Responses 1', 'A1:B1')).toEqual([['Dấu thời gian', 'Họ và tên']]);
  });

  test('form answers are never written as formulas; a second submission lands below; duplicates can be injected', () => {
    let calls = 0;
    const { emu, ScriptApp, SpreadsheetApp } = setup({ onSubmit: () => calls++ });
    ScriptApp.newTrigger('onSubmit').forSpreadsheet(SpreadsheetApp.getActive().getId()).onFormSubmit().create();
    emu.triggers.submitForm({ answers: { 'Tên': '=IMPORTXML("http://x")' } });
    const second = emu.triggers.submitForm({ answers: { 'Tên': 'B' }, duplicate: true });
    expect(second.row).toBe(3);
    expect(calls).toBe(3);
    expect(emu.inspect.cell('Form Responses 1', 'B2')).toMatchObject({ value: '=IMPORTXML("http://x")', formula: '' });
  });

  test('time-driven triggers fire at their due times as the clock advances, with a TimeDriven event', () => {
    const fired: Array<{ at: string; hour: number; tz: string }> = [];
    const scope = {
      hourly(e: GoogleAppsScript.Events.TimeDriven) {
        fired.push({ at: emu.clock.date().toISOString(), hour: e.hour, tz: e.timezone });
      },
      once: () => fired.push({ at: `once ${emu.clock.date().toISOString()}`, hour: -1, tz: '' }),
    };
    const { emu, ScriptApp } = setup(scope);
    ScriptApp.newTrigger('hourly').timeBased().everyHours(1).create();
    ScriptApp.newTrigger('once').timeBased().after(90 * 60000).create();
    emu.triggers.advance(3 * 3600000);
    expect(fired).toEqual([
      { at: '2026-07-01T02:00:00.000Z', hour: 2, tz: 'UTC' },
      { at: 'once 2026-07-01T02:30:00.000Z', hour: -1, tz: '' },
      { at: '2026-07-01T03:00:00.000Z', hour: 3, tz: 'UTC' },
      { at: '2026-07-01T04:00:00.000Z', hour: 4, tz: 'UTC' },
    ]);
    expect(emu.clock.date().toISOString()).toBe('2026-07-01T04:00:00.000Z');
  });

  test('a daily trigger at an hour fires at that hour in the script time zone', () => {
    const times: string[] = [];
    const { emu, ScriptApp } = setup({ daily: () => times.push(emu.clock.date().toISOString()) });
    ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(7).create();
    emu.triggers.advance(2 * 24 * 3600000);
    expect(times).toEqual(['2026-07-02T00:00:00.000Z', '2026-07-03T00:00:00.000Z']);
  });

  test('a handler that throws is reported, and rethrown unless asked not to', () => {
    const { emu, ScriptApp } = setup({ broken: () => { throw new Error('hỏng'); } });
    ScriptApp.newTrigger('broken').timeBased().everyHours(1).create();
    expect(() => emu.triggers.advance(3600000)).toThrow('hỏng');
    const [result] = emu.triggers.advance(3600000, { throwOnError: false });
    expect(result).toMatchObject({ ok: false, handler: 'broken', user: OWNER });
  });

  test('a trigger whose function is missing fails like Apps Script', () => {
    const { emu, ScriptApp } = setup();
    const t = ScriptApp.newTrigger('gone').timeBased().everyHours(1).create();
    expect(() => emu.triggers.fire(t)).toThrow(MESSAGES.functionNotFound('gone'));
  });

  test('triggers cannot show UI: getUi() throws in a trigger execution', () => {
    const { emu, ScriptApp, SpreadsheetApp } = setup({
      job: () => SpreadsheetApp.getUi().alert('xin chào'),
    });
    const t = ScriptApp.newTrigger('job').timeBased().everyHours(1).create();
    expect(() => emu.triggers.fire(t)).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });

  test('opening the spreadsheet runs the simple onOpen with LIMITED auth, which cannot open other files', () => {
    const modes: string[] = [];
    const { emu, SpreadsheetApp } = setup({
      onOpen(e: GoogleAppsScript.Events.SheetsOnOpen) {
        modes.push(String(e.authMode));
        SpreadsheetApp.getUi().createAddonMenu().addItem('Thiết lập', 'setup').addToUi();
      },
    });
    emu.triggers.open('judge@example.com');
    expect(modes).toEqual(['LIMITED']);
    expect(emu.ui.menus).toHaveLength(1);
    const other = SpreadsheetApp.create('khác');
    expect(() =>
      emu.runAs({ kind: 'simpleTrigger', authMode: 'LIMITED' }, () => SpreadsheetApp.openById(other.getId())),
    ).toThrow('You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets');
  });

  test('in AuthMode.NONE (add-on not enabled in the document) onOpen cannot read the spreadsheet', () => {
    const { emu, SpreadsheetApp } = setup({
      onOpen: () => {
        SpreadsheetApp.getUi().createAddonMenu().addItem('Bắt đầu', 'start').addToUi();
        SpreadsheetApp.getActiveSpreadsheet();
      },
    });
    expect(() => emu.triggers.open(OWNER, { authMode: 'NONE' })).toThrow(/You do not have permission to call SpreadsheetApp.getActiveSpreadsheet/);
    expect(emu.ui.menuItems()).toEqual([{ path: ['CCHC', 'Bắt đầu'], functionName: 'start' }]);
  });
});
