import { createEmulator, MESSAGES } from './index';

function setup(options: Parameters<typeof createEmulator>[0] = {}) {
  const emu = createEmulator({ latency: 'off', ...options });
  const { SpreadsheetApp } = emu.globals;
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  return { emu, SpreadsheetApp, sheet };
}

describe('getValues', () => {
  test('returns numbers, booleans, Dates and strings, with "" for blank cells', () => {
    const { sheet } = setup();
    const when = new Date('2026-03-05T01:02:03Z');
    sheet.getRange('A1:D1').setValues([[7.5, true, when, 'Nguyễn Văn An']]);
    const values = sheet.getRange('A1:E2').getValues();
    expect(values[0].slice(0, 2)).toEqual([7.5, true]);
    expect(values[0][2]).toBeInstanceOf(Date);
    expect((values[0][2] as Date).getTime()).toBe(when.getTime());
    expect(values[0][3]).toBe('Nguyễn Văn An');
    expect(values[0][4]).toBe('');
    expect(values[1]).toEqual(['', '', '', '', '']);
    for (const v of values.flat()) expect(['number', 'boolean', 'string'].includes(typeof v) || v instanceof Date).toBe(true);
  });

  test('returns fresh arrays and Dates: changing them never changes the sheet', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([[1, new Date('2026-01-01T00:00:00Z')]]);
    const first = sheet.getRange('A1:B1').getValues();
    first[0][0] = 99;
    (first[0][1] as Date).setFullYear(1990);
    first.push(['x', 'y']);
    const again = sheet.getRange('A1:B1').getValues();
    expect(again[0][0]).toBe(1);
    expect((again[0][1] as Date).toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(again).toHaveLength(1);
  });

  test('data written is copied at the call: changing the caller array afterwards writes nothing', () => {
    const { sheet, SpreadsheetApp } = setup();
    const data = [['a', 'b']];
    sheet.getRange('A1:B1').setValues(data);
    data[0][0] = 'changed';
    SpreadsheetApp.flush();
    expect(sheet.getRange('A1').getValue()).toBe('a');
  });

  test('a number in a date format reads as a Date; a Date in a number format as its serial', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setNumberFormat('yyyy-MM-dd').setValue(45658);
    sheet.getRange('B1').setNumberFormat('0.00').setValue(new Date('2025-01-01T00:00:00+07:00'));
    const [[a, b]] = sheet.getRange('A1:B1').getValues();
    expect(a).toBeInstanceOf(Date);
    expect((a as Date).toISOString()).toBe('2024-12-31T17:00:00.000Z');
    expect(b).toBe(45658);
  });
});

describe('setValues', () => {
  test('throws the real message when the data has too many or too few rows', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:B2').setValues([[1, 2], [3, 4], [5, 6]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 3 but the range has 2.',
    );
    expect(() => sheet.getRange('A1:B2').setValues([[1, 2]])).toThrow(MESSAGES.rowsMismatch(1, 2));
  });

  test('throws the real message when a row has the wrong number of columns', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:C2').setValues([[1, 2, 3], [1, 2, 3, 4]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 4 but the range has 3.',
    );
  });

  test('errors are Apps Script Exceptions', () => {
    const { sheet } = setup();
    try {
      sheet.getRange('A1').setValues([[1, 2]]);
      throw new Error('expected a throw');
    } catch (e) {
      expect(String(e)).toBe(`Exception: ${MESSAGES.columnsMismatch(2, 1)}`);
    }
  });

  test('null and undefined become empty cells', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([['x', null, undefined]]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['x', '', '']]);
    expect(sheet.getLastColumn()).toBe(1);
  });

  test('a cell holds at most 50,000 characters', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1').setValue('x'.repeat(50001))).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
    sheet.getRange('A1').setValue('x'.repeat(50000));
    expect((sheet.getRange('A1').getValue() as string).length).toBe(50000);
  });
});

describe('writes parse like USER_ENTERED', () => {
  test('"=" starts a formula: getFormulas shows it, getValues its result', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([[2], [3], ['=SUM(A1:A2)']]);
    expect(sheet.getRange('A3').getFormula()).toBe('=SUM(A1:A2)');
    expect(sheet.getRange('A1:A3').getFormulas()).toEqual([[''], [''], ['=SUM(A1:A2)']]);
    expect(sheet.getRange('A3').getValue()).toBe(5);
  });

  test('numeric text becomes a number (a phone number loses its leading zero)', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([['42', '0912345678', '1e3']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[42, 912345678, 1000]]);
  });

  test('decimal and grouping separators follow the spreadsheet locale', () => {
    const vi = setup({ locale: 'vi_VN' }).sheet;
    vi.getRange('A1:B1').setValues([['3,5', '1.234.567']]);
    expect(vi.getRange('A1:B1').getValues()).toEqual([[3.5, 1234567]]);
    const en = setup({ locale: 'en_US' }).sheet;
    en.getRange('A1:B1').setValues([['3.5', '1,234,567']]);
    expect(en.getRange('A1:B1').getValues()).toEqual([[3.5, 1234567]]);
  });

  test('TRUE/FALSE in any case become booleans', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([['TRUE', 'false', 'True']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[true, false, true]]);
  });

  test('a leading apostrophe forces text and is not part of the value', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([["'=1+1", "'007", "'TRUE"]]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['=1+1', '007', 'TRUE']]);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['', '', '']]);
  });

  test('in a plain-text (@) cell strings are stored as they are', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1:C1').setNumberFormat('@');
    range.setValues([['=1+1', '007', '+84 912']]);
    expect(range.getValues()).toEqual([['=1+1', '007', '+84 912']]);
    expect(range.getFormulas()).toEqual([['', '', '']]);
  });

  test('unescaped text starting with + - @ becomes a formula that fails (#ERROR!)', () => {
    const { emu, sheet } = setup();
    sheet.getRange('A1:D1').setValues([['+84 912 345 678', '-không có', '@admin', '-5']]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['#ERROR!', '#ERROR!', '#ERROR!', -5]]);
    expect(sheet.getRange('A1').getFormula()).toBe('=+84 912 345 678');
    emu.globals.SpreadsheetApp.flush();
    expect(emu.inspect.formulaError('Sheet1', 'A1')).toEqual({ code: '#ERROR!', message: 'Formula parse error.' });
  });

  test('Date objects stay Dates; date text is parsed in the spreadsheet time zone and locale order', () => {
    const { sheet } = setup();
    const when = new Date('2026-08-16T10:30:00+07:00');
    sheet.getRange('A1:C1').setValues([[when, '2026-08-16', '16/08/2026']]);
    const [[a, b, c]] = sheet.getRange('A1:C1').getValues();
    expect((a as Date).getTime()).toBe(when.getTime());
    expect((b as Date).toISOString()).toBe('2026-08-15T17:00:00.000Z');
    expect((c as Date).toISOString()).toBe('2026-08-15T17:00:00.000Z');
    expect(sheet.getRange('C1').getDisplayValue()).toBe('16/8/2026');
  });

  test('percent text becomes a fraction shown as a percent', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('10%');
    expect(sheet.getRange('A1').getValue()).toBeCloseTo(0.1, 12);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('10%');
  });
});

describe('getDisplayValues', () => {
  const formats: Array<[string, unknown, string, string]> = [
    // format, value, vi_VN display, en_US display
    ['', 1234.5, '1234,5', '1234.5'],
    ['', 1 / 3, '0,3333333333', '0.3333333333'],
    ['0', 1234.5, '1235', '1235'],
    ['0.00', 2.675, '2,68', '2.68'],
    ['#,##0', 10000000, '10.000.000', '10,000,000'],
    ['#,##0.00', -1234.5, '-1.234,50', '-1,234.50'],
    ['0%', 0.256, '26%', '26%'],
    ['@', 12, '12', '12'],
    ['#,##0" đ"', 2000000, '2.000.000 đ', '2,000,000 đ'],
  ];

  test.each(formats)('number format %j shows %p per locale', (format, value, vi, en) => {
    for (const [locale, expected] of [['vi_VN', vi], ['en_US', en]] as const) {
      const { sheet } = setup({ locale });
      const range = sheet.getRange('A1');
      if (format) range.setNumberFormat(format);
      range.setValue(value);
      expect(range.getDisplayValue()).toBe(expected);
    }
  });

  test('dates are shown by their format in the spreadsheet time zone', () => {
    const { sheet } = setup();
    const when = new Date('2026-03-04T20:08:09Z'); // 03:08:09 on 5 March in Hồ Chí Minh City
    sheet.getRange('A1:C1').setValues([[when, when, when]]);
    sheet.getRange('A1:C1').setNumberFormats([['dd/MM/yyyy', 'dd/MM/yyyy HH:mm:ss', 'yyyy-MM-dd']]);
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['05/03/2026', '05/03/2026 03:08:09', '2026-03-05']]);
  });

  test('booleans show as TRUE/FALSE and blanks as ""', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([[true, false]]);
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['TRUE', 'FALSE', '']]);
  });

  test('getNumberFormat reports Automatic as 0.###############', () => {
    const { sheet } = setup();
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0.###############');
    sheet.getRange('A1').setNumberFormat('#,##0');
    expect(sheet.getRange('A1').getNumberFormat()).toBe('#,##0');
  });
});

describe('range geometry', () => {
  test('row or column 0, a zero size, or cells past the sheet throw the real messages', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow('The number of columns in the range must be at least 1.');
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange('A0')).toThrow('Range not found');
  });

  test("Range.getLastRow is the range's end row, unlike Sheet.getLastRow", () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('only row 1');
    const range = sheet.getRange(3, 2, 4, 5);
    expect([range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns()]).toEqual([3, 2, 4, 5]);
    expect([range.getLastRow(), range.getLastColumn()]).toEqual([6, 6]);
    expect(range.getA1Notation()).toBe('B3:F6');
    expect(sheet.getLastRow()).toBe(1);
  });

  test('A1 notation with whole columns, open-ended rows and sheet names', () => {
    const { emu, sheet } = setup();
    expect(sheet.getRange('B:C').getA1Notation()).toBe('B1:C1000');
    expect(sheet.getRange('A2:B').getNumRows()).toBe(999);
    emu.globals.SpreadsheetApp.getActiveSpreadsheet().insertSheet("Giám khảo 'A'");
    const r = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getRange("'Giám khảo ''A'''!B2:C3");
    expect(r.getSheet().getName()).toBe("Giám khảo 'A'");
    expect(r.getA1Notation()).toBe('B2:C3');
  });
});
