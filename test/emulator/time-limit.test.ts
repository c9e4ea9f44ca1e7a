import { createEmulator, type EmulatorOptions, ExecutionTimeLimitExceeded, LATENCY, TIME_LIMIT_MESSAGES } from './index';

const OWNER = 'thuky@so.gov.vn';
const MINUTE = 60_000;

function setup(options: EmulatorOptions = {}, scope: Record<string, unknown> = {}) {
  const emu = createEmulator({ owner: OWNER, editors: ['gk1@so.gov.vn'], scope, startTime: new Date('2026-07-01T08:00:00+07:00'), ...options });
  const { SpreadsheetApp, Utilities, PropertiesService, LockService, ScriptApp } = emu.globals;
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  return { emu, SpreadsheetApp, Utilities, PropertiesService, LockService, ScriptApp, sheet };
}

describe('6-minute limit of an execution (research §1.2, §1.3)', () => {
  test('a run dies at the first call that would end past 6 minutes; what it committed before stays', () => {
    const { emu, SpreadsheetApp, sheet } = setup();
    let finished = 0;
    const start = emu.clock.now();
    const run = (): void =>
      emu.runExecution({ user: OWNER, kind: 'menu' }, () => {
        for (let i = 1; i <= 10_000; i++) {
          sheet.getRange('A1').setValue(i);
          SpreadsheetApp.flush();
          finished = i;
        }
      });
    expect(run).toThrow(TIME_LIMIT_MESSAGES.exceeded);
    const perStep = LATENCY.writeEnqueue.ms + LATENCY.flush.ms + LATENCY.flush.perCellMs;
    expect(finished).toBe(Math.floor((6 * MINUTE - LATENCY.executionStart.ms) / perStep));
    expect(emu.inspect.values(sheet, 'A1')).toEqual([[finished]]);
    expect(emu.clock.now() - start).toBe(6 * MINUTE);
  });

  test('the kill is the real Exception and cannot be caught: later service calls throw it too', () => {
    const { emu, Utilities, PropertiesService, sheet } = setup();
    const seen: string[] = [];
    let outcome: unknown;
    try {
      emu.runExecution({ user: OWNER }, () => {
        try {
          Utilities.sleep(7 * MINUTE);
        } catch (e) {
          seen.push(String(e));
          try {
            PropertiesService.getScriptProperties().setProperty('cursor', '42');
          } catch (again) {
            seen.push((again as Error).message);
          }
          sheet.getRange('A1').setValue('saved after the kill');
        }
        return 'finished';
      });
    } catch (e) {
      outcome = e;
    }
    expect(seen).toEqual(['Exception: Exceeded maximum execution time', 'Exceeded maximum execution time']);
    expect(outcome).toBeInstanceOf(ExecutionTimeLimitExceeded);
    expect(emu.properties.script.map.has('cursor')).toBe(false);
    expect(emu.inspect.values(sheet, 'A1')).toEqual([['']]);
  });

  test('writes still buffered at the kill are lost and the locks it held are released', () => {
    const { emu, Utilities, LockService, sheet } = setup();
    const a = emu.beginExecution({ user: OWNER });
    emu.runAs(a, () => {
      LockService.getScriptLock().waitLock(1000);
      sheet.getRange('B2').setValue('not flushed');
    });
    expect(() => emu.runAs(a, () => Utilities.sleep(6 * MINUTE))).toThrow(TIME_LIMIT_MESSAGES.exceeded);
    expect(() => emu.runAs(a, () => sheet.getRange('B2').getValue())).toThrow(TIME_LIMIT_MESSAGES.exceeded);
    expect(emu.inspect.values(sheet, 'B2')).toEqual([['']]);
    expect(emu.runAs('gk1@so.gov.vn', () => LockService.getScriptLock().tryLock(0))).toBe(true);
  });

  test('a run that ends exactly at 6 minutes is not killed', () => {
    const { emu, Utilities } = setup();
    expect(emu.runExecution({ user: OWNER }, () => Utilities.sleep(6 * MINUTE - LATENCY.executionStart.ms))).toBeUndefined();
    expect(() => emu.runExecution({ user: OWNER }, () => Utilities.sleep(6 * MINUTE - LATENCY.executionStart.ms + 1))).toThrow(
      TIME_LIMIT_MESSAGES.exceeded,
    );
  });

  test('a killed trigger run is a failed FireResult like a handler that threw; menus rethrow it', () => {
    const scope = {
      resumeJob: () => {
        emu.globals.Utilities.sleep(10 * MINUTE);
        return 'done';
      },
    };
    const { emu, ScriptApp } = setup({}, scope);
    ScriptApp.newTrigger('resumeJob').timeBased().everyHours(1).create();
    const [result] = emu.triggers.advance(61 * MINUTE, { throwOnError: false });
    expect(result.ok).toBe(false);
    expect((result.error as Error).message).toBe(TIME_LIMIT_MESSAGES.exceeded);
    expect(() => emu.triggers.advance(60 * MINUTE)).toThrow(TIME_LIMIT_MESSAGES.exceeded);

    emu.globals.SpreadsheetApp.getUi().createMenu('CCHC').addItem('Tiếp tục', 'resumeJob').addToUi();
    expect(() => emu.clickMenu('Tiếp tục')).toThrow(TIME_LIMIT_MESSAGES.exceeded);
  });

  test('code outside any run (the default execution) has no limit', () => {
    const { emu, Utilities, sheet } = setup();
    const start = emu.clock.now();
    Utilities.sleep(2 * 60 * MINUTE);
    sheet.getRange('A1').setValue('still alive');
    expect(sheet.getRange('A1').getValue()).toBe('still alive');
    expect(emu.clock.now() - start).toBeGreaterThan(2 * 60 * MINUTE);
  });
});

describe('30-second limits (research §1.4, §1.5)', () => {
  test('a custom function past 30 s shows #ERROR! with the real note; under 30 s it answers', () => {
    const scope = {
      SLOW: (seconds: number) => {
        emu.globals.Utilities.sleep(seconds * 1000);
        return seconds;
      },
    };
    const { emu, SpreadsheetApp, sheet } = setup({ latency: 'off' }, scope);
    sheet.getRange('A1:A2').setFormulas([['=SLOW(29)'], ['=SLOW(31)']]);
    SpreadsheetApp.flush();
    expect(emu.inspect.values(sheet, 'A1:A2')).toEqual([[29], ['#ERROR!']]);
    expect(emu.inspect.formulaError(sheet, 'A2')).toEqual({ code: '#ERROR!', message: TIME_LIMIT_MESSAGES.customFunctionNote });
  });

  test('a simple onEdit that runs past 30 s fails; an installable one as long is fine', () => {
    const scope = {
      onEdit: () => emu.globals.Utilities.sleep(31_000),
      onEditInstalled: () => emu.globals.Utilities.sleep(31_000),
    };
    const { emu, ScriptApp, SpreadsheetApp } = setup({ latency: 'off' }, scope);
    ScriptApp.newTrigger('onEditInstalled').forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet()).onEdit().create();
    const r = emu.userEdit('Sheet1', 'C5', '8,5', 'gk1@so.gov.vn', { throwOnError: false });
    expect(r.results.map((x) => [x.handler, x.ok])).toEqual([
      ['onEdit', false],
      ['onEditInstalled', true],
    ]);
    expect((r.results[0].error as Error).message).toBe(TIME_LIMIT_MESSAGES.exceeded);
  });
});

describe('executionTimeLimitMs', () => {
  test('replaces the limit of every kind of execution', () => {
    const scope = { SLOW: () => emu.globals.Utilities.sleep(20_000) };
    const { emu, SpreadsheetApp, Utilities, sheet } = setup({ latency: 'off', executionTimeLimitMs: 10_000 }, scope);
    expect(() => emu.runExecution({ user: OWNER }, () => Utilities.sleep(10_001))).toThrow(TIME_LIMIT_MESSAGES.exceeded);
    expect(emu.runExecution({ user: OWNER }, () => Utilities.sleep(10_000))).toBeUndefined();
    sheet.getRange('A1').setFormula('=SLOW()');
    SpreadsheetApp.flush();
    expect(emu.inspect.formulaError(sheet, 'A1')?.message).toBe(TIME_LIMIT_MESSAGES.customFunctionNote);
  });

  test('Infinity disables the limit', () => {
    const { emu, Utilities } = setup({ executionTimeLimitMs: Infinity });
    expect(emu.runExecution({ user: OWNER }, () => Utilities.sleep(3 * 60 * MINUTE))).toBeUndefined();
  });
});
