import fc from 'fast-check';
import { defaultRubric } from '../../../src/core/config/presets';
import type { Grid } from '../../../src/core/cell';
import type { Assignment } from '../../../src/core/judging/judging-model';
import { judgingProgress, pairState, progressSheetName, progressTable, readProgressTable, type JudgingProgressInput } from '../../../src/core/judging/judging-progress';
import type { FormulaTable } from '../../../src/core/judging/score-matrix';
import type { RoundId, ScoreSheet } from '../../../src/core/scoring/score-sheet';

const rubric = defaultRubric(); // TM 30, KT 25, HQ 25, NR 10, TB 10
const CODES = ['TM', 'KT', 'HQ', 'NR', 'TB'];
const AN = 'an@x.vn';
const BINH = 'binh@x.vn';
const CUONG = 'cuong@x.vn';
const judges = [
  { email: AN, name: 'Nguyễn Văn An' },
  { email: BINH, name: 'Trần Thị Bình' },
  { email: CUONG, name: 'Lê Cường' },
];

const sheet = (entryCode: string, judge: string, points: (number | null)[], round: RoundId = 'preliminary'): ScoreSheet => ({
  entryCode,
  judge,
  round,
  scores: Object.fromEntries(CODES.map((c, i) => [c, points[i]])),
});
const assign = (entryCode: string, judge: string, reason: Assignment['reason'] = 'assigned'): Assignment => ({ round: 'preliminary', entryCode, judge, reason });
const FULL = [24, 20, 20, 8, 8];
const BLANK = [null, null, null, null, null];

/**
 * Three judges, five entries. Cường left HQ blank on E2, is not assigned E3 (his sheet for it is
 * ignored), declared a conflict with E3, and was given E4 as an extra judge, which he has not opened.
 */
const workedExample: JudgingProgressInput = {
  round: 'preliminary',
  rubric,
  judges,
  assignments: [
    ...['E1', 'E2', 'E3', 'E4', 'E5'].flatMap((code) => [assign(code, AN), assign(code, BINH)]),
    assign('E1', CUONG),
    assign('E2', CUONG),
    assign('E5', CUONG),
    assign('E4', CUONG, 'extra'),
  ],
  sheets: [
    ...['E1', 'E2', 'E3', 'E4', 'E5'].flatMap((code) => [sheet(code, AN, FULL), sheet(code, BINH, FULL)]),
    sheet('E1', CUONG, FULL),
    sheet('E2', CUONG, [22, 18, null, 7, 7]),
    sheet('E3', CUONG, FULL),
    sheet('E5', CUONG, FULL),
  ],
  declaredConflicts: [{ judge: CUONG, entryCode: 'E3' }],
  invalidCells: new Map([['Binh@X.vn', 2]]),
};

describe('the worked example', () => {
  const progress = judgingProgress(workedExample);

  test('per judge: assigned, complete, partial, not started; the sheet of a pair not assigned is ignored', () => {
    expect(progress.judges.map((j) => [j.judge, j.assigned, j.complete, j.partial, j.notStarted, j.unfinished])).toEqual([
      [AN, 5, 5, 0, 0, []],
      [BINH, 5, 5, 0, 0, []],
      [CUONG, 4, 2, 1, 1, ['E2', 'E4']],
    ]);
    expect(progress.totals).toEqual({ assigned: 14, complete: 12 });
  });

  test('per entry: who is still scoring it, and the extra judge', () => {
    expect(progress.entries.map((e) => [e.entryCode, e.assigned, e.complete, e.partial, e.notStarted, e.unfinished, e.extraJudges])).toEqual([
      ['E1', 3, 3, 0, 0, [], []],
      ['E2', 3, 2, 1, 0, [CUONG], []],
      ['E3', 2, 2, 0, 0, [], []],
      ['E4', 3, 2, 0, 1, [CUONG], [CUONG]],
      ['E5', 3, 3, 0, 0, [], []],
    ]);
  });

  test('the progress sheet has one row per judge, invalid cells and declared conflicts included', () => {
    const names = new Map(judges.map((j) => [j.email, j.name]));
    const table = progressTable('preliminary', progress, names);
    expect(table.name).toBe('Tiến độ chấm – Sơ khảo');
    expect(progressSheetName('defence')).toBe('Tiến độ chấm – Bảo vệ');
    expect(table.header).toEqual([
      'Giám khảo', 'Email', 'Được giao', 'Đã chấm xong', 'Đang chấm dở', 'Chưa chấm', 'Tỉ lệ hoàn thành (%)', 'Ô điểm không hợp lệ', 'Xung đột đã khai báo',
    ]);
    expect(table.rows).toEqual([
      ['Nguyễn Văn An', AN, 5, 5, 0, 0, 100, 0, 0],
      ['Trần Thị Bình', BINH, 5, 5, 0, 0, 100, 2, 0],
      ['Lê Cường', CUONG, 4, 2, 1, 1, 50, 0, 1],
    ]);
    expect(table.formulaColumns).toEqual([]);
  });
});

describe('edge cases a secretariat meets', () => {
  const base: JudgingProgressInput = { ...workedExample, assignments: [], sheets: [], declaredConflicts: [], invalidCells: new Map() };

  test('a sheet whose only number is out of range is partial; a sheet with nothing typed is not started', () => {
    expect(pairState(sheet('E1', AN, [31, null, null, null, null]), rubric)).toBe('partial');
    expect(pairState(sheet('E1', AN, [31, 20, 20, 8, 8]), rubric)).toBe('partial');
    expect(pairState(sheet('E1', AN, BLANK), rubric)).toBe('notStarted');
    expect(pairState(undefined, rubric)).toBe('notStarted');
    expect(pairState(sheet('E1', AN, FULL), rubric)).toBe('complete');
  });

  test('a judge with nothing assigned shows a blank completion rate; 2 of 3 is 66.7 %', () => {
    const progress = judgingProgress({
      ...base,
      assignments: ['E1', 'E2', 'E3'].map((code) => assign(code, BINH)),
      sheets: [sheet('E1', BINH, FULL), sheet('E2', BINH, FULL)],
    });
    const rows = progressTable('preliminary', progress, new Map()).rows;
    expect(rows.map((r) => [r[0], r[1], r[6]])).toEqual([
      ['', AN, ''],
      ['', BINH, 66.7],
      ['', CUONG, ''],
    ]);
  });

  test('e-mails match whatever their case; an assignment listed twice counts once; other rounds are left out', () => {
    const progress = judgingProgress({
      ...base,
      judges: judges.slice(0, 1),
      assignments: [assign('E1', 'AN@x.vn'), assign('E1', AN, 'extra'), { ...assign('E2', AN), round: 'defence' }, assign('E9', 'Moi@X.vn')],
      sheets: [sheet('E1', 'An@X.VN', FULL), sheet('E9', 'moi@x.vn', FULL, 'defence')],
      declaredConflicts: [{ judge: 'AN@X.VN', entryCode: 'E5' }, { judge: AN, entryCode: 'E5' }],
    });
    expect(progress.judges.map((j) => [j.judge, j.assigned, j.complete, j.notStarted, j.declaredConflicts])).toEqual([
      [AN, 1, 1, 0, 1],
      ['moi@x.vn', 1, 0, 1, 0],
    ]);
    const names = new Map([['AN@X.VN', 'Nguyễn Văn An']]);
    expect(progressTable('preliminary', progress, names).rows.map((r) => r[0])).toEqual(['Nguyễn Văn An', '']);
  });
});

describe('any assignment and any sheets', () => {
  const ENTRIES = ['E1', 'E2', 'E3', 'E4'];
  const EMAILS = [AN, BINH, CUONG];
  const pair = fc.record({
    entryCode: fc.constantFrom(...ENTRIES),
    judge: fc.constantFrom(...EMAILS),
  });
  const points = fc.array(fc.option(fc.integer({ min: 0, max: 12 }), { freq: 3 }), { minLength: 5, maxLength: 5 });
  const input = fc.record({
    assigned: fc.array(pair, { maxLength: 12 }),
    scored: fc.array(fc.tuple(pair, points), { maxLength: 12 }),
  });

  test('every assigned pair is counted once, in exactly one state, for its judge, its entry and the totals', () => {
    fc.assert(
      fc.property(input, ({ assigned, scored }) => {
        const progress = judgingProgress({
          ...workedExample,
          assignments: assigned.map((p) => assign(p.entryCode, p.judge)),
          sheets: scored.map(([p, pts]) => sheet(p.entryCode, p.judge, pts)),
        });
        const distinct = new Set(assigned.map((p) => `${p.entryCode} ${p.judge}`)).size;
        const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);
        expect(progress.totals.assigned).toBe(distinct);
        expect(sum(progress.judges.map((j) => j.assigned))).toBe(distinct);
        expect(sum(progress.entries.map((e) => e.assigned))).toBe(distinct);
        expect(sum(progress.judges.map((j) => j.complete))).toBe(progress.totals.complete);
        for (const counts of [...progress.judges, ...progress.entries]) {
          expect(counts.complete + counts.partial + counts.notStarted).toBe(counts.assigned);
          expect(counts.partial + counts.notStarted).toBe(counts.unfinished.length);
        }
      }),
      { numRuns: 200 },
    );
  });

  test('sheets of pairs that are not assigned change nothing', () => {
    fc.assert(
      fc.property(input, fc.array(fc.tuple(pair, points), { maxLength: 6 }), ({ assigned, scored }, stray) => {
        const assignments = assigned.map((p) => assign(p.entryCode, p.judge));
        const isAssigned = (p: { entryCode: string; judge: string }): boolean => assigned.some((a) => a.entryCode === p.entryCode && a.judge === p.judge);
        const sheets = scored.map(([p, pts]) => sheet(p.entryCode, p.judge, pts));
        const extra = stray.filter(([p]) => !isAssigned(p)).map(([p, pts]) => sheet(p.entryCode, p.judge, pts));
        const input = { ...workedExample, assignments, sheets };
        expect(judgingProgress({ ...input, sheets: [...extra, ...sheets] })).toEqual(judgingProgress(input));
      }),
      { numRuns: 200 },
    );
  });
});

describe('reading the progress sheet back (the dashboard)', () => {
  const gridOf = (table: FormulaTable): Grid => [table.header, ...table.rows];

  test('gives each judge of the worked example with the counts the sheet shows', () => {
    const table = progressTable('preliminary', judgingProgress(workedExample), new Map(judges.map((j) => [j.email, j.name])));
    expect(readProgressTable(gridOf(table))).toEqual([
      { name: 'Nguyễn Văn An', email: AN, assigned: 5, complete: 5, partial: 0, notStarted: 0 },
      { name: 'Trần Thị Bình', email: BINH, assigned: 5, complete: 5, partial: 0, notStarted: 0 },
      { name: 'Lê Cường', email: CUONG, assigned: 4, complete: 2, partial: 1, notStarted: 1 },
    ]);
  });

  test('finds the columns by their headers, reads a count someone typed over as 0 and skips blank rows', () => {
    const table = progressTable('preliminary', judgingProgress(workedExample), new Map());
    const moved = [...table.header].reverse();
    const rows = table.rows.map((r) => [...r].reverse());
    rows[2][moved.indexOf('Đã chấm xong')] = 'hai';
    expect(readProgressTable([moved, ...rows, moved.map(() => '')])).toEqual([
      { name: '', email: AN, assigned: 5, complete: 5, partial: 0, notStarted: 0 },
      { name: '', email: BINH, assigned: 5, complete: 5, partial: 0, notStarted: 0 },
      { name: '', email: CUONG, assigned: 4, complete: 0, partial: 1, notStarted: 1 },
    ]);
    expect(readProgressTable([])).toEqual([]);
    expect(readProgressTable([['Giám khảo'], ['Nguyễn Văn An']])).toEqual([{ name: 'Nguyễn Văn An', email: '', assigned: 0, complete: 0, partial: 0, notStarted: 0 }]);
  });

  test('for any assignment and sheets, reads back every judge\'s counts as judgingProgress gave them', () => {
    const pair = fc.record({ entryCode: fc.constantFrom('E1', 'E2', 'E3'), judge: fc.constantFrom(AN, BINH, CUONG, 'moi@x.vn') });
    const points = fc.array(fc.option(fc.integer({ min: 0, max: 12 }), { freq: 3 }), { minLength: 5, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 10 }), fc.array(fc.tuple(pair, points), { maxLength: 10 }), (assigned, scored) => {
        const progress = judgingProgress({
          ...workedExample,
          assignments: assigned.map((p) => assign(p.entryCode, p.judge)),
          sheets: scored.map(([p, pts]) => sheet(p.entryCode, p.judge, pts)),
        });
        const read = readProgressTable(gridOf(progressTable('preliminary', progress, new Map())));
        expect(read.map((r) => [r.email, r.assigned, r.complete, r.partial, r.notStarted])).toEqual(
          progress.judges.map((j) => [j.judge, j.assigned, j.complete, j.partial, j.notStarted]),
        );
      }),
      { numRuns: 100 },
    );
  });
});
