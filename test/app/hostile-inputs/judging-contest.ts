// The judges' sheets at work for the catalogue: a contest whose entries are in the register, its
// judges assigned and their tabs made through the menu (shared workbook: protected tabs, the
// sheet's validation, the edit trigger), a case's edit made by a judge or the secretariat, then
// "Cập nhật điểm và tiến độ chấm" as the secretariat reads it.

import * as entryPoints from '../../../src/main';
import { writeConfiguration } from '../../../src/app/contest-configuration';
import type { CellValue, Grid } from '../../../src/core/cell';
import { columnLetters } from '../../../src/core/cell-grid';
import type { ContestConfig } from '../../../src/core/config/model';
import { ENTRIES_SHEET, ENTRY_COLUMNS, RAW_PREFIX } from '../../../src/core/intake/entries-sheet';
import { ATTACHMENT_LINK_QUESTION } from '../../../src/core/intake/form-spec';
import { judgeSheetLayout, type JudgeSheetLayout } from '../../../src/core/judging/judge-sheet';
import { JUDGE_SHEETS_SHEET, readJudgeSheetRecords } from '../../../src/core/judging/judging-sheets';
import { scoreMatrixSheetName } from '../../../src/core/judging/score-matrix';
import { literalCell } from '../../../src/core/sheet-text';
import { SpreadsheetWorkbook } from '../../../src/workspace/spreadsheet-workbook';
import { createEmulator, type Emulator, type UserEditResult } from '../../emulator';
import { contestConfig, JUDGES, SECRETARY } from './contest';
import { OTHER_POINTS, type JudgeCase } from './judge-sheet-cases';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Every entry of the register comes from a unit no judge belongs to: every judge scores every entry. */
const UNIT = 'Sở Kế hoạch và Đầu tư';
export const entryCode = (n: number): string => `HG2024-${String(n).padStart(3, '0')}`;

export interface JudgingContest {
  emu: Emulator;
  layout: JudgeSheetLayout;
  entries: number;
  close(): void;
}

function registerRows(config: ContestConfig, count: number): { header: string[]; rows: CellValue[][] } {
  const header = [...Object.values(ENTRY_COLUMNS), RAW_PREFIX + ATTACHMENT_LINK_QUESTION];
  const rows = Array.from({ length: count }, (_, i) => {
    const code = entryCode(i + 1);
    const cells: Record<string, CellValue> = {
      [ENTRY_COLUMNS.code]: code,
      [ENTRY_COLUMNS.status]: 'Hợp lệ',
      [ENTRY_COLUMNS.receivedAt]: new Date(Date.UTC(2024, 6, 2 + (i % 40), 3)),
      [ENTRY_COLUMNS.kind]: 'Cá nhân',
      [ENTRY_COLUMNS.authors]: `Tác giả ${i + 1}`,
      [ENTRY_COLUMNS.unit]: UNIT,
      [ENTRY_COLUMNS.category]: config.categories[i % config.categories.length].name,
      [ENTRY_COLUMNS.title]: `Giải pháp ${i + 1}`,
      [RAW_PREFIX + ATTACHMENT_LINK_QUESTION]: `https://drive.example/${code}`,
    };
    return header.map((h) => cells[h] ?? '');
  });
  return { header, rows };
}

export function openJudgingContest(entries: number): JudgingContest {
  const emu = createEmulator({ owner: SECRETARY, scope: entryPoints, latency: 'off', startTime: new Date('2024-09-02T02:00:00Z') });
  const close = emu.install();
  const config = contestConfig();
  const register = registerRows(config, entries);
  emu.runAs(SECRETARY, () => {
    const workbook = new SpreadsheetWorkbook(emu.activeSpreadsheet);
    writeConfiguration(config, workbook, '(cũ)');
    workbook.writeSheets([{ name: ENTRIES_SHEET, header: register.header, rows: register.rows }]);
  });
  emu.triggers.open(SECRETARY);
  emu.clickMenu('Phân công giám khảo', { user: SECRETARY });
  emu.clickMenu('Tạo / cập nhật phiếu chấm', { user: SECRETARY });
  const layout = judgeSheetLayout({ contestTitle: config.identity.title, round: 'preliminary', rubric: config.rounds.preliminary.rubric, judge: { name: '', email: '' } });
  return { emu, layout, entries, close };
}

export function judgeTab(contest: JudgingContest, judge: string): Sheet {
  const record = readJudgeSheetRecords(contest.emu.inspect.values(JUDGE_SHEETS_SHEET) as Grid).find((r) => r.judge === judge && r.round === 'preliminary');
  if (!record) throw new Error(`no sheet for ${judge}`);
  return contest.emu.activeSpreadsheet.getSheetByName(record.sheetName)!;
}

export function rowOfEntry(contest: JudgingContest, sheet: Sheet, code: string): number {
  const row = contest.emu.inspect.values(sheet).findIndex((r) => String(r[contest.layout.columns.code - 1]) === code) + 1;
  if (row === 0) throw new Error(`${code} is not on ${sheet.getName()}`);
  return row;
}

const cellAt = (row: number, column: number): string => `${columnLetters(column)}${row}`;

/** The criteria of a row, from the first criterion to the last. */
function criteriaRange(contest: JudgingContest, row: number): string {
  const criteria = contest.layout.columns.criteria;
  return `${cellAt(row, criteria[0])}:${cellAt(row, criteria[criteria.length - 1])}`;
}

function accepted(result: UserEditResult): void {
  if (!result.accepted) throw new Error(result.message);
}

/** A judge pastes a whole row of points for an entry. */
export function pasteScores(contest: JudgingContest, judge: string, code: string, points: readonly CellValue[]): void {
  const sheet = judgeTab(contest, judge);
  accepted(contest.emu.userPaste(sheet, criteriaRange(contest, rowOfEntry(contest, sheet, code)), [[...points]], judge));
}

/** Sheets as Sheets would hold them after deleting or inserting: values and formulas, written back as typed. */
function rewrite(sheet: Sheet, keep: (grid: CellValue[][]) => CellValue[][]): void {
  const range = sheet.getDataRange();
  const formulas = range.getFormulas();
  const grid = (range.getValues() as CellValue[][]).map((row, r) => row.map((v, c) => (formulas[r][c] !== '' ? formulas[r][c] : literalCell(v))));
  const kept = keep(grid);
  sheet.clearContents();
  const width = Math.max(...kept.map((r) => r.length));
  sheet.getRange(1, 1, kept.length, width).setValues(kept.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? '')));
}

export interface Applied {
  /** The refusal a judge saw, when Sheets refused the edit. */
  refused?: UserEditResult;
  /** The entry the case is about; '' for a row with no entry. */
  code: string;
  judge: string;
}

/** What the case needs before its edit: a judge typing one criterion has filled the others (and, to clear a score, typed one). */
export function prepareJudgeEdit(contest: JudgingContest, c: JudgeCase, n: number): void {
  if (c.edit !== 'typeScore') return;
  const judge = JUDGES[0].email;
  const sheet = judgeTab(contest, judge);
  const row = rowOfEntry(contest, sheet, entryCode(n));
  const [first] = contest.layout.columns.criteria;
  accepted(contest.emu.userPaste(sheet, `${cellAt(row, first + 1)}:${cellAt(row, first + OTHER_POINTS.length)}`, [[...OTHER_POINTS]], judge));
  if (c.input === '') accepted(contest.emu.userEdit(sheet, cellAt(row, first), 25, judge));
}

/** Makes the case's edit on the n-th entry of the first judge's tab. */
export function applyJudgeEdit(contest: JudgingContest, c: JudgeCase, n: number): Applied {
  const { emu, layout } = contest;
  const judge = JUDGES[0].email;
  const code = entryCode(n);
  const sheet = judgeTab(contest, judge);
  const row = rowOfEntry(contest, sheet, code);
  const [first] = layout.columns.criteria;
  const value = (): CellValue => c.input as CellValue;
  const edit = (target: Sheet, a1: string, input: CellValue, user = judge): Applied => {
    const result = emu.userEdit(target, a1, input, user);
    return result.accepted ? { code, judge } : { refused: result, code, judge };
  };
  const paste = (target: Sheet, a1: string, block: CellValue[][]): Applied => {
    const result = emu.userPaste(target, a1, block, judge);
    return result.accepted ? { code, judge } : { refused: result, code, judge };
  };
  const asOwner = (fn: () => void): Applied => {
    emu.runAs(SECRETARY, fn);
    return { code, judge };
  };
  switch (c.edit) {
    case 'typeScore':
      return edit(sheet, cellAt(row, first), value());
    case 'pasteRow':
      return paste(sheet, criteriaRange(contest, row), c.input as CellValue[][]);
    case 'writeScore':
      return asOwner(() => sheet.getRange(criteriaRange(contest, row)).setValues([[literalCell(value()), ...OTHER_POINTS]]));
    case 'typeConflict':
      return edit(sheet, cellAt(row, layout.columns.conflict), value());
    case 'pasteOverCode':
      return paste(sheet, `${cellAt(row, layout.columns.code)}:${cellAt(row, layout.columns.title)}`, c.input as CellValue[][]);
    case 'pasteOverRecorded': {
      const recorded = layout.hiddenColumns.first;
      return paste(sheet, `${cellAt(row, recorded)}:${cellAt(row, recorded + 1)}`, c.input as CellValue[][]);
    }
    case 'typeInOtherTab': {
      const other = judgeTab(contest, JUDGES[1].email);
      return edit(other, cellAt(rowOfEntry(contest, other, code), first), value());
    }
    case 'typeBelowTable':
      return { ...edit(sheet, cellAt(layout.firstDataRow + contest.entries, first), value()), code: '' };
    case 'renameTab':
      return asOwner(() => sheet.setName(String(value())));
    case 'deleteTab':
      return asOwner(() => emu.activeSpreadsheet.deleteSheet(sheet));
    case 'renameCriterionHeader':
      accepted(emu.userEdit(sheet, cellAt(layout.headerRow, first), value(), SECRETARY));
      return { code, judge };
    case 'insertColumn':
      return asOwner(() => sheet.insertColumnsBefore(first + 1, 1));
    case 'deleteCriterionColumn':
      return asOwner(() => rewrite(sheet, (grid) => grid.map((cells) => cells.filter((_, i) => i + 1 !== first))));
    case 'deleteEntryRow':
      return asOwner(() => rewrite(sheet, (grid) => grid.filter((_, i) => i + 1 !== row)));
    case 'copyEntryRow':
      return asOwner(() => {
        const below = layout.firstDataRow + contest.entries;
        sheet.getRange(below, 1, 1, layout.width).setValues([(emu.inspect.values(sheet)[row - 1] as CellValue[]).map(literalCell)]);
      });
    case 'changeAfterLock':
      emu.ui.answerAlert('YES');
      emu.clickMenu('Khóa chấm điểm', { user: SECRETARY });
      accepted(emu.userEdit(sheet, cellAt(row, first), value(), SECRETARY));
      return { code, judge };
  }
}

/** "Cập nhật điểm và tiến độ chấm" from the menu: the alert the secretariat reads. */
export function syncScores(contest: JudgingContest): string {
  contest.emu.clickMenu('Cập nhật điểm và tiến độ chấm', { user: SECRETARY });
  const alerts = contest.emu.ui.alerts;
  return alerts[alerts.length - 1].prompt;
}

/** The judge's total for an entry on the score matrix ('' when not counted). */
export function matrixTotal(contest: JudgingContest, code: string, judge: string): CellValue {
  const grid = contest.emu.inspect.values(scoreMatrixSheetName('preliminary')) as Grid;
  const name = JUDGES.find((j) => j.email === judge)!.name;
  const column = grid[0].map(String).indexOf(name);
  const row = grid.find((r) => r[0] === code);
  if (column < 0 || !row) throw new Error(`no total for ${code} and ${judge}`);
  return row[column];
}

/**
 * Every judge's tab as the judges see it (the hidden columns of recorded scores are the add-on's
 * own bookkeeping): to show that a case changed nothing it should not have.
 */
export function everyTab(contest: JudgingContest): Map<string, Grid> {
  const visible = contest.layout.columns.status;
  return new Map(JUDGES.map((j) => [j.email, (contest.emu.inspect.values(judgeTab(contest, j.email)) as Grid).map((row) => row.slice(0, visible))]));
}

/** Puts the case's row back as it was, nothing scored and no conflict, so that it stops being reported. */
export function clearRow(contest: JudgingContest, judge: string, code: string): void {
  const sheet = judgeTab(contest, judge);
  const row = rowOfEntry(contest, sheet, code);
  contest.emu.runAs(SECRETARY, () => {
    sheet.getRange(criteriaRange(contest, row)).setValues([contest.layout.columns.criteria.map(() => '')]);
    sheet.getRange(row, contest.layout.columns.conflict).setValue(false);
  });
}
