import { createEmulator, LATENCY, LOOKAHEAD_ROWS, METHOD_COSTS } from './index';

function setup(latency: 'model' | 'off' = 'model') {
  const emu = createEmulator({ latency, editors: ['judge@example.com'] });
  const { SpreadsheetApp } = emu.globals;
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  emu.meter.reset();
  return { emu, SpreadsheetApp, sheet };
}

describe('meter', () => {
  test('counts every call as Service.method', () => {
    const { emu, SpreadsheetApp, sheet } = setup();
    const props = emu.globals.PropertiesService.getScriptProperties();
    props.getProperty('x');
    props.setProperty('x', '1');
    sheet.getRange('A1:B2').getValues();
    SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1');
    emu.globals.LockService.getScriptLock().tryLock(10);
    const snap = emu.meter.snapshot();
    expect(snap.calls).toBe(9);
    expect(Object.keys(snap.byMethod).sort()).toEqual([
      'Lock.tryLock', 'LockService.getScriptLock', 'Properties.getProperty', 'Properties.setProperty',
      'PropertiesService.getScriptProperties', 'Range.getValues', 'Sheet.getRange', 'Spreadsheet.getSheetByName',
      'SpreadsheetApp.getActiveSpreadsheet',
    ]);
    expect(snap.byMethod['Properties.getProperty']).toEqual({ calls: 1, modeledMs: LATENCY.propertiesGet.ms });
    expect(snap.byMethod['Properties.setProperty']).toEqual({ calls: 1, modeledMs: LATENCY.propertiesSet.ms });
  });

  test('snapshot is a copy and reset starts again', () => {
    const { emu, sheet } = setup();
    sheet.getRange('A1').getValue();
    const snap = emu.meter.snapshot();
    sheet.getRange('A1').getValue();
    expect(snap.byMethod['Range.getValue'].calls).toBe(1);
    emu.meter.reset();
    expect(emu.meter.snapshot()).toEqual({ calls: 0, modeledMs: 0, byMethod: {} });
  });

  test('each getter of Range, Sheet and Spreadsheet records exactly one call', () => {
    const { emu, SpreadsheetApp, sheet } = setup();
    const targets: Array<[string, object]> = [
      ['Range', sheet.getRange('B2:C3')],
      ['Sheet', sheet],
      ['Spreadsheet', SpreadsheetApp.getActiveSpreadsheet()],
    ];
    for (const [label, obj] of targets) {
      const proto = Object.getPrototypeOf(obj) as Record<string, unknown>;
      const getters = Object.getOwnPropertyNames(proto).filter(
        (m) => /^(get|is)[A-Z]/.test(m) && typeof proto[m] === 'function' && (proto[m] as () => unknown).length === 0,
      );
      expect(getters.length).toBeGreaterThan(5);
      for (const m of getters) {
        const before = emu.meter.calls;
        (obj as Record<string, () => unknown>)[m]();
        expect([`${label}.${m}`, emu.meter.calls - before]).toEqual([`${label}.${m}`, 1]);
        expect(emu.meter.count(`${label}.${m}`)).toBeGreaterThan(0);
      }
    }
  });

  test('calls that use other calls internally still record one call each', () => {
    const { emu, SpreadsheetApp, sheet } = setup();
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const range = sheet.getRange('A1:B2');
    const calls: Array<[string, () => unknown]> = [
      ['Spreadsheet.getRange', () => ss.getRange('Sheet1!A1:B2')],
      ['Sheet.getRange', () => sheet.getRange(2, 2, 3, 3)],
      ['Range.setValues', () => range.setValues([[1, 2], [3, 4]])],
      ['Range.setValue', () => range.setValue(5)],
      ['Sheet.appendRow', () => sheet.appendRow([1, 2])],
      ['Spreadsheet.insertSheet', () => ss.insertSheet('Mới')],
      ['Range.protect', () => range.protect()],
      ['Sheet.protect', () => sheet.protect()],
      ['Range.setDataValidation', () => range.setDataValidation(null)],
      ['Spreadsheet.toast', () => ss.toast('x')],
    ];
    for (const [name, call] of calls) {
      const before = emu.meter.snapshot();
      call();
      const after = emu.meter.snapshot();
      expect([name, after.calls - before.calls, after.byMethod[name].calls - (before.byMethod[name]?.calls ?? 0)]).toEqual([name, 1, 1]);
    }
  });

  test('every method named in the latency table exists on the emulated object', () => {
    const { emu, SpreadsheetApp, sheet } = setup();
    const g = emu.globals;
    const builder = () => g.ScriptApp.newTrigger('f');
    const objects: Record<string, object> = {
      Range: sheet.getRange('A1'),
      Sheet: sheet,
      Spreadsheet: SpreadsheetApp.getActiveSpreadsheet(),
      SpreadsheetApp,
      Protection: sheet.getRange('A1').protect(),
      Properties: g.PropertiesService.getScriptProperties(),
      Lock: g.LockService.getScriptLock(),
      SpreadsheetTriggerBuilder: builder().forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet()),
      FormTriggerBuilder: builder().forForm('form-id'),
      ClockTriggerBuilder: builder().timeBased(),
      ScriptApp: g.ScriptApp,
      Ui: SpreadsheetApp.getUi(),
      Menu: SpreadsheetApp.getUi().createMenu('m'),
      Logger: g.Logger,
      console: g.console,
    };
    for (const key of Object.keys(METHOD_COSTS)) {
      const [label, method] = key.split('.');
      expect([key, typeof (objects[label] as Record<string, unknown>)?.[method]]).toEqual([key, 'function']);
    }
  });
});

describe('latency model (research §2, §2.1)', () => {
  test('interleaved getValue/setValue costs far more than one batched getValues/setValues (L1 vs L2)', () => {
    const n = 1000;
    const slow = setup();
    for (let i = 1; i <= n; i++) {
      const v = slow.sheet.getRange(i, 1).getValue();
      slow.sheet.getRange(i, 2).setValue(v);
    }
    slow.SpreadsheetApp.flush();
    const interleaved = slow.emu.meter.modeledMs;

    const fast = setup();
    const column = fast.sheet.getRange(1, 1, n, 1).getValues();
    fast.sheet.getRange(1, 2, n, 1).setValues(column);
    fast.SpreadsheetApp.flush();
    const batched = fast.emu.meter.modeledMs;

    // L1: 318,580 ms interleaved (~160 ms per pair); L2: 333 ms batched.
    expect(interleaved / n).toBeGreaterThan(100);
    expect(interleaved / n).toBeLessThan(200);
    expect(batched).toBeGreaterThan(100);
    expect(batched).toBeLessThan(1000);
    expect(interleaved / batched).toBeGreaterThan(300);
    expect(fast.emu.meter.calls).toBe(5);
  });

  test('sequential reads without writes hit the look-ahead cache (L4: ~3 ms per call)', () => {
    const { emu, sheet } = setup();
    for (let i = 1; i <= 1000; i++) sheet.getRange(i, 1).getValue();
    const perRead = emu.meter.byMethod['Range.getValue'].modeledMs / 1000;
    expect(perRead).toBeGreaterThan(2);
    expect(perRead).toBeLessThan(6);
    const misses = Math.ceil(1000 / (LOOKAHEAD_ROWS + 1));
    expect(emu.meter.byMethod['Range.getValue'].modeledMs).toBeCloseTo(
      misses * (LATENCY.readBackend.ms + LATENCY.readBackend.perCellMs) + (1000 - misses) * LATENCY.readCacheHit.ms,
      6,
    );
  });

  test('getLastRow is not cached (L6): a loop calling it costs a backend call each time', () => {
    const { emu, sheet } = setup();
    for (let i = 0; i < 100; i++) sheet.getLastRow();
    expect(emu.meter.byMethod['Sheet.getLastRow'].modeledMs).toBe(100 * LATENCY.metadata.ms);
  });

  test('writes are buffered; the next read or flush pays for them per cell (L7)', () => {
    const { emu, SpreadsheetApp, sheet } = setup();
    const data = Array.from({ length: 400 }, (_, i) => Array.from({ length: 10 }, (_, j) => i * 10 + j));
    sheet.getRange(1, 1, 400, 10).setValues(data);
    expect(emu.meter.byMethod['Range.setValues'].modeledMs).toBe(LATENCY.writeEnqueue.ms);
    SpreadsheetApp.flush();
    expect(emu.meter.byMethod['SpreadsheetApp.flush'].modeledMs).toBeCloseTo(LATENCY.flush.ms + 4000 * LATENCY.flush.perCellMs, 6);
    SpreadsheetApp.flush();
    expect(emu.meter.byMethod['SpreadsheetApp.flush'].modeledMs).toBeCloseTo(LATENCY.flush.ms + 4000 * LATENCY.flush.perCellMs, 6);
  });

  test('a read while writes are pending pays the flush first', () => {
    const { emu, sheet } = setup();
    sheet.getRange('A1').getValue();
    sheet.getRange('A2').getValue();
    const hit = emu.meter.byMethod['Range.getValue'].modeledMs;
    sheet.getRange('B1').setValue(1);
    sheet.getRange('A3').getValue();
    const after = emu.meter.byMethod['Range.getValue'].modeledMs - hit;
    expect(after).toBeCloseTo(LATENCY.flush.ms + LATENCY.flush.perCellMs + LATENCY.readBackend.ms + LATENCY.readBackend.perCellMs, 6);
  });

  test('the end of an execution pays the final flush; executions pay their start-up', () => {
    const { emu, sheet } = setup();
    emu.runAs('judge@example.com', () => sheet.getRange('A1:A10').setValues(Array.from({ length: 10 }, () => [1])));
    expect(emu.meter.byMethod['Execution.start'].modeledMs).toBe(LATENCY.executionStart.ms);
    expect(emu.meter.byMethod['Execution.flush'].modeledMs).toBeCloseTo(LATENCY.flush.ms + 10 * LATENCY.flush.perCellMs, 6);
  });

  test("the clock moves by the modeled time; with latency 'off' only sleeps and lock waits count", () => {
    const model = setup('model');
    const t0 = model.emu.clock.now();
    model.emu.globals.PropertiesService.getScriptProperties().getProperty('x');
    expect(model.emu.clock.now() - t0).toBe(LATENCY.propertiesGet.ms);

    const off = setup('off');
    const t1 = off.emu.clock.now();
    off.sheet.getRange('A1:Z100').getValues();
    off.emu.globals.Utilities.sleep(1500);
    expect(off.emu.meter.snapshot()).toMatchObject({ calls: 3, modeledMs: 1500 });
    expect(off.emu.clock.now() - t1).toBe(1500);
  });

  test('every figure names its source', () => {
    for (const [name, f] of Object.entries(LATENCY)) expect([name, f.source]).toEqual([name, expect.stringMatching(/L\d+|\[estimate\]/)]);
  });
});
