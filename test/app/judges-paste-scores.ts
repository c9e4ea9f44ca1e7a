// Judges at work, for the app tests and the benchmark: every judge of a round pastes their points
// into their own scoring sheet (one paste per sheet), as a person would, through the emulator's
// user paste.

import type { Emulator } from '../emulator';
import type { CellValue } from '../../src/core/cell';
import type { ContestConfig } from '../../src/core/config/model';
import { columnLetters } from '../../src/core/cell-grid';
import { judgeSheetLayout } from '../../src/core/judging/judge-sheet';
import { JUDGE_SHEETS_SHEET, readJudgeSheetRecords } from '../../src/core/judging/judging-sheets';
import type { RoundId } from '../../src/core/scoring/score-sheet';

/**
 * Each judge of the round pastes one block into the criteria columns of their sheet: `block` gives
 * the points of every entry code on the sheet, in sheet order, criteria in rubric order. Returns
 * the cells pasted; a paste the sheet refuses throws.
 */
export function pasteIntoJudgeSheets(emu: Emulator, config: ContestConfig, round: RoundId, block: (codes: string[], judge: string) => CellValue[][]): number {
  const rubric = round === 'preliminary' ? config.rounds.preliminary.rubric : config.rounds.defence!.rubric;
  const layout = judgeSheetLayout({ contestTitle: config.identity.title, round, rubric, judge: { name: '', email: '' } });
  const [first] = layout.columns.criteria;
  const last = first + rubric.criteria.length - 1;
  let pasted = 0;
  for (const record of readJudgeSheetRecords(emu.inspect.values(JUDGE_SHEETS_SHEET)).filter((r) => r.round === round)) {
    const spreadsheet = record.spreadsheetId === null ? emu.activeSpreadsheet : emu.openById(record.spreadsheetId);
    const sheet = spreadsheet.getSheetByName(record.sheetName)!;
    const codes = emu.inspect
      .values(sheet)
      .slice(layout.firstDataRow - 1)
      .map((r) => String(r[layout.columns.code - 1]))
      .filter((code) => code !== '');
    const range = `${columnLetters(first)}${layout.firstDataRow}:${columnLetters(last)}${layout.firstDataRow + codes.length - 1}`;
    const result = emu.userPaste(sheet, range, block(codes, record.judge), record.judge);
    if (!result.accepted) throw new Error(`${record.judge} could not paste into ${range}: ${result.message}`);
    pasted += codes.length * rubric.criteria.length;
  }
  return pasted;
}

/** `points(entryNumber, judgeEmail)`: the criteria's points in rubric order, null for a cell left blank. */
export function judgesPasteScores(emu: Emulator, config: ContestConfig, round: RoundId, points: (entry: number, judge: string) => (number | null)[]): void {
  pasteIntoJudgeSheets(emu, config, round, (codes, judge) => codes.map((code) => points(Number(code.slice(-3)), judge).map((p) => p ?? '')));
}
