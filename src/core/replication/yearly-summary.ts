// The yearly summary per unit ("Tổng hợp năm <YYYY>"): what each unit entered, had recognised and
// had applied elsewhere in a year, for the annual CCHC report, with the list of units that earn the
// PAR Index initiative bonus. Tân An 2024 (seeds/tan-an-2024-plan.txt) collects entries all year
// and counts each in a year by the cut-off rule (src/core/intake/checks.ts); Hậu Giang 2024
// (seeds/hau-giang-2024-plan.txt, §6) gives the bonus to "các cơ quan, đơn vị có bài dự thi vào
// vòng bảo vệ ý tưởng".

import type { CellValue, Grid } from '../cell';
import { columnText } from '../cell-grid';
import type { ContestConfig } from '../config/model';
import { ENTRY_COLUMNS, registerRows } from '../intake/entries-sheet';
import { compareVietnamese, dateInTimeZone, foldForMatching, tidy } from '../vn';
import type { Assignment, Initiative } from './replication-model';

export const YEARLY_SUMMARY_PREFIX = 'Tổng hợp năm ';

export function yearlySummarySheetName(year: number): string {
  return `${YEARLY_SUMMARY_PREFIX}${year}`;
}

/** A coded row of the Entries sheet, as the yearly summary counts it. */
export interface CountedEntry {
  code: string;
  /** The unit's code; a name no configured unit has stands for itself (as registerRows reads it). */
  unitCode: string;
  /** The year it counts for ("Tính cho năm"). */
  year: number;
  invalid: boolean;
}

/** "Tính cho năm" as intake wrote it (a number), or as someone typed it (four digits); null otherwise. */
function yearOf(cell: CellValue | undefined): number | null {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell > 0 ? cell : null;
  const text = typeof cell === 'string' ? cell.trim() : '';
  return /^\d{4}$/.test(text) ? Number(text) : null;
}

/**
 * Every coded row of the register. The unit is read back as the dashboard reads it
 * (registerRows: the unit's name mapped to its code). A row is invalid by the rule the judging
 * step applies to the register (entriesFromRegister's `keep`): `isJudged` is the same predicate,
 * every status but the invalid word ("Không hợp lệ") passes, so a status the secretariat typed over
 * counts as typed. A year that cannot be read is the contest's year.
 */
export function countedEntries(register: Grid, config: ContestConfig, isJudged: (status: string) => boolean): CountedEntry[] {
  const header = register[0] ?? [];
  const names = header.map(String);
  const codeAt = names.indexOf(ENTRY_COLUMNS.code);
  const yearAt = names.indexOf(ENTRY_COLUMNS.countsForYear);
  const counted: CountedEntry[] = [];
  for (const row of register.slice(1)) {
    if (columnText(row, codeAt) === '') continue;
    const [read] = registerRows([header, row], config);
    counted.push({
      code: read.code,
      unitCode: read.unitCode,
      year: (yearAt < 0 ? null : yearOf(row[yearAt])) ?? config.identity.year,
      invalid: !isJudged(read.status),
    });
  }
  return counted;
}

/**
 * Every year an entry or a recognised initiative counts in, or an agency applied an initiative
 * (replication often lands in a later year than the recognition, and counts in that year's report), ascending.
 */
export function summaryYears(entries: readonly CountedEntry[], initiatives: readonly Initiative[], assignments: readonly Assignment[]): number[] {
  const years = new Set<number>(entries.map((e) => e.year));
  for (const initiative of initiatives) if (initiative.year !== null) years.add(initiative.year);
  for (const a of assignments) {
    const year = a.status === 'applied' ? calendarYear(a.updatedAt) : null;
    if (year !== null) years.add(year);
  }
  return [...years].sort((a, b) => a - b);
}

/**
 * What the PAR Index bonus list is based on: the units with entries in the defence round (Hậu Giang
 * 2024), or, for a contest without one, the units with an initiative recognised in the year.
 */
export type BonusBasis = 'defenceRound' | 'recognised';

export interface UnitYear {
  unitCode: string;
  unitName: string;
  /** Valid entries counted for the year. */
  entries: number;
  /** Initiatives owned by the unit counted in the year. */
  recognised: number;
  /** (initiative of this unit, other agency) pairs whose status became applied in the year (Vietnam calendar). */
  appliedElsewhere: number;
  /** Initiatives of other units this unit applied in the year. */
  appliedHere: number;
  bonus: boolean;
}

export interface YearlySummary {
  year: number;
  units: UnitYear[];
  bonusBasis: BonusBasis;
  /** In the order of `units`; count: shortlisted entries, or initiatives recognised, by the basis. */
  bonusUnits: { unitCode: string; unitName: string; count: number }[];
  totals: { entries: number; recognised: number; appliedElsewhere: number };
}

export interface YearlySummaryInput {
  year: number;
  config: ContestConfig;
  entries: readonly CountedEntry[];
  initiatives: readonly Initiative[];
  assignments: readonly Assignment[];
  /** Unit codes of the year's entries shortlisted for the defence round (one per entry), or null when the contest has no defence round or its shortlist is not known. */
  defenceUnits: readonly string[] | null;
}

interface UnitRef {
  code: string;
  name: string;
}

/**
 * Finds the unit a code or a name stands for: a configured unit by its code, then by its code or
 * name folded (case, accents and spacing aside); anything else is a unit of its own, named as first
 * met, and the same text spelled differently again is the same unit.
 */
class UnitDirectory {
  private readonly configured: readonly UnitRef[];
  private readonly others = new Map<string, UnitRef>();

  constructor(config: ContestConfig) {
    this.configured = config.units.map((u) => ({ code: u.code, name: tidy(u.name) }));
  }

  resolve(text: string): UnitRef | null {
    const typed = tidy(text);
    if (typed === '') return null;
    const exact = this.configured.find((u) => u.code === typed);
    if (exact) return exact;
    const key = foldForMatching(typed);
    const matched = this.configured.find((u) => foldForMatching(u.code) === key || foldForMatching(u.name) === key);
    if (matched) return matched;
    let other = this.others.get(key);
    if (!other) {
      other = { code: typed, name: typed };
      this.others.set(key, other);
    }
    return other;
  }

  /** The configured units in their order, then the others met by name. */
  ordered(): UnitRef[] {
    const others = [...this.others.values()].sort((a, b) => compareVietnamese(a.name, b.name));
    return [...this.configured, ...others];
  }
}

function calendarYear(at: Date | null): number | null {
  return at === null || Number.isNaN(at.getTime()) ? null : dateInTimeZone(at).year;
}

/**
 * Every configured unit (the annual report lists each, zeros included), then any other unit that
 * has something in the year. An applied pair counts in the year its status last changed, not the
 * year the initiative was recognised; a pair dropped from the plan still counts (the agency did
 * apply it), an agency applying its own unit's initiative does not, a pair is counted once however
 * many rows repeat it, and a pair whose initiative is not in the register has no known owner and is
 * left out.
 */
export function yearlySummary(input: YearlySummaryInput): YearlySummary {
  const { year, config } = input;
  const directory = new UnitDirectory(config);
  const counts = new Map<string, Omit<UnitYear, 'unitCode' | 'unitName' | 'bonus'>>();
  const tally = (unit: UnitRef | null, field: 'entries' | 'recognised' | 'appliedElsewhere' | 'appliedHere'): void => {
    if (unit === null) return;
    const row = counts.get(unit.code) ?? { entries: 0, recognised: 0, appliedElsewhere: 0, appliedHere: 0 };
    row[field] += 1;
    counts.set(unit.code, row);
  };

  for (const entry of input.entries) {
    if (entry.year === year && !entry.invalid) tally(directory.resolve(entry.unitCode), 'entries');
  }
  const owners = new Map<string, UnitRef | null>();
  for (const initiative of input.initiatives) {
    const owner = directory.resolve(initiative.ownerUnit);
    if (!owners.has(initiative.code)) owners.set(initiative.code, owner);
    if (initiative.year === year) tally(owner, 'recognised');
  }
  const pairs = new Set<string>();
  for (const a of input.assignments) {
    if (a.status !== 'applied' || calendarYear(a.updatedAt) !== year) continue;
    const owner = owners.get(a.initiativeCode);
    const agency = directory.resolve(a.agencyCode);
    const pair = `${a.initiativeCode}\u0000${agency?.code ?? ''}`;
    if (!owner || !agency || owner.code === agency.code || pairs.has(pair)) continue;
    pairs.add(pair);
    tally(owner, 'appliedElsewhere');
    tally(agency, 'appliedHere');
  }

  const shortlisted = new Map<string, number>();
  for (const code of input.defenceUnits ?? []) {
    const unit = directory.resolve(code);
    if (unit) shortlisted.set(unit.code, (shortlisted.get(unit.code) ?? 0) + 1);
  }
  const bonusBasis: BonusBasis = input.defenceUnits !== null ? 'defenceRound' : 'recognised';
  const bonusCount = (code: string): number => (bonusBasis === 'defenceRound' ? (shortlisted.get(code) ?? 0) : (counts.get(code)?.recognised ?? 0));

  const configured = new Set(config.units.map((u) => u.code));
  const units: UnitYear[] = directory
    .ordered()
    .filter((u) => configured.has(u.code) || counts.has(u.code) || shortlisted.has(u.code))
    .map((u) => ({
      unitCode: u.code,
      unitName: u.name,
      ...(counts.get(u.code) ?? { entries: 0, recognised: 0, appliedElsewhere: 0, appliedHere: 0 }),
      bonus: bonusCount(u.code) > 0,
    }));
  const sum = (field: 'entries' | 'recognised' | 'appliedElsewhere'): number => units.reduce((total, u) => total + u[field], 0);
  return {
    year,
    units,
    bonusBasis,
    bonusUnits: units.filter((u) => u.bonus).map((u) => ({ unitCode: u.unitCode, unitName: u.unitName, count: bonusCount(u.unitCode) })),
    totals: { entries: sum('entries'), recognised: sum('recognised'), appliedElsewhere: sum('appliedElsewhere') },
  };
}

export const YEARLY_SUMMARY_HEADER = [
  'Đơn vị',
  'Bài dự thi tính cho năm',
  'Sáng kiến được công nhận',
  'Được đơn vị khác áp dụng',
  'Đã áp dụng sáng kiến của đơn vị khác',
  'Cộng điểm Chỉ số CCHC',
];

const BASIS_LINES: Record<BonusBasis, string> = {
  defenceRound: 'Căn cứ: đơn vị có bài dự thi vào vòng bảo vệ ý tưởng',
  recognised: 'Căn cứ: đơn vị có sáng kiến được công nhận trong năm',
};

/**
 * The sheet: one row per unit and a "Tổng cộng" row, then, after a blank row, the PAR Index bonus
 * list (title, basis, its own header, one row per unit). Names are written as they are: the
 * workbook adapter writes every cell as a literal (literalCell), so "=…" stays text there, and
 * escaping here as well would show the apostrophe.
 */
export function yearlySummaryTable(summary: YearlySummary): { header: string[]; rows: Grid } {
  const unitRows: Grid = summary.units.map((u) => [u.unitName, u.entries, u.recognised, u.appliedElsewhere, u.appliedHere, u.bonus ? 'Có' : '']);
  const appliedHere = summary.units.reduce((total, u) => total + u.appliedHere, 0);
  const { totals } = summary;
  const bonusRows: Grid =
    summary.bonusUnits.length > 0 ? summary.bonusUnits.map((u, i) => [i + 1, u.unitName, u.count]) : [['', 'Không có đơn vị nào.', '']];
  return {
    header: [...YEARLY_SUMMARY_HEADER],
    rows: [
      ...unitRows,
      ['Tổng cộng', totals.entries, totals.recognised, totals.appliedElsewhere, appliedHere, ''],
      [],
      [`DANH SÁCH ĐƠN VỊ ĐƯỢC CỘNG ĐIỂM TIÊU CHÍ SÁNG KIẾN (CHỈ SỐ CCHC NĂM ${summary.year})`],
      [BASIS_LINES[summary.bonusBasis]],
      ['STT', 'Đơn vị', 'Số bài/sáng kiến'],
      ...bonusRows,
    ],
  };
}
