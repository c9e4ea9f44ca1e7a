// The replication plan the secretariat types ("Kế hoạch nhân rộng"): each line assigns one
// recognised initiative to one or more agencies, or to every agency but its owner, with a due date
// (BR-VT 2022, seeds/br-vt-2022-replication.txt: recognised models are assigned to agencies to apply).

import type { CellValue, Grid } from '../cell';
import type { IsoDate } from '../config/model';
import { foldText } from '../config/workbook-vocabulary';
import { foldForMatching, tidy } from '../vn/text';
import type { Agency, Initiative } from './replication-model';
import { readDay } from '../day-cells';
import { cellOf, cellText, codeKey, isBlankRow, pairKey, sheetColumns, type ReplicationProblem } from './replication-problems';

export const PLAN_SHEET = 'Kế hoạch nhân rộng';

const COLUMN = { initiative: 0, agencies: 1, due: 2, note: 3 } as const;

export const PLAN_HEADER: string[] = ['Mã sáng kiến', 'Đơn vị được giao', 'Hạn hoàn thành', 'Ghi chú'];

/** Typed in "Đơn vị được giao" for every agency except the initiative's own unit. */
const EVERY_AGENCY = 'Tất cả';

export const PLAN_NOTES: string[] = [
  'Mã sáng kiến như trong trang "Sáng kiến được công nhận". Mỗi dòng một sáng kiến; có thể giao cùng sáng kiến ở nhiều dòng.',
  `Mã hoặc tên đơn vị như trong trang "Đơn vị nhân rộng", nhiều đơn vị cách nhau bằng dấu chấm phẩy (;); hoặc "${EVERY_AGENCY}" để giao mọi đơn vị trừ đơn vị chủ trì sáng kiến.`,
  'Ngày, dạng dd/mm/yyyy, ví dụ 31/12/2024. Một cặp sáng kiến – đơn vị ghi ở nhiều dòng thì dòng sau cùng được dùng.',
  '',
];

/** The due date is text too, so a typed "05/09/2024" is the 5th of September whatever the spreadsheet's locale. */
export const PLAN_TEXT_COLUMNS: number[] = [COLUMN.initiative, COLUMN.agencies, COLUMN.due, COLUMN.note];

export interface PlannedPair {
  initiativeCode: string;
  agencyCode: string;
  due: IsoDate | null;
  /** The 1-based sheet row of the line that planned it. */
  row: number;
}

/** Whether `agency` is the unit that owns the initiative: its owner unit names it, by name or code. */
function isOwner(agency: Agency, initiative: Initiative): boolean {
  const owner = initiative.ownerUnit;
  if (owner.trim() === '') return false;
  return foldForMatching(agency.name) === foldForMatching(owner) || codeKey(agency.code) === codeKey(owner);
}

/**
 * The planned pairs, in plan order. Initiatives are found by code (trimmed, any case); agencies by
 * code or name (any case or accents), or "Tất cả" for every agency but the owner. A line with an
 * unknown initiative is skipped; an unknown agency, or the owner named on its own initiative, is
 * skipped alone; an unreadable due date leaves the pair without one. A pair planned again on a
 * later line takes that line's due date and place. Every such line is reported.
 */
export function readPlan(grid: Grid, initiatives: readonly Initiative[], agencies: readonly Agency[]): { pairs: PlannedPair[]; problems: ReplicationProblem[] } {
  const { columns, problems } = sheetColumns(PLAN_SHEET, grid, PLAN_HEADER, PLAN_HEADER.slice(0, COLUMN.note));
  const report = (row: number, code: ReplicationProblem['code'], params: ReplicationProblem['params']): void => {
    problems.push({ sheet: PLAN_SHEET, row, code, params });
  };
  const byCode = new Map<string, Initiative>();
  for (const x of initiatives) if (codeKey(x.code) !== '' && !byCode.has(codeKey(x.code))) byCode.set(codeKey(x.code), x);
  const pairs = new Map<string, PlannedPair>();
  grid.slice(1).forEach((cells, i) => {
    if (isBlankRow(cells)) return;
    const row = i + 2;
    const cell = (column: number): CellValue | undefined => cellOf(cells, columns, column);
    const typedCode = tidy(cellText(cell(COLUMN.initiative)));
    if (typedCode === '') return report(row, 'missingCode', { column: PLAN_HEADER[COLUMN.initiative] });
    const initiative = byCode.get(codeKey(typedCode));
    if (!initiative) return report(row, 'unknownInitiative', { code: typedCode });
    const due = readDay(cell(COLUMN.due));
    if (due === undefined) report(row, 'unreadableDue', { value: cellText(cell(COLUMN.due)) });
    const names = cellText(cell(COLUMN.agencies))
      .split(/[;\n]+/)
      .map(tidy)
      .filter((name) => name !== '');
    if (names.length === 0) return report(row, 'noAgencies', { initiative: initiative.code });
    const assigned: Agency[] = [];
    for (const name of names) {
      if (foldText(name) === foldText(EVERY_AGENCY)) {
        assigned.push(...agencies.filter((a) => !isOwner(a, initiative)));
        continue;
      }
      const agency = agencies.find((a) => codeKey(a.code) === codeKey(name)) ?? agencies.find((a) => foldForMatching(a.name) === foldForMatching(name));
      if (!agency) report(row, 'unknownAgency', { initiative: initiative.code, agency: name });
      else if (isOwner(agency, initiative)) report(row, 'ownerAssigned', { initiative: initiative.code, agency: agency.code });
      else assigned.push(agency);
    }
    const onThisLine = new Set<string>();
    for (const agency of assigned) {
      const key = pairKey(initiative.code, agency.code);
      if (onThisLine.has(key)) continue;
      onThisLine.add(key);
      const earlier = pairs.get(key);
      if (earlier) {
        report(row, 'duplicatePair', { initiative: initiative.code, agency: agency.code, otherRow: earlier.row });
        pairs.delete(key);
      }
      pairs.set(key, { initiativeCode: initiative.code, agencyCode: agency.code, due: due ?? null, row });
    }
  });
  return { pairs: [...pairs.values()], problems };
}
