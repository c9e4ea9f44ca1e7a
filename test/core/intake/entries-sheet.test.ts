import { presetById } from '../../../src/core/config/presets';
import { ENTRY_COLUMNS, entriesFromRegister, registerRows, unitsOfRegister } from '../../../src/core/intake/entries-sheet';
import type { Grid } from '../../../src/core/cell';

const config = presetById('hauGiang2024').build();
const [first, second] = config.units;
const header = [ENTRY_COLUMNS.code, ENTRY_COLUMNS.status, ENTRY_COLUMNS.receivedAt, ENTRY_COLUMNS.kind, ENTRY_COLUMNS.unit, ENTRY_COLUMNS.category, ENTRY_COLUMNS.title, ENTRY_COLUMNS.preScreening];
const at = new Date('2023-10-02T03:00:00Z');
const register: Grid = [
  header,
  ['HG2024-001', 'Hợp lệ', at, 'Cá nhân', first.name, config.categories[0].name, 'Một cửa số', 'Có'],
  ['HG2024-002', 'Không hợp lệ', at, 'Cá nhân', first.name, config.categories[0].name, 'Ký số', ''],
  ['HG2024-003', 'Cần xem xét', at, 'Tập thể', second.name, config.categories[1].name, 'Họp không giấy', 'x'],
  ['HG2024-004', 'Hợp lệ', at, 'Cá nhân', 'Đơn vị lạ', '', 'Bản đồ số', 'Không'],
];

describe('reading the register back', () => {
  it('gives the rules engine the entries it keeps, with codes for the names written in the sheet', () => {
    const entries = entriesFromRegister(register, config, (status) => status !== 'Không hợp lệ');
    expect(entries.map((e) => [e.code, e.kind, e.unitCode, e.categoryCode, e.submittedAt])).toEqual([
      ['HG2024-001', 'individual', first.code, config.categories[0].code, at.toISOString()],
      ['HG2024-003', 'collective', second.code, config.categories[1].code, at.toISOString()],
      ['HG2024-004', 'individual', 'Đơn vị lạ', '', at.toISOString()],
    ]);
  });

  it('gives the units report each entry’s unit and the unit’s pre-screening mark', () => {
    expect(unitsOfRegister(register, config)).toEqual([
      { unitCode: first.code, chosen: true },
      { unitCode: first.code, chosen: false },
      { unitCode: second.code, chosen: true },
      { unitCode: 'Đơn vị lạ', chosen: false },
    ]);
  });
});

describe('the register as the dashboard counts it', () => {
  it('gives every row, rejected ones included, its status as written and its unit and category as codes', () => {
    expect(registerRows(register, config)).toEqual([
      { code: 'HG2024-001', status: 'Hợp lệ', unitCode: first.code, categoryCode: config.categories[0].code, title: 'Một cửa số', unit: first.name },
      { code: 'HG2024-002', status: 'Không hợp lệ', unitCode: first.code, categoryCode: config.categories[0].code, title: 'Ký số', unit: first.name },
      { code: 'HG2024-003', status: 'Cần xem xét', unitCode: second.code, categoryCode: config.categories[1].code, title: 'Họp không giấy', unit: second.name },
      { code: 'HG2024-004', status: 'Hợp lệ', unitCode: 'Đơn vị lạ', categoryCode: '', title: 'Bản đồ số', unit: 'Đơn vị lạ' },
    ]);
  });

  it('counts a row someone damaged by hand (no code, no date, a column deleted) and skips rows left blank', () => {
    const damaged: Grid = [
      header.filter((h) => h !== ENTRY_COLUMNS.category),
      ['', 'Hợp lệ', 'hôm qua', 'Cá nhân', ` ${second.name} `, 'Bài không mã', ''],
      ['', '', '', '', '', '', ''],
      ['HG2024-009'],
    ];
    expect(registerRows(damaged, config)).toEqual([
      { code: '', status: 'Hợp lệ', unitCode: second.code, categoryCode: '', title: 'Bài không mã', unit: second.name },
      { code: 'HG2024-009', status: '', unitCode: '', categoryCode: '', title: '', unit: '' },
    ]);
    expect(registerRows([], config)).toEqual([]);
  });

  it('without a configuration, names stand for themselves', () => {
    expect(registerRows(register, { units: [], categories: [] }).map((r) => r.unitCode)).toEqual([first.name, first.name, second.name, 'Đơn vị lạ']);
  });
});
