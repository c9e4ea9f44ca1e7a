import { createEmulator } from './index';

function setup() {
  const emu = createEmulator({ latency: 'off', editors: ['thuky@example.com'] });
  const { SpreadsheetApp } = emu.globals;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return { emu, SpreadsheetApp, ss, sheet: ss.getSheets()[0] };
}

describe('an empty sheet', () => {
  test('has last row and column 0, a 1000 × 26 grid, and a data range of A1', () => {
    const { sheet } = setup();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    const data = sheet.getDataRange();
    expect(data.getA1Notation()).toBe('A1');
    expect(data.getValues()).toEqual([['']]);
  });

  test('after clearContents the sheet is empty again but keeps its formats', () => {
    const { sheet } = setup();
    sheet.getRange('B2:C3').setNumberFormat('0.00').setValues([[1, 2], [3, 4]]);
    sheet.clearContents();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getRange('B2').getNumberFormat()).toBe('0.00');
    sheet.getRange('B2').setValue(1);
    sheet.clear();
    expect(sheet.getRange('B2').getNumberFormat()).toBe('0.###############');
  });
});

describe('appendRow', () => {
  test('lands after the last row with content, gaps included', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([['Mã', 'Tên']]);
    sheet.getRange('C5').setValue('ghi chú');
    sheet.appendRow(['CCHC-001', 'Sáng kiến A']);
    expect(sheet.getLastRow()).toBe(6);
    expect(sheet.getRange('A6:B6').getValues()).toEqual([['CCHC-001', 'Sáng kiến A']]);
  });

  test('parses its values like typed input', () => {
    const { sheet } = setup();
    sheet.appendRow(['007', '=1', "'=1", 'TRUE']);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([[7, 1, '=1', true]]);
    expect(sheet.getRange('B1').getFormula()).toBe('=1');
  });

  test('grows a full sheet instead of failing', () => {
    const { SpreadsheetApp } = setup();
    const small = SpreadsheetApp.create('Nhỏ', 2, 2).getSheets()[0];
    small.getRange('A1:B2').setValues([[1, 2], [3, 4]]);
    small.appendRow(['a', 'b', 'c']);
    expect([small.getMaxRows(), small.getMaxColumns()]).toEqual([3, 3]);
    expect(small.getRange('A3:C3').getValues()).toEqual([['a', 'b', 'c']]);
  });

  test('two executions appending before either flushes land on different rows', () => {
    const { emu, sheet } = setup();
    const a = emu.beginExecution({ user: emu.owner });
    const b = emu.beginExecution({ user: emu.owner });
    emu.runAs(a, () => sheet.appendRow(['from A']));
    emu.runAs(b, () => sheet.appendRow(['from B']));
    emu.endExecution(b);
    emu.endExecution(a);
    expect(emu.inspect.values('Sheet1', 'A1:A2')).toEqual([['from B'], ['from A']]);
  });
});

describe('sheet names', () => {
  test('insertSheet refuses a name in use, whatever its case, with the real message', () => {
    const { ss } = setup();
    ss.insertSheet('Bài dự thi');
    expect(() => ss.insertSheet('Bài dự thi')).toThrow('A sheet with the name "Bài dự thi" already exists. Please enter another name.');
    expect(() => ss.insertSheet('BÀI DỰ THI')).toThrow('A sheet with the name "BÀI DỰ THI" already exists. Please enter another name.');
  });

  test('setName refuses another sheet’s name but may change its own case', () => {
    const { ss } = setup();
    const judges = ss.insertSheet('Giám khảo');
    const other = ss.insertSheet('Khác');
    expect(() => other.setName('Giám khảo')).toThrow('A sheet with the name "Giám khảo" already exists. Please enter another name.');
    judges.setName('GIÁM KHẢO');
    expect(ss.getSheetByName('giám khảo')?.getName()).toBe('GIÁM KHẢO');
  });

  test('insertSheet places the sheet, makes it active, and names unnamed sheets SheetN', () => {
    const { ss } = setup();
    const first = ss.insertSheet('Đầu', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Đầu', 'Sheet1']);
    expect(ss.getActiveSheet().getName()).toBe('Đầu');
    expect(first.getIndex()).toBe(1);
    expect(ss.insertSheet().getName()).toBe('Sheet3');
    expect(ss.getSheetByName('Không có')).toBeNull();
  });

  test('the last sheet cannot be deleted or hidden', () => {
    const { ss, sheet } = setup();
    expect(() => ss.deleteSheet(sheet)).toThrow("You can't remove all the sheets in a document.");
    expect(() => sheet.hideSheet()).toThrow("You can't hide all the sheets in a document.");
    const extra = ss.insertSheet('Phụ');
    extra.hideSheet();
    expect(extra.isSheetHidden()).toBe(true);
    ss.deleteSheet(extra);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
  });
});

describe('sheet settings', () => {
  test('frozen rows and columns, tab colour, column widths and ids are kept', () => {
    const { ss, sheet } = setup();
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    sheet.setTabColor('#1a73e8').setColumnWidth(1, 240).setColumnWidths(2, 2, 80);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([1, 2]);
    expect(sheet.getTabColor()).toBe('#1a73e8');
    expect([1, 2, 3, 4].map((c) => sheet.getColumnWidth(c))).toEqual([240, 80, 80, 100]);
    expect(sheet.getSheetId()).toBe(0);
    expect(ss.insertSheet('B').getSheetId()).not.toBe(0);
    expect(sheet.getParent().getId()).toBe(ss.getId());
  });

  test('insertRowsAfter grows the grid and moves cells below the insertion point', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A2').setValues([['trên'], ['dưới']]);
    sheet.insertRowsAfter(1, 3);
    expect(sheet.getMaxRows()).toBe(1003);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([['trên'], [''], [''], [''], ['dưới']]);
  });

  test('styles and notes are recorded and read back', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setFontWeight('bold').setBackground('#cfe2f3').setHorizontalAlignment('center').setWrap(true).setNote('Tiêu đề');
    expect(sheet.getRange('B1').getFontWeight()).toBe('bold');
    expect(sheet.getRange('B1').getBackground()).toBe('#cfe2f3');
    expect(sheet.getRange('C1').getHorizontalAlignment()).toBe('center');
    expect(sheet.getRange('A1').getNote()).toBe('Tiêu đề');
    expect(sheet.getRange('A2').getFontWeight()).toBe('normal');
  });
});

describe('write buffering between executions', () => {
  test("another execution does not see writes until the writer flushes; the writer's own reads do", () => {
    const { emu, SpreadsheetApp, sheet } = setup();
    const writer = emu.beginExecution({ user: emu.owner });
    const reader = emu.beginExecution({ user: emu.owner });
    emu.runAs(writer, () => sheet.getRange('A1').setValue('mới'));
    expect(emu.runAs(reader, () => sheet.getRange('A1').getValue())).toBe('');
    expect(emu.inspect.values('Sheet1', 'A1')).toEqual([['']]);
    expect(emu.runAs(writer, () => sheet.getRange('A1').getValue())).toBe('mới');
    expect(emu.runAs(reader, () => sheet.getRange('A1').getValue())).toBe('mới');
    emu.runAs(writer, () => {
      sheet.getRange('A2').setValue(2);
      SpreadsheetApp.flush();
    });
    expect(emu.inspect.values('Sheet1', 'A2')).toEqual([[2]]);
  });

  test('the end of an execution commits its writes', () => {
    const { emu, sheet } = setup();
    emu.runAs('thuky@example.com', () => sheet.getRange('A1').setValue('x'));
    expect(emu.inspect.values('Sheet1', 'A1')).toEqual([['x']]);
  });
});
