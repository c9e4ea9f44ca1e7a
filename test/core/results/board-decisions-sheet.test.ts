import type { CellValue, Grid } from '../../../src/core/cell';
import { presetById } from '../../../src/core/config/presets';
import type { Entry } from '../../../src/core/entry';
import { BOARD_DECISIONS_HEADER, readBoardDecisions } from '../../../src/core/results/board-decisions-sheet';
import { computeResults } from '../../../src/core/results/compute-results';
import type { ScoreSheet } from '../../../src/core/scoring/score-sheet';

const CODES = ['HG2024-001', 'HG2024-002', 'HG2024-003', 'HG2024-004', '007'];

/** A sheet with rows given as { special: [code, name, amount], tie: [group, code] }. */
function grid(rows: { special?: CellValue[]; tie?: CellValue[] }[], header: readonly string[] = BOARD_DECISIONS_HEADER): Grid {
  return [[...header], ...rows.map((r) => [...(r.special ?? ['', '', '']), '', ...(r.tie ?? ['', ''])])];
}

describe('reading the board\'s decisions', () => {
  it('reads nothing from a blank sheet', () => {
    expect(readBoardDecisions(grid([]), CODES)).toEqual({ decisions: {}, problems: [] });
    expect(readBoardDecisions([], CODES)).toEqual({ decisions: {}, problems: [] });
  });

  it('reads special awards, with the amount as a number or as typed digits, and codes in any case', () => {
    const reading = readBoardDecisions(
      grid([
        { special: ['hg2024-002', 'Giải Đặc biệt', 15_000_000] },
        { special: [' HG2024-003 ', 'Giải thưởng sáng tạo', '12.000.000 đ'] },
        { special: ['007', 'Tuyên dương', 0] },
      ]),
      CODES,
    );
    expect(reading.problems).toEqual([]);
    expect(reading.decisions.specialAwards).toEqual([
      { entryCode: 'HG2024-002', name: 'Giải Đặc biệt', amount: 15_000_000 },
      { entryCode: 'HG2024-003', name: 'Giải thưởng sáng tạo', amount: 12_000_000 },
      { entryCode: '007', name: 'Tuyên dương', amount: 0 },
    ]);
  });

  it('reads tie orders by group, in the order of the rows, whatever order the groups come in', () => {
    const reading = readBoardDecisions(
      grid([{ tie: [2, 'HG2024-004'] }, { tie: [1, 'HG2024-003'] }, { tie: ['2', 'HG2024-001'] }, { tie: [1, 'HG2024-002'] }]),
      CODES,
    );
    expect(reading.problems).toEqual([]);
    expect(reading.decisions.tieOrders).toEqual([
      ['HG2024-003', 'HG2024-002'],
      ['HG2024-004', 'HG2024-001'],
    ]);
  });

  it('reads both tables from the same rows', () => {
    const reading = readBoardDecisions(grid([{ special: ['HG2024-001', 'Giải Đặc biệt', 20_000_000], tie: [1, 'HG2024-003'] }, { tie: [1, 'HG2024-002'] }]), CODES);
    expect(reading.decisions).toEqual({
      specialAwards: [{ entryCode: 'HG2024-001', name: 'Giải Đặc biệt', amount: 20_000_000 }],
      tieOrders: [['HG2024-003', 'HG2024-002']],
    });
  });

  it('finds its columns by header when the board has moved them', () => {
    const [code, name, amount, , group, tieCode] = BOARD_DECISIONS_HEADER;
    const moved: Grid = [
      [tieCode, group, '', amount, name, code],
      ['HG2024-004', 1, '', 9_000_000, 'Giải Đặc biệt', 'HG2024-001'],
      ['HG2024-002', 1, '', '', '', ''],
    ];
    expect(readBoardDecisions(moved, CODES).decisions).toEqual({
      specialAwards: [{ entryCode: 'HG2024-001', name: 'Giải Đặc biệt', amount: 9_000_000 }],
      tieOrders: [['HG2024-004', 'HG2024-002']],
    });
  });

  it('reports each row it cannot use, with its sheet row, and leaves it out', () => {
    const reading = readBoardDecisions(
      grid([
        { special: ['HG2024-999', 'Giải Đặc biệt', 1_000_000] }, // row 2
        { special: ['HG2024-001', 'Giải Đặc biệt', -5] }, // row 3
        { special: ['HG2024-001', 'Giải Đặc biệt', 1.5] }, // row 4
        { special: ['HG2024-001', 'Giải Đặc biệt', 'mười triệu'] }, // row 5
        { special: ['HG2024-002', '', 1_000_000] }, // row 6
        { special: ['', 'Giải Đặc biệt', 1_000_000] }, // row 7
        { special: ['HG2024-003', 'Giải Đặc biệt', 1_000_000] }, // row 8
        { special: ['HG2024-003', 'Giải khác', 2_000_000] }, // row 9
        { tie: [1, 'HG2024-998'] }, // row 10
        { tie: [0, 'HG2024-001'] }, // row 11
        { tie: ['một', 'HG2024-001'] }, // row 12
        { tie: ['', 'HG2024-001'] }, // row 13
        { tie: [1, ''] }, // row 14
        { tie: [1, 'HG2024-002'] }, // row 15
        { tie: [2, 'HG2024-002'] }, // row 16
      ]),
      CODES,
    );
    expect(reading.problems).toEqual([
      { kind: 'unknownEntry', row: 2, part: 'special', entryCode: 'HG2024-999' },
      { kind: 'invalidAmount', row: 3, entryCode: 'HG2024-001', amount: '-5' },
      { kind: 'invalidAmount', row: 4, entryCode: 'HG2024-001', amount: '1.5' },
      { kind: 'invalidAmount', row: 5, entryCode: 'HG2024-001', amount: 'mười triệu' },
      { kind: 'missingAwardName', row: 6, entryCode: 'HG2024-002' },
      { kind: 'missingEntryCode', row: 7, part: 'special' },
      { kind: 'duplicateSpecialAward', row: 9, entryCode: 'HG2024-003' },
      { kind: 'unknownEntry', row: 10, part: 'tie', entryCode: 'HG2024-998' },
      { kind: 'invalidGroup', row: 11, entryCode: 'HG2024-001', group: '0' },
      { kind: 'invalidGroup', row: 12, entryCode: 'HG2024-001', group: 'một' },
      { kind: 'invalidGroup', row: 13, entryCode: 'HG2024-001', group: '' },
      { kind: 'missingEntryCode', row: 14, part: 'tie' },
      { kind: 'duplicateTieEntry', row: 16, entryCode: 'HG2024-002' },
    ]);
    expect(reading.decisions).toEqual({
      specialAwards: [{ entryCode: 'HG2024-003', name: 'Giải Đặc biệt', amount: 1_000_000 }],
      tieOrders: [['HG2024-002']],
    });
  });

  it('gives computeResults an order that turns a referred tie into prizes', () => {
    const config = presetById('dakrong2020').build();
    const judges = ['a@x.vn', 'b@x.vn', 'c@x.vn'];
    const entries: Entry[] = CODES.slice(0, 4).map((code) => ({ code, title: code, unitCode: 'U', categoryCode: 'C', kind: 'individual', submittedAt: '2020-09-01T08:00:00+07:00' }));
    const novelty = [28, 26, 24, 24];
    const sheets: ScoreSheet[] = entries.flatMap((e, i) =>
      judges.map((judge) => ({ entryCode: e.code, judge, round: 'preliminary' as const, scores: { TM: novelty[i], KT: 20, HQ: 20, NR: 8, TB: 8 } })),
    );
    const third = config.prizes.tiers[2].code;
    const before = computeResults({ config, entries, sheets });
    expect(before.entries.filter((r) => r.outcome.kind === 'referred').map((r) => r.entry.code)).toEqual(['HG2024-003', 'HG2024-004']);
    const { decisions } = readBoardDecisions(grid([{ tie: [1, 'HG2024-004'] }, { tie: [1, 'HG2024-003'] }]), CODES);
    const after = computeResults({ config, entries, sheets, decisions });
    const prize = (code: string) => after.entries.find((r) => r.entry.code === code)!.outcome;
    expect(prize('HG2024-004')).toMatchObject({ kind: 'prize', tierCode: third });
    expect(prize('HG2024-003')).toMatchObject({ kind: 'none' });
  });
});
