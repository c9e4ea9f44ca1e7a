import { createEmulator } from './index';

function setup(scope: Record<string, unknown> = {}) {
  const emu = createEmulator({ latency: 'off', addonName: 'Cuộc thi CCHC', editors: ['judge@example.com'], scope });
  return { emu, SpreadsheetApp: emu.globals.SpreadsheetApp };
}

describe('UI', () => {
  test('menus record items, separators and submenus; a click runs the item as that user', () => {
    const clicks: string[] = [];
    const { emu, SpreadsheetApp } = setup({
      setupContest: () => clicks.push(`setup by ${emu.globals.Session.getActiveUser().getEmail()}`),
      openScoring: () => clicks.push('scoring'),
    });
    const ui = SpreadsheetApp.getUi();
    ui.createAddonMenu()
      .addItem('Thiết lập cuộc thi', 'setupContest')
      .addSeparator()
      .addSubMenu(ui.createMenu('Chấm điểm').addItem('Mở phiếu chấm', 'openScoring'))
      .addToUi();
    expect(emu.ui.menus).toEqual([
      {
        caption: 'Cuộc thi CCHC',
        addon: true,
        items: [
          { type: 'item', caption: 'Thiết lập cuộc thi', functionName: 'setupContest' },
          { type: 'separator' },
          { type: 'submenu', caption: 'Chấm điểm', items: [{ type: 'item', caption: 'Mở phiếu chấm', functionName: 'openScoring' }] },
        ],
      },
    ]);
    emu.clickMenu('Thiết lập cuộc thi', { user: 'judge@example.com' });
    emu.clickMenu(['Cuộc thi CCHC', 'Chấm điểm', 'Mở phiếu chấm']);
    expect(clicks).toEqual(['setup by judge@example.com', 'scoring']);
  });

  test('alert and prompt return scripted answers, OK (or YES) by default, and are recorded', () => {
    const { emu, SpreadsheetApp } = setup();
    const ui = SpreadsheetApp.getUi();
    expect(ui.alert('Xong')).toBe(ui.Button.OK);
    expect(ui.alert('Xóa?', 'Xóa toàn bộ điểm?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    emu.ui.answerAlert('NO');
    expect(ui.alert('Xóa?', 'Chắc chắn?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    emu.ui.answerPrompt('Hậu Giang 2024', 'OK');
    const answer = ui.prompt('Tên cuộc thi', 'Nhập tên', ui.ButtonSet.OK_CANCEL);
    expect([answer.getResponseText(), answer.getSelectedButton()]).toEqual(['Hậu Giang 2024', ui.Button.OK]);
    emu.ui.answerPrompt('', 'CANCEL');
    expect(ui.prompt('Tên?').getSelectedButton()).toBe(ui.Button.CANCEL);
    expect(emu.ui.alerts.map((a) => [a.title, a.prompt, a.buttons, a.response])).toEqual([
      ['', 'Xong', 'OK', 'OK'],
      ['Xóa?', 'Xóa toàn bộ điểm?', 'YES_NO', 'YES'],
      ['Xóa?', 'Chắc chắn?', 'YES_NO', 'NO'],
    ]);
    expect(emu.ui.prompts).toHaveLength(2);
  });

  test('sidebars, dialogs and toasts are recorded', () => {
    const { emu, SpreadsheetApp } = setup();
    const html = { getContent: () => '<p>Tiến độ</p>', getTitle: () => 'Bảng điều khiển' };
    const ui = SpreadsheetApp.getUi();
    ui.showSidebar(html as unknown as GoogleAppsScript.HTML.HtmlOutput);
    ui.showModalDialog(html as unknown as GoogleAppsScript.HTML.HtmlOutput, 'Xác nhận');
    SpreadsheetApp.getActiveSpreadsheet().toast('Đã lưu', 'CCHC', 3);
    expect(emu.ui.sidebars).toEqual([{ kind: 'sidebar', title: 'Bảng điều khiển', content: '<p>Tiến độ</p>', user: emu.owner }]);
    expect(emu.ui.dialogs[0]).toMatchObject({ kind: 'modal', title: 'Xác nhận' });
    expect(emu.ui.toasts).toEqual([
      { spreadsheetId: SpreadsheetApp.getActiveSpreadsheet().getId(), message: 'Đã lưu', title: 'CCHC', timeoutSeconds: 3 },
    ]);
  });
});
