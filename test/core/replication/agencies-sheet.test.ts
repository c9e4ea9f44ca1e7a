import type { Grid } from '../../../src/core/cell';
import { presetById } from '../../../src/core/config/presets';
import { AGENCIES_HEADER, AGENCIES_NOTES, AGENCIES_SHEET, AGENCIES_TEXT_COLUMNS, agencyRowsFromUnits, readAgencies } from '../../../src/core/replication/agencies-sheet';

describe('the agencies sheet', () => {
  it('has a header, a hint for each header cell and only text columns', () => {
    expect(AGENCIES_HEADER).toEqual(['Mã đơn vị', 'Tên đơn vị', 'Email đầu mối', 'Ghi chú']);
    expect(AGENCIES_NOTES).toHaveLength(AGENCIES_HEADER.length);
    expect(AGENCIES_NOTES[2]).toMatch(/chấm phẩy/);
    expect(AGENCIES_TEXT_COLUMNS).toEqual([0, 1, 2, 3]);
  });

  it('is seeded with the contest’s units, which read back as agencies without addresses', () => {
    const units = presetById('hauGiang2024').build().units;
    const rows = agencyRowsFromUnits(units);
    expect(rows[0]).toEqual(['SNV', 'Sở Nội vụ', '', '']);
    expect(readAgencies([AGENCIES_HEADER, ...rows])).toEqual({ agencies: units.map((u) => ({ code: u.code, name: u.name, emails: [] })), problems: [] });
  });

  it('splits addresses on ";", "," or spaces, lower-cases them, keeps each once and reports the ones that are not addresses', () => {
    const grid: Grid = [
      AGENCIES_HEADER,
      ['LH', 'UBND thị trấn Long Hải', 'VanThu@LongHai.gov.vn; cchc@longhai.gov.vn,  vanthu@longhai.gov.vn\nnguyen van a', ''],
      ['TTCNTT', 'Trung tâm Công nghệ thông tin', 'not-an-address;ok@stnmt.vn;x@y', 'Thuộc Sở TN&MT'],
    ];
    const { agencies, problems } = readAgencies(grid);
    expect(agencies).toEqual([
      { code: 'LH', name: 'UBND thị trấn Long Hải', emails: ['vanthu@longhai.gov.vn', 'cchc@longhai.gov.vn'] },
      { code: 'TTCNTT', name: 'Trung tâm Công nghệ thông tin', emails: ['ok@stnmt.vn'] },
    ]);
    expect(problems).toEqual([
      { sheet: AGENCIES_SHEET, row: 2, code: 'invalidEmail', params: { agency: 'LH', email: 'nguyen' } },
      { sheet: AGENCIES_SHEET, row: 2, code: 'invalidEmail', params: { agency: 'LH', email: 'van' } },
      { sheet: AGENCIES_SHEET, row: 2, code: 'invalidEmail', params: { agency: 'LH', email: 'a' } },
      { sheet: AGENCIES_SHEET, row: 3, code: 'invalidEmail', params: { agency: 'TTCNTT', email: 'not-an-address' } },
      { sheet: AGENCIES_SHEET, row: 3, code: 'invalidEmail', params: { agency: 'TTCNTT', email: 'x@y' } },
    ]);
  });

  it('skips a row without a code and a second row of a code (whatever its case), keeping the first; blank lines are ignored', () => {
    const grid: Grid = [
      AGENCIES_HEADER,
      ['', 'Phường Vị Thanh', 'a@vt.vn', ''],
      ['', '', '', ''],
      ['STP', 'Sở Tư pháp', '', ''],
      [' stp ', 'Sở Tư pháp (trùng)', 'b@stp.vn', ''],
    ];
    const { agencies, problems } = readAgencies(grid);
    expect(agencies).toEqual([{ code: 'STP', name: 'Sở Tư pháp', emails: [] }]);
    expect(problems).toEqual([
      { sheet: AGENCIES_SHEET, row: 2, code: 'missingCode', params: { column: 'Mã đơn vị' } },
      { sheet: AGENCIES_SHEET, row: 5, code: 'duplicateAgency', params: { code: 'stp', firstRow: 4 } },
    ]);
  });

  it('reads columns the secretariat moved, names with accents (composed or not), and a blank name as the code', () => {
    const grid: Grid = [
      ['Ghi chú', 'Email đầu mối', 'Tên đơn vị', 'Mã đơn vị'],
      ['', 'dh@x.vn', 'Đặc khu Côn Đảo'.normalize('NFD'), 'CD'],
      ['mới thêm', '', '', 'XA-MOI'],
    ];
    expect(readAgencies(grid).agencies).toEqual([
      { code: 'CD', name: 'Đặc khu Côn Đảo', emails: ['dh@x.vn'] },
      { code: 'XA-MOI', name: 'XA-MOI', emails: [] },
    ]);
  });

  it('reports a header column it reads but cannot find (not the note, which it does not read)', () => {
    const { agencies, problems } = readAgencies([['Mã đơn vị', 'Tên đơn vị'], ['VP', 'Văn phòng']]);
    expect(agencies).toEqual([{ code: 'VP', name: 'Văn phòng', emails: [] }]);
    expect(problems).toEqual([{ sheet: AGENCIES_SHEET, row: 1, code: 'missingColumn', params: { column: 'Email đầu mối' } }]);
  });
});
