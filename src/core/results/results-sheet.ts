// The Results sheet ("Kết quả") and its charts sheet, as cells: one row per entry in results
// order, a summary block to the right of the table, and the data the charts are drawn from.
//
// The summary sits to the right of the table, one empty column apart, rather than above it: the
// table's header stays row 1, so a filter or a sort on the table works, and the block does not
// move when the number of entries changes.
//
// Headers are the workbook's file format, Vietnamese whatever the interface language (as in
// config/workbook-vocabulary.ts); sentences and labels come from the message catalog as words.

import type { CellValue, Grid } from '../cell';
import { columnText } from '../cell-grid';
import { rubricMaximum, type ContestConfig, type EntrantKind, ENTRANT_KINDS } from '../config/model';
import { AGGREGATION_METHOD_WORDS, AWARD_KIND_WORDS, BOOLEAN_WORDS, ENTRANT_KIND_WORDS, wordFor } from '../config/workbook-vocabulary';
import type { Entry } from '../entry';
import type { RoundId } from '../scoring/score-sheet';
import type { BoardSheetProblem } from './board-decisions-sheet';
import type { ContestResults, EntryResult, ResultsNotice, RoundScore } from './results-model';

export const RESULTS_SHEET = 'Kết quả';
export const RESULTS_CHARTS_SHEET = 'Kết quả – Biểu đồ';

/** Money as the sheet shows it: 10.000.000 in a vi_VN spreadsheet. */
export const MONEY_FORMAT = '#,##0';

export const RESULTS_COLUMNS = {
  pool: 'Nhóm xét giải',
  rank: 'Xếp hạng',
  code: 'Mã bài',
  title: 'Tên bài',
  unit: 'Đơn vị',
  category: 'Lĩnh vực',
  preliminary: 'Điểm sơ khảo',
  defence: 'Điểm vòng bảo vệ',
  final: 'Điểm chung cuộc',
  method: 'Cách tổng hợp điểm',
  judges: 'Số giám khảo chấm đủ',
  explanation: 'Giải thích',
  flags: 'Lưu ý',
  prize: 'Giải',
  award: 'Hình thức khen thưởng',
  amount: 'Tiền thưởng (đồng)',
} as const;
export type ResultsColumn = keyof typeof RESULTS_COLUMNS;

/** Something about one entry the secretariat should see at a glance, beside its row. */
export type EntryFlag =
  | { kind: 'discrepancy'; round: RoundId; level: 'review' | 'escalate' }
  | { kind: 'incompleteSheets'; round: RoundId; count: number }
  | { kind: 'notEnoughJudges'; round: RoundId; have: number; need: number }
  | { kind: 'notShortlisted' }
  /** `tiers`: the names of the prizes at stake. */
  | { kind: 'tieReferred'; tiers: string[] }
  | { kind: 'sharedPrize'; policy: 'shareMoney' | 'fullPrizeEach'; tied: number }
  /** Its place among tied entries is the board's order. */
  | { kind: 'boardOrder' }
  | { kind: 'belowMinimum'; tier: string; minScore: number }
  | { kind: 'unitLimit'; limit: number }
  | { kind: 'categoryLimit'; limit: number };

/** The words of the sheets that are sentences or labels, from the message catalog (Vietnamese). */
export interface ResultsSheetWords {
  notice(notice: ResultsNotice): string;
  boardProblem(problem: BoardSheetProblem): string;
  flag(flag: EntryFlag): string;
  severity: Record<ResultsNotice['severity'], string>;
  /** Notes on the header cells of the columns that need one. */
  columnNotes: Partial<Record<ResultsColumn, string>>;
  summary: {
    title: string;
    status: string;
    provisional(openRounds: readonly RoundId[]): string;
    final: string;
    entries: string;
    ranked: string;
    /** The prize table's title; `pool` is null when prizes are given over the whole contest. */
    prizes(pool: string | null): string;
    /** Prize, planned, awarded, referred to the board, passed down, vacant, money: seven labels. */
    tierHeader: readonly string[];
    unlimited: string;
    specialAwards: string;
    /** Entry code, award name, money. */
    specialHeader: readonly string[];
    awarded: string;
    special: string;
    pending: string;
    cap: string;
    overCap: string;
    defenceUnits: string;
    /** Unit code, unit name, shortlisted entries. */
    defenceUnitsHeader: readonly string[];
    noDefenceUnits: string;
    notices: string;
    noNotices: string;
  };
  charts: {
    scoreBucket(from: number, to: number): string;
    titles: { scores: string; categories: string; units: string };
    headers: { bucket: string; category: string; unit: string; count: string };
  };
}

/** A sheet's cells and how they look, for WorkbookPort.writeSheets (which adds the name). */
export interface SheetCells {
  header: string[];
  rows: Grid;
  textColumns: number[];
  numberFormats: { column: number; pattern: string }[];
  notes: string[];
}

/** A chart of the charts sheet (WorkbookPort's ChartSpec). */
export interface ResultsChart {
  kind: 'column' | 'bar' | 'pie';
  title: string;
  range: { firstRow: number; firstColumn: number; rows: number; columns: number };
  anchor: { row: number; column: number };
}

export interface ResultsSheetInput {
  config: ContestConfig;
  results: ContestResults;
  /** Rounds whose scoring is not locked yet: while there is one, the results are provisional. */
  openRounds: readonly RoundId[];
  boardProblems: readonly BoardSheetProblem[];
  /** The sentence that explains an entry's result (results-text.ts entryExplainer). */
  explain(result: EntryResult): string;
  words: ResultsSheetWords;
}

const nameIn = (list: readonly { code: string; name: string }[]): ((code: string) => string) => {
  const names = new Map(list.map((x) => [x.code, x.name]));
  // The register writes names; a name no configured code has stands for itself (entries-sheet.ts).
  return (code) => names.get(code) ?? code;
};

/** Names of prize pools as the sheet shows them ('' for the whole contest), looked up once for all rows. */
export function poolNames(config: ContestConfig): (key: string) => string {
  const category = nameIn(config.categories);
  return (key) => {
    switch (config.prizes.scope) {
      case 'overall':
        return '';
      case 'perCategory':
        return category(key);
      case 'perEntrantKind':
        return (ENTRANT_KINDS as readonly string[]).includes(key) ? wordFor(ENTRANT_KIND_WORDS, key as EntrantKind) : key;
    }
  };
}

export function resultsColumns(config: ContestConfig): ResultsColumn[] {
  return (Object.keys(RESULTS_COLUMNS) as ResultsColumn[]).filter(
    (c) => (c !== 'pool' || config.prizes.scope !== 'overall') && (c !== 'defence' || config.rounds.defence !== undefined),
  );
}

/** The round an entry was last scored in: the defence for a shortlisted entry, else the preliminary. */
const lastRound = (r: EntryResult): RoundScore => r.defence ?? r.preliminary;

/** `tierName` can be given by a caller flagging many entries, so that the tiers are looked up once. */
export function entryFlags(result: EntryResult, results: ContestResults, config: ContestConfig, tierName = nameIn(config.prizes.tiers)): EntryFlag[] {
  const flags: EntryFlag[] = [];
  for (const round of [result.preliminary, result.defence]) {
    if (!round) continue;
    if (round.discrepancy.level !== 'none') flags.push({ kind: 'discrepancy', round: round.round, level: round.discrepancy.level });
    if (round.incomplete.length > 0) flags.push({ kind: 'incompleteSheets', round: round.round, count: round.incomplete.length });
  }
  const need = config.scoring.minJudges;
  if (result.standing === 'notEnoughJudges') flags.push({ kind: 'notEnoughJudges', round: 'preliminary', have: result.preliminary.judges.length, need });
  if (result.standing === 'defenceNotEnoughJudges') flags.push({ kind: 'notEnoughJudges', round: 'defence', have: result.defence?.judges.length ?? 0, need });
  if (result.standing === 'notShortlisted') flags.push({ kind: 'notShortlisted' });
  const decidingStep = result.tie.length === 0 && result.tieBreaksUsed > 0 ? results.tieBreaks[result.tieBreaksUsed - 1] : undefined;
  if (decidingStep?.kind === 'boardOrder') flags.push({ kind: 'boardOrder' });
  const o = result.outcome;
  if (o.kind === 'referred') flags.push({ kind: 'tieReferred', tiers: [...new Set(o.contested.map((c) => tierName(c.tierCode)))] });
  if (o.kind === 'prize' && o.boundaryTie) flags.push({ kind: 'sharedPrize', policy: o.boundaryTie.policy, tied: o.boundaryTie.tie.length });
  if (o.kind === 'none') {
    const reason = o.reason;
    if (reason.kind === 'belowMinimum') flags.push({ kind: 'belowMinimum', tier: tierName(reason.tierCode), minScore: reason.minScore });
    if (reason.kind === 'unitLimit') flags.push({ kind: 'unitLimit', limit: reason.limit });
    if (reason.kind === 'categoryLimit') flags.push({ kind: 'categoryLimit', limit: reason.limit });
  }
  return flags;
}

/** Returns the function that writes one entry's row; the names are looked up once for all rows. */
function tableRows(columns: readonly ResultsColumn[], input: ResultsSheetInput): (result: EntryResult) => CellValue[] {
  const { config, results, words } = input;
  const unit = nameIn(config.units);
  const category = nameIn(config.categories);
  const tierName = nameIn(config.prizes.tiers);
  const pool = poolNames(config);
  const tiers = new Map(config.prizes.tiers.map((t) => [t.code, t]));
  const prizeCells = (o: EntryResult['outcome']): { prize: string; award: string; amount: CellValue } => {
    if (o.kind === 'special') return { prize: o.name, award: '', amount: o.amount };
    if (o.kind !== 'prize') return { prize: '', award: '', amount: '' };
    const tier = tiers.get(o.tierCode);
    return { prize: tier?.name ?? o.tierCode, award: tier ? wordFor(AWARD_KIND_WORDS, tier.award) : '', amount: o.amount };
  };
  return (result) => {
    const last = lastRound(result);
    const { prize, award, amount } = prizeCells(result.outcome);
    const cells: Record<ResultsColumn, () => CellValue> = {
      pool: () => pool(result.pool),
      rank: () => result.rank ?? '',
      code: () => result.entry.code,
      title: () => result.entry.title,
      unit: () => unit(result.entry.unitCode),
      category: () => category(result.entry.categoryCode),
      preliminary: () => result.preliminary.score ?? '',
      defence: () => result.defence?.score ?? '',
      final: () => result.finalScore ?? '',
      method: () => (last.judges.length > 0 ? wordFor(AGGREGATION_METHOD_WORDS, last.applied) : ''),
      judges: () => last.judges.length,
      explanation: () => input.explain(result),
      flags: () => entryFlags(result, results, config, tierName).map(words.flag).join('; '),
      prize: () => prize,
      award: () => award,
      amount: () => amount,
    };
    return columns.map((c) => cells[c]());
  };
}

/** Width of the summary block; money is in its last column. */
const SUMMARY_WIDTH = 7;

function summaryBlock(input: ResultsSheetInput): Grid {
  const { config, results, words } = input;
  const s = words.summary;
  const rows: Grid = [];
  const line = (...cells: CellValue[]): void => void rows.push(cells);
  const money = (label: string, value: CellValue): void => line(label, '', '', '', '', '', value);

  line(s.title);
  line(s.status, input.openRounds.length > 0 ? s.provisional(input.openRounds) : s.final);
  line(s.entries, results.entries.length);
  line(s.ranked, results.entries.filter((r) => r.rank !== null).length);

  const tiers = new Map(config.prizes.tiers.map((t) => [t.code, t]));
  const poolName = poolNames(config);
  for (const pool of results.pools) {
    line();
    line(s.prizes(config.prizes.scope === 'overall' ? null : poolName(pool.key)));
    line(...s.tierHeader);
    for (const t of pool.tiers) {
      const tier = tiers.get(t.code);
      line(tier?.name ?? t.code, tier?.count ?? s.unlimited, t.awarded, t.referred, t.passedDown, t.vacant, t.money);
    }
  }

  const special = results.entries.flatMap((r) => (r.outcome.kind === 'special' ? [{ code: r.entry.code, ...r.outcome }] : []));
  if (special.length > 0) {
    line();
    line(s.specialAwards);
    const [code, name, amount] = s.specialHeader;
    line(code, name, '', '', '', '', amount);
    for (const a of special) line(a.code, a.name, '', '', '', '', a.amount);
  }

  const b = results.budget;
  line();
  money(s.awarded, b.awarded);
  money(s.special, b.special);
  money(s.pending, b.pending);
  money(s.cap, b.cap ?? s.unlimited);
  money(s.overCap, wordFor(BOOLEAN_WORDS, b.overCap ? 'yes' : 'no'));

  if (config.rounds.defence) {
    line();
    line(s.defenceUnits);
    const units = defenceUnits(config, results);
    if (units.length === 0) line(s.noDefenceUnits);
    else {
      line(...s.defenceUnitsHeader);
      for (const u of units) line(u.code, u.name, u.shortlisted);
    }
  }

  line();
  line(s.notices);
  const notices = [
    ...results.notices.map((n) => `${words.severity[n.severity]}: ${words.notice(n)}`),
    ...input.boardProblems.map((p) => `${words.severity.error}: ${words.boardProblem(p)}`),
  ];
  if (notices.length === 0) line(s.noNotices);
  for (const notice of notices) line(notice);
  return rows.map((r) => Array.from({ length: SUMMARY_WIDTH }, (_, i) => r[i] ?? ''));
}

/** The Results sheet: the table from column A, the summary block to its right after one empty column. */
export function resultsSheet(input: ResultsSheetInput): SheetCells {
  const columns = resultsColumns(input.config);
  const table = input.results.entries.map(tableRows(columns, input));
  const block = summaryBlock(input);
  const blockStart = columns.length + 1;
  const width = blockStart + SUMMARY_WIDTH;
  const cellsAt = (i: number): CellValue[] => {
    const row: CellValue[] = Array.from({ length: width }, () => '');
    const left = i === 0 ? columns.map((c) => RESULTS_COLUMNS[c]) : (table[i - 1] ?? []);
    left.forEach((v, j) => (row[j] = v));
    (block[i] ?? []).forEach((v, j) => (row[blockStart + j] = v));
    return row;
  };
  const grid = Array.from({ length: Math.max(table.length + 1, block.length) }, (_, i) => cellsAt(i));
  return {
    header: grid[0].map(String),
    rows: grid.slice(1),
    textColumns: [columns.indexOf('code')],
    numberFormats: [
      { column: columns.indexOf('amount'), pattern: MONEY_FORMAT },
      { column: width - 1, pattern: MONEY_FORMAT },
    ],
    notes: grid[0].map((_, j) => (j < columns.length ? (input.words.columnNotes[columns[j]] ?? '') : '')),
  };
}

// ---------------------------------------------------------------------------------------------
// Lists for the secretariat and the charts

/**
 * Units with entries in the defence round, in the configuration's order (units known only from
 * the register after them): Hậu Giang 2024 (V.6) adds points to these units' initiative criterion
 * in the PAR Index ("được cộng điểm vào tiêu chí sáng kiến trong đánh giá Chỉ số CCHC").
 */
export function defenceUnits(config: ContestConfig, results: ContestResults): { code: string; name: string; shortlisted: number }[] {
  const finalists = results.entries.filter((r) => r.shortlisted === true).map((r) => r.entry);
  return countBy(config.units, finalists, (e) => e.unitCode)
    .filter((u) => u.count > 0)
    .map((u) => ({ code: u.known ? u.code : '', name: u.name, shortlisted: u.count }));
}

interface Counted {
  code: string;
  name: string;
  /** Configured, or found only in the register (its code is then the name the register wrote). */
  known: boolean;
  count: number;
}

/** Entries counted per item of `list` (every item, zero included), then per code found only in the entries, sorted. */
function countBy(list: readonly { code: string; name: string }[], entries: readonly Entry[], keyOf: (e: Entry) => string): Counted[] {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(keyOf(e), (counts.get(keyOf(e)) ?? 0) + 1);
  const known = new Set(list.map((x) => x.code));
  const others = [...counts.keys()].filter((code) => !known.has(code)).sort();
  return [
    ...list.map((x) => ({ code: x.code, name: x.name, known: true, count: counts.get(x.code) ?? 0 })),
    ...others.map((code) => ({ code, name: code, known: false, count: counts.get(code)! })),
  ];
}

export const entriesPerCategory = (config: ContestConfig, entries: readonly Entry[]): Counted[] => countBy(config.categories, entries, (e) => e.categoryCode);
export const entriesPerUnit = (config: ContestConfig, entries: readonly Entry[]): Counted[] => countBy(config.units, entries, (e) => e.unitCode);

/** The highest final score the configuration allows: the formula of compute-results.ts applied to the rubrics' maxima. */
export function finalMaximum(config: ContestConfig): number {
  const preliminary = rubricMaximum(config.rounds.preliminary.rubric);
  const defence = config.rounds.defence;
  if (!defence) return preliminary;
  const d = rubricMaximum(defence.rubric);
  if (defence.final.mode === 'defenceOnly') return d;
  const { preliminaryWeight: a, defenceWeight: b } = defence.final;
  return (a * preliminary + b * d) / (a + b);
}

export interface ScoreBucket {
  /** The bucket holds scores from `from` (included) to `to` (excluded, except in the last bucket). */
  from: number;
  to: number;
  count: number;
}

const BUCKETS = 10;

/** Final scores in ten buckets of 10% of `maximum` each; a score outside [0, maximum] counts in the nearest bucket. */
export function scoreDistribution(results: ContestResults, maximum: number): ScoreBucket[] {
  const buckets = Array.from({ length: BUCKETS }, (_, i) => ({ from: (i * maximum) / BUCKETS, to: ((i + 1) * maximum) / BUCKETS, count: 0 }));
  if (maximum <= 0) return buckets;
  for (const r of results.entries) {
    if (r.finalScore === null) continue;
    // The scores are rounded to a few decimals: a bucket's lower edge must not fall a hair short.
    const index = Math.floor((r.finalScore * BUCKETS) / maximum + 1e-9);
    buckets[Math.min(BUCKETS - 1, Math.max(0, index))].count++;
  }
  return buckets;
}

export interface ChartsSheetInput {
  config: ContestConfig;
  results: ContestResults;
  words: ResultsSheetWords;
}

/** Rows between two charts stacked down the sheet (a chart is about 18 rows high by default). */
const CHART_SPACING = 20;

/**
 * The charts sheet: three small tables side by side (final scores by bucket, entries per
 * category, entries per unit), each with its chart to the right of them.
 */
export function resultsChartsSheet({ config, results, words }: ChartsSheetInput): { header: string[]; rows: Grid; charts: ResultsChart[] } {
  const w = words.charts;
  const entries = results.entries.map((r) => r.entry);
  const tables: { title: string; kind: ResultsChart['kind']; header: [string, string]; rows: [string, number][] }[] = [
    {
      title: w.titles.scores,
      kind: 'column',
      header: [w.headers.bucket, w.headers.count],
      rows: scoreDistribution(results, finalMaximum(config)).map((b) => [w.scoreBucket(b.from, b.to), b.count]),
    },
    { title: w.titles.categories, kind: 'pie', header: [w.headers.category, w.headers.count], rows: entriesPerCategory(config, entries).map((c) => [c.name, c.count]) },
    { title: w.titles.units, kind: 'bar', header: [w.headers.unit, w.headers.count], rows: entriesPerUnit(config, entries).map((u) => [u.name, u.count]) },
  ];
  // Two columns per table and one empty column after each.
  const firstColumn = (i: number): number => 3 * i;
  const width = 3 * tables.length - 1;
  const height = Math.max(...tables.map((t) => t.rows.length));
  const header = Array.from({ length: width }, () => '');
  const rows: Grid = Array.from({ length: height }, () => Array.from({ length: width }, (): CellValue => ''));
  tables.forEach((t, i) => {
    [header[firstColumn(i)], header[firstColumn(i) + 1]] = t.header;
    t.rows.forEach(([label, count], r) => {
      rows[r][firstColumn(i)] = label;
      rows[r][firstColumn(i) + 1] = count;
    });
  });
  const charts = tables.map(
    (t, i): ResultsChart => ({
      kind: t.kind,
      title: t.title,
      range: { firstRow: 1, firstColumn: firstColumn(i) + 1, rows: t.rows.length + 1, columns: 2 },
      anchor: { row: 1 + i * CHART_SPACING, column: width + 2 },
    }),
  );
  return { header, rows, charts };
}

// ---------------------------------------------------------------------------------------------
// Reading the sheet back

/** What the Results table says, as the last computation wrote it. */
export interface ResultsFacts {
  /** Rows of the table with an entry code. */
  entries: number;
  /** Entries with a rank. */
  ranked: number;
  /** Per name in the prize column (a tier's or a special award's), in the order first met: the entries and their money. */
  prizes: { name: string; count: number; money: number }[];
  /** The money column's total, in đồng. */
  money: number;
}

/**
 * Reads the table part of the Results sheet by its headers (RESULTS_COLUMNS), so the summary
 * block's catalog words are not needed: the table holds every entry, its rank, prize and money,
 * and its money adds up to the summary's total awarded. A money cell that is not a number counts 0.
 */
export function readResultsSheet(grid: Grid): ResultsFacts {
  const header = (grid[0] ?? []).map(String);
  const at = (column: ResultsColumn): number => header.indexOf(RESULTS_COLUMNS[column]);
  const [code, rank, prize, amount] = [at('code'), at('rank'), at('prize'), at('amount')];
  const money = (row: readonly CellValue[]): number => {
    const value = amount < 0 ? '' : row[amount];
    return typeof value === 'number' && Number.isFinite(value) ? value : 0;
  };
  const facts: ResultsFacts = { entries: 0, ranked: 0, prizes: [], money: 0 };
  const prizes = new Map<string, { name: string; count: number; money: number }>();
  for (const row of grid.slice(1)) {
    if (columnText(row, code) === '') continue;
    facts.entries += 1;
    if (columnText(row, rank) !== '') facts.ranked += 1;
    const name = columnText(row, prize);
    if (name === '') continue;
    let tally = prizes.get(name);
    if (!tally) prizes.set(name, (tally = { name, count: 0, money: 0 }));
    tally.count += 1;
    tally.money += money(row);
    facts.money += money(row);
  }
  facts.prizes = [...prizes.values()];
  return facts;
}
