// Hostile and malformed input in the configuration sheets, as the secretariat's colleagues leave
// them: values typed or pasted into cells, values a script or an import wrote raw (a Date, a bare
// number), and sheets or columns renamed, deleted or emptied. "Kiểm tra cấu hình" must read each
// cell as the text or number it shows, and name every cell it cannot use.

import type { CellValue } from '../../../src/core/cell';
import type { ContestConfig } from '../../../src/core/config/model';
import type { SettingKey, SheetId } from '../../../src/core/config/workbook-vocabulary';
import type { HostileCase } from './catalogue';

/** A cell: a setting's value by its key, or a column of a list sheet's n-th data row (1-based). */
export type CellAt = { setting: SettingKey } | { sheet: Exclude<SheetId, 'settings'>; row: number; column: string };

export type ConfigEdit =
  /** A person types the input into the cell (parsed as Sheets parses typing). */
  | { kind: 'type'; at: CellAt }
  /** A script or an import writes the input as it is (a Date, a number). */
  | { kind: 'write'; at: CellAt }
  | { kind: 'renameSheet'; sheet: SheetId }
  | { kind: 'deleteSheet'; sheet: SheetId }
  | { kind: 'deleteAllSheets' }
  | { kind: 'clearSheet'; sheet: SheetId }
  | { kind: 'deleteDataRows'; sheet: SheetId }
  | { kind: 'deleteSettingRow'; setting: SettingKey }
  /** The input (cells in column order) typed as a new last row. */
  | { kind: 'addRow'; sheet: SheetId }
  | { kind: 'renameColumn'; sheet: SheetId; column: string }
  | { kind: 'deleteColumn'; sheet: SheetId; column: string }
  /** The input typed in a new column right of the table, under a header of its own. */
  | { kind: 'addColumn'; sheet: SheetId }
  /** Rows with the input as a title inserted above the header row. */
  | { kind: 'rowsAbove'; sheet: SheetId };

export interface ConfigCase extends HostileCase<'configuration', CellValue | readonly CellValue[]> {
  edit: ConfigEdit;
  /** Flagged or rejected: what the check says (the sheet, row or field, the value, what to do). */
  says?: string[];
  /** Stored: what the add-on reads from the workbook, and the value it must be. */
  reads?: [(config: ContestConfig) => unknown, unknown];
}

const config = (name: string, edit: ConfigEdit, input: ConfigCase['input'], expect: ConfigCase['expect'], more: Partial<ConfigCase> = {}): ConfigCase => ({
  surface: 'configuration',
  name,
  edit,
  input,
  expect,
  ...more,
});

const type = (setting: SettingKey): ConfigEdit => ({ kind: 'type', at: { setting } });
const write = (setting: SettingKey): ConfigEdit => ({ kind: 'write', at: { setting } });
const typeIn = (sheet: Exclude<SheetId, 'settings'>, row: number, column: string): ConfigEdit => ({ kind: 'type', at: { sheet, row, column } });

const closes = (c: ContestConfig): unknown => (c.timeline.intake.mode === 'window' ? c.timeline.intake.closes : null);

export const CONFIGURATION_CASES: readonly ConfigCase[] = [
  // Numbers that are not numbers, or not sensible ones.
  config('the year in words', type('identity.year'), 'hai nghìn', 'rejected', { says: ['Năm tổ chức', '“hai nghìn”', 'dòng', 'hãy nhập số'] }),
  config('a negative year', type('identity.year'), '-2024', 'rejected', { says: ['Năm tổ chức', '“-2024”', 'gồm 4 chữ số'] }),
  config('a 20-digit year', type('identity.year'), '99999999999999999999', 'rejected', { says: ['Năm tổ chức', 'gồm 4 chữ số'] }),
  config('a negative number of judges', type('scoring.minJudges'), '-3', 'rejected', { says: ['Số giám khảo tối thiểu', 'lớn hơn 0', '-3'] }),
  config('NaN as the number of judges', type('scoring.minJudges'), 'NaN', 'rejected', { says: ['“NaN”', 'hãy nhập số'] }),
  config('decimals in scientific notation', type('scoring.decimals'), '1e3', 'rejected', { says: ['“1e3”', 'hãy nhập số'] }),
  config('a fraction of a decimal place written raw', write('scoring.decimals'), 2.5, 'rejected', { says: ['chữ số thập phân', 'từ 0 đến', '2,5'] }),
  config('a negative budget', type('prizes.budgetCap'), '-1', 'rejected', { says: ['Tổng tiền thưởng tối đa', 'không âm'] }),
  config('a budget in scientific notation', type('prizes.budgetCap'), '1e20', 'rejected', { says: ['“1e20”', 'số tiền', '10.000.000'] }),
  // Dates as text, in every format people use.
  config('a closing date with dashes', type('timeline.intake.closes'), '16-08-2024', 'stored', { reads: [closes, '2024-08-16'] }),
  config('a closing date with dots and no zeros', type('timeline.intake.closes'), '16.8.2024', 'stored', { reads: [closes, '2024-08-16'] }),
  config('a closing date a script wrote as a Date', write('timeline.intake.closes'), new Date(2024, 7, 16), 'stored', { reads: [closes, '2024-08-16'] }),
  config('a closing date year first with slashes', type('timeline.intake.closes'), '2024/08/16', 'rejected', { says: ['Ngày kết thúc nhận bài', '“2024/08/16”', 'dd/mm/yyyy'] }),
  config('a closing date in words', type('timeline.intake.closes'), 'ngày 16 tháng 8 năm 2024', 'rejected', { says: ['“ngày 16 tháng 8 năm 2024”', 'dd/mm/yyyy'] }),
  config('the 31st of February', type('timeline.intake.closes'), '31/02/2024', 'rejected', { says: ['“31/02/2024”', 'ngày có thật'] }),
  config('a two-digit year', type('timeline.intake.closes'), '16/8/24', 'rejected', { says: ['“16/8/24”', 'dd/mm/yyyy'] }),
  config('a date as a serial number', write('timeline.intake.closes'), 45520, 'rejected', { says: ['“45520”', 'dd/mm/yyyy'] }),
  config('a TODAY() formula as the plan date', type('identity.plan.date'), '=TODAY()', 'rejected', { says: ['Ngày ban hành kế hoạch', '“=TODAY()”', 'dd/mm/yyyy'] }),
  // Text: kept as typed, never evaluated.
  config('a formula as the organiser’s name', type('identity.organiser.name'), '=IMPORTXML("http://x.example";"//a")', 'stored', {
    reads: [(c) => c.identity.organiser.name, '=IMPORTXML("http://x.example";"//a")'],
  }),
  config('a script tag in the contest title', type('identity.title'), '<script>alert(1)</script>', 'stored', { reads: [(c) => c.identity.title, '<script>alert(1)</script>'] }),
  config('a contest title of 45,000 characters', type('identity.title'), 'Cuộc thi '.repeat(5_000), 'stored', {
    reads: [(c) => c.identity.title.length, 'Cuộc thi '.repeat(5_000).trim().length],
  }),
  config('a contest code with a space and a bang', type('identity.code'), 'HG 2024!', 'rejected', { says: ['Mã cuộc thi', '“HG 2024!”', 'ví dụ HG2024'] }),
  config('a yes/no setting answered “maybe”', type('unitRules.preScreening'), 'Có lẽ', 'rejected', { says: ['“Có lẽ”', 'một trong các từ'] }),
  config('an unknown judging mode', type('judging.mode'), 'Bí mật', 'rejected', { says: ['“Bí mật”', 'một trong các từ'] }),
  // The settings sheet's own rows.
  config('a setting row deleted', { kind: 'deleteSettingRow', setting: 'scoring.minJudges' }, '', 'flagged', {
    says: ['không có dòng “Số giám khảo tối thiểu chấm mỗi bài”', 'hãy thêm lại dòng này'],
  }),
  config('a row with an unknown key', { kind: 'addRow', sheet: 'settings' }, ['hacker.key', 'Khóa lạ', '=1+1'], 'flagged', {
    says: ['“hacker.key”', 'không phải là khóa cấu hình', 'kiểm tra chính tả'],
  }),
  config('a setting given twice', { kind: 'addRow', sheet: 'settings' }, ['identity.year', 'Năm tổ chức', '2030'], 'rejected', {
    says: ['“identity.year”', 'hãy xóa một dòng'],
  }),
  // Sheets renamed, deleted, emptied; columns renamed, deleted, added; a title above the header.
  config('the settings sheet renamed', { kind: 'renameSheet', sheet: 'settings' }, 'Cấu hình (bản cũ)', 'rejected', { says: ['không tìm thấy trang “Cấu hình”', 'khôi phục'] }),
  config('the settings sheet renamed without accents', { kind: 'renameSheet', sheet: 'settings' }, 'CAU HINH', 'rejected', { says: ['không tìm thấy trang “Cấu hình”', 'khôi phục'] }),
  config('every configuration sheet deleted', { kind: 'deleteAllSheets' }, '', 'rejected', { says: ['chưa có cấu hình', 'Thiết lập cuộc thi'] }),
  config('the prizes sheet deleted', { kind: 'deleteSheet', sheet: 'prizes' }, '', 'rejected', { says: ['không tìm thấy trang “Giải thưởng”', 'khôi phục'] }),
  config('the prizes sheet emptied', { kind: 'clearSheet', sheet: 'prizes' }, '', 'rejected', { says: ['trang “Giải thưởng” không có dòng tiêu đề', 'Số lượng'] }),
  config('every category deleted', { kind: 'deleteDataRows', sheet: 'categories' }, '', 'rejected', { says: ['chưa có lĩnh vực nào', 'ít nhất một'] }),
  config('every unit deleted while units have a quota', { kind: 'deleteDataRows', sheet: 'units' }, '', 'flagged', { says: ['chưa có danh sách đơn vị', 'nhập các đơn vị'] }),
  config('the count column renamed', { kind: 'renameColumn', sheet: 'prizes', column: 'Số lượng' }, 'SL', 'rejected', { says: ['thiếu cột “Số lượng”', 'thêm lại cột'] }),
  config('the maximum points column deleted', { kind: 'deleteColumn', sheet: 'criteria', column: 'Điểm tối đa' }, '', 'rejected', { says: ['thiếu cột “Điểm tối đa”', 'thêm lại cột'] }),
  config('an extra column of formulas', { kind: 'addColumn', sheet: 'criteria' }, ['Ghi chú riêng', '=1/0'], 'stored', { reads: [(c) => c.rounds.preliminary.rubric.criteria.length, 5] }),
  config('two title rows above the header', { kind: 'rowsAbove', sheet: 'prizes' }, 'GIẢI THƯỞNG =SUM(A1)', 'stored', { reads: [(c) => c.prizes.tiers.map((t) => t.code).join(' '), 'NHAT NHI BA KK'] }),
  // The list sheets' cells.
  config('a negative prize count', typeIn('prizes', 1, 'Số lượng'), '-1', 'rejected', { says: ['Giải Nhất', 'Số lượng', 'lớn hơn 0', '-1'] }),
  config('NaN as a prize count', typeIn('prizes', 1, 'Số lượng'), 'NaN', 'rejected', { says: ['“NaN”', 'dòng 2', 'hãy nhập số'] }),
  config('half a prize', typeIn('prizes', 1, 'Số lượng'), '1,5', 'rejected', { says: ['Giải Nhất', 'số nguyên', '1,5'] }),
  config('prize money with dots and “đ”', typeIn('prizes', 1, 'Tiền thưởng (đồng)'), '10.000.000 đ', 'stored', { reads: [(c) => c.prizes.tiers[0].amount, 10_000_000] }),
  config('prize money in words', typeIn('prizes', 1, 'Tiền thưởng (đồng)'), 'mười triệu', 'rejected', { says: ['“mười triệu”', 'số tiền', 'ví dụ 10.000.000'] }),
  config('prize money of 10²⁰ written raw', { kind: 'write', at: { sheet: 'prizes', row: 1, column: 'Tiền thưởng (đồng)' } }, 1e20, 'rejected', { says: ['Giải Nhất', 'số nguyên đồng'] }),
  config('a division by zero as maximum points', typeIn('criteria', 1, 'Điểm tối đa'), '=1/0', 'rejected', { says: ['“#DIV/0!”', 'dòng 2', 'hãy nhập số'] }),
  config('a formula as maximum points', typeIn('criteria', 4, 'Điểm tối đa'), '=3*5', 'stored', { reads: [(c) => c.rounds.preliminary.rubric.criteria[3].maxPoints, 15] }),
  config('zero maximum points', typeIn('criteria', 1, 'Điểm tối đa'), '0', 'rejected', { says: ['Tính mới, tính sáng tạo', 'lớn hơn 0'] }),
  config('a negative step', typeIn('criteria', 1, 'Bước điểm'), '-0,5', 'rejected', { says: ['Tính mới, tính sáng tạo', 'bước điểm phải lớn hơn 0'] }),
  config('two criteria with the same code', typeIn('criteria', 2, 'Mã'), 'TM', 'rejected', { says: ['“TM”', 'trùng với dòng 2', 'mã riêng'] }),
  config('two categories with the same code', typeIn('categories', 2, 'Mã'), 'TC', 'rejected', { says: ['“TC”', 'trùng với dòng 2'] }),
  config('a unit added with a formula as its name', { kind: 'addRow', sheet: 'units' }, ['XA', '=IMPORTXML("http://x.example";"//a")'], 'stored', {
    reads: [(c) => c.units[c.units.length - 1].name, '=IMPORTXML("http://x.example";"//a")'],
  }),
  config('HTML as a category’s name', typeIn('categories', 1, 'Tên lĩnh vực'), '<b onclick="x()">Thể chế</b>', 'stored', {
    reads: [(c) => c.categories[0].name, '<b onclick="x()">Thể chế</b>'],
  }),
  config('a member’s e-mail that is no address', typeIn('members', 4, 'Email'), 'ha.ntt@', 'rejected', { says: ['“ha.ntt@”', 'ten@coquan.gov.vn'] }),
  config('a member with an unknown role', typeIn('members', 4, 'Vai trò'), 'Khách mời', 'rejected', { says: ['“Khách mời”', 'dòng 5', 'một trong các từ'] }),
  config('a legal basis valid from “yesterday”', typeIn('documents', 1, 'Hiệu lực từ'), 'hôm qua', 'rejected', { says: ['“hôm qua”', 'dd/mm/yyyy'] }),
  config('a placeholder in a legal basis', typeIn('documents', 1, 'Nội dung'), 'Căn cứ {{so_ky_hieu}} và {{ }}', 'stored', {
    reads: [(c) => c.documents.legalBases[0].text, 'Căn cứ {{so_ky_hieu}} và {{ }}'],
  }),
];
