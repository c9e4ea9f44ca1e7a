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
    expect(items.map((i) => i.path[i.path.length - 1])).toEqual([
      'Mở bảng điều khiển',
      'Thiết lập cuộc thi…',
      'Kiểm tra cấu hình',
      'Tạo biểu mẫu dự thi',
      'Đồng bộ bài dự thi',
      'Báo cáo đơn vị chưa có bài',
      'Phân công giám khảo',
      'Tạo / cập nhật phiếu chấm',
      'Cập nhật điểm và tiến độ chấm',
      'Khóa chấm điểm',
      'Nhắc giám khảo chấm bài',
      'Tính kết quả',
      'Tạo văn bản',
      'Cập nhật danh mục sáng kiến được công nhận',
      'Cập nhật tiến độ nhân rộng',
      'Nhắc đơn vị triển khai nhân rộng',
      'Tổng hợp năm theo đơn vị',
      'Tạo báo cáo nhân rộng',
    ]);
    for (const item of items) expect(typeof context[item.functionName]).toBe('function');
  });

  it('shows the menu in English for an English-speaking user', () => {
    const { emu, call } = loadBundle('en');
    call('onOpen');
    expect(emu.ui.menuItems().map((i) => i.path[i.path.length - 1])).toEqual([
      'Open dashboard',
      'Set up contest…',
      'Check configuration',
      'Create entry form',
      'Sync entries',
      'Units without entries',
      'Assign judges',
      'Create or update scoring sheets',
      'Bring in scores and progress',
      'Lock scoring',
      'Remind judges',
      'Compute results',
      'Create documents',
      'Update the register of recognised initiatives',
      'Update replication progress',
      'Remind agencies to replicate',
      'Yearly summary by unit',
      'Create replication report',
    ]);
  });

  it('calls custom functions through the global scope, as Sheets does', () => {
    const { call } = loadBundle();
    expect(call('CCHC_MONEY_WORDS', 10_000_000)).toBe('Mười triệu đồng');
    expect(JSON.stringify(call('CCHC_MONEY', [[10_000_000], [''], [105_000]]))).toBe(
      JSON.stringify([['10.000.000 đồng'], [''], ['105.000 đồng']]),
    );
    expect(() => call('CCHC_MONEY_WORDS', [[1000], ['mười nghìn']])).toThrow(/hàng 2, cột 1.*«mười nghìn»/);
  });

  it('ranks, aggregates and awards prizes through the global custom functions', () => {
    const { call } = loadBundle();
    const json = (v: unknown): string => JSON.stringify(v);
    expect(json(call('CCHC_AGGREGATE', [[82, 85, 79, 90, 84], [70, '', 74, 72, '']], 'Trung bình cắt'))).toBe(json([[83.67], [72]]));
    expect(json(call('CCHC_RANK', [[7.5], [9], [6], [9]], [[1], [2], [3], [1]]))).toBe(json([[3], [1], [4], [2]]));
    const tiers = [['Giải Nhất', 1, 10_000_000, ''], ['Giải Nhì', 1, 7_000_000, ''], ['Giải Ba', 1, 5_000_000, ''], ['Giải Khuyến khích', 3, 3_000_000, '']];
    expect(json(call('CCHC_PRIZE', [[70], [91], [85], [88]], tiers))).toBe(
      json([['Giải Khuyến khích', 3_000_000], ['Giải Nhất', 10_000_000], ['Giải Ba', 5_000_000], ['Giải Nhì', 7_000_000]]),
    );
    expect(() => call('CCHC_RANK', [[9], ['chín']])).toThrow(/hàng 2, cột 1 của vùng điểm.*«chín»/);
  });

  it('computes a results table with the custom functions written in cells', () => {
    const { emu, context } = loadBundle();
    const fns = Object.fromEntries(['CCHC_AGGREGATE', 'CCHC_RANK', 'CCHC_PRIZE'].map((n) => [n, context[n] as (...a: unknown[]) => unknown]));
    emu.registerCustomFunctions(fns);
    const sheet = emu.activeSpreadsheet.getSheets()[0];
    sheet.getRange('A1:C3').setValues([[80, 84, 88], [90, 92, ''], [70, 75, 74]]);
    sheet.getRange('H1:K2').setValues([['Giải Nhất', 1, 2_000_000, ''], ['Giải Nhì', 1, 1_500_000, '']]);
    sheet.getRange('D1').setFormula('=CCHC_AGGREGATE(A1:C3)');
    sheet.getRange('E1').setFormula('=CCHC_RANK(D1:D3)');
    sheet.getRange('F1').setFormula('=CCHC_PRIZE(D1:D3, H1:K2)');
    expect(sheet.getRange('D1:G3').getValues()).toEqual([
      [84, 2, 'Giải Nhì', 1_500_000],
      [91, 1, 'Giải Nhất', 2_000_000],
      [73, 3, '', ''],
    ]);
  });

  it('evaluates a custom function written in a cell', () => {
    const { emu, context } = loadBundle();
    emu.registerCustomFunctions({ CCHC_MONEY_WORDS: context.CCHC_MONEY_WORDS as (...a: unknown[]) => unknown });
    const sheet = emu.activeSpreadsheet.getSheets()[0];
    sheet.getRange('A1').setValue(105_000);
    sheet.getRange('B1').setFormula('=CCHC_MONEY_WORDS(A1)');
    expect(sheet.getRange('B1').getValue()).toBe('Một trăm linh năm nghìn đồng');
  });

  /** What google.script.run lets through: JSON-like values only (research/apps-script-platform.md §1.8). */
  const overTheWire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

  it('the set-up menu item opens the wizard; the wizard saves the Hậu Giang 2024 preset, then the check finds no error', () => {
    const { emu, call } = loadBundle();
    call('menuSetUpContest');
    expect(emu.ui.dialogs).toHaveLength(1);
    expect(emu.ui.dialogs[0].title).toBe('Thiết lập cuộc thi');
    expect(emu.ui.dialogs[0].content).toContain('<main id="app">');
    const draft = overTheWire(call('wizardPreset', 'hauGiang2024'));
    const saved = overTheWire(call('wizardSave', draft)) as { saved: boolean; written: string[] };
    expect(saved.saved).toBe(true);
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

  it('saving from the wizard again keeps the earlier configuration under a new name', () => {
    const { emu, call } = loadBundle();
    call('wizardSave', overTheWire(call('wizardPreset', 'dakrong2020')));
    const start = overTheWire(call('wizardStart')) as { current: { identity: { code: string } } | null; existingSheets: string[] };
    expect(start.current?.identity.code).toBe(overTheWire(call('wizardPreset', 'dakrong2020') as { identity: { code: string } }).identity.code);
    expect(start.existingSheets).toContain('Cấu hình');
    call('wizardSave', overTheWire(call('wizardPreset', 'hauGiang2024')));
    const names = emu.activeSpreadsheet.getSheets().map((s) => s.getName());
    expect(names.filter((n) => n.startsWith('Cấu hình (cũ '))).toHaveLength(1);
    expect(names).toContain('Cấu hình');
  });

  it('the wizard refuses a draft with errors and writes nothing', () => {
    const { emu, call } = loadBundle('en');
    const draft = overTheWire(call('wizardPreset', 'blank')) as { identity: { title: string } };
    const outcome = overTheWire(call('wizardSave', draft)) as { saved: boolean; problems: { path: string; severity: string; message: string }[] };
    expect(outcome.saved).toBe(false);
    expect(outcome.problems.find((p) => p.path === 'identity.title')).toMatchObject({ severity: 'error' });
    expect(outcome.problems[0].message).toMatch(/^[A-Z]/);
    expect(emu.activeSpreadsheet.getSheetByName('Cấu hình')).toBeNull();
    expect(overTheWire(call('wizardSave', 'not a configuration'))).toMatchObject({ saved: false, problems: [{ severity: 'error', message: expect.stringMatching(/cannot be read/) }] });
  });

  it('the dashboard opens as a sidebar; its step buttons answer in the sidebar, and locking asks first', () => {
    const { emu, call } = loadBundle();
    call('menuOpenDashboard');
    expect(emu.ui.sidebars).toHaveLength(1);
    expect(emu.ui.sidebars[0].title).toBe('Bảng điều khiển cuộc thi');
    expect(overTheWire(call('sidebarDashboard'))).toMatchObject({ locale: 'vi', configured: false });
    call('wizardSave', overTheWire(call('wizardPreset', 'hauGiang2024')));
    const unknown = overTheWire(call('sidebarRunStep', 'deleteEverything', false)) as { failed: boolean; messages: { text: string }[] };
    expect(unknown.failed).toBe(true);
    expect(unknown.messages[0].text).toMatch(/không có/);
    const asked = overTheWire(call('sidebarRunStep', 'lockScoring', false)) as { question: { text: string } | null; messages: unknown[]; dashboard: { configured: boolean } };
    expect(asked.question?.text).toMatch(/Khóa/i);
    expect(asked.messages).toEqual([]);
    expect(asked.dashboard.configured).toBe(true);
    expect(emu.ui.alerts).toEqual([]);
  });
});
