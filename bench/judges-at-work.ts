// The judges score between two measured steps: each pastes their points into their own scoring
// sheet in one block, as a person would (the emulator's user paste, with its protections and
// validation), outside any measured window. Points come from the demo's simulated judges: a
// hidden quality per entry seen through each judge's habit (lenient, harsh, leaving blanks,
// sometimes far from the others).

import type { Emulator } from '../test/emulator';
import { columnToLetters } from '../test/emulator/a1';
import type { ContestConfig } from '../src/core/config/model';
import { judgeSheetLayout } from '../src/core/judging/judge-sheet';
import { JUDGE_SHEETS_SHEET, readJudgeSheetRecords } from '../src/core/judging/judging-sheets';
import type { RoundId } from '../src/core/scoring/score-sheet';
import { ordinaryJudge, seededRandom, simulateSheets, type JudgeHabit } from '../demo/simulated-judging';

/** The first four judges have a habit each; the others score plainly. */
export function panelHabits(judges: readonly string[]): JudgeHabit[] {
  const habits = judges.map(ordinaryJudge);
  const quirks: Partial<JudgeHabit>[] = [{ bias: 0.05 }, { bias: -0.05 }, { gaps: 0.05 }, { outliers: 0.05 }];
  quirks.forEach((q, i) => {
    if (habits[i]) habits[i] = { ...habits[i], ...q };
  });
  return habits;
}

/** An entry's hidden quality (0.45..0.95), the same in both rounds: seeded by its code. */
function hiddenQuality(code: string): number {
  let seed = 2026;
  for (const ch of code) seed = (Math.imul(seed, 31) + ch.charCodeAt(0)) >>> 0;
  return 0.45 + 0.5 * seededRandom(seed)();
}

/** Every judge of the round pastes the points of every entry on their sheet; returns the cells pasted. */
export function judgesScore(emu: Emulator, config: ContestConfig, round: RoundId, habits: readonly JudgeHabit[], seed: number): number {
  const rubric = round === 'defence' ? config.rounds.defence!.rubric : config.rounds.preliminary.rubric;
  const layout = judgeSheetLayout({ contestTitle: config.identity.title, round, rubric, judge: { name: '', email: '' } });
  const [first] = layout.columns.criteria;
  const last = first + rubric.criteria.length - 1;
  const quality = new Map<string, number>();
  let pasted = 0;
  for (const record of readJudgeSheetRecords(emu.inspect.values(JUDGE_SHEETS_SHEET)).filter((r) => r.round === round)) {
    const spreadsheet = record.spreadsheetId === null ? emu.activeSpreadsheet : emu.openById(record.spreadsheetId);
    const sheet = spreadsheet.getSheetByName(record.sheetName)!;
    const codes = emu.inspect
      .values(sheet)
      .slice(layout.firstDataRow - 1)
      .map((r) => String(r[layout.columns.code - 1]))
      .filter((code) => code !== '');
    for (const code of codes) quality.set(code, hiddenQuality(code));
    const habit = habits.find((h) => h.judge === record.judge) ?? ordinaryJudge(record.judge);
    const sheets = simulateSheets({ entries: [], quality }, codes, rubric, round, [habit], seed + habits.indexOf(habit));
    const block = sheets.map((s) => rubric.criteria.map((c) => s.scores[c.code] ?? ''));
    const range = `${columnToLetters(first)}${layout.firstDataRow}:${columnToLetters(last)}${layout.firstDataRow + codes.length - 1}`;
    const result = emu.userPaste(sheet, range, block, record.judge);
    if (!result.accepted) throw new Error(`${record.judge} could not paste into ${range}: ${result.message}`);
    pasted += codes.length * rubric.criteria.length;
  }
  return pasted;
}
