import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmulator } from './index';

/** A stand-in for build/Code.js: plain top-level functions using the globals, as Apps Script loads them. */
const BUNDLE = `
function emuBundleWriteStamp() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  sheet.getRange('A1').setValue(new Date(Date.UTC(2026, 0, 2)));
  SpreadsheetApp.flush();
  var v = sheet.getRange('A1').getValue();
  return { isDate: v instanceof Date, isArray: Array.isArray(sheet.getRange('A1:B2').getValues()) };
}
function EMU_BUNDLE_DOUBLE(x) { return x * 2; }
`;

describe('loading a bundle as Apps Script does (one realm, top-level functions become globals)', () => {
  const g = globalThis as Record<string, unknown>;

  afterAll(() => {
    delete g.emuBundleWriteStamp;
    delete g.EMU_BUNDLE_DOUBLE;
  });

  test('in plain Node: install(), then vm.runInThisContext', () => {
    const dir = mkdtempSync(join(tmpdir(), 'emu-bundle-'));
    const file = join(dir, 'Code.js');
    writeFileSync(file, BUNDLE);
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(__dirname, 'fixtures', 'load-bundle.ts'), file, 'emuBundleWriteStamp'], {
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toEqual({ result: { isDate: true, isArray: true }, calls: 9 });
  });

  // Jest runs each test file in its own realm, which vm.runInThisContext does not reach; an
  // indirect eval runs a script in the test's realm with the same global-scope semantics.
  test('inside Jest: install(), then an indirect eval', () => {
    const emu = createEmulator({ latency: 'off' });
    const uninstall = emu.install();
    try {
      (0, eval)(BUNDLE);
      expect((g.emuBundleWriteStamp as () => unknown)()).toEqual({ isDate: true, isArray: true });
      const sheet = emu.activeSpreadsheet.getSheets()[0];
      sheet.getRange('B1').setValue(21);
      sheet.getRange('C1').setFormula('=emu_bundle_double(B1)');
      expect(sheet.getRange('C1').getValue()).toBe(42);
      expect(emu.meter.count('CustomFunction.EMU_BUNDLE_DOUBLE')).toBe(1);
    } finally {
      uninstall();
    }
    expect(g.SpreadsheetApp).toBeUndefined();
    expect(typeof g.console).toBe('object');
  });

  test('install can also replace console; uninstall restores it', () => {
    const emu = createEmulator({ latency: 'off' });
    const realConsole = g.console;
    emu.install(globalThis, { console: true });
    (g.console as Console).log('ghi lại');
    emu.uninstall();
    expect(g.console).toBe(realConsole);
    expect(emu.logs.map((l) => l.message)).toEqual(['ghi lại']);
  });
});
