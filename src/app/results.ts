// "Tính kết quả": reads the register, every judge's sheet and the board's decisions, computes the
// results, and writes the Results sheet, its charts, and (the first time) the blank sheet where
// the board records its decisions. Nothing the board typed is ever overwritten, and nothing here
// writes a score: a second run gives the same sheets, never more rows or charts.

import type { Grid } from '../core/cell';
import type { ContestConfig } from '../core/config/model';
import type { Entry } from '../core/entry';
import {
  BOARD_DECISIONS_HEADER,
  BOARD_DECISIONS_MONEY_COLUMN,
  BOARD_DECISIONS_SHEET,
  BOARD_DECISIONS_TEXT_COLUMNS,
  readBoardDecisions,
  type BoardSheetProblem,
} from '../core/results/board-decisions-sheet';
import { computeResults } from '../core/results/compute-results';
import type { ContestResults, EntryResult } from '../core/results/results-model';
import { MONEY_FORMAT, RESULTS_CHARTS_SHEET, RESULTS_SHEET, resultsChartsSheet, resultsSheet, type ResultsSheetWords } from '../core/results/results-sheet';
import type { RoundId } from '../core/scoring/score-sheet';
import { collectScoreSheets, type JudgingPorts } from './judging';
import type { SheetTable, WorkbookPort } from './ports';

export { BOARD_DECISIONS_SHEET } from '../core/results/board-decisions-sheet';
export { RESULTS_CHARTS_SHEET, RESULTS_SHEET } from '../core/results/results-sheet';

/** The words results writes into the workbook (always Vietnamese), from the message catalog. */
export interface ResultsWording extends ResultsSheetWords {
  /** The function that explains each entry's result, prepared once per computation. */
  explainer(results: ContestResults, config: ContestConfig): (result: EntryResult) => string;
  /** How to fill in the board's sheet: one note per header cell. */
  boardSheetNotes: readonly string[];
}

export interface ResultsPorts {
  workbook: WorkbookPort;
  judging: JudgingPorts;
  wording: ResultsWording;
}

export interface ComputedContest {
  entries: Entry[];
  results: ContestResults;
  /** The register as read (the documents use its authors column). */
  register: Grid;
  /** A round whose scoring is not locked yet: the results are provisional. */
  provisional: boolean;
  /** The rounds not locked yet, in order. */
  openRounds: RoundId[];
  /** Rows of the board's sheet left out, and why. */
  boardProblems: BoardSheetProblem[];
  /** Whether the board's sheet exists. */
  boardSheetFound: boolean;
}

const ROUNDS: readonly RoundId[] = ['preliminary', 'defence'];

/** Reads the register, the board's decisions and the scores (collectScoreSheets, one batch); computes; writes nothing. */
/** The contest's rounds whose scoring is not locked: while there is one, results are provisional. */
export function openRounds(config: ContestConfig, isLocked: (round: RoundId) => boolean): RoundId[] {
  return ROUNDS.filter((r) => (r === 'preliminary' || config.rounds.defence !== undefined) && !isLocked(r));
}

export function computeContest(config: ContestConfig, ports: ResultsPorts): ComputedContest {
  // The register, the board's decisions and the scores, in one batch read.
  const { sheets, register, entries, locked, also } = collectScoreSheets(config, ports.judging, [BOARD_DECISIONS_SHEET]);
  const board = also.get(BOARD_DECISIONS_SHEET);
  const reading = board ? readBoardDecisions(board, entries.map((e) => e.code)) : { decisions: {}, problems: [] };
  const results = computeResults({ config, entries, sheets, decisions: reading.decisions });
  const open = openRounds(config, (r) => locked.includes(r));
  return { entries, results, register, provisional: open.length > 0, openRounds: open, boardProblems: reading.problems, boardSheetFound: board !== undefined };
}

export interface ResultsSummary {
  contest: ComputedContest;
  /** The board's sheet did not exist and was created, blank. */
  boardSheetCreated: boolean;
  /** The sheets written, in order. */
  sheets: string[];
}

/** computeContest, then writes the Results sheet, the charts sheet, and the board's decisions sheet when missing (never overwriting what the board typed). */
export function writeResults(config: ContestConfig, ports: ResultsPorts): ResultsSummary {
  return ports.judging.lock.withLock(() => {
    const contest = computeContest(config, ports);
    const words = ports.wording;
    const { results } = contest;
    const sheet = resultsSheet({
      config,
      results,
      openRounds: contest.openRounds,
      boardProblems: contest.boardProblems,
      explain: words.explainer(results, config),
      words,
    });
    const charts = resultsChartsSheet({ config, results, words });
    const tables: SheetTable[] = [
      { name: RESULTS_SHEET, ...sheet },
      { name: RESULTS_CHARTS_SHEET, header: charts.header, rows: charts.rows },
    ];
    if (!contest.boardSheetFound) {
      tables.push({
        name: BOARD_DECISIONS_SHEET,
        header: BOARD_DECISIONS_HEADER,
        rows: [],
        textColumns: BOARD_DECISIONS_TEXT_COLUMNS,
        numberFormats: [{ column: BOARD_DECISIONS_MONEY_COLUMN, pattern: MONEY_FORMAT }],
        notes: [...words.boardSheetNotes],
      });
    }
    ports.workbook.writeSheets(tables);
    ports.workbook.replaceCharts(RESULTS_CHARTS_SHEET, charts.charts);
    return { contest, boardSheetCreated: !contest.boardSheetFound, sheets: tables.map((t) => t.name) };
  });
}
