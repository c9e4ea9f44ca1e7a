import type { Grid } from '../../../src/core/cell';
import { PLAN_HEADER, PLAN_NOTES, PLAN_SHEET, PLAN_TEXT_COLUMNS, readPlan } from '../../../src/core/replication/plan-sheet';
import type { Agency, Initiative } from '../../../src/core/replication/replication-model';

// BR-VT 2022 (seeds/br-vt-2022-replication.txt): models of Long Hải and of the IT centre, applied elsewhere.
const agencies: Agency[] = [
  { code: 'LH', name: 'UBND thị trấn Long Hải', emails: [] },
  { code: 'TTCNTT', name: 'Trung tâm Công nghệ thông tin', emails: [] },
  { code: 'SNV', name: 'Sở Nội vụ', emails: [] },
  { code: 'VT', name: 'UBND phường Vũng Tàu', emails: [] },
];

function initiative(code: string, ownerUnit: string): Initiative {
  return { code, title: `Mô hình ${code}`, ownerUnit, category: '', summary: '', decision: '', year: 2022, source: 'manual', entryCode: '', prize: '' };
}

const initiatives = [
  initiative('SK2022-01', 'UBND thị trấn Long Hải'),
  initiative('SK2022-02', 'TTCNTT'),
  initiative('SK2022-03', ''),
];

const pairsOf = (grid: Grid): [string, string, string | null, number][] =>
  readPlan(grid, initiatives, agencies).pairs.map((p) => [p.initiativeCode, p.agencyCode, p.due, p.row]);

describe('the replication plan sheet', () => {
  it('has a header, a hint for each header cell, and the due date in a text column', () => {
    expect(PLAN_HEADER).toEqual(['Mã sáng kiến', 'Đơn vị được giao', 'Hạn hoàn thành', 'Ghi chú']);
    expect(PLAN_NOTES).toHaveLength(PLAN_HEADER.length);
    expect(PLAN_NOTES[1]).toMatch(/Tất cả/);
    expect(PLAN_NOTES[2]).toMatch(/dd\/mm\/yyyy/);
    expect(PLAN_TEXT_COLUMNS).toContain(2);
  });

  it('finds initiatives by code whatever the case, agencies by code or by name whatever the case or accents', () => {
    const grid: Grid = [
      PLAN_HEADER,
      [' sk2022-01 ', 'snv; ubnd phuong vung tau', '31/12/2022', ''],
      ['SK2022-03', 'Trung tâm công nghệ THÔNG TIN;\nLH', '', 'Ghi chú tự do'],
    ];
    expect(pairsOf(grid)).toEqual([
      ['SK2022-01', 'SNV', '2022-12-31', 2],
      ['SK2022-01', 'VT', '2022-12-31', 2],
      ['SK2022-03', 'TTCNTT', null, 3],
      ['SK2022-03', 'LH', null, 3],
    ]);
    expect(readPlan(grid, initiatives, agencies).problems).toEqual([]);
  });

  it('reads "Tất cả" in any case or accents as every agency except the initiative’s owner, found by name or by code', () => {
    const grid: Grid = [PLAN_HEADER, ['SK2022-01', 'Tất cả', '', ''], ['SK2022-02', 'TAT CA', '', ''], ['SK2022-03', 'tất  cả', '', '']];
    expect(pairsOf(grid).map(([i, a]) => `${i}:${a}`)).toEqual([
      'SK2022-01:TTCNTT',
      'SK2022-01:SNV',
      'SK2022-01:VT',
      'SK2022-02:LH',
      'SK2022-02:SNV',
      'SK2022-02:VT',
      'SK2022-03:LH',
      'SK2022-03:TTCNTT',
      'SK2022-03:SNV',
      'SK2022-03:VT',
    ]);
  });

  it('reads due dates typed as text or given as Date cells (local midnight, as the sheet gives them), and reports unreadable ones', () => {
    const grid: Grid = [
      PLAN_HEADER,
      ['SK2022-01', 'SNV', new Date('2023-01-05T00:00:00+07:00'), ''],
      ['SK2022-01', 'VT', '5/1/2023', ''],
      ['SK2022-02', 'SNV', '31/02/2023', ''],
      ['SK2022-02', 'VT', 'cuối năm', ''],
    ];
    const { pairs, problems } = readPlan(grid, initiatives, agencies);
    expect(pairs.map((p) => p.due)).toEqual(['2023-01-05', '2023-01-05', null, null]);
    expect(problems).toEqual([
      { sheet: PLAN_SHEET, row: 4, code: 'unreadableDue', params: { value: '31/02/2023' } },
      { sheet: PLAN_SHEET, row: 5, code: 'unreadableDue', params: { value: 'cuối năm' } },
    ]);
  });

  it('skips a line with an unknown or missing initiative, an unknown agency alone, and the owner asked to apply its own initiative', () => {
    const grid: Grid = [
      PLAN_HEADER,
      ['SK2099-01', 'SNV', '', ''],
      ['', 'SNV', '', 'quên mã'],
      ['SK2022-01', 'SNV; Sở Ngoại vụ; UBND thị trấn Long Hải', '', ''],
      ['SK2022-02', 'ttcntt', '', ''],
      ['SK2022-03', ' ; ', '', ''],
    ];
    const { pairs, problems } = readPlan(grid, initiatives, agencies);
    expect(pairs.map((p) => `${p.initiativeCode}:${p.agencyCode}`)).toEqual(['SK2022-01:SNV']);
    expect(problems).toEqual([
      { sheet: PLAN_SHEET, row: 2, code: 'unknownInitiative', params: { code: 'SK2099-01' } },
      { sheet: PLAN_SHEET, row: 3, code: 'missingCode', params: { column: 'Mã sáng kiến' } },
      { sheet: PLAN_SHEET, row: 4, code: 'unknownAgency', params: { initiative: 'SK2022-01', agency: 'Sở Ngoại vụ' } },
      { sheet: PLAN_SHEET, row: 4, code: 'ownerAssigned', params: { initiative: 'SK2022-01', agency: 'LH' } },
      { sheet: PLAN_SHEET, row: 5, code: 'ownerAssigned', params: { initiative: 'SK2022-02', agency: 'TTCNTT' } },
      { sheet: PLAN_SHEET, row: 6, code: 'noAgencies', params: { initiative: 'SK2022-03' } },
    ]);
  });

  it('lets a later line win for a pair planned twice, at the later line’s place, and reports it', () => {
    const grid: Grid = [
      PLAN_HEADER,
      ['SK2022-01', 'Tất cả', '30/06/2023', ''],
      ['SK2022-03', 'SNV', '', ''],
      ['SK2022-01', 'Sở Nội vụ; SNV', '31/12/2023', 'gia hạn'],
    ];
    const { pairs, problems } = readPlan(grid, initiatives, agencies);
    expect(pairs.map((p) => [p.initiativeCode, p.agencyCode, p.due, p.row])).toEqual([
      ['SK2022-01', 'TTCNTT', '2023-06-30', 2],
      ['SK2022-01', 'VT', '2023-06-30', 2],
      ['SK2022-03', 'SNV', null, 3],
      ['SK2022-01', 'SNV', '2023-12-31', 4],
    ]);
    expect(problems).toEqual([{ sheet: PLAN_SHEET, row: 4, code: 'duplicatePair', params: { initiative: 'SK2022-01', agency: 'SNV', otherRow: 2 } }]);
  });

  it('ignores blank lines and reads columns the secretariat moved', () => {
    const grid: Grid = [
      ['Hạn hoàn thành', 'Ghi chú', 'Mã sáng kiến', 'Đơn vị được giao'],
      ['', '', '', ''],
      ['15/03/2023', '', 'SK2022-02', 'VT'],
      [],
    ];
    expect(pairsOf(grid)).toEqual([['SK2022-02', 'VT', '2023-03-15', 3]]);
    expect(readPlan([], initiatives, agencies)).toEqual({ pairs: [], problems: [] });
  });
});
