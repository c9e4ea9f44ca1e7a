// build/Code.js loaded as Apps Script loads it: a plain script in a fresh VM context that holds
// only the emulated globals, then driven through its global functions.

import { createContext, runInContext } from 'node:vm';
import { createEmulator } from '../emulator';
import { buildBundle } from './load-bundle';

const { code } = buildBundle();

function loadBundle(userLocale = 'vi') {
  const emu = createEmulator({ latency: 'off', userLocale });
  const context = createContext({});
  emu.install(context as typeof globalThis);
  runInContext(code, context, { filename: 'Code.js' });
  const call = (name: string, ...args: unknown[]): unknown => (context[name] as (...a: unknown[]) => unknown)(...args);
  return { emu, context, call };
}

describe('build/Code.js in a fresh context with only the emulated globals', () => {
  it('onOpen adds the add-on menu with Vietnamese labels, each naming a global function', () => {
    const { emu, context, call } = loadBundle();
    call('onOpen');
    const items = emu.ui.menuItems();
    expect(items.map((i) => i.path[i.path.length - 1])).toEqual(['Thiết lập cuộc thi…', 'Kiểm tra cấu hình']);
    for (const item of items) expect(typeof context[item.functionName]).toBe('function');
  });

  it('shows the menu in English for an English-speaking user', () => {
    const { emu, call } = loadBundle('en');
    call('onOpen');
    expect(emu.ui.menuItems().map((i) => i.path[i.path.length - 1])).toEqual(['Set up contest…', 'Check configuration']);
  });

  it('calls custom functions through the global scope, as Sheets does', () => {
    const { call } = loadBundle();
    expect(call('CCHC_MONEY_WORDS', 10_000_000)).toBe('Mười triệu đồng');
    expect(JSON.stringify(call('CCHC_MONEY', [[10_000_000], [''], [105_000]]))).toBe(
      JSON.stringify([['10.000.000 đồng'], [''], ['105.000 đồng']]),
    );
    expect(() => call('CCHC_MONEY_WORDS', [[1000], ['mười nghìn']])).toThrow(/hàng 2, cột 1.*«mười nghìn»/);
  });

  it('evaluates a custom function written in a cell', () => {
    const { emu, context } = loadBundle();
    emu.registerCustomFunctions({ CCHC_MONEY_WORDS: context.CCHC_MONEY_WORDS as (...a: unknown[]) => unknown });
    const sheet = emu.activeSpreadsheet.getSheets()[0];
    sheet.getRange('A1').setValue(105_000);
    sheet.getRange('B1').setFormula('=CCHC_MONEY_WORDS(A1)');
    expect(sheet.getRange('B1').getValue()).toBe('Một trăm linh năm nghìn đồng');
  });

  it('sets up the Hậu Giang 2024 contest from the menu, then checks it', () => {
    const { emu, call } = loadBundle();
    emu.ui.answerPrompt('1');
    call('menuSetUpContest');
    const names = emu.activeSpreadsheet.getSheets().map((s) => s.getName());
    expect(names).toEqual(expect.arrayContaining(['Cấu hình', 'Lĩnh vực', 'Đơn vị', 'Thành viên', 'Tiêu chí', 'Giải thưởng', 'Văn bản']));
    const prizes = emu.activeSpreadsheet.getSheetByName('Giải thưởng')!.getDataRange().getValues();
    expect(prizes.map((r) => r[1])).toEqual(['Tên giải', 'Giải Nhất', 'Giải Nhì', 'Giải Ba', 'Giải Khuyến khích']);
    call('menuCheckConfiguration');
    const last = emu.ui.alerts[emu.ui.alerts.length - 1];
    expect(last.title).toBe('Kiểm tra cấu hình');
    expect(last.prompt).toMatch(/0 lỗi cần sửa/);
    expect(last.prompt).toMatch(/Số kế hoạch/);
  });

  it('setting up again keeps the earlier configuration under a new name', () => {
    const { emu, call } = loadBundle();
    emu.ui.answerPrompt('2');
    call('menuSetUpContest');
    emu.ui.answerPrompt('1');
    emu.ui.answerAlert('YES');
    call('menuSetUpContest');
    const names = emu.activeSpreadsheet.getSheets().map((s) => s.getName());
    expect(names.filter((n) => n.startsWith('Cấu hình (cũ '))).toHaveLength(1);
    expect(names).toContain('Cấu hình');
  });
});
