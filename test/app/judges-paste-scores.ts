// Judges at work, for the app tests: every judge of a round pastes their points into their own
// scoring sheet (one paste per sheet), as a person would, through the emulator's user paste.

import type { Emulator } from '../emulator';
import type { ContestConfig } from '../../src/core/config/model';
import { columnLetters } from '../../src/core/cell-grid';
import { judgeSheetLayout } from '../../src/core/judging/judge-sheet';
import { JUDGE_SHEETS_SHEET, readJudgeSheetRecords } from '../../src/core/judging/judging-sheets';
import type { RoundId } from '../../src/core/scoring/score-sheet';

/** `points(entryNumber, judgeEmail)`: the criteria's points in rubric order, null for a cell left blank. */
export function judgesPasteScores(emu: Emulator, config: ContestConfig, round: RoundId, points: (entry: number, judge: string) => (number | null)[]): void {
  const rubric = round === 'preliminary' ? config.rounds.preliminary.rubric : config.rounds.defence!.rubric;
  const layout = judgeSheetLayout({ contestTitle: config.identity.title, round, rubric, judge: { name: '', email: '' } });
  for (const record of readJudgeSheetRecords(emu.inspect.values(JUDGE_SHEETS_SHEET)).filter((r) => r.round === round)) {
    const spreadsheet = record.spreadsheetId === null ? emu.activeSpreadsheet : emu.openById(record.spreadsheetId);
    const sheet = spreadsheet.getSheetByName(record.sheetName)!;
    const codes = emu.inspect
      .values(sheet)
      .slice(layout.firstDataRow - 1)
      .map((r) => String(r[layout.columns.code - 1]))
      .filter((x) => x !== '');
    const [first] = layout.columns.criteria;
    const last = first + rubric.criteria.length - 1;
    const range = `${columnLetters(first)}${layout.firstDataRow}:${columnLetters(last)}${layout.firstDataRow + codes.length - 1}`;
    const block = codes.map((code) => points(Number(code.slice(-3)), record.judge).map((p) => p ?? ''));
    const pasted = emu.userPaste(sheet, range, block, record.judge);
    if (!pasted.accepted) throw new Error(pasted.message);
  }
}
