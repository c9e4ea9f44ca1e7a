import fc from 'fast-check';
import type { Grid } from '../../../src/core/cell';
import type { Rubric } from '../../../src/core/config/model';
import { defaultRubric } from '../../../src/core/config/presets';
import {
  compareWithSnapshot,
  readSnapshot,
  snapshotChecksum,
  snapshotGrid,
  snapshotRows,
  SNAPSHOT_HEADER,
  type SnapshotRow,
} from '../../../src/core/judging/score-snapshot';
import type { ScoreSheet } from '../../../src/core/scoring/score-sheet';

const preliminary = defaultRubric();
const defence: Rubric = {
  criteria: [
    { code: 'TR', name: 'Trình bày', maxPoints: 40, weight: 1, step: 0.5, description: '' },
    { code: 'TL', name: 'Trả lời', maxPoints: 60, weight: 1, step: 0.5, description: '' },
  ],
};
const rubrics = { preliminary, defence };
const lockedAt = new Date('2024-09-30T02:00:00Z');

const sheets: ScoreSheet[] = [
  { round: 'defence', entryCode: 'HG-02', judge: 'b@x.vn', scores: { TR: 35, TL: 50 } },
  { round: 'preliminary', entryCode: 'HG-02', judge: 'A@X.vn', scores: { TM: 20, KT: 20, HQ: 20, NR: 5, TB: 5 } },
  { round: 'preliminary', entryCode: 'HG-01', judge: 'b@x.vn', scores: { TM: 28, KT: null, HQ: 22.5, NR: 8, TB: 0 } },
  { round: 'preliminary', entryCode: 'HG-01', judge: 'a@x.vn', scores: { TM: 27, KT: 21, HQ: 22, NR: 9 } },
];

describe('the snapshot of scores at lock time', () => {
  it('lists every criterion of every sheet by round, entry, judge and rubric order; blank stays blank, never zero', () => {
    const rows = snapshotRows(sheets, rubrics);
    const line = (r: SnapshotRow): string => `${r.round} ${r.entryCode} ${r.judge} ${r.criterion}=${r.value}`;
    expect(rows.map(line)).toEqual([
      'preliminary HG-01 a@x.vn TM=27', 'preliminary HG-01 a@x.vn KT=21', 'preliminary HG-01 a@x.vn HQ=22', 'preliminary HG-01 a@x.vn NR=9', 'preliminary HG-01 a@x.vn TB=',
      'preliminary HG-01 b@x.vn TM=28', 'preliminary HG-01 b@x.vn KT=', 'preliminary HG-01 b@x.vn HQ=22.5', 'preliminary HG-01 b@x.vn NR=8', 'preliminary HG-01 b@x.vn TB=0',
      'preliminary HG-02 a@x.vn TM=20', 'preliminary HG-02 a@x.vn KT=20', 'preliminary HG-02 a@x.vn HQ=20', 'preliminary HG-02 a@x.vn NR=5', 'preliminary HG-02 a@x.vn TB=5',
      'defence HG-02 b@x.vn TR=35', 'defence HG-02 b@x.vn TL=50',
    ]);
    expect(rows.find((r) => r.entryCode === 'HG-01' && r.judge === 'b@x.vn' && r.criterion === 'TB')?.value).toBe(0);
  });

  it('leaves out the sheets of a round that has no rubric', () => {
    expect(snapshotRows(sheets, { preliminary, defence: undefined }).some((r) => r.round === 'defence')).toBe(false);
  });

  it('reads back from its sheet exactly as written, intact', () => {
    const rows = snapshotRows(sheets, rubrics);
    const grid = snapshotGrid(rows, lockedAt);
    expect(grid[0]).toEqual(SNAPSHOT_HEADER);
    expect(grid[1]).toEqual(['Khóa lúc', lockedAt, 'Mã kiểm tra', snapshotChecksum(rows), '']);
    expect(grid.slice(2).map((r) => r[0])).toEqual(rows.map((r) => (r.round === 'preliminary' ? 'Sơ khảo' : 'Bảo vệ')));
    expect(readSnapshot(grid)).toEqual({ rows, storedChecksum: snapshotChecksum(rows), intact: true });
  });

  it('stays intact when the sheet’s rows are sorted by hand and blank rows are left around them', () => {
    const grid = snapshotGrid(snapshotRows(sheets, rubrics), lockedAt);
    const sorted: Grid = [grid[0], grid[1], ...grid.slice(2).reverse(), ['', '', '', '', '']];
    expect(readSnapshot(sorted)?.intact).toBe(true);
  });

  it('gets a different checksum when any one score changes, even from blank to zero', () => {
    const rows = snapshotRows(sheets, rubrics);
    const other = (v: number | ''): fc.Arbitrary<number | ''> => fc.oneof(fc.constant<number | ''>(''), fc.double({ min: 0, max: 100, noNaN: true })).filter((x) => x !== v);
    fc.assert(
      fc.property(
        fc.nat(rows.length - 1).chain((i) => fc.tuple(fc.constant(i), other(rows[i].value))),
        ([i, value]) => {
          const changed = rows.map((r, j) => (j === i ? { ...r, value } : r));
          expect(snapshotChecksum(changed)).not.toBe(snapshotChecksum(rows));
        },
      ),
      { numRuns: 200 },
    );
    const blank = rows.findIndex((r) => r.value === '');
    expect(snapshotChecksum(rows.map((r, j) => (j === blank ? { ...r, value: 0 } : r)))).not.toBe(snapshotChecksum(rows));
  });

  it('detects a score edited in the snapshot sheet, or a row made unreadable', () => {
    const grid = snapshotGrid(snapshotRows(sheets, rubrics), lockedAt);
    const edited = grid.map((row) => [...row]);
    edited[3][4] = 25;
    const reading = readSnapshot(edited);
    expect(reading?.intact).toBe(false);
    expect(reading?.storedChecksum).toBe(grid[1][3]);
    expect(reading?.rows[1].value).toBe(25);

    const garbled = grid.map((row) => [...row]);
    garbled[5][4] = 'hai mươi';
    expect(readSnapshot(garbled)?.intact).toBe(false);

    const restamped = grid.map((row) => [...row]);
    restamped[1][3] = '00000000000000';
    expect(readSnapshot(restamped)?.intact).toBe(false);
  });

  it('is not read from a sheet that is not a snapshot', () => {
    expect(readSnapshot([])).toBeNull();
    expect(readSnapshot([['Mã bài', 'Điểm'], ['HG-01', 20]])).toBeNull();
    expect(readSnapshot([SNAPSHOT_HEADER, ['HG-01', '', '', '', '']])).toBeNull();
  });

  it('lists exactly the scores changed since the lock', () => {
    const locked = snapshotRows(sheets, rubrics);
    const later: ScoreSheet[] = [
      ...sheets.map((s) =>
        s.entryCode === 'HG-01' && s.judge === 'b@x.vn' ? { ...s, scores: { ...s.scores, KT: 19, HQ: null } } : s.round === 'defence' ? { ...s, scores: { ...s.scores, TL: 45 } } : s,
      ),
      { round: 'preliminary', entryCode: 'HG-02', judge: 'c@x.vn', scores: { TM: 10 } },
    ];
    expect(compareWithSnapshot(locked, snapshotRows(later, rubrics))).toEqual([
      { round: 'preliminary', entryCode: 'HG-01', judge: 'b@x.vn', criterion: 'KT', before: '', after: 19 },
      { round: 'preliminary', entryCode: 'HG-01', judge: 'b@x.vn', criterion: 'HQ', before: 22.5, after: '' },
      { round: 'defence', entryCode: 'HG-02', judge: 'b@x.vn', criterion: 'TL', before: 50, after: 45 },
      { round: 'preliminary', entryCode: 'HG-02', judge: 'c@x.vn', criterion: 'TM', before: '', after: 10 },
    ]);
    expect(compareWithSnapshot(locked, snapshotRows(sheets, rubrics))).toEqual([]);
    expect(compareWithSnapshot(readSnapshot(snapshotGrid(locked, lockedAt))?.rows ?? [], snapshotRows([...sheets].reverse(), rubrics))).toEqual([]);
  });

  it('reports a sheet that disappeared as scores that became blank', () => {
    const locked = snapshotRows(sheets, rubrics);
    const differences = compareWithSnapshot(locked, snapshotRows(sheets.slice(1), rubrics));
    expect(differences).toEqual([
      { round: 'defence', entryCode: 'HG-02', judge: 'b@x.vn', criterion: 'TR', before: 35, after: '' },
      { round: 'defence', entryCode: 'HG-02', judge: 'b@x.vn', criterion: 'TL', before: 50, after: '' },
    ]);
  });
});
