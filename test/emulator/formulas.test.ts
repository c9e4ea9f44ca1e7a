import fc from 'fast-check';
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

  test('built-in SUM/AVERAGE/MIN/MAX/COUNT/COUNTA; syntax the emulator does not know shows #ERROR!', () => {
    const { emu, sheet } = setup();
    sheet.getRange('A1:A4').setValues([[2], [4], ['x'], ['']]);
    sheet.getRange('B1:B7').setFormulas([
      ['=SUM(A1:A4)'], ['=AVERAGE(A1:A4)'], ['=MIN(A1:A4)'], ['=MAX(A1:A4, 10)'], ['=COUNT(A1:A4)'], ['=COUNTA(A1:A4)'], ['={1,2}'],
    ]);
    expect(sheet.getRange('B1:B7').getValues()).toEqual([[6], [3], [2], [10], [2], [3], ['#ERROR!']]);
    emu.globals.SpreadsheetApp.flush();
    expect(emu.inspect.formulaError('Sheet1', 'B7')?.message).toMatch(/emulator evaluates only/);
  });
});

/** Writes each formula into its own cell of column H and returns what the cells read. */
function shown(sheet: GoogleAppsScript.Spreadsheet.Sheet, formulas: string[]): unknown[] {
  const range = sheet.getRange(`H1:H${formulas.length}`);
  range.setFormulas(formulas.map((f) => [f]));
  return range.getValues().map((r) => r[0]);
}

/** The error a cell shows, as a person hovering over it sees it. */
function errorAt(emu: ReturnType<typeof createEmulator>, a1: string) {
  emu.globals.SpreadsheetApp.flush();
  return emu.inspect.formulaError('Sheet1', a1);
}

describe('operators', () => {
  test('follow Sheets’ precedence: sign, ^ (left to right), * /, + -, &, comparisons', () => {
    const { sheet } = setup();
    expect(
      shown(sheet, [
        '=1+2*3', '=(1+2)*3', '=2^3^2', '=-2^2', '=-(2^2)', '=2*-3', '=10-4-3', '=8/2/2',
        '=2^-1', '=1+2&3', '="a"&1+1', '=1+1=2', '=2*3>5', '=1+2<>3', '= 3 * ( 4 - 1 )',
      ]),
    ).toEqual([7, 9, 64, 4, -4, -6, 3, 2, 0.5, '33', 'a2', true, true, false, 9]);
  });

  test('the scoring formulas of a results sheet give the judge’s total, weighted score and spread', () => {
    const { sheet } = setup();
    // Row 2: a judge scored four criteria out of five; row 3: nothing yet; row 4: one score only.
    sheet.getRange('F2:J4').setValues([
      [8, 7.5, 9, '', 6],
      ['', '', '', '', ''],
      ['', 4, '', '', ''],
    ]);
    const formulas = (r: number) => [
      `=IF(COUNT(F${r}:J${r})=0,"",SUM(F${r}:J${r}))`,
      `=IF(COUNT(F${r}:J${r})=0,"",F${r}*1+G${r}*2+H${r}*0.5)`,
      `=IF(COUNT(F${r}:J${r})<2,"",MAX(F${r}:J${r})-MIN(F${r}:J${r}))`,
      `=IF(COUNT(F${r}:J${r})<2,"",(MAX(F${r}:J${r})-MIN(F${r}:J${r}))/100*100)`,
    ];
    sheet.getRange('K2:N4').setFormulas([formulas(2), formulas(3), formulas(4)]);
    expect(sheet.getRange('K2:N4').getValues()).toEqual([
      [30.5, 27.5, 3, 3],
      ['', '', '', ''],
      [4, 8, '', ''],
    ]);
    expect(sheet.getRange('K2:N2').getDisplayValues()).toEqual([['30,5', '27,5', '3', '3']]);
  });

  test('a blank cell is 0 in arithmetic, "" against text and FALSE against a boolean; an empty text is not 0', () => {
    const { sheet } = setup();
    expect(
      shown(sheet, ['=A1+1', '=A1*5', '=A1=0', '=A1=""', '=A1<1', '=A1=FALSE', '=A1&"x"', '=""=0', '=A1', '=-A1']),
    ).toEqual([1, 0, true, true, true, true, 'x', false, '', 0]);
    expect(sheet.getRange('H10').getDisplayValue()).toBe('0');
  });

  test('text compares case-insensitively but keeps accents; numbers sort before text, text before booleans', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('Đạt');
    expect(
      shown(sheet, ['=A1="đạt"', '=A1="ĐẠT"', '="a"<>"á"', '="abc"<"ABD"', '=1<"a"', '="z"<TRUE', '=9>"10"']),
    ).toEqual([true, true, true, true, true, true, false]);
  });

  test('text that reads as a number in the locale is coerced; other text in arithmetic is #VALUE! with Sheets’ message', () => {
    const { emu, sheet } = setup();
    sheet.getRange('A1:A2').setNumberFormat('@').setValues([['abc'], ['8,5']]);
    expect(shown(sheet, ['=A1*2', '=A2*2', '="3"+1', '=2-A1', '=-A1', '=TRUE+1'])).toEqual(['#VALUE!', 17, 4, '#VALUE!', '#VALUE!', 2]);
    expect(errorAt(emu, 'H1')).toEqual({
      code: '#VALUE!',
      message: "Function MULTIPLY parameter 1 expects number values. But 'abc' is a text and cannot be coerced to a number.",
    });
    expect(errorAt(emu, 'H4')?.message).toBe("Function MINUS parameter 2 expects number values. But 'abc' is a text and cannot be coerced to a number.");
    expect(errorAt(emu, 'H5')?.message).toMatch(/^Function UMINUS parameter 1 /);
  });

  test('division by zero is #DIV/0!; a range where one value is expected is #VALUE!; the left operand’s error wins', () => {
    const { emu, sheet } = setup();
    sheet.getRange('A1:A3').setValues([[1], [2], ['abc']]);
    expect(shown(sheet, ['=1/0', '=5/A9', '=A1:A2+1', '=1/0+A3*2', '=A3*2+1/0', '=0^-1'])).toEqual([
      '#DIV/0!', '#DIV/0!', '#VALUE!', '#DIV/0!', '#VALUE!', '#NUM!',
    ]);
    expect(errorAt(emu, 'H1')).toEqual({ code: '#DIV/0!', message: 'Function DIVIDE parameter 2 cannot be zero.' });
    expect(errorAt(emu, 'H3')?.message).toMatch(/^Function ADD parameter 1 expects a single value/);
  });

  test('an error in a referenced cell flows through operators', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setFormula('=1/0');
    expect(shown(sheet, ['=A1+1', '=A1&"x"', '=A1=1'])).toEqual(['#DIV/0!', '#DIV/0!', '#DIV/0!']);
  });
});

describe('IF and IFERROR', () => {
  test('IF evaluates only the branch it returns: an error or a custom function in the other branch never runs', () => {
    const { emu, sheet } = setup();
    let calls = 0;
    emu.registerCustomFunctions({ EXPENSIVE: () => ((calls += 1), 1) });
    sheet.getRange('A1').setValue(1);
    expect(
      shown(sheet, ['=IF(TRUE,1,1/0)', '=IF(FALSE,1/0,2)', '=IF(A1=1,"ok",NOPE())', '=IF(A1=2,EXPENSIVE(),"bỏ qua")', '=IF(A1,"có")']),
    ).toEqual([1, 2, 'ok', 'bỏ qua', 'có']);
    expect(calls).toBe(0);
    expect(emu.meter.count('CustomFunction.EXPENSIVE')).toBe(0);
  });

  test('IF without an else gives FALSE; the condition coerces numbers and blanks; text or an error in it fails', () => {
    const { emu, sheet } = setup();
    expect(
      shown(sheet, ['=IF(FALSE,1)', '=IF(0,1,2)', '=IF(-3,1,2)', '=IF(A9,1,2)', '=IF("abc",1,2)', '=IF(1/0,1,2)', '=IF(1)']),
    ).toEqual([false, 2, 1, 2, '#VALUE!', '#DIV/0!', '#N/A']);
    expect(errorAt(emu, 'H5')?.message).toBe("Function IF parameter 1 expects boolean values. But 'abc' is a text and cannot be coerced to a boolean.");
    expect(errorAt(emu, 'H7')?.message).toBe('Wrong number of arguments to IF. Expected between 2 and 3 arguments, but got 1 arguments.');
  });

  test('IFERROR replaces any error, and only evaluates its fallback when there is one', () => {
    const { emu, sheet } = setup();
    let calls = 0;
    emu.registerCustomFunctions({ FALLBACK: () => ((calls += 1), 'dự phòng') });
    expect(shown(sheet, ['=IFERROR(1/0,"lỗi")', '=IFERROR(NOPE(),0)', '=IFERROR(1/0)', '=IFERROR(5,FALLBACK())', '=IFERROR(1/0,FALLBACK())'])).toEqual([
      'lỗi', 0, '', 5, 'dự phòng',
    ]);
    expect(calls).toBe(1);
  });
});

describe('logical and numeric built-ins', () => {
  test('AND, OR, NOT: ranges skip text and blanks; a text argument that is not TRUE/FALSE fails', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([[true, 'ghi chú', '']]);
    sheet.getRange('A2:B2').setValues([[false, 0]]);
    expect(
      shown(sheet, ['=AND(TRUE,1>0)', '=AND(A1:C1)', '=AND(A1:C1,A2)', '=OR(A2:B2)', '=OR(FALSE,2)', '=NOT(0)', '=NOT(A9)', '=AND("x")']),
    ).toEqual([true, true, false, false, true, true, true, '#VALUE!']);
  });

  test('ROUND rounds half away from zero on the decimal digits; ABS', () => {
    const { sheet } = setup();
    expect(
      shown(sheet, ['=ROUND(2.675,2)', '=ROUND(-2.5)', '=ROUND(2.5)', '=ROUND(1234.5,-2)', '=ROUND(8.333333,1)', '=ROUND(1.005,2)', '=ABS(-3.5)', '=ABS(A9)']),
    ).toEqual([2.68, -3, 3, 1200, 8.3, 1.01, 3.5, 0]);
  });

  test('SUMPRODUCT multiplies ranges of the same size cell by cell, text counting as 0; different sizes are #VALUE!', () => {
    const { emu, sheet } = setup();
    // Scores and criterion weights, as a weighted total would use them.
    sheet.getRange('A1:C2').setValues([[8, 'vắng', 6], [0.5, 0.3, 0.2]]);
    expect(shown(sheet, ['=SUMPRODUCT(A1:C1,A2:C2)', '=SUMPRODUCT(A2:C2)', '=SUMPRODUCT(A1:C1,A2:B2)'])).toEqual([5.2, 1, '#VALUE!']);
    expect(errorAt(emu, 'H3')?.message).toBe(
      'SUMPRODUCT has mismatched range sizes. Expected row count: 1. column count: 3. Actual row count: 1, column count: 2.',
    );
  });

  test('COUNTBLANK counts empty cells and empty results', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A2').setValues([[1], ['x']]);
    sheet.getRange('A3').setFormula('=IF(FALSE,1,"")');
    expect(shown(sheet, ['=COUNTBLANK(A1:A5)', '=COUNTBLANK(A1)'])).toEqual([3, 0]);
  });

  test('a wrong number of arguments is #N/A naming the function', () => {
    const { emu, sheet } = setup();
    expect(shown(sheet, ['=ROUND(1,2,3)', '=NOT()', '=COUNTBLANK(A1,A2)'])).toEqual(['#N/A', '#N/A', '#N/A']);
    expect(errorAt(emu, 'H1')?.message).toBe('Wrong number of arguments to ROUND. Expected between 1 and 2 arguments, but got 3 arguments.');
    expect(errorAt(emu, 'H2')?.message).toBe('Wrong number of arguments to NOT. Expected 1 arguments, but got 0 arguments.');
  });
});

describe('formula syntax', () => {
  test('incomplete formulas are parse errors; array literals, % and named ranges are not evaluated', () => {
    const { emu, sheet } = setup();
    expect(shown(sheet, ['=1+', '=(1+2', '=SUM(1 2)', '=1 2', '={1,2}', '=50%', '=Diem_tong'])).toEqual(Array(7).fill('#ERROR!'));
    const messages = ['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'H7'].map((a1) => errorAt(emu, a1)?.message);
    expect(messages.slice(0, 4)).toEqual(Array(4).fill('Formula parse error.'));
    expect(messages.slice(4)).toEqual(Array(3).fill(expect.stringMatching(/^The emulator evaluates only/)));
  });
});

type Tree = number | { neg: Tree } | { op: '+' | '-' | '*' | '/' | '^'; left: Tree; right: Tree };

const PRECEDENCE = { '+': 1, '-': 1, '*': 2, '/': 2, '^': 3 } as const;

/** Sheets' semantics written out directly: operands left to right, the left error first. */
function oracle(t: Tree): number | '#DIV/0!' | '#NUM!' {
  if (typeof t === 'number') return t;
  if ('neg' in t) {
    const v = oracle(t.neg);
    return typeof v === 'number' ? -v : v;
  }
  const a = oracle(t.left);
  if (typeof a !== 'number') return a;
  const b = oracle(t.right);
  if (typeof b !== 'number') return b;
  if (t.op === '/' && b === 0) return '#DIV/0!';
  const r = { '+': a + b, '-': a - b, '*': a * b, '/': a / b, '^': a ** b }[t.op];
  return Number.isFinite(r) ? r : '#NUM!';
}

/** Fully parenthesised text: no precedence needed to read it. */
function explicit(t: Tree): string {
  if (typeof t === 'number') return String(t);
  if ('neg' in t) return `-(${explicit(t.neg)})`;
  return `(${explicit(t.left)}${t.op}${explicit(t.right)})`;
}

/** The fewest parentheses that keep the tree under Sheets' rules (left-associative, a sign binding tightest). */
function minimal(t: Tree): string {
  if (typeof t === 'number') return String(t);
  if ('neg' in t) return typeof t.neg === 'number' || 'neg' in t.neg ? `-${minimal(t.neg)}` : `-(${minimal(t.neg)})`;
  const p = PRECEDENCE[t.op];
  const side = (c: Tree, needs: (q: number) => boolean) => {
    const text = minimal(c);
    return typeof c !== 'number' && 'op' in c && needs(PRECEDENCE[c.op]) ? `(${text})` : text;
  };
  return `${side(t.left, (q) => q < p)}${t.op}${side(t.right, (q) => q <= p)}`;
}

describe('operators, property', () => {
  const tree: fc.Arbitrary<Tree> = fc.letrec<{ t: Tree }>((tie) => ({
    t: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.integer({ min: 0, max: 9 }),
      fc.record({ neg: tie('t') }),
      fc.record({ op: fc.constantFrom('+', '-', '*', '/', '^'), left: tie('t'), right: tie('t') }),
    ),
  })).t;

  test('a formula gives what Sheets’ rules give, with full or minimal parentheses', () => {
    const { sheet } = setup();
    const cell = sheet.getRange('A1');
    fc.assert(
      fc.property(tree, (t) => {
        const value = oracle(t);
        const expected = value === 0 ? 0 : value; // Sheets shows no negative zero
        cell.setFormula(`=${explicit(t)}`);
        expect(cell.getValue()).toBe(expected);
        cell.setFormula(`=${minimal(t)}`);
        expect(cell.getValue()).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });
});
