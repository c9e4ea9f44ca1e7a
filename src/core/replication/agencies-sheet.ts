// The agencies that may be asked to apply initiatives ("Đơn vị nhân rộng"), with the addresses that
// report for them (đầu mối). Seeded from the contest's units; the secretariat adds agencies and
// addresses. When an agency has addresses, only they may report its progress.

import type { CellValue, Grid } from '../cell';
import type { Unit } from '../config/model';
import { tidy } from '../vn/text';
import type { Agency } from './replication-model';
import { cellOf, cellText, codeKey, isBlankRow, sheetColumns, type ReplicationProblem } from './replication-problems';

export const AGENCIES_SHEET = 'Đơn vị nhân rộng';

const COLUMN = { code: 0, name: 1, emails: 2, note: 3 } as const;

export const AGENCIES_HEADER: string[] = ['Mã đơn vị', 'Tên đơn vị', 'Email đầu mối', 'Ghi chú'];

export const AGENCIES_NOTES: string[] = [
  'Mã ngắn, không trùng; dùng trong trang "Kế hoạch nhân rộng" và biểu mẫu báo cáo.',
  'Tên đầy đủ của cơ quan, đơn vị; trong kế hoạch có thể ghi mã hoặc tên.',
  'Một hoặc nhiều địa chỉ, cách nhau bằng dấu chấm phẩy. Khi có, chỉ các địa chỉ này được báo cáo tiến độ thay đơn vị và nhận thư nhắc.',
  '',
];

export const AGENCIES_TEXT_COLUMNS: number[] = [COLUMN.code, COLUMN.name, COLUMN.emails, COLUMN.note];

const EMAIL = /^[^\s@;,]+@[^\s@;,]+\.[^\s@;,.]+$/;

/**
 * Every agency row, columns found by their header. Addresses may be separated by ";", "," or
 * spaces; they are lower-cased, each kept once, and one that is not an address is reported and
 * left out. A row without a code is reported and skipped; a code used again (whatever its case) is
 * reported and that row skipped, the first kept. A blank name reads as the code.
 */
export function readAgencies(grid: Grid): { agencies: Agency[]; problems: ReplicationProblem[] } {
  const { columns, problems } = sheetColumns(AGENCIES_SHEET, grid, AGENCIES_HEADER, AGENCIES_HEADER.slice(0, COLUMN.note));
  const agencies: Agency[] = [];
  const firstRow = new Map<string, number>();
  grid.slice(1).forEach((cells, i) => {
    if (isBlankRow(cells)) return;
    const row = i + 2;
    const cell = (column: number): CellValue | undefined => cellOf(cells, columns, column);
    const code = tidy(cellText(cell(COLUMN.code)));
    if (code === '') {
      problems.push({ sheet: AGENCIES_SHEET, row, code: 'missingCode', params: { column: AGENCIES_HEADER[COLUMN.code] } });
      return;
    }
    const first = firstRow.get(codeKey(code));
    if (first !== undefined) {
      problems.push({ sheet: AGENCIES_SHEET, row, code: 'duplicateAgency', params: { code, firstRow: first } });
      return;
    }
    firstRow.set(codeKey(code), row);
    const emails: string[] = [];
    for (const email of cellText(cell(COLUMN.emails)).toLowerCase().split(/[;,\s]+/).filter((e) => e !== '')) {
      if (!EMAIL.test(email)) problems.push({ sheet: AGENCIES_SHEET, row, code: 'invalidEmail', params: { agency: code, email } });
      else if (!emails.includes(email)) emails.push(email);
    }
    agencies.push({ code, name: tidy(cellText(cell(COLUMN.name))) || code, emails });
  });
  return { agencies, problems };
}

/** The sheet's first rows: one per unit of the contest, addresses and note left for the secretariat. */
export function agencyRowsFromUnits(units: readonly Unit[]): Grid {
  return units.map((u) => [u.code, u.name, '', '']);
}
