import { createEmulator, installVirtualDate, TIME_LIMIT_MESSAGES } from './index';
import { VirtualClock } from './clock';

const OWNER = 'thuky@so.gov.vn';
const MINUTE = 60_000;
const START = Date.UTC(2026, 6, 1, 1, 0, 0);
const RealDate = Date;

afterEach(() => {
  expect(globalThis.Date).toBe(RealDate);
});

describe('installVirtualDate', () => {
  test('new Date(), Date() and Date.now() read the virtual clock', () => {
    const clock = new VirtualClock(START);
    const restore = installVirtualDate(globalThis, clock);
    try {
      expect(Date.now()).toBe(START);
      expect(new Date().getTime()).toBe(START);
      clock.advance(90_000);
      expect(Date.now()).toBe(START + 90_000);
      expect(new Date().toISOString()).toBe('2026-07-01T01:01:30.000Z');
      expect(Date()).toBe(new RealDate(START + 90_000).toString());
    } finally {
      restore();
    }
  });

  test('Dates of either constructor are instanceof both, and keep their constructor', () => {
    const restore = installVirtualDate(globalThis, new VirtualClock(START));
    try {
      const virtual = new Date();
      const original = new RealDate(0);
      expect(original instanceof Date).toBe(true);
      expect(virtual instanceof RealDate).toBe(true);
      expect(virtual instanceof Date).toBe(true);
      expect(virtual.constructor).toBe(Date);
      expect(Object.prototype.toString.call(virtual)).toBe('[object Date]');
      expect([] instanceof Date).toBe(false);
      class Deadline extends Date {}
      expect(new Deadline().getTime()).toBe(START);
      expect(new Deadline() instanceof Deadline).toBe(true);
    } finally {
      restore();
    }
  });

  test('every other form behaves as the original', () => {
    const restore = installVirtualDate(globalThis, new VirtualClock(START));
    try {
      expect(new Date('2026-03-15T07:30:00+07:00').toISOString()).toBe('2026-03-15T00:30:00.000Z');
      expect(JSON.stringify({ at: new Date(0) })).toBe('{"at":"1970-01-01T00:00:00.000Z"}');
      expect(new Date(2026, 0, 31).getTime() - new Date(2026, 0, 1).getTime()).toBe(30 * 24 * 3600_000);
      expect(+new Date(5) + 1).toBe(6);
      expect(Date.UTC(2026, 0, 1)).toBe(RealDate.UTC(2026, 0, 1));
      expect(Date.parse('2026-01-01T00:00:00Z')).toBe(RealDate.parse('2026-01-01T00:00:00Z'));
      expect(new Date(undefined as unknown as number).getTime()).toBeNaN();
      expect(new Date(new RealDate(7)).getTime()).toBe(7);
    } finally {
      restore();
    }
  });

  test('restore puts back what was there, or removes what was not', () => {
    const restore = installVirtualDate(globalThis, new VirtualClock(0));
    expect(Date).not.toBe(RealDate);
    restore();
    expect(globalThis.Date).toBe(RealDate);
    expect(Math.abs(Date.now() - new RealDate().getTime())).toBeLessThan(1000);

    const sandbox: { Date?: DateConstructor } = {};
    const undo = installVirtualDate(sandbox, new VirtualClock(START));
    expect(new (sandbox.Date as DateConstructor)().getTime()).toBe(START);
    undo();
    expect('Date' in sandbox).toBe(false);
  });
});

describe("install(target, { virtualDate: true })", () => {
  function setup() {
    const emu = createEmulator({ owner: OWNER, startTime: START });
    const sheet = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    return { emu, sheet };
  }

  test('Date.now() advances with the modeled latency of each call', () => {
    const { emu, sheet } = setup();
    emu.install(globalThis, { virtualDate: true });
    try {
      const before = Date.now();
      const spent = emu.meter.modeledMs;
      emu.runExecution({ user: OWNER }, () => sheet.getRange('A1:C50').getValues());
      expect(Date.now() - before).toBe(emu.meter.modeledMs - spent);
      expect(Date.now() - before).toBeGreaterThan(0);
    } finally {
      emu.uninstall();
    }
  });

  test('Dates the emulator handed out before the install stay instanceof Date, and so do later ones', () => {
    const { emu, sheet } = setup();
    sheet.getRange('A1').setValue(new RealDate('2026-03-15T00:00:00Z'));
    const [[before]] = sheet.getRange('A1').getValues();
    emu.install(globalThis, { virtualDate: true });
    try {
      const [[after]] = sheet.getRange('A1').getValues();
      expect(before instanceof Date).toBe(true);
      expect(after instanceof Date).toBe(true);
      expect((after as Date).getTime()).toBe((before as Date).getTime());
    } finally {
      emu.uninstall();
    }
  });

  test('a time budget checked with Date.now() stops the run before the 6-minute kill', () => {
    // What long jobs do (research §3.5): check elapsed time, save a cursor, stop.
    const job = (emu: ReturnType<typeof createEmulator>): void => {
      const { SpreadsheetApp, PropertiesService } = emu.globals;
      const sheet = SpreadsheetApp.getActiveSheet();
      const started = Date.now();
      for (let step = 1; step <= 10_000; step++) {
        if (Date.now() - started > 5 * MINUTE) {
          PropertiesService.getScriptProperties().setProperty('cursor', String(step));
          return;
        }
        const row = ((step - 1) % 1000) + 1;
        sheet.getRange(row, 2).setValue(sheet.getRange(row, 1).getValue());
        SpreadsheetApp.flush();
      }
    };

    const withVirtual = setup().emu;
    withVirtual.install(globalThis, { virtualDate: true });
    try {
      withVirtual.runExecution({ user: OWNER }, () => job(withVirtual));
    } finally {
      withVirtual.uninstall();
    }
    expect(Number(withVirtual.properties.script.map.get('cursor'))).toBeGreaterThan(1);

    const withRealDate = setup().emu;
    expect(() => withRealDate.runExecution({ user: OWNER }, () => job(withRealDate))).toThrow(TIME_LIMIT_MESSAGES.exceeded);
    expect(withRealDate.properties.script.map.has('cursor')).toBe(false);
  });

  test('without the option Date is untouched', () => {
    const { emu } = setup();
    emu.install(globalThis);
    try {
      expect(globalThis.Date).toBe(RealDate);
    } finally {
      emu.uninstall();
    }
  });
});
