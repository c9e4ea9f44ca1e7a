// This contest's winners as recognised initiatives (sáng kiến được công nhận), and what the Entries
// sheet ("Bài dự thi") tells the register about an entry: its title, unit, category, a short
// summary of its answers and the year it counts for.

import type { CellValue, Grid } from '../cell';
import type { ContestConfig, IsoDate } from '../config/model';
import { blankConfig } from '../config/presets';
import { authorityLine } from '../documents/document-plan';
import { documentText, runningName } from '../documents/fill-text';
import { ENTRY_COLUMNS, RAW_PREFIX } from '../intake/entries-sheet';
import { buildFormSpec, type QuestionKey } from '../intake/form-spec';
import type { ContestResults, EntryResult } from '../results/results-model';
import { calendarDateOf, shortDate } from '../vn/dates';
import { tidy } from '../vn/text';
import type { Initiative } from './replication-model';
import { cellText, codeKey, readYear, sheetColumns } from './replication-problems';

/** What the Entries sheet says of one entry, names as the sheet writes them. */
export interface RegisterFacts {
  /** The entry's code as the register writes it. */
  code: string;
  title: string;
  unit: string;
  category: string;
  summary: string;
  /** Its "Tính cho năm"; null when blank or unreadable. */
  year: number | null;
}

/** Answers a summary is taken from, first found first: the solution, else the content, else the situation. */
const SUMMARY_SOURCES: readonly QuestionKey[] = ['solution', 'content', 'situation'];
const SUMMARY_LIMIT = 300;

let summaryTitles: string[] | undefined;

/**
 * The raw-answer headers of the summary's questions. The form's titles are fixed in form-spec.ts
 * whatever the contest, so any configuration's form names them; a section has no answer column.
 */
function summaryHeaders(): string[] {
  if (summaryTitles === undefined) {
    const questions = buildFormSpec(blankConfig(0)).questions;
    summaryTitles = SUMMARY_SOURCES.flatMap((key) => questions.filter((q) => q.key === key && q.kind !== 'section').map((q) => RAW_PREFIX + q.title));
  }
  return summaryTitles;
}

/** Whitespace collapsed, at most 300 characters, cut at a word boundary with "…". */
function shortSummary(text: string): string {
  const clean = tidy(text);
  if (clean.length <= SUMMARY_LIMIT) return clean;
  const room = clean.slice(0, SUMMARY_LIMIT - 1);
  const space = room.lastIndexOf(' ');
  const cut = space > 0 ? room.slice(0, space) : room;
  return `${cut.replace(/[\s,;:.\-–]+$/u, '')}…`;
}

/** Every coded entry of the Entries sheet, by code (compared whatever its case); the first row of a code wins. */
export function registerFacts(register: Grid): Map<string, RegisterFacts> {
  const fixed = [ENTRY_COLUMNS.code, ENTRY_COLUMNS.title, ENTRY_COLUMNS.unit, ENTRY_COLUMNS.category, ENTRY_COLUMNS.countsForYear];
  const { columns } = sheetColumns('', register, [...fixed, ...summaryHeaders()]);
  const [code, title, unit, category, year] = columns;
  const summaries = columns.slice(fixed.length);
  const facts = new Map<string, RegisterFacts>();
  for (const row of register.slice(1)) {
    const cell = (column: number): CellValue | undefined => (column < 0 ? undefined : row[column]);
    const key = codeKey(cellText(cell(code)));
    if (key === '' || facts.has(key)) continue;
    const answer = summaries.map((column) => cellText(cell(column))).find((text) => text !== '') ?? '';
    facts.set(key, {
      code: cellText(cell(code)),
      title: tidy(cellText(cell(title))),
      unit: tidy(cellText(cell(unit))),
      category: tidy(cellText(cell(category))),
      summary: shortSummary(answer),
      year: readYear(cell(year)) ?? null,
    });
  }
  return facts;
}

/**
 * A few sentences on what an entry is, from its raw answers in the Entries sheet: the solution
 * answer, else the content, else the situation, whitespace collapsed and cut to at most 300
 * characters at a word boundary with "…"; '' when the entry is not there.
 */
export function entrySummary(register: Grid, entryCode: string): string {
  return registerFacts(register).get(codeKey(entryCode))?.summary ?? '';
}

/** Marks a decision the add-on wrote before the award decision's number was recorded. */
const UNNUMBERED_MARK = '(chưa ghi số)';

/**
 * The award decision as the register cites it, worded like the documents cite it (src/core/documents/
 * document-plan.ts): "Quyết định số 125/QĐ-UBND ngày 20/9/2024 của Ủy ban nhân dân tỉnh Hậu Giang"
 * for a decision signed for the collective (TM.), "… của Chủ tịch Ủy ban nhân dân tỉnh …" when the
 * head decides in person; the date part only when known. Before the number is recorded:
 * "Quyết định trao giải <contest title> (chưa ghi số)", which a later update replaces.
 */
export function awardDecisionText(issued: { number: string; signedOn: IsoDate | null } | null, config: ContestConfig): string {
  const number = documentText(issued?.number ?? '');
  if (number === '') return `Quyết định trao giải ${documentText(config.identity.title)} ${UNNUMBERED_MARK}`.replace(/ {2,}/g, ' ');
  const day = issued?.signedOn ? calendarDateOf(issued.signedOn) : undefined;
  const by = runningName(authorityLine(config));
  return [`Quyết định số ${number}`, day ? `ngày ${shortDate(day)}` : '', by !== '' ? `của ${by}` : ''].filter((part) => part !== '').join(' ');
}

/** A decision awardDecisionText wrote before the number was known: the register may replace it. */
export function isUnnumberedDecision(decision: string): boolean {
  return decision.trim().endsWith(UNNUMBERED_MARK);
}

/** Sort key of a winner: special awards first, then the configured tiers in order, then tiers the configuration no longer has. */
function prizeOrder(result: EntryResult, config: ContestConfig): number {
  const { outcome } = result;
  if (outcome.kind === 'special') return -1;
  if (outcome.kind !== 'prize') return Number.POSITIVE_INFINITY;
  const tier = config.prizes.tiers.findIndex((t) => t.code === outcome.tierCode);
  return tier < 0 ? config.prizes.tiers.length : tier;
}

/**
 * Every entry that won a prize or a special award (not one referred to the board, not one without
 * a prize) as a recognised initiative: special awards first (the board gives them above the
 * ordinary prizes, as the award decision lists them), then the tiers in the configuration's order,
 * then rank (across pools), then code.
 */
export function winnersAsInitiatives(input: { results: ContestResults; register: Grid; config: ContestConfig; decision: string }): Initiative[] {
  const { results, register, config, decision } = input;
  const facts = registerFacts(register);
  const name = (list: readonly { code: string; name: string }[], code: string): string => list.find((x) => x.code === code)?.name ?? code;
  return results.entries
    .filter((r) => r.outcome.kind === 'prize' || r.outcome.kind === 'special')
    .map((r) => ({ result: r, order: prizeOrder(r, config) }))
    .sort(
      (a, b) =>
        a.order - b.order ||
        (a.result.rank ?? Number.POSITIVE_INFINITY) - (b.result.rank ?? Number.POSITIVE_INFINITY) ||
        (a.result.entry.code < b.result.entry.code ? -1 : a.result.entry.code > b.result.entry.code ? 1 : 0),
    )
    .map(({ result }) => {
      const { entry, outcome } = result;
      const fact = facts.get(codeKey(entry.code));
      const prize =
        outcome.kind === 'special' ? outcome.name : outcome.kind === 'prize' ? (config.prizes.tiers.find((t) => t.code === outcome.tierCode)?.name ?? outcome.tierCode) : '';
      return {
        code: entry.code,
        title: tidy(entry.title),
        ownerUnit: name(config.units, entry.unitCode),
        category: name(config.categories, entry.categoryCode),
        summary: fact?.summary ?? '',
        decision,
        year: fact?.year ?? config.identity.year,
        source: 'contest' as const,
        entryCode: entry.code,
        prize: tidy(prize),
      };
    });
}
