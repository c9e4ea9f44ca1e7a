// The judges score between two measured steps: each pastes their points into their own scoring
// sheet in one block, as a person would (the emulator's user paste, with its protections and
// validation), outside any measured window. Points come from the demo's simulated judges: a
// hidden quality per entry seen through each judge's habit (lenient, harsh, leaving blanks,
// sometimes far from the others).

import type { Emulator } from '../test/emulator';
import type { ContestConfig } from '../src/core/config/model';
import { pasteIntoJudgeSheets } from '../test/app/judges-paste-scores';
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
  const quality = new Map<string, number>();
  return pasteIntoJudgeSheets(emu, config, round, (codes, judge) => {
    for (const code of codes) quality.set(code, hiddenQuality(code));
    const habit = habits.find((h) => h.judge === judge) ?? ordinaryJudge(judge);
    const sheets = simulateSheets({ entries: [], quality }, codes, rubric, round, [habit], seed + habits.indexOf(habit));
    return sheets.map((s) => rubric.criteria.map((c) => s.scores[c.code] ?? ''));
  });
}
