import fc from 'fast-check';
import type { CellValue, Grid } from '../../../src/core/cell';
import { defaultRubric } from '../../../src/core/config/presets';
import { newJudgeSheet, type JudgeSheetEntry, type JudgeSheetLayout, type JudgeSheetSpec } from '../../../src/core/judging/judge-sheet';
import { changesSinceRecorded, CONFLICT_FIELD } from '../../../src/core/judging/recorded-scores';

const spec: JudgeSheetSpec = { contestTitle: 'Cuộc thi', round: 'preliminary', rubric: defaultRubric(), judge: { name: 'Giám khảo', email: 'gk@x.vn' } };
const entry = (code: string): JudgeSheetEntry => ({ code, title: code, categoryName: 'Lĩnh vực', link: '' });
const codes = ['E1', 'E2', 'E3', 'E4'];

/** A sheet as getValues reads it (formulas show '' until a score is typed). */
function sheet(): { grid: Grid; layout: JudgeSheetLayout } {
  const { grid, layout } = newJudgeSheet(spec, codes.map(entry));
  return { grid: grid.map((row) => row.map((v) => (typeof v === 'string' && v.startsWith('=') ? '' : v))), layout };
}

/** The sheet row of an entry. */
const rowOf = (layout: JudgeSheetLayout, code: string): number => layout.firstDataRow + codes.indexOf(code);

/** What the adapter does with `recorded`: one setValues into the hidden columns. */
function write(grid: Grid, block: { firstRow: number; column: number; cells: CellValue[][] } | null): void {
  block?.cells.forEach((cells, i) => cells.forEach((v, j) => (grid[block.firstRow - 1 + i][block.column - 1 + j] = v)));
}

/** The band of sheet rows [from, to] as one getValues reads it. */
const band = (grid: Grid, from: number, to: number): Grid => grid.slice(from - 1, to).map((row) => [...row]);

describe('what a judge changed since the system last logged', () => {
  it('sees nothing in a sheet nobody has touched', () => {
    const { grid, layout } = sheet();
    expect(changesSinceRecorded(layout, grid, 1)).toEqual({ changes: [], recorded: null });
  });

  it('logs one edited cell of a one-row band, then nothing once the recorded values are written', () => {
    const { grid, layout } = sheet();
    const row = rowOf(layout, 'E2');
    grid[row - 1][layout.columns.criteria[1] - 1] = 7;
    const first = changesSinceRecorded(layout, band(grid, row, row), row);
    expect(first.changes).toEqual([{ entryCode: 'E2', row, field: 'KT', before: '', after: 7 }]);
    expect(first.recorded).toEqual({ firstRow: row, column: layout.hiddenColumns.first, cells: [['', 7, '', '', '', false]] });
    write(grid, first.recorded);
    expect(changesSinceRecorded(layout, band(grid, row, row), row)).toEqual({ changes: [], recorded: null });

    grid[row - 1][layout.columns.criteria[1] - 1] = 7.5;
    expect(changesSinceRecorded(layout, band(grid, row, row), row).changes).toEqual([{ entryCode: 'E2', row, field: 'KT', before: 7, after: 7.5 }]);
  });

  it('logs every changed cell of a band that starts above the table, and records only the rows it spans', () => {
    const { grid, layout } = sheet();
    const [r1, r3] = [rowOf(layout, 'E1'), rowOf(layout, 'E3')];
    grid[r1 - 1][layout.columns.criteria[0] - 1] = 28;
    grid[r1 - 1][layout.columns.criteria[4] - 1] = 'chín';
    grid[r3 - 1][layout.columns.conflict - 1] = true;
    // The title cell is no score: rows above the table are never compared.
    grid[0][layout.columns.criteria[0] - 1] = 99;
    const { changes, recorded } = changesSinceRecorded(layout, grid, 1);
    expect(changes).toEqual([
      { entryCode: 'E1', row: r1, field: 'TM', before: '', after: 28 },
      { entryCode: 'E1', row: r1, field: 'TB', before: '', after: 'chín' },
      { entryCode: 'E3', row: r3, field: CONFLICT_FIELD, before: '', after: true },
    ]);
    expect(recorded?.firstRow).toBe(r1);
    expect(recorded?.cells).toEqual([
      [28, '', '', '', 'chín', false],
      ['', '', '', '', '', false],
      ['', '', '', '', '', true],
    ]);
    write(grid, recorded);
    expect(changesSinceRecorded(layout, grid, 1)).toEqual({ changes: [], recorded: null });

    grid[r3 - 1][layout.columns.conflict - 1] = false;
    expect(changesSinceRecorded(layout, grid, 1).changes).toEqual([{ entryCode: 'E3', row: r3, field: CONFLICT_FIELD, before: true, after: false }]);
  });

  it('compares values as a judge means them: blank text is blank, equal numbers and instants are equal', () => {
    const { grid, layout } = sheet();
    const row = rowOf(layout, 'E4');
    const cells = grid[row - 1];
    const [tm, kt, hq] = layout.columns.criteria;
    const [rtm, rkt, rhq] = layout.columns.recorded;
    cells[tm - 1] = '   ';
    cells[kt - 1] = 7;
    cells[rkt - 1] = 7;
    cells[hq - 1] = new Date(Date.UTC(2024, 0, 2));
    cells[rhq - 1] = new Date(Date.UTC(2024, 0, 2));
    cells[layout.columns.conflict - 1] = false;
    cells[layout.columns.recordedConflict - 1] = '';
    expect(changesSinceRecorded(layout, [cells], row).changes).toEqual([]);
    expect(cells[rtm - 1]).toBe('');

    // Text "7" is not the number 7: readScore rejects the one and accepts the other.
    cells[kt - 1] = '7';
    expect(changesSinceRecorded(layout, [cells], row).changes).toEqual([{ entryCode: 'E4', row, field: 'KT', before: 7, after: '7' }]);
  });

  it('logs nothing for a row whose entry code is blank', () => {
    const { grid, layout } = sheet();
    const stray = new Array<CellValue>(layout.width).fill('');
    stray[layout.columns.criteria[0] - 1] = 10;
    grid.push(stray);
    expect(changesSinceRecorded(layout, grid, 1)).toEqual({ changes: [], recorded: null });
  });

  it('logs each edit exactly once, whatever edits and bands come, whether the trigger or the sync sees it', () => {
    const value = fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 30 }), fc.constantFrom(7.5, 'x', 'chín', true, false));
    const edit = fc.record({ entry: fc.nat(codes.length - 1), field: fc.nat(5), value });
    const step = fc.record({ edits: fc.array(edit, { maxLength: 4 }), bandStart: fc.nat(codes.length - 1), bandLength: fc.integer({ min: 1, max: codes.length }) });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 6 }), (steps) => {
        const { grid, layout } = sheet();
        const fieldColumns = [...layout.columns.criteria, layout.columns.conflict];
        const fieldNames = [...layout.criterionCodes, CONFLICT_FIELD];
        // The model: the value last logged per (entry, field), '' before anything was.
        const logged = new Map<string, CellValue>();
        const loggedValue = (code: string, f: number): CellValue => logged.get(`${code}/${f}`) ?? (f === 5 ? false : '');
        for (const { edits, bandStart, bandLength } of steps) {
          for (const e of edits) grid[rowOf(layout, codes[e.entry]) - 1][fieldColumns[e.field] - 1] = e.value;
          const from = layout.firstDataRow + bandStart;
          const to = Math.min(from + bandLength - 1, layout.firstDataRow + codes.length - 1);
          const { changes, recorded } = changesSinceRecorded(layout, band(grid, from, to), from);
          const expected = codes.slice(bandStart, bandStart + (to - from + 1)).flatMap((code) =>
            fieldColumns.flatMap((column, f) => {
              const now = grid[rowOf(layout, code) - 1][column - 1];
              const before = loggedValue(code, f);
              const same = f === 5 ? (now === true || now === 'x') === (before === true || before === 'x') : now === before;
              return same ? [] : [{ entryCode: code, field: fieldNames[f], after: now }];
            }),
          );
          expect(changes.map(({ entryCode, field, after }) => ({ entryCode, field, after }))).toEqual(expected);
          for (const c of changes) logged.set(`${c.entryCode}/${fieldNames.indexOf(c.field)}`, c.after);
          write(grid, recorded);
          expect(changesSinceRecorded(layout, grid, 1).changes.every((c) => !codes.slice(bandStart, bandStart + (to - from + 1)).includes(c.entryCode))).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});
