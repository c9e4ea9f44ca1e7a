// Entries per unit against the unit quota: Phú Tân ("Mỗi đơn vị tham gia tối thiểu 01 bài dự
// thi") and Đakrông ("lựa chọn ít nhất 01 bài dự thi") ask every unit for an entry, and Hậu Giang
// for every agency to take part; the secretariat needs the list of units that have sent none.

import type { ContestConfig } from '../config/model';

export interface UnitIntake {
  unitCode: string;
  /** The unit's name in the configuration; '' for a code the configuration does not have. */
  unitName: string;
  entries: number;
  /** The quota (unitRules.minEntriesPerUnit); 0 for a unit outside the configuration. */
  required: number;
  /** Fewer entries than the quota. */
  missing: boolean;
  /** Entries the unit chose to send forward in its pre-screening (sơ loại, Phú Tân). */
  chosen: number;
}

/**
 * One row per unit of the configuration (in its order), counting entries per unit code; entries
 * of unknown units are counted under their own code at the end, in the order first met (an entry
 * with no unit under ''), so the rows add up to every entry given. Which entries count (all, or
 * the valid ones only) is the caller's choice of codes.
 */
export function unitIntake(config: ContestConfig, entryUnitCodes: readonly string[], chosenUnitCodes: readonly string[] = []): UnitIntake[] {
  const counts = new Map<string, number>();
  for (const raw of entryUnitCodes) {
    const code = raw.trim();
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const chosen = new Map<string, number>();
  for (const raw of chosenUnitCodes) chosen.set(raw.trim(), (chosen.get(raw.trim()) ?? 0) + 1);
  const required = config.unitRules.minEntriesPerUnit;
  const known = new Set(config.units.map((u) => u.code));
  const rows: UnitIntake[] = config.units.map((unit) => {
    const entries = counts.get(unit.code) ?? 0;
    return { unitCode: unit.code, unitName: unit.name, entries, required, missing: entries < required, chosen: chosen.get(unit.code) ?? 0 };
  });
  for (const [code, entries] of counts) {
    if (!known.has(code)) rows.push({ unitCode: code, unitName: '', entries, required: 0, missing: false, chosen: chosen.get(code) ?? 0 });
  }
  return rows;
}
