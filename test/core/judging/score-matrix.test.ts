import fc from 'fast-check';
import type { CellValue } from '../../../src/core/cell';
import type { AggregationMethod, ScoringRules } from '../../../src/core/config/model';
import { defaultRubric, defaultScoringRules } from '../../../src/core/config/presets';
import type { Assignment } from '../../../src/core/judging/judging-model';
import { expectedMatrixValues, readMatrixDiscrepancies, scoreMatrixSheetName, scoreMatrixTable, type FormulaTable, type ScoreMatrixInput } from '../../../src/core/judging/score-matrix';
import { scoreRound } from '../../../src/core/results/round-scoring';
import type { ScoreSheet } from '../../../src/core/scoring/score-sheet';
import { literalCell } from '../../../src/core/sheet-text';
import { CCHC_AGGREGATE, CCHC_RANK } from '../../../src/functions';
import { createEmulator } from '../../emulator';

const rubric = defaultRubric(); // TM 30, KT 25, HQ 25, NR 10, TB 10: maximum 100
const CODES = ['TM', 'KT', 'HQ', 'NR', 'TB'];
const AN = 'an@x.vn';
const BINH = 'binh@x.vn';
const CUONG = 'cuong@x.vn';
const judges = [
  { email: AN, name: 'Nguyễn Văn An' },
  { email: BINH, name: 'Trần Thị Bình' },
  { email: CUONG, name: 'Lê Cường' },
];

const sheet = (entryCode: string, judge: string, points: (number | null)[]): ScoreSheet => ({
  entryCode,
  judge,
  round: 'preliminary',
  scores: Object.fromEntries(CODES.map((c, i) => [c, points[i]])),
});
const assign = (entryCode: string, judge: string, reason: Assignment['reason'] = 'assigned'): Assignment => ({ round: 'preliminary', entryCode, judge, reason });
const entry = (code: string, title = `Bài ${code}`) => ({ code, title, categoryName: 'Thủ tục hành chính', unitName: 'Phường 1' });

/**
 * Three judges, five entries. Bình is lenient (4 to 12 points above An everywhere). Cường left HQ
 * blank on E2, is not assigned E3 (a sheet of his for it is ignored) and was given E4 as an extra
 * judge after An and Bình disagreed by 12 points; E5's 7-point spread goes to the chair.
 */
function workedExample(rules: ScoringRules = defaultScoringRules(false)): ScoreMatrixInput {
  return {
    round: 'preliminary',
    rubric,
    rules,
    entries: ['E1', 'E2', 'E3', 'E4', 'E5'].map((code) => entry(code)),
    judges,
    assignments: [
      ...['E1', 'E2', 'E3', 'E4', 'E5'].flatMap((code) => [assign(code, AN), assign(code, BINH)]),
      assign('E1', CUONG),
      assign('E2', CUONG),
      assign('E5', CUONG),
      assign('E4', CUONG, 'extra'),
    ],
    sheets: [
      sheet('E1', AN, [24, 20, 20, 8, 8]), // 80
      sheet('E1', BINH, [25, 21, 21, 9, 8]), // 84
      sheet('E1', CUONG, [24, 20, 21, 8, 8]), // 81
      sheet('E2', AN, [21, 17, 18, 7, 7]), // 70
      sheet('E2', BINH, [22, 19, 19, 8, 7]), // 75
      sheet('E2', CUONG, [22, 18, null, 7, 7]), // HQ blank: not complete
      sheet('E3', AN, [20, 16, 16, 7, 6]), // 65
      sheet('E3', BINH, [21, 17, 17, 7, 7]), // 69
      sheet('E3', CUONG, [12, 10, 10, 4, 4]), // 40, but E3 is not his
      sheet('E4', AN, [18, 15, 15, 6, 6]), // 60
      sheet('E4', BINH, [22, 18, 18, 7, 7]), // 72
      sheet('E5', AN, [26, 21, 21, 9, 8]), // 85
      sheet('E5', BINH, [28, 23, 23, 9, 9]), // 92
      sheet('E5', CUONG, [26, 21, 22, 9, 8]), // 86
    ],
    actions: new Map([['E4', { extraJudge: 'Cuong@X.vn' }]]),
  };
}

/** Writes the table as the adapter does (formulas in formula columns, everything else literal) and reads what Sheets shows. */
function shownInSheet(table: FormulaTable): CellValue[][] {
  const emu = createEmulator({ latency: 'off' });
  emu.registerCustomFunctions({ CCHC_AGGREGATE, CCHC_RANK });
  const formulas = new Set(table.formulaColumns);
  const cell = (v: CellValue, i: number): CellValue => (formulas.has(i) && typeof v === 'string' && v.startsWith('=') ? v : literalCell(v));
  const grid = [table.header.map(literalCell), ...table.rows.map((row) => row.map(cell))];
  const sheet = emu.activeSpreadsheet.getSheets()[0];
  sheet.getRange(1, 1, grid.length, grid[0].length).setValues(grid);
  return sheet.getDataRange().getValues() as CellValue[][];
}

const columnOf = (table: FormulaTable, header: string): number => table.header.indexOf(header);
const bodyColumn = (cells: CellValue[][], column: number): CellValue[] => cells.slice(1).map((r) => r[column]);

describe('the worked example', () => {
  const input = workedExample();
  const table = scoreMatrixTable(input);

  test('one row per entry with the judges’ complete totals; blank when not assigned or not finished', () => {
    expect(table.name).toBe('Ma trận điểm – Sơ khảo');
    expect(table.header).toEqual([
      'Mã bài', 'Tên bài', 'Lĩnh vực', 'Đơn vị', 'Nguyễn Văn An', 'Trần Thị Bình', 'Lê Cường',
      'Số GK được giao', 'Số GK đã chấm xong', 'Điểm tổng hợp', 'Chênh lệch', 'Mức chênh lệch', 'Xử lý', 'Hạng theo điểm',
    ]);
    expect(table.notes?.slice(4, 7)).toEqual([AN, BINH, CUONG]);
    expect(table.rows.map((r) => [r[0], ...r.slice(4, 9), r[11], r[12]])).toEqual([
      ['E1', 80, 84, 81, 3, 3, '', ''],
      ['E2', 70, 75, '', 3, 2, '', ''],
      ['E3', 65, 69, '', 2, 2, '', ''],
      ['E4', 60, 72, '', 3, 2, 'Chấm lại hoặc thêm giám khảo', 'Đã giao thêm giám khảo: Lê Cường'],
      ['E5', 85, 92, 86, 3, 3, 'Trưởng Ban xem xét', ''],
    ]);
  });

  test('the formulas show the means 81.67, 72.5, 67, 66, 87.67 and rank E5, E1, E2, E3, E4', () => {
    const cells = shownInSheet(table);
    expect(bodyColumn(cells, columnOf(table, 'Điểm tổng hợp'))).toEqual([81.67, 72.5, 67, 66, 87.67]);
    expect(bodyColumn(cells, columnOf(table, 'Hạng theo điểm'))).toEqual([2, 3, 4, 5, 1]);
    expect(bodyColumn(cells, columnOf(table, 'Chênh lệch'))).toEqual([4, 5, 4, 12, 7]);
    expect(expectedMatrixValues(input)).toEqual({ aggregate: [81.67, 72.5, 67, 66, 87.67], rank: [2, 3, 4, 5, 1] });
  });

  test.each<[AggregationMethod]>([['mean'], ['trimmedMean'], ['median'], ['normalisedMean']])(
    '%s: the formulas show the engine’s score of every entry over the assigned sheets',
    (aggregation) => {
      const rules: ScoringRules = { ...defaultScoringRules(false), aggregation, trimMinJudges: 3, decimals: 3 };
      const withRules = workedExample(rules);
      const matrix = scoreMatrixTable(withRules);
      const assignedSheets = withRules.sheets.filter((s) => !(s.entryCode === 'E3' && s.judge === CUONG));
      const engine = scoreRound('preliminary', rubric, ['E1', 'E2', 'E3', 'E4', 'E5'], assignedSheets, rules).scores;
      const shown = bodyColumn(shownInSheet(matrix), columnOf(matrix, 'Điểm tổng hợp'));
      expect(shown).toEqual(['E1', 'E2', 'E3', 'E4', 'E5'].map((code) => engine.get(code)!.score));
      expect(shown).toEqual(expectedMatrixValues(withRules).aggregate);
    },
  );

  test('with three totals, trimming and the median keep the middle one; two totals are averaged', () => {
    const score = (aggregation: AggregationMethod): CellValue[] => {
      const matrix = scoreMatrixTable(workedExample({ ...defaultScoringRules(false), aggregation, trimMinJudges: 3 }));
      return bodyColumn(shownInSheet(matrix), columnOf(matrix, 'Điểm tổng hợp'));
    };
    // E1 80/84/81 → 81; E5 85/92/86 → 86.
    expect(score('trimmedMean')).toEqual([81, 72.5, 67, 66, 86]);
    expect(score('median')).toEqual([81, 72.5, 67, 66, 86]);
  });
});

describe('formula text', () => {
  const small: ScoreMatrixInput = {
    round: 'defence',
    rubric,
    rules: { ...defaultScoringRules(true), aggregation: 'normalisedMean', decimals: 1, trimMinJudges: 5 },
    entries: [entry('E1'), entry('E2')],
    judges: judges.slice(0, 2),
    assignments: ['E1', 'E2'].flatMap((code) => [AN, BINH].map((j) => ({ ...assign(code, j), round: 'defence' as const }))),
    sheets: [],
    actions: new Map(),
  };

  test('one array formula over the whole judge block, one rank formula, a spread formula per row', () => {
    const table = scoreMatrixTable(small);
    expect(table.name).toBe('Ma trận điểm – Bảo vệ');
    expect(scoreMatrixSheetName('defence')).toBe(table.name);
    expect(table.rows).toEqual([
      ['E1', 'Bài E1', 'Thủ tục hành chính', 'Phường 1', '', '', 2, 0,
        '=CCHC_AGGREGATE(E2:F3, "Trung bình sau chuẩn hóa theo giám khảo", 1, 100, 5)', '=IF(COUNT(E2:F2)<2,"",MAX(E2:F2)-MIN(E2:F2))', '', '', '=CCHC_RANK(I2:I3)'],
      ['E2', 'Bài E2', 'Thủ tục hành chính', 'Phường 1', '', '', 2, 0, '', '=IF(COUNT(E3:F3)<2,"",MAX(E3:F3)-MIN(E3:F3))', '', '', ''],
    ]);
    expect(table.formulaColumns).toEqual([8, 9, 12]);
  });

  test('a spread measured in percent is divided by the rubric maximum', () => {
    const weighted = { criteria: rubric.criteria.map((c) => ({ ...c, weight: c.code === 'TM' ? 2 : 1 })) }; // maximum 130
    const table = scoreMatrixTable({ ...small, rubric: weighted, rules: { ...small.rules, discrepancy: { unit: 'percent', review: 5, escalate: 10 } } });
    expect(table.rows[1][9]).toBe('=IF(COUNT(E3:F3)<2,"",(MAX(E3:F3)-MIN(E3:F3))*100/130)');
    expect(table.rows[0][8]).toBe('=CCHC_AGGREGATE(E2:F3, "Trung bình sau chuẩn hóa theo giám khảo", 1, 130, 5)');
  });

  test('an assigned judge missing from the list gets a column headed by the e-mail', () => {
    const table = scoreMatrixTable({ ...small, assignments: [...small.assignments, { ...assign('E2', 'Khach@X.vn'), round: 'defence' }] });
    expect(table.header.slice(4, 7)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Khach@X.vn']);
    expect(table.rows[0][9]).toBe('=CCHC_AGGREGATE(E2:G3, "Trung bình sau chuẩn hóa theo giám khảo", 1, 100, 5)');
  });

  test('judge names and titles that look like formulas stay text: only the built formulas are formula columns', () => {
    const odd = [
      { email: AN, name: '=IMPORTRANGE("x","A1")' },
      { email: BINH, name: 'Lê "Tèo", Văn' },
    ];
    const table = scoreMatrixTable({ ...small, judges: odd, entries: [entry('E1', '=1+1'), entry('E2', '+84 912')] });
    expect(table.header.slice(4, 6)).toEqual(['=IMPORTRANGE("x","A1")', 'Lê "Tèo", Văn']);
    expect(table.formulaColumns).not.toContain(4);
    expect(table.formulaColumns).not.toContain(5);
    expect(table.formulaColumns).not.toContain(1);
    const cells = shownInSheet(table);
    expect(cells[0].slice(4, 6)).toEqual(['=IMPORTRANGE("x","A1")', 'Lê "Tèo", Văn']);
    expect(bodyColumn(cells, 1)).toEqual(['=1+1', '+84 912']);
  });

  test('no entries: a header and no formulas', () => {
    const table = scoreMatrixTable({ ...small, entries: [] });
    expect(table.rows).toEqual([]);
    expect(table.header).toHaveLength(13);
  });
});

describe('any small contest', () => {
  const METHODS: AggregationMethod[] = ['mean', 'trimmedMean', 'median', 'normalisedMean'];
  const contest = fc
    .record({ entries: fc.integer({ min: 1, max: 6 }), judges: fc.integer({ min: 1, max: 4 }), method: fc.constantFrom(...METHODS), decimals: fc.integer({ min: 0, max: 3 }) })
    .chain(({ entries, judges: count, method, decimals }) =>
      fc.record({
        method: fc.constant(method),
        decimals: fc.constant(decimals),
        entries: fc.constant(entries),
        judges: fc.constant(count),
        // Per (entry, judge): not assigned, assigned without a sheet, or assigned with points (null = blank).
        pairs: fc.array(
          fc.oneof(
            fc.constant<'none'>('none'),
            fc.constant<'noSheet'>('noSheet'),
            fc.array(fc.option(fc.integer({ min: 0, max: 20 }).map((h) => h / 2), { freq: 8 }), { minLength: 5, maxLength: 5 }),
          ),
          { minLength: entries * count, maxLength: entries * count },
        ),
      }),
    );

  test('the formulas show what the engine computes from the assigned sheets', () => {
    fc.assert(
      fc.property(contest, ({ method, decimals, entries: n, judges: m, pairs }) => {
        const codes = Array.from({ length: n }, (_, i) => `E${i + 1}`);
        const emails = Array.from({ length: m }, (_, j) => `gk${j + 1}@x.vn`);
        const assignments: Assignment[] = [];
        const sheets: ScoreSheet[] = [];
        pairs.forEach((pair, k) => {
          const [code, judge] = [codes[Math.floor(k / m)], emails[k % m]];
          if (pair === 'none') {
            // A sheet of a pair that is not assigned must change nothing.
            sheets.push(sheet(code, judge, [1, 1, 1, 1, 1]));
            return;
          }
          assignments.push(assign(code, judge));
          if (pair !== 'noSheet') sheets.push(sheet(code, judge, pair));
        });
        const rules: ScoringRules = { ...defaultScoringRules(false), aggregation: method, decimals, trimMinJudges: 3 };
        const input: ScoreMatrixInput = { round: 'preliminary', rubric, rules, entries: codes.map((c) => entry(c)), judges: emails.map((email) => ({ email, name: email })), sheets, assignments, actions: new Map() };
        const table = scoreMatrixTable(input);
        const cells = shownInSheet(table);
        const assigned = new Set(assignments.map((a) => `${a.entryCode} ${a.judge}`));
        const engine = scoreRound('preliminary', rubric, codes, sheets.filter((s) => assigned.has(`${s.entryCode} ${s.judge}`)), rules).scores;
        const expected = expectedMatrixValues(input);
        expect(bodyColumn(cells, columnOf(table, 'Điểm tổng hợp'))).toEqual(codes.map((c) => engine.get(c)!.score ?? ''));
        expect(bodyColumn(cells, columnOf(table, 'Điểm tổng hợp'))).toEqual(expected.aggregate);
        expect(bodyColumn(cells, columnOf(table, 'Hạng theo điểm'))).toEqual(expected.rank);
        const spreads = codes.map((c) => (engine.get(c)!.judges.length < 2 ? '' : engine.get(c)!.discrepancy.spread));
        expect(bodyColumn(cells, columnOf(table, 'Chênh lệch'))).toEqual(spreads);
      }),
      { numRuns: 60 },
    );
  });
});

describe('reading the discrepancies back (the dashboard)', () => {
  const HOSTILE = '<img src=x onerror=alert(1)>';

  test('gives the entries the matrix sends to the chair or to re-scoring, with their title and the spread it shows', () => {
    const input = workedExample();
    const titled = { ...input, entries: input.entries.map((e) => (e.code === 'E4' ? { ...e, title: HOSTILE } : e)) };
    expect(readMatrixDiscrepancies(shownInSheet(scoreMatrixTable(titled)))).toEqual([
      { entryCode: 'E4', title: HOSTILE, level: 'escalate', spread: 12 },
      { entryCode: 'E5', title: 'Bài E5', level: 'review', spread: 7 },
    ]);
  });

  test('when the spread cell shows no number, takes the highest judge total of the row minus the lowest', () => {
    const table = scoreMatrixTable(workedExample());
    // The formulas as text: what a sheet shows when its formulas cannot be computed.
    const spreads = readMatrixDiscrepancies([table.header, ...table.rows]).map((d) => [d.entryCode, d.spread]);
    expect(spreads).toEqual([
      ['E4', 12],
      ['E5', 7],
    ]);
  });

  test('a matrix with no discrepancy, an empty sheet and a sheet without its columns give none', () => {
    const calm = workedExample();
    calm.sheets = calm.sheets.filter((x) => x.entryCode !== 'E4' && x.entryCode !== 'E5');
    expect(readMatrixDiscrepancies(shownInSheet(scoreMatrixTable(calm)))).toEqual([]);
    expect(readMatrixDiscrepancies([])).toEqual([]);
    expect(readMatrixDiscrepancies([['Mã bài'], ['E1'], ['E2']])).toEqual([]);
  });

  test('for any small contest, lists exactly the entries whose judges the engine finds in disagreement', () => {
    const totals = fc.array(fc.array(fc.option(fc.integer({ min: 0, max: 24 }), { freq: 6 }), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(totals, (rows) => {
        const codes = rows.map((_, i) => `E${i + 1}`);
        const emails = [AN, BINH, CUONG];
        // Novelty carries the difference; the other criteria are full.
        const sheets = rows.flatMap((row, i) => row.flatMap((tm, j) => (tm === null ? [] : [sheet(codes[i], emails[j], [tm, 25, 25, 10, 10])])));
        const input: ScoreMatrixInput = {
          ...workedExample(),
          entries: codes.map((c) => entry(c)),
          assignments: codes.flatMap((c) => emails.map((e) => assign(c, e))),
          sheets,
          actions: new Map(),
        };
        const engine = scoreRound('preliminary', rubric, codes, sheets, input.rules).scores;
        const expected = codes
          .filter((c) => engine.get(c)!.discrepancy.level !== 'none')
          .map((c) => ({ entryCode: c, level: engine.get(c)!.discrepancy.level, spread: engine.get(c)!.discrepancy.spread }));
        expect(readMatrixDiscrepancies(shownInSheet(scoreMatrixTable(input))).map(({ entryCode, level, spread }) => ({ entryCode, level, spread }))).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });
});
