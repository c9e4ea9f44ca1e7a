import { createEmulator } from './index';

function setup() {
  const emu = createEmulator({ latency: 'model', scope: {} });
  const { SpreadsheetApp } = emu.globals;
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  return { emu, SpreadsheetApp, sheet };
}

/** Ranks scores descending, ties sharing a rank, as a 2-D column. */
function rankColumn(scores: unknown): number[][] {
  const xs = (scores as unknown[][]).map((r) => Number(r[0]));
  return xs.map((x) => [1 + xs.filter((y) => y > x).length]);
}

describe('custom functions', () => {
  test('a range argument arrives as a 2-D array and a 2-D result spills below', () => {
    const { emu, sheet } = setup();
    const calls: unknown[] = [];
    emu.registerCustomFunctions({
      CCHC_RANK: (scores: unknown) => {
        calls.push(scores);
        return rankColumn(scores);
      },
    });
    sheet.getRange('A1:A4').setValues([[7.5], [9], [6], [9]]);
    sheet.getRange('B1').setFormula('=CCHC_RANK(A1:A4)');
    expect(sheet.getRange('B1:B4').getValues()).toEqual([[3], [1], [4], [1]]);
    expect(sheet.getRange('B1:B4').getFormulas()).toEqual([['=CCHC_RANK(A1:A4)'], [''], [''], ['']]);
    expect(calls).toEqual([[[7.5], [9], [6], [9]]]);
    expect(sheet.getLastRow()).toBe(4);
  });

  test('a single-cell argument arrives as the value itself; literals keep their types; blanks are ""', () => {
    const { emu, sheet } = setup();
    let seen: unknown[] = [];
    emu.registerCustomFunctions({ probe: (...args: unknown[]) => ((seen = args), 'ok') });
    sheet.getRange('A1').setValue(new Date('2026-01-02T00:00:00+07:00'));
    sheet.getRange('C1').setFormula('=PROBE(A1, B1, 12.5, "chữ", TRUE, A1:B1)');
    expect(sheet.getRange('C1').getValue()).toBe('ok');
    expect(seen[0]).toBeInstanceOf(Date);
    expect(seen.slice(1, 5)).toEqual(['', 12.5, 'chữ', true]);
    expect((seen[5] as unknown[][])[0][1]).toBe('');
  });

  test('a spill that would overwrite data shows #REF! with Sheets’ message', () => {
    const { emu, sheet } = setup();
    emu.registerCustomFunctions({ CCHC_RANK: rankColumn });
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1').setFormula('=CCHC_RANK(A1:A3)');
    sheet.getRange('B3').setValue('chặn');
    expect(sheet.getRange('B1:B3').getValues()).toEqual([['#REF!'], [''], ['chặn']]);
    emu.globals.SpreadsheetApp.flush();
    expect(emu.inspect.formulaError('Sheet1', 'B1')).toEqual({
      code: '#REF!',
      message: 'Array result was not expanded because it would overwrite data in B3.',
    });
  });

  test('a thrown error shows #ERROR! and keeps its message', () => {
    const { emu, sheet } = setup();
    emu.registerCustomFunctions({
      CCHC_MONEY_WORDS: (n: unknown) => {
        if (typeof n !== 'number') throw new Error('Số tiền không hợp lệ');
        return `${n} đồng`;
      },
    });
    sheet.getRange('A1:A2').setValues([['abc'], [5]]);
    sheet.getRange('B1:B2').setFormulas([['=CCHC_MONEY_WORDS(A1)'], ['=CCHC_MONEY_WORDS(A2)']]);
    expect(sheet.getRange('B1:B2').getValues()).toEqual([['#ERROR!'], ['5 đồng']]);
    expect(sheet.getRange('B1').getDisplayValue()).toBe('#ERROR!');
    emu.globals.SpreadsheetApp.flush();
    expect(emu.inspect.cell('Sheet1', 'B1').error).toEqual({ code: '#ERROR!', message: 'Số tiền không hợp lệ' });
  });

  test('an unknown function shows #NAME?; functions are found in the scope, case-insensitively, never name_', () => {
    const { emu, sheet } = setup();
    emu.scope = { cchc_total: (xs: number[][]) => xs.flat().reduce((s, x) => s + x, 0), helper_: () => 1 };
    sheet.getRange('A1:A2').setValues([[2], [3]]);
    sheet.getRange('B1:B3').setFormulas([['=CCHC_TOTAL(A1:A2)'], ['=NOPE(A1)'], ['=HELPER_()']]);
    expect(sheet.getRange('B1:B3').getValues()).toEqual([[5], ['#NAME?'], ['#NAME?']]);
    emu.globals.SpreadsheetApp.flush();
    expect(emu.inspect.formulaError('Sheet1', 'B2')?.message).toBe("Unknown function: 'NOPE'.");
  });

  test('each evaluation is metered as its own custom-function execution, and reruns only when its inputs change', () => {
    const { emu, sheet } = setup();
    emu.registerCustomFunctions({ CCHC_RANK: rankColumn });
    sheet.getRange('A1:A2').setValues([[1], [2]]);
    sheet.getRange('B1').setFormula('=CCHC_RANK(A1:A2)');
    sheet.getRange('B1:B2').getValues();
    sheet.getRange('C1').setValue('unrelated');
    sheet.getRange('B1:B2').getValues();
    expect(emu.meter.count('CustomFunction.CCHC_RANK')).toBe(1);
    sheet.getRange('A1').setValue(5);
    expect(sheet.getRange('B1:B2').getValues()).toEqual([[1], [2]]);
    expect(emu.meter.count('CustomFunction.CCHC_RANK')).toBe(2);
    expect(emu.meter.byMethod['CustomFunction.CCHC_RANK'].modeledMs).toBe(600);
  });

  test('custom functions may read but not write, and cannot open other spreadsheets', () => {
    const { emu, SpreadsheetApp, sheet } = setup();
    const other = SpreadsheetApp.create('khác').getId();
    emu.registerCustomFunctions({
      READER: () => SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').getValue(),
      WRITER: () => SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A2').setValue(1),
      OPENER: () => SpreadsheetApp.openById(other).getName(),
    });
    sheet.getRange('A1').setValue('đọc được');
    sheet.getRange('B1:B3').setFormulas([['=READER()'], ['=WRITER()'], ['=OPENER()']]);
    expect(sheet.getRange('B1:B3').getValues()).toEqual([['đọc được'], ['#ERROR!'], ['#ERROR!']]);
    emu.globals.SpreadsheetApp.flush();
    expect(emu.inspect.formulaError('Sheet1', 'B2')?.message).toBe('You do not have permission to call setValue');
  });

  test('a formula referring to itself is a circular dependency', () => {
    const { emu, sheet } = setup();
    emu.registerCustomFunctions({ ID: (x: unknown) => x });
    sheet.getRange('A1').setFormula('=ID(A1)');
    sheet.getRange('B1').setFormula('=ID(C1)');
    sheet.getRange('C1').setFormula('=ID(B1)');
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['#REF!', '#REF!', '#REF!']]);
  });

  test('built-in SUM/AVERAGE/MIN/MAX/COUNT/COUNTA; syntax beyond one call shows #ERROR!', () => {
    const { emu, sheet } = setup();
    sheet.getRange('A1:A4').setValues([[2], [4], ['x'], ['']]);
    sheet.getRange('B1:B7').setFormulas([
      ['=SUM(A1:A4)'], ['=AVERAGE(A1:A4)'], ['=MIN(A1:A4)'], ['=MAX(A1:A4, 10)'], ['=COUNT(A1:A4)'], ['=COUNTA(A1:A4)'], ['=A1+A2'],
    ]);
    expect(sheet.getRange('B1:B7').getValues()).toEqual([[6], [3], [2], [10], [2], [3], ['#ERROR!']]);
    emu.globals.SpreadsheetApp.flush();
    expect(emu.inspect.formulaError('Sheet1', 'B7')?.message).toMatch(/emulator evaluates only/);
  });
});
