import fc from 'fast-check';
import type { CellValue, Grid } from '../../../src/core/cell';
import { defaultRubric } from '../../../src/core/config/presets';
import type { Criterion, Rubric } from '../../../src/core/config/model';
import {
  JUDGE_SHEET_STATUS,
  judgeSheetLayout,
  newJudgeSheet,
  planJudgeSheetUpdate,
  readJudgeSheet,
  scoreSheetsOf,
  type JudgeSheetEntry,
  type JudgeSheetLayout,
  type JudgeSheetSpec,
} from '../../../src/core/judging/judge-sheet';

const spec: JudgeSheetSpec = {
  contestTitle: 'Cuộc thi sáng kiến, giải pháp cải cách hành chính tỉnh Hậu Giang năm 2024',
  round: 'preliminary',
  rubric: defaultRubric(),
  judge: { name: 'Trần Thị Bích', email: 'bich.tt@haugiang.gov.vn' },
  deadline: '30/09/2024',
};

const entry = (code: string): JudgeSheetEntry => ({ code, title: `Giải pháp ${code}`, categoryName: 'Cải cách thủ tục hành chính', link: `https://drive.google.com/file/d/${code}` });

/** What getValues returns for a grid this module wrote: formulas show their value ('' until a score is typed). */
const asRead = (grid: Grid): Grid => grid.map((row) => row.map((v) => (typeof v === 'string' && v.startsWith('=') ? '' : v)));

/** What a judge types into the cell of `code`'s row under `column` (1-based). */
function type(grid: Grid, layout: JudgeSheetLayout, code: string, column: number, value: CellValue): void {
  const row = grid.findIndex((r, i) => i >= layout.firstDataRow - 1 && r[layout.columns.code - 1] === code);
  grid[row][column - 1] = value;
}

function criterion(code: string, name: string, maxPoints: number, weight = 1, step = 0.5): Criterion {
  return { code, name, maxPoints, weight, step, description: `Mô tả ${code}` };
}

describe('a new judge sheet', () => {
  it('is blind: nothing about authors or units reaches it, even when the caller passes whole entries', () => {
    const registered = [
      { ...entry('HG2024-001'), authors: [{ name: 'Nguyễn Văn Khải', phone: '0912345678', email: 'khai.nv@soct.gov.vn' }], unit: 'Sở Công Thương', unitCode: 'SCT', kind: 'individual' },
      { ...entry('HG2024-002'), authors: [{ name: 'Lê Thị Hồng Nhung', phone: '0987654321', email: 'nhung@ubnd-vithanh.gov.vn' }], unit: 'UBND thành phố Vị Thanh', unitCode: 'VT', kind: 'group' },
      { ...entry('HG2024-003'), authors: [{ name: 'Phạm Quốc Bảo', phone: '0909000111', email: 'bao.pq@stp.gov.vn' }], unit: 'Sở Tư pháp', unitCode: 'STP', kind: 'collective' },
    ];
    const { grid } = newJudgeSheet(spec, registered);
    const text = grid.flat().map(String).join('\n');
    for (const e of registered) {
      for (const leak of [e.unit, e.unitCode, e.kind, ...e.authors.flatMap((a) => [a.name, a.phone, a.email])]) expect(text).not.toContain(leak);
      for (const shown of [e.code, e.title, e.categoryName, e.link]) expect(text).toContain(shown);
    }
  });

  it('shows the title, the contest, the judge, the instruction and the rubric above the table', () => {
    const { grid, layout } = newJudgeSheet(spec, [entry('A')]);
    expect(grid[0][0]).toBe('PHIẾU CHẤM ĐIỂM – VÒNG SƠ KHẢO');
    expect(grid[1][0]).toBe(spec.contestTitle);
    expect(grid[2][0]).toBe('Giám khảo: Trần Thị Bích (bich.tt@haugiang.gov.vn)');
    expect(grid[3][0]).toEqual(expect.stringContaining('không phải 0 điểm'));
    expect(grid[3][0]).toEqual(expect.stringContaining('Xung đột lợi ích'));
    expect(grid[3][0]).toEqual(expect.stringContaining('30/09/2024'));
    expect(grid[4].slice(0, 5)).toEqual(['Tiêu chí', 'Điểm tối đa', 'Hệ số', 'Bước điểm', 'Mô tả']);
    spec.rubric.criteria.forEach((c, i) => expect(grid[5 + i].slice(0, 5)).toEqual([`${c.code} – ${c.name}`, c.maxPoints, c.weight, c.step, c.description]));
    expect(grid[layout.headerRow - 2].every((v) => v === '')).toBe(true);
    expect(grid[layout.headerRow - 1]).toEqual([
      'STT', 'Mã bài', 'Tên bài', 'Lĩnh vực', 'Tài liệu',
      'TM – Tính mới, tính sáng tạo (tối đa 30)',
      'KT – Tính khả thi, khả năng áp dụng (tối đa 25)',
      'HQ – Hiệu quả, lợi ích thiết thực (tối đa 25)',
      'NR – Khả năng nhân rộng (tối đa 10)',
      'TB – Hình thức trình bày (tối đa 10)',
      'Tổng điểm', 'Nhận xét', 'Xung đột lợi ích', 'Trạng thái',
      'Đã ghi nhận: TM', 'Đã ghi nhận: KT', 'Đã ghi nhận: HQ', 'Đã ghi nhận: NR', 'Đã ghi nhận: TB', 'Đã ghi nhận: xung đột',
    ]);
  });

  it('names the defence round, and leaves the deadline out when there is none', () => {
    const { grid } = newJudgeSheet({ ...spec, round: 'defence', deadline: undefined }, []);
    expect(grid[0][0]).toBe('PHIẾU CHẤM ĐIỂM – VÒNG BẢO VỆ Ý TƯỞNG');
    expect(grid[3][0]).not.toContain('Hạn');
  });

  it('writes a decimal maximum and a weight other than 1 into the criterion header', () => {
    const rubric: Rubric = { criteria: [criterion('TR', 'Trình bày', 7.5, 2), criterion('TL', 'Trả lời', 10)] };
    const { grid, layout } = newJudgeSheet({ ...spec, rubric }, []);
    expect(grid[layout.headerRow - 1].slice(5, 7)).toEqual(['TR – Trình bày (tối đa 7,5, hệ số 2)', 'TL – Trả lời (tối đa 10)']);
  });

  it('is a rectangle one row per entry, each numbered, unscored, unticked, with nothing recorded', () => {
    const { grid, layout } = newJudgeSheet(spec, [entry('A'), entry('B'), entry('C')]);
    expect(grid).toHaveLength(layout.firstDataRow - 1 + 3);
    expect(grid.every((row) => row.length === layout.width)).toBe(true);
    const { columns } = layout;
    grid.slice(layout.firstDataRow - 1).forEach((row, i) => {
      expect(row.slice(0, 5)).toEqual([i + 1, ...Object.values(entry(['A', 'B', 'C'][i]))]);
      expect(columns.criteria.map((c) => row[c - 1])).toEqual(['', '', '', '', '']);
      expect([row[columns.comment - 1], row[columns.conflict - 1], row[columns.status - 1]]).toEqual(['', false, '']);
      expect([...columns.recorded, columns.recordedConflict].map((c) => row[c - 1])).toEqual(['', '', '', '', '', '']);
    });
  });

  it('lets the judge edit only the criteria, the comment and the conflict, and hides the recorded columns', () => {
    const layout = judgeSheetLayout(spec);
    const header = newJudgeSheet(spec, []).grid[layout.headerRow - 1];
    const headerOf = (column: number): CellValue => header[column - 1];
    expect(layout.editableColumns.map(headerOf)).toEqual([...spec.rubric.criteria.map((c) => expect.stringContaining(`${c.code} – `)), 'Nhận xét', 'Xung đột lợi ích']);
    const hidden = Array.from({ length: layout.hiddenColumns.count }, (_, i) => headerOf(layout.hiddenColumns.first + i));
    expect(hidden).toEqual([...spec.rubric.criteria.map((c) => `Đã ghi nhận: ${c.code}`), 'Đã ghi nhận: xung đột']);
    expect(layout.hiddenColumns.first + layout.hiddenColumns.count - 1).toBe(layout.width);
    expect(layout.formulaColumns.map(headerOf)).toEqual(['Tổng điểm']);
  });
});

describe('the total cell', () => {
  it('is blank until a criterion is scored, then the sum of the row’s criteria', () => {
    const { grid, layout } = newJudgeSheet(spec, [entry('A'), entry('B')]);
    // 5 criteria: F..J; rows 1–4 top block, 5 rubric header, 6–10 criteria, 11 blank, 12 header.
    expect(layout.firstDataRow).toBe(13);
    expect(grid[12][layout.columns.total - 1]).toBe('=IF(COUNT(F13:J13)=0,"",SUM(F13:J13))');
    expect(grid[13][layout.columns.total - 1]).toBe('=IF(COUNT(F14:J14)=0,"",SUM(F14:J14))');
  });

  it('multiplies each criterion by its weight when a weight is not 1', () => {
    const rubric: Rubric = { criteria: [criterion('A', 'A', 10, 1), criterion('B', 'B', 10, 2), criterion('C', 'C', 10, 0.5)] };
    const { grid, layout } = newJudgeSheet({ ...spec, rubric }, [entry('X')]);
    expect(layout.firstDataRow).toBe(11);
    expect(grid[10][layout.columns.total - 1]).toBe('=IF(COUNT(F11:H11)=0,"",F11*1+G11*2+H11*0.5)');
  });

  it('names columns past Z with two letters', () => {
    const rubric: Rubric = { criteria: Array.from({ length: 25 }, (_, i) => criterion(`C${i + 1}`, `Tiêu chí ${i + 1}`, 4)) };
    const { grid, layout } = newJudgeSheet({ ...spec, rubric }, [entry('X')]);
    // Criteria in columns 6..30: F..AD.
    expect(grid[layout.firstDataRow - 1][layout.columns.total - 1]).toBe(`=IF(COUNT(F${layout.firstDataRow}:AD${layout.firstDataRow})=0,"",SUM(F${layout.firstDataRow}:AD${layout.firstDataRow}))`);
  });
});

describe('reading a judge sheet', () => {
  const fresh = () => newJudgeSheet(spec, [entry('HG-01'), entry('HG-02'), entry('HG-03'), entry('HG-04')]);
  const [TM, KT, HQ, NR, TB] = [0, 1, 2, 3, 4];

  it('reads numbers as scores, blanks as not scored, and reports what it cannot accept without guessing', () => {
    const { grid, layout } = fresh();
    const at = (i: number): number => layout.columns.criteria[i];
    [28, 22, 20.5, 8, 9].forEach((v, i) => type(grid, layout, 'HG-01', at(i), v));
    type(grid, layout, 'HG-01', layout.columns.comment, '  Ý tưởng tốt,\ncần thêm số liệu.  ');
    type(grid, layout, 'HG-02', at(TM), 31);
    type(grid, layout, 'HG-02', at(KT), 'chín');
    type(grid, layout, 'HG-02', at(HQ), 7.3);
    type(grid, layout, 'HG-02', at(TB), '   ');
    type(grid, layout, 'HG-02', at(NR), 0);
    [25, 20, 20, 8, 8].forEach((v, i) => type(grid, layout, 'HG-03', at(i), v));
    type(grid, layout, 'HG-03', layout.columns.conflict, true);
    const { rows, problems } = readJudgeSheet(asRead(grid), spec);
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.row, r.entryCode])).toEqual([[13, 'HG-01'], [14, 'HG-02'], [15, 'HG-03'], [16, 'HG-04']]);
    expect(rows[0]).toEqual({ row: 13, entryCode: 'HG-01', scores: { TM: 28, KT: 22, HQ: 20.5, NR: 8, TB: 9 }, invalid: [], comment: 'Ý tưởng tốt,\ncần thêm số liệu.', conflict: false, withdrawn: false });
    expect(rows[1].scores).toEqual({ TM: null, KT: null, HQ: null, NR: 0, TB: null });
    expect(rows[1].invalid).toEqual([
      { criterion: 'TM', value: 31, reason: 'aboveMaximum' },
      { criterion: 'KT', value: 'chín', reason: 'notANumber' },
      { criterion: 'HQ', value: 7.3, reason: 'offStep' },
    ]);
    expect(rows[2].conflict).toBe(true);
    expect(rows[3].scores).toEqual({ TM: null, KT: null, HQ: null, NR: null, TB: null });

    const sheets = scoreSheetsOf(rows, 'preliminary', spec.judge.email);
    expect(sheets.map((s) => s.entryCode)).toEqual(['HG-01', 'HG-02', 'HG-04']);
    expect(sheets[0]).toEqual({ entryCode: 'HG-01', judge: spec.judge.email, round: 'preliminary', scores: { TM: 28, KT: 22, HQ: 20.5, NR: 8, TB: 9 } });
    expect(sheets[1].scores).toEqual({ TM: null, KT: null, HQ: null, NR: 0, TB: null });
  });

  it.each([['x'], ['X'], ['có'], ['Có'], ['TRUE'], [true]])('takes %p in the conflict cell as a declared conflict', (mark) => {
    const { grid, layout } = fresh();
    type(grid, layout, 'HG-02', layout.columns.conflict, mark);
    const { rows } = readJudgeSheet(asRead(grid), spec);
    expect(rows.map((r) => r.conflict)).toEqual([false, true, false, false]);
  });

  it.each([[false], [''], ['không'], ['FALSE']])('takes %p in the conflict cell as no conflict', (mark) => {
    const { grid, layout } = fresh();
    type(grid, layout, 'HG-02', layout.columns.conflict, mark);
    expect(readJudgeSheet(asRead(grid), spec).rows.every((r) => !r.conflict)).toBe(true);
  });

  it('leaves withdrawn rows out of the score sheets', () => {
    const { grid, layout } = fresh();
    type(grid, layout, 'HG-04', layout.columns.status, JUDGE_SHEET_STATUS.withdrawn);
    type(grid, layout, 'HG-04', layout.columns.criteria[0], 20);
    const { rows } = readJudgeSheet(asRead(grid), spec);
    expect(rows[3]).toMatchObject({ entryCode: 'HG-04', withdrawn: true, scores: { TM: 20 } });
    expect(scoreSheetsOf(rows, 'preliminary', 'j').map((s) => s.entryCode)).toEqual(['HG-01', 'HG-02', 'HG-03']);
  });

  it('reports scores typed in a row without an entry code, and ignores empty rows after the last code', () => {
    const { grid, layout } = fresh();
    const blankRow = (): CellValue[] => new Array<CellValue>(layout.width).fill('');
    const stray = blankRow();
    stray[layout.columns.criteria[2] - 1] = 15;
    const unticked = blankRow();
    unticked[layout.columns.conflict - 1] = false;
    grid.push(blankRow(), stray, unticked, blankRow());
    const { rows, problems } = readJudgeSheet(asRead(grid), spec);
    expect(rows).toHaveLength(4);
    expect(problems).toEqual([{ kind: 'rowWithoutCode', row: layout.firstDataRow + 5 }]);
  });

  it('reports an entry found in two rows and reads neither', () => {
    const { grid, layout } = fresh();
    grid[layout.firstDataRow + 1][layout.columns.code - 1] = 'HG-02';
    const { rows, problems } = readJudgeSheet(asRead(grid), spec);
    expect(problems).toEqual([{ kind: 'duplicateEntry', entryCode: 'HG-02', rows: [layout.firstDataRow + 1, layout.firstDataRow + 2] }]);
    expect(rows.map((r) => r.entryCode)).toEqual(['HG-01', 'HG-04']);
  });

  it('reads nothing from a sheet whose rubric has changed since it was written', () => {
    const { grid } = fresh();
    const changed = { ...spec, rubric: { criteria: spec.rubric.criteria.map((c) => (c.code === 'TM' ? { ...c, maxPoints: 40 } : c)) } };
    const { rows, problems } = readJudgeSheet(asRead(grid), changed);
    expect(rows).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ kind: 'layoutChanged' });
    if (problems[0].kind !== 'layoutChanged') throw new Error('unreachable');
    expect(problems[0].expected).toContain('TM – Tính mới, tính sáng tạo (tối đa 40)');
    expect(problems[0].found).toContain('TM – Tính mới, tính sáng tạo (tối đa 30)');
  });
});

/** The sheet after the adapter has written an update plan. */
function applyPlan(grid: Grid, plan: ReturnType<typeof planJudgeSheetUpdate>): Grid {
  if (plan.kind !== 'update') throw new Error('layout changed');
  const next = grid.map((row) => [...row]);
  plan.append.rows.forEach((row, i) => (next[plan.append.firstRow - 1 + i] = [...row]));
  plan.status.cells.forEach(([status], i) => (next[plan.status.firstRow - 1 + i][plan.status.column - 1] = status));
  return next;
}

/** Every cell but the status column: what an update must leave exactly as it was. */
const withoutStatus = (grid: Grid, layout: JudgeSheetLayout): Grid => grid.map((row) => row.filter((_, c) => c !== layout.columns.status - 1));

describe('updating a judge sheet after a new assignment', () => {
  function scored() {
    const { grid, layout } = newJudgeSheet(spec, [entry('A'), entry('B'), entry('C')]);
    type(grid, layout, 'A', layout.columns.criteria[0], 27);
    type(grid, layout, 'A', layout.columns.comment, 'Tốt');
    type(grid, layout, 'B', layout.columns.conflict, true);
    type(grid, layout, 'C', layout.columns.criteria[4], 9.5);
    return { grid: asRead(grid), layout };
  }

  it('keeps every existing row and score where it was, appends new entries numbered on, and marks the withdrawn one', () => {
    const { grid, layout } = scored();
    const plan = planJudgeSheetUpdate(spec, grid, [entry('C'), entry('D'), entry('A'), entry('E')]);
    if (plan.kind !== 'update') throw new Error('expected an update');
    const first = layout.firstDataRow;
    expect(plan.append.firstRow).toBe(first + 3);
    expect(plan.append.rows.map((r) => r.slice(0, 5))).toEqual([[4, ...Object.values(entry('D'))], [5, ...Object.values(entry('E'))]]);
    expect(plan.append.rows[0][layout.columns.total - 1]).toBe(`=IF(COUNT(F${first + 3}:J${first + 3})=0,"",SUM(F${first + 3}:J${first + 3}))`);
    expect(plan.status).toEqual({ firstRow: first, column: layout.columns.status, cells: [[''], [JUDGE_SHEET_STATUS.withdrawn], [''], [''], ['']] });

    const after = applyPlan(grid, plan);
    expect(withoutStatus(after.slice(0, grid.length), layout)).toEqual(withoutStatus(grid, layout));
    const { rows } = readJudgeSheet(asRead(after), spec);
    expect(rows.map((r) => [r.entryCode, r.withdrawn])).toEqual([['A', false], ['B', true], ['C', false], ['D', false], ['E', false]]);
    expect(rows[0]).toMatchObject({ scores: { TM: 27 }, comment: 'Tốt' });
    expect(rows[1].conflict).toBe(true);
    expect(rows[2].scores.TB).toBe(9.5);
  });

  it('clears the mark of an entry assigned again, and appends nothing that is already there', () => {
    const { grid } = scored();
    const withdrawn = applyPlan(grid, planJudgeSheetUpdate(spec, grid, [entry('A'), entry('C')]));
    const plan = planJudgeSheetUpdate(spec, withdrawn, [entry('A'), entry('B'), entry('C')]);
    expect(plan).toMatchObject({ kind: 'update', append: { rows: [] }, status: { cells: [[''], [''], ['']] } });
    expect(readJudgeSheet(applyPlan(withdrawn, plan), spec).rows.every((r) => !r.withdrawn)).toBe(true);
  });

  it('appends below a row where a judge typed without a code, never over it', () => {
    const { grid, layout } = scored();
    const stray = new Array<CellValue>(layout.width).fill('');
    stray[layout.columns.comment - 1] = 'ghi chú';
    grid.push(stray);
    const plan = planJudgeSheetUpdate(spec, grid, [entry('A'), entry('B'), entry('C'), entry('D')]);
    expect(plan).toMatchObject({ kind: 'update', append: { firstRow: layout.firstDataRow + 4 } });
  });

  it('refuses a sheet whose rubric changed, whose columns were moved, or whose header row moved', () => {
    const { grid, layout } = scored();
    const changedRubric = { ...spec, rubric: { criteria: spec.rubric.criteria.slice(0, 4) } };
    const refused = planJudgeSheetUpdate(changedRubric, grid, [entry('A')]);
    expect(refused).toMatchObject({ kind: 'layoutChanged' });

    const movedColumn = grid.map((row) => [row[0], row[2], row[1], ...row.slice(3)]);
    const moved = planJudgeSheetUpdate(spec, movedColumn, [entry('A')]);
    expect(moved).toMatchObject({ kind: 'layoutChanged', found: expect.arrayContaining(['Tên bài', 'Mã bài']) });
    if (moved.kind !== 'layoutChanged') throw new Error('unreachable');
    expect(moved.expected.slice(0, 3)).toEqual(['STT', 'Mã bài', 'Tên bài']);
    expect(moved.found.slice(0, 3)).toEqual(['STT', 'Tên bài', 'Mã bài']);

    const insertedRow = [new Array<CellValue>(layout.width).fill(''), ...grid];
    expect(planJudgeSheetUpdate(spec, insertedRow, [entry('A')])).toMatchObject({ kind: 'layoutChanged' });
    expect(planJudgeSheetUpdate(spec, [], [entry('A')])).toMatchObject({ kind: 'layoutChanged' });
  });

  it('never writes anything but the status of existing rows, whatever the sheet holds and whatever is assigned', () => {
    const codes = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
    const cellValue = fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 30 }), fc.constantFrom('chín', 'x', true, false));
    fc.assert(
      fc.property(
        fc.subarray(codes),
        fc.subarray(codes),
        fc.array(fc.tuple(fc.nat(20), fc.nat(8), cellValue), { maxLength: 30 }),
        (initial, assigned, edits) => {
          const { grid: written, layout } = newJudgeSheet(spec, initial.map(entry));
          const grid = asRead(written);
          const editable = layout.editableColumns;
          for (const [r, c, v] of edits) if (initial.length > 0) grid[layout.firstDataRow - 1 + (r % initial.length)][editable[c % editable.length] - 1] = v;
          const plan = planJudgeSheetUpdate(spec, grid, assigned.map(entry));
          const after = asRead(applyPlan(grid, plan));
          expect(withoutStatus(after.slice(0, grid.length), layout)).toEqual(withoutStatus(grid, layout));
          const read = readJudgeSheet(after, spec).rows;
          expect(read.map((x) => x.entryCode)).toEqual([...initial, ...assigned.filter((c) => !initial.includes(c))]);
          expect(read.filter((x) => x.withdrawn).map((x) => x.entryCode)).toEqual(initial.filter((c) => !assigned.includes(c)));
          expect(after.slice(layout.firstDataRow - 1).map((row) => row[layout.columns.number - 1])).toEqual(read.map((_, i) => i + 1));
        },
      ),
      { numRuns: 150 },
    );
  });
});
