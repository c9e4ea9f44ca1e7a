// The configuration as a workbook (layout: workbook-vocabulary.ts). encodeConfig writes one table
// per sheet; decodeConfig reads back whatever a person may have typed there, reports what it cannot
// read as problems (never an exception), then validates the result.
//
// Layout decisions:
// - Dates are written as text "dd/mm/yyyy" in columns the adapter formats as plain text ("@",
//   listed in `textColumns`). A Date object would be an instant: the script's and the
//   spreadsheet's time zones could move it to another day, and core has no time zone. Text keeps
//   the day exactly, and reads as a Vietnamese date.
// - Free text and codes are plain-text columns too, so "001" stays "001" and "30/4" stays text.
// - Numbers are numbers in the list sheets (points, counts, money), so the sheet can sum them. In
//   "Cấu hình" the value column mixes dates, words and numbers, so every value is text there:
//   money grouped with dots ("40.000.000"), decimals with a comma ("0,5").
// - Reading, per kind of column: integers and money accept plain digits or thousands grouped by a
//   single kind of separator ("10.000.000", "10,000,000", "10 000 000"), never a decimal part, so
//   "1.500.000" is one and a half million; decimals (points, weights, steps, scores) accept one
//   decimal separator, "." or ",", and no grouping, so "1.5" and "1,5" are one and a half. The
//   scales of a rubric never need a thousands separator.
// - Dates are read from Date objects (as Sheets returns date cells), "dd/mm/yyyy", "d/m/yyyy"
//   (also with "." or "-") and ISO "yyyy-mm-dd". A Date is read by its local year, month and day:
//   this assumes the adapter reads in the script's time zone and that it is the spreadsheet's.
// - Enumeration words are matched ignoring case, diacritics, spacing and punctuation; the machine
//   value ("deputy") is accepted too (readWord, workbook-vocabulary.ts). The tie-break chain is one
//   cell of steps, like a list of words; a criterion code typed in another case is the rubric's.
// - Columns are found by their header, wherever they are; rows above the header, blank rows and
//   repeated header rows are skipped; extra columns are ignored.
// - Formula injection is the adapter's concern: it neutralises text starting with = + - @ on write.

import type { CellValue } from '../cell';
import { dayOfDateCell } from '../day-cells';
import { calendarDateOf, isIsoDate, slashDate } from '../vn/dates';
import { hasErrors, type FieldRef, type Problem, type Severity } from '../problem';
import type {
  Category,
  ContestConfig,
  Criterion,
  DefenceRound,
  DocumentSettings,
  FinalScore,
  FormatRule,
  IsoDate,
  JudgingRules,
  LegalBasis,
  Member,
  PrizeRules,
  PrizeTier,
  Rounds,
  ScoringRules,
  Shortlist,
  TieBreak,
  Timeline,
  Unit,
} from './model';
import { defaultJudgingRules, defaultPrizePolicies, defaultScoringRules } from './presets';
import {
  fieldRef,
  validateConfig,
  type ConfigFieldKey,
  type ConfigSection,
  type ListPath,
  type ValidationProblemCode,
} from './validation';
import {
  AGGREGATION_METHOD_WORDS,
  AWARD_KIND_WORDS,
  BOOLEAN_WORDS,
  BOUNDARY_TIE_POLICY_WORDS,
  COLUMN_HEADERS,
  COLUMN_NOTES,
  DISCREPANCY_UNIT_WORDS,
  DOCUMENT_KIND_WORDS,
  ENTRANT_KIND_WORDS,
  ENTRY_FORMAT_WORDS,
  FINAL_SCORE_MODE_WORDS,
  INTAKE_MODE_WORDS,
  JUDGING_MODE_WORDS,
  LIST_SEPARATOR,
  MEMBER_ROLE_WORDS,
  ORGANISER_LEVEL_WORDS,
  PRIZE_SCOPE_WORDS,
  ROUND_WORDS,
  SETTING_ROWS,
  SHEET_NAMES,
  SHORTLIST_MODE_WORDS,
  SIGNING_MODE_WORDS,
  TIE_BREAK_HINT,
  VACANCY_POLICY_WORDS,
  foldText,
  readTieBreak,
  readWord,
  wordFor,
  wordsHint,
  writeTieBreak,
  type ColumnId,
  type SettingKey,
  type SheetId,
  type Words,
} from './workbook-vocabulary';

/** One sheet as the adapter writes it. */
export interface ConfigTable {
  sheet: string;
  header: string[];
  rows: CellValue[][];
  /** 0-based columns to format as plain text ("@") before writing, so Sheets does not convert them. */
  textColumns: number[];
  /** One hint per header cell, '' for none: the adapter may attach them as notes. */
  notes: string[];
}

/** Sheets as read with getValues, by sheet name, header row included. */
export type ConfigTables = Readonly<Record<string, readonly (readonly CellValue[])[]>>;

export interface DecodeResult {
  /** The configuration, or null when a cell could not be read (its problems say which). */
  config: ContestConfig | null;
  /** Reading problems first, then validation problems. */
  problems: Problem[];
}

export const DECODE_PROBLEM_CODES = [
  'sheetMissing',
  'headerMissing',
  'columnMissing',
  'settingUnknown',
  'settingMissing',
  'settingDuplicate',
  'valueIgnored',
  'defenceRowsIgnored',
  'integerUnreadable',
  'decimalUnreadable',
  'moneyUnreadable',
  'dateUnreadable',
  'cutoffUnreadable',
  'choiceUnknown',
  'choiceMissing',
] as const;
export type DecodeProblemCode = (typeof DECODE_PROBLEM_CODES)[number];

/** Problems about the workbook itself (a sheet, a column, a setting key) point at this section. */
export const WORKBOOK_SECTION = 'workbook';
export const WORKBOOK_FIELD_KEYS = ['sheet', 'column', 'settingKey'] as const;
export type WorkbookFieldKey = (typeof WORKBOOK_FIELD_KEYS)[number];

const workbookField = (key: WorkbookFieldKey, sheet: string): FieldRef => ({ section: WORKBOOK_SECTION, item: sheet, key });

// ---------------------------------------------------------------------------------------------
// Writing

function pad2(n: number): string {
  return n >= 0 && n < 10 ? `0${n}` : String(n);
}

/** "2024-08-16" → "16/08/2024"; anything else is written as it is, to be reported when read back. */
function writeDate(value: IsoDate | undefined): string {
  const day = value === undefined ? undefined : calendarDateOf(value);
  return day ? slashDate(day) : value ?? '';
}

const writeDecimal = (n: number): string => String(n).replace('.', ',');

function writeMoney(n: number): string {
  if (!Number.isSafeInteger(n)) return writeDecimal(n);
  return (n < 0 ? '-' : '') + String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

const optional = <T>(value: T | undefined, write: (v: T) => string): string => (value === undefined ? '' : write(value));
const yesNo = (value: boolean): string => wordFor(BOOLEAN_WORDS, value ? 'yes' : 'no');

function settingValues(c: ContestConfig): Record<SettingKey, string> {
  const { identity: id, timeline: t } = c;
  const window = t.intake.mode === 'window' ? t.intake : undefined;
  const rolling = t.intake.mode === 'rolling' ? t.intake : undefined;
  const defence = c.rounds.defence;
  const shortlist = defence?.shortlist;
  const final = defence?.final;
  const signer = c.documents.signer;
  const scoring = c.scoring;
  const judging = c.judging;
  return {
    'identity.code': id.code,
    'identity.title': id.title,
    'identity.organiser.parentBody': id.organiser.parentBody,
    'identity.organiser.name': id.organiser.name,
    'identity.organiser.symbol': id.organiser.symbol,
    'identity.organiser.level': wordFor(ORGANISER_LEVEL_WORDS, id.organiser.level),
    'identity.plan.number': id.plan.number,
    'identity.plan.date': writeDate(id.plan.date),
    'identity.year': String(id.year),
    'identity.placeName': id.placeName,
    'timeline.intake.mode': wordFor(INTAKE_MODE_WORDS, t.intake.mode),
    'timeline.intake.opens': writeDate(window?.opens),
    'timeline.intake.closes': writeDate(window?.closes),
    'timeline.intake.staffCutoff': rolling ? `${pad2(rolling.staffCutoff.day)}/${pad2(rolling.staffCutoff.month)}` : '',
    'timeline.unitDeadline': writeDate(t.unitDeadline),
    'timeline.judgingDeadline': writeDate(t.judgingDeadline),
    'timeline.awardDate': writeDate(t.awardDate),
    'entrants.kinds': c.entrants.kinds.map((k) => wordFor(ENTRANT_KIND_WORDS, k)).join(LIST_SEPARATOR),
    'entrants.maxGroupSize': optional(c.entrants.maxGroupSize, String),
    'eligibility.excludedRoles': c.eligibility.excludedRoles.map((r) => wordFor(MEMBER_ROLE_WORDS, r)).join(LIST_SEPARATOR),
    'unitRules.minEntriesPerUnit': String(c.unitRules.minEntriesPerUnit),
    'unitRules.preScreening': yesNo(c.unitRules.preScreening),
    'rounds.defence.enabled': yesNo(defence !== undefined),
    'rounds.defence.shortlist.mode': optional(shortlist?.mode, (m) => wordFor(SHORTLIST_MODE_WORDS, m)),
    'rounds.defence.shortlist.count': shortlist?.mode === 'topN' ? String(shortlist.count) : '',
    'rounds.defence.shortlist.score': shortlist?.mode === 'minScore' ? writeDecimal(shortlist.score) : '',
    'rounds.defence.final.mode': optional(final?.mode, (m) => wordFor(FINAL_SCORE_MODE_WORDS, m)),
    'rounds.defence.final.preliminaryWeight': final?.mode === 'weighted' ? writeDecimal(final.preliminaryWeight) : '',
    'rounds.defence.final.defenceWeight': final?.mode === 'weighted' ? writeDecimal(final.defenceWeight) : '',
    'scoring.aggregation': wordFor(AGGREGATION_METHOD_WORDS, scoring.aggregation),
    'scoring.trimMinJudges': String(scoring.trimMinJudges),
    'scoring.minJudges': String(scoring.minJudges),
    'scoring.decimals': String(scoring.decimals),
    'scoring.discrepancy.unit': wordFor(DISCREPANCY_UNIT_WORDS, scoring.discrepancy.unit),
    'scoring.discrepancy.review': writeDecimal(scoring.discrepancy.review),
    'scoring.discrepancy.escalate': writeDecimal(scoring.discrepancy.escalate),
    'scoring.tieBreaks': scoring.tieBreaks.map(writeTieBreak).join(LIST_SEPARATOR),
    'judging.mode': wordFor(JUDGING_MODE_WORDS, judging.mode),
    'judging.judgesPerEntry': optional(judging.judgesPerEntry, String),
    'judging.defenceJudgesPerEntry': optional(judging.defenceJudgesPerEntry, String),
    'judging.extraJudgeOnEscalation': yesNo(judging.extraJudgeOnEscalation),
    'judging.lockAtDeadline': yesNo(judging.lockAtDeadline),
    'judging.reminderDaysBefore': optional(judging.reminderDaysBefore, String),
    'prizes.scope': wordFor(PRIZE_SCOPE_WORDS, c.prizes.scope),
    'prizes.specialPrizeAllowed': yesNo(c.prizes.specialPrizeAllowed),
    'prizes.budgetCap': optional(c.prizes.budgetCap, writeMoney),
    'prizes.vacancy': wordFor(VACANCY_POLICY_WORDS, c.prizes.vacancy),
    'prizes.boundaryTie': wordFor(BOUNDARY_TIE_POLICY_WORDS, c.prizes.boundaryTie),
    'prizes.maxPerUnit': optional(c.prizes.maxPerUnit, String),
    'prizes.maxPerCategory': optional(c.prizes.maxPerCategory, String),
    'documents.signer.onBehalfOf': signer.onBehalfOf,
    'documents.signer.mode': wordFor(SIGNING_MODE_WORDS, signer.mode),
    'documents.signer.headTitle': signer.headTitle,
    'documents.signer.position': signer.position,
    'documents.signer.name': signer.name,
  };
}

type Row<S extends SheetId> = Record<ColumnId<S>, CellValue>;

function table<S extends SheetId>(sheet: S, rows: Row<S>[], textColumns: readonly ColumnId<S>[]): ConfigTable {
  const headers: Record<string, string> = COLUMN_HEADERS[sheet];
  const columns = Object.keys(headers) as ColumnId<S>[];
  const notes: Partial<Record<string, string>> = COLUMN_NOTES[sheet] ?? {};
  return {
    sheet: SHEET_NAMES[sheet],
    header: columns.map((c) => headers[c]),
    rows: rows.map((row) => columns.map((c) => row[c])),
    textColumns: columns.flatMap((c, i) => (textColumns.includes(c) ? [i] : [])),
    notes: columns.map((c) => notes[c] ?? ''),
  };
}

function criterionRow(round: 'preliminary' | 'defence', c: Criterion): Row<'criteria'> {
  return {
    round: wordFor(ROUND_WORDS, round),
    code: c.code,
    name: c.name,
    maxPoints: c.maxPoints,
    weight: c.weight,
    step: c.step,
    description: c.description,
  };
}

/** The configuration as the tables of its workbook, in sheet order. */
export function encodeConfig(config: ContestConfig): ConfigTable[] {
  const values = settingValues(config);
  const defence = config.rounds.defence;
  return [
    table(
      'settings',
      SETTING_ROWS.map((s) => ({ key: s.key, label: s.label, value: values[s.key], note: s.note })),
      ['key', 'label', 'value', 'note'],
    ),
    table('categories', config.categories.map((c) => ({ code: c.code, name: c.name })), ['code', 'name']),
    table('units', config.units.map((u) => ({ code: u.code, name: u.name })), ['code', 'name']),
    table(
      'members',
      config.members.map((m) => ({ name: m.name, email: m.email, role: wordFor(MEMBER_ROLE_WORDS, m.role), unit: m.unit, position: m.position })),
      ['name', 'email', 'role', 'unit', 'position'],
    ),
    table(
      'formats',
      config.formats.map((f) => ({ format: wordFor(ENTRY_FORMAT_WORDS, f.format), min: f.limits?.min ?? '', max: f.limits?.max ?? '' })),
      ['format'],
    ),
    table(
      'criteria',
      [
        ...config.rounds.preliminary.rubric.criteria.map((c) => criterionRow('preliminary', c)),
        ...(defence?.rubric.criteria ?? []).map((c) => criterionRow('defence', c)),
      ],
      ['round', 'code', 'name', 'description'],
    ),
    table(
      'prizes',
      config.prizes.tiers.map((t) => ({
        code: t.code,
        name: t.name,
        award: wordFor(AWARD_KIND_WORDS, t.award),
        awardIssuer: t.awardIssuer,
        count: t.count ?? '',
        amount: t.amount,
        minScore: t.minScore ?? '',
        gift: t.gift,
      })),
      ['code', 'name', 'award', 'awardIssuer', 'gift'],
    ),
    table(
      'documents',
      [
        ...config.documents.legalBases.map((b) => ({
          kind: wordFor(DOCUMENT_KIND_WORDS, 'legalBasis'),
          text: b.text,
          validFrom: writeDate(b.validFrom),
          validUntil: writeDate(b.validUntil),
        })),
        ...config.documents.recipients.map((text) => ({ kind: wordFor(DOCUMENT_KIND_WORDS, 'recipient'), text, validFrom: '', validUntil: '' })),
      ],
      ['kind', 'text', 'validFrom', 'validUntil'],
    ),
  ];
}

/** The grids getValues would return for these tables: header row, then the rows. */
export function tablesOf(tables: readonly ConfigTable[]): Record<string, CellValue[][]> {
  return Object.fromEntries(tables.map((t) => [t.sheet, [t.header, ...t.rows]]));
}

// ---------------------------------------------------------------------------------------------
// Reading cells

const isDateCell = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/**
 * The cell as a CellValue. Apps Script hands us whatever the sheet held, and a caller may pass
 * arrays with holes: anything else reads as an empty cell. Dates are tested by tag rather than
 * instanceof so that a Date from another realm (a test VM) is still a Date.
 */
function cellAt(row: unknown, index: number): CellValue {
  const v: unknown = Array.isArray(row) ? row[index] : undefined;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || isDateCell(v)) return v;
  return '';
}

const isBlankCell = (v: CellValue): boolean => typeof v === 'string' && v.trim() === '';

function dateText(d: Date): string {
  return Number.isNaN(d.getTime()) ? '' : slashDate(dayOfDateCell(d));
}

function rawText(v: CellValue): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return dateText(v);
}

/** A single-line text: NFC, runs of white space made one space, trimmed. */
const lineText = (v: CellValue): string => rawText(v).normalize('NFC').replace(/\s+/g, ' ').trim();

/** A text that may hold line breaks (a description): NFC and trimmed only. */
const longText = (v: CellValue): string => rawText(v).normalize('NFC').replace(/\r\n?/g, '\n').trim();

/** A cell's content as quoted in a message: short enough for a sentence. */
function shown(v: CellValue): string {
  const t = rawText(v).replace(/\s+/g, ' ').trim();
  return t.length <= 40 ? t : `${t.slice(0, 39)}…`;
}

type NumberKind = 'integer' | 'decimal' | 'money';

function parseNumberText(text: string, kind: NumberKind): number | undefined {
  let s = text.normalize('NFC').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  if (s.length > 40) return undefined;
  if (kind === 'money') s = s.replace(/\s*(đồng|đ|vnđ|vnd)\.?$/i, '');
  const negative = /^[-−]/.test(s);
  s = s.replace(/^[-+−]\s*/, '');
  let n: number | undefined;
  if (kind === 'decimal') {
    if (/^\d+([.,]\d+)?$/.test(s)) n = Number(s.replace(',', '.'));
  } else if (/^\d+$/.test(s)) {
    n = Number(s);
  } else {
    const grouped = /^\d{1,3}([., ])\d{3}(?:\1\d{3})*$/.exec(s);
    if (grouped) n = Number(s.split(grouped[1]).join(''));
  }
  if (n === undefined || !Number.isFinite(n)) return undefined;
  return negative && n !== 0 ? -n : n;
}

function calendarIso(year: number, month: number, day: number): IsoDate | undefined {
  const iso = `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
  return isIsoDate(iso) ? iso : undefined;
}

function parseDate(v: CellValue): IsoDate | undefined {
  if (isDateCell(v)) {
    if (Number.isNaN(v.getTime())) return undefined;
    const { year, month, day } = dayOfDateCell(v);
    return calendarIso(year, month, day);
  }
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (dmy) return calendarIso(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (ymd) return calendarIso(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  return undefined;
}

/** The parts of a list cell, separated by ";", "," or line breaks (no word or code has one). */
const listParts = (v: CellValue): string[] => rawText(v).split(/[;,\n]/).filter((part) => part.trim() !== '');

// ---------------------------------------------------------------------------------------------
// Reading problems

type Params = Problem['params'];
type CodecProblemCode = DecodeProblemCode | Extract<ValidationProblemCode, 'required'>;

/** Where a cell is: in the workbook (for the person) and in the configuration (for the wizard). */
interface Site {
  sheet: string;
  /** 1-based row in the sheet; undefined when the row is absent (a deleted setting). */
  row: number | undefined;
  path: string;
  field: FieldRef;
}

class Reader {
  readonly problems: Problem[] = [];

  constructor(readonly tables: ConfigTables) {}

  add(severity: Severity, code: CodecProblemCode, path: string, field: FieldRef, params: Params = {}): void {
    this.problems.push({ code, severity, path, field, params });
  }

  at(severity: Severity, code: CodecProblemCode, site: Site, params: Params = {}): void {
    const where: Params = site.row === undefined ? { sheet: site.sheet } : { sheet: site.sheet, row: site.row };
    this.add(severity, code, site.path, site.field, { ...where, ...params });
  }

  /** A number; undefined when blank, NaN (reported) when unreadable. */
  number(v: CellValue, site: Site, kind: NumberKind): number | undefined {
    if (isBlankCell(v)) return undefined;
    const n = typeof v === 'number' ? (Number.isFinite(v) ? v : undefined) : typeof v === 'string' ? parseNumberText(v, kind) : undefined;
    if (n !== undefined) return n;
    const code = kind === 'integer' ? 'integerUnreadable' : kind === 'decimal' ? 'decimalUnreadable' : 'moneyUnreadable';
    this.at('error', code, site, { value: shown(v) });
    return NaN;
  }

  /** A number that must be there: NaN (reported) when blank or unreadable. */
  requiredNumber(v: CellValue, site: Site, kind: NumberKind): number {
    const n = this.number(v, site, kind);
    if (n === undefined) this.at('error', 'required', site);
    return n ?? NaN;
  }

  /** A day; undefined when blank, '' (reported) when unreadable. */
  date(v: CellValue, site: Site): IsoDate | undefined {
    if (isBlankCell(v)) return undefined;
    const iso = parseDate(v);
    if (iso !== undefined) return iso;
    this.at('error', 'dateUnreadable', site, { value: shown(v) });
    return '';
  }

  /** A word of an enumeration; `ifBlank` is the value of an empty cell, else an empty cell is reported. */
  choice<T extends string>(v: CellValue, site: Site, words: Words<T>, ifBlank?: T): T | undefined {
    if (isBlankCell(v)) {
      if (ifBlank === undefined) this.at('error', 'choiceMissing', site, { allowed: wordsHint(words) });
      return ifBlank;
    }
    const value = readWord(words, rawText(v));
    if (value === undefined) this.at('error', 'choiceUnknown', site, { value: shown(v), allowed: wordsHint(words) });
    return value;
  }

  /** Several words in one cell. */
  choices<T extends string>(v: CellValue, site: Site, words: Words<T>): T[] {
    return listParts(v).flatMap((part) => {
      const value = this.choice(part, site, words);
      return value === undefined ? [] : [value];
    });
  }

  /** The tie-break chain, its steps in one cell like choices; a blank cell is no tie-break. */
  tieBreaks(v: CellValue, site: Site): TieBreak[] {
    return listParts(v).flatMap((part) => {
      const step = readTieBreak(part);
      if (step === undefined) this.at('error', 'choiceUnknown', site, { value: shown(part), allowed: TIE_BREAK_HINT });
      return step === undefined ? [] : [step];
    });
  }

  /** Có/Không, or a checkbox; `ifBlank` is the value of an empty cell, else an empty cell is reported. */
  bool(v: CellValue, site: Site, ifBlank?: boolean): boolean | undefined {
    if (typeof v === 'boolean') return v;
    const word = this.choice(v, site, BOOLEAN_WORDS, ifBlank === undefined ? undefined : ifBlank ? 'yes' : 'no');
    return word === undefined ? undefined : word === 'yes';
  }

  /**
   * A day of the year "dd/mm" (the rolling cut-off); a full date or a Date cell gives its day and
   * month. Whether the day exists every year is the validator's call.
   */
  dayOfYear(v: CellValue, site: Site): { month: number; day: number } {
    if (isDateCell(v) && !Number.isNaN(v.getTime())) {
      const { month, day } = dayOfDateCell(v);
      return { month, day };
    }
    const m = typeof v === 'string' ? /^(\d{1,2})[/.-](\d{1,2})(?:[/.-]\d{4})?$/.exec(v.trim()) : null;
    if (m) return { month: Number(m[2]), day: Number(m[1]) };
    if (isBlankCell(v)) this.at('error', 'required', site);
    else this.at('error', 'cutoffUnreadable', site, { value: shown(v) });
    return { month: NaN, day: NaN };
  }
}

// ---------------------------------------------------------------------------------------------
// Reading sheets

function findGrid(r: Reader, sheet: SheetId): readonly unknown[] | undefined {
  const name = SHEET_NAMES[sheet];
  const key = name in r.tables ? name : Object.keys(r.tables).find((k) => foldText(k) === foldText(name));
  if (key === undefined) return undefined;
  const grid: unknown = r.tables[key];
  return Array.isArray(grid) ? grid : [];
}

const HEADER_SEARCH_ROWS = 20;

interface SheetRow<S extends SheetId> {
  /** 1-based row number in the sheet. */
  row: number;
  cells: Row<S>;
}

/**
 * The data rows of a sheet, cells by column. Columns are found by header; a missing sheet, header
 * or column is reported against `path` and gives undefined.
 */
function readSheet<S extends SheetId>(
  r: Reader,
  sheet: S,
  path: string,
  optionalColumns: readonly ColumnId<S>[] = [],
): SheetRow<S>[] | undefined {
  const name = SHEET_NAMES[sheet];
  const grid = findGrid(r, sheet);
  if (grid === undefined) {
    r.add('error', 'sheetMissing', path, workbookField('sheet', name), { sheet: name });
    return undefined;
  }
  const headers: Record<string, string> = COLUMN_HEADERS[sheet];
  const columns = Object.keys(headers) as ColumnId<S>[];
  const folded = columns.map((c) => foldText(headers[c]));
  const width = (row: unknown): number => (Array.isArray(row) ? Math.min(row.length, 1000) : 0);
  const foldedRow = (row: unknown): string[] => Array.from({ length: width(row) }, (_, i) => foldText(rawText(cellAt(row, i)).slice(0, 200)));
  // The header is near the top (a title may sit above it): looking further would only cost time.
  const headerIndex = grid.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => foldedRow(row).some((cell) => folded.includes(cell)));
  if (headerIndex < 0) {
    r.add('error', 'headerMissing', path, workbookField('sheet', name), { sheet: name, header: Object.values(headers).join(' | ') });
    return undefined;
  }
  const headerCells = foldedRow(grid[headerIndex]);
  const index = {} as Record<ColumnId<S>, number>;
  let complete = true;
  columns.forEach((c, i) => {
    index[c] = headerCells.indexOf(folded[i]);
    if (index[c] < 0 && !optionalColumns.includes(c)) {
      r.add('error', 'columnMissing', path, workbookField('column', name), { sheet: name, column: headers[c] });
      complete = false;
    }
  });
  if (!complete) return undefined;
  const rows: SheetRow<S>[] = [];
  grid.forEach((row, i) => {
    if (i <= headerIndex) return;
    const cells = {} as Row<S>;
    for (const c of columns) cells[c] = index[c] < 0 ? '' : cellAt(row, index[c]);
    const present = columns.filter((c) => !isBlankCell(cells[c]));
    // A header repeated further down holds every column's header: a unit coded "MA" with no name
    // yet matches "Mã" alone and is a unit, not a header.
    const repeatsHeader = columns
      .filter((c) => index[c] >= 0)
      .every((c) => typeof cells[c] === 'string' && foldText(cells[c] as string) === foldText(headers[c]));
    if (present.length > 0 && !repeatsHeader) rows.push({ row: i + 1, cells });
  });
  return rows;
}

/** Sheet rows of the items of each list, so that validation names an unnamed item by its row there. */
class RowNumbers {
  private readonly rows = new Map<ListPath, number[]>();

  push(list: ListPath, row: number): number {
    const rows = this.rows.get(list) ?? [];
    rows.push(row);
    this.rows.set(list, rows);
    return rows.length - 1;
  }

  readonly rowOf = (list: ListPath, index: number): number => this.rows.get(list)?.[index] ?? index + 1;
}

/** A cell of a list item, addressed by its row in the sheet and its path in the configuration. */
function itemSite(sheet: SheetId, row: number, list: ListPath, index: number, prop: string, section: ConfigSection, key: ConfigFieldKey, name: string): Site {
  return { sheet: SHEET_NAMES[sheet], row, path: `${list}[${index}].${prop}`, field: fieldRef(section, key, name === '' ? String(row) : name) };
}

// ---------------------------------------------------------------------------------------------
// Reading "Cấu hình"

const SETTING_FIELDS: Record<SettingKey, { section: ConfigSection; key: ConfigFieldKey; path?: string }> = {
  'identity.code': { section: 'identity', key: 'contestCode' },
  'identity.title': { section: 'identity', key: 'contestTitle' },
  'identity.organiser.parentBody': { section: 'identity', key: 'parentBody' },
  'identity.organiser.name': { section: 'identity', key: 'organiserName' },
  'identity.organiser.symbol': { section: 'identity', key: 'symbol' },
  'identity.organiser.level': { section: 'identity', key: 'level' },
  'identity.plan.number': { section: 'identity', key: 'planNumber' },
  'identity.plan.date': { section: 'identity', key: 'planDate' },
  'identity.year': { section: 'identity', key: 'year' },
  'identity.placeName': { section: 'identity', key: 'placeName' },
  'timeline.intake.mode': { section: 'timeline', key: 'intakeMode' },
  'timeline.intake.opens': { section: 'timeline', key: 'opens' },
  'timeline.intake.closes': { section: 'timeline', key: 'closes' },
  'timeline.intake.staffCutoff': { section: 'timeline', key: 'staffCutoff' },
  'timeline.unitDeadline': { section: 'timeline', key: 'unitDeadline' },
  'timeline.judgingDeadline': { section: 'timeline', key: 'judgingDeadline' },
  'timeline.awardDate': { section: 'timeline', key: 'awardDate' },
  'entrants.kinds': { section: 'entrants', key: 'kinds' },
  'entrants.maxGroupSize': { section: 'entrants', key: 'maxGroupSize' },
  'eligibility.excludedRoles': { section: 'eligibility', key: 'excludedRoles' },
  'unitRules.minEntriesPerUnit': { section: 'unitRules', key: 'minEntriesPerUnit' },
  'unitRules.preScreening': { section: 'unitRules', key: 'preScreening' },
  'rounds.defence.enabled': { section: 'defence', key: 'enabled', path: 'rounds.defence' },
  'rounds.defence.shortlist.mode': { section: 'defence', key: 'shortlistMode' },
  'rounds.defence.shortlist.count': { section: 'defence', key: 'shortlistCount' },
  'rounds.defence.shortlist.score': { section: 'defence', key: 'shortlistScore' },
  'rounds.defence.final.mode': { section: 'defence', key: 'finalMode' },
  'rounds.defence.final.preliminaryWeight': { section: 'defence', key: 'preliminaryWeight' },
  'rounds.defence.final.defenceWeight': { section: 'defence', key: 'defenceWeight' },
  'scoring.aggregation': { section: 'scoring', key: 'aggregation' },
  'scoring.trimMinJudges': { section: 'scoring', key: 'trimMinJudges' },
  'scoring.minJudges': { section: 'scoring', key: 'minJudges' },
  'scoring.decimals': { section: 'scoring', key: 'decimals' },
  'scoring.discrepancy.unit': { section: 'scoring', key: 'discrepancyUnit' },
  'scoring.discrepancy.review': { section: 'scoring', key: 'discrepancyReview' },
  'scoring.discrepancy.escalate': { section: 'scoring', key: 'discrepancyEscalate' },
  'scoring.tieBreaks': { section: 'scoring', key: 'tieBreaks' },
  'judging.mode': { section: 'judging', key: 'judgingMode' },
  'judging.judgesPerEntry': { section: 'judging', key: 'judgesPerEntry' },
  'judging.defenceJudgesPerEntry': { section: 'judging', key: 'defenceJudgesPerEntry' },
  'judging.extraJudgeOnEscalation': { section: 'judging', key: 'extraJudgeOnEscalation' },
  'judging.lockAtDeadline': { section: 'judging', key: 'lockAtDeadline' },
  'judging.reminderDaysBefore': { section: 'judging', key: 'reminderDaysBefore' },
  'prizes.scope': { section: 'prizes', key: 'scope' },
  'prizes.specialPrizeAllowed': { section: 'prizes', key: 'specialPrizeAllowed' },
  'prizes.budgetCap': { section: 'prizes', key: 'budgetCap' },
  'prizes.vacancy': { section: 'prizes', key: 'vacancy' },
  'prizes.boundaryTie': { section: 'prizes', key: 'boundaryTie' },
  'prizes.maxPerUnit': { section: 'prizes', key: 'maxPerUnit' },
  'prizes.maxPerCategory': { section: 'prizes', key: 'maxPerCategory' },
  'documents.signer.onBehalfOf': { section: 'signer', key: 'onBehalfOf' },
  'documents.signer.mode': { section: 'signer', key: 'signingMode' },
  'documents.signer.headTitle': { section: 'signer', key: 'headTitle' },
  'documents.signer.position': { section: 'signer', key: 'position' },
  'documents.signer.name': { section: 'signer', key: 'signerName' },
};

/** The values of "Cấu hình" by key, each read once with the parser its setting needs. */
class Settings {
  constructor(
    private readonly r: Reader,
    private readonly cells: ReadonlyMap<SettingKey, { value: CellValue; row: number }>,
  ) {}

  site(key: SettingKey): Site {
    const f = SETTING_FIELDS[key];
    return { sheet: SHEET_NAMES.settings, row: this.cells.get(key)?.row, path: f.path ?? key, field: fieldRef(f.section, f.key) };
  }

  cell(key: SettingKey): CellValue {
    return this.cells.get(key)?.value ?? '';
  }

  text(key: SettingKey): string {
    return lineText(this.cell(key));
  }

  date(key: SettingKey): IsoDate | undefined {
    return this.r.date(this.cell(key), this.site(key));
  }

  number(key: SettingKey, kind: NumberKind): number | undefined {
    return this.r.number(this.cell(key), this.site(key), kind);
  }

  requiredNumber(key: SettingKey, kind: NumberKind): number {
    return this.r.requiredNumber(this.cell(key), this.site(key), kind);
  }

  choice<T extends string>(key: SettingKey, words: Words<T>, ifBlank?: T): T | undefined {
    return this.r.choice(this.cell(key), this.site(key), words, ifBlank);
  }

  tieBreaks(key: SettingKey): TieBreak[] {
    return this.r.tieBreaks(this.cell(key), this.site(key));
  }

  choices<T extends string>(key: SettingKey, words: Words<T>): T[] {
    return this.r.choices(this.cell(key), this.site(key), words);
  }

  bool(key: SettingKey, ifBlank?: boolean): boolean | undefined {
    return this.r.bool(this.cell(key), this.site(key), ifBlank);
  }

  dayOfYear(key: SettingKey): { month: number; day: number } {
    return this.r.dayOfYear(this.cell(key), this.site(key));
  }

  /** Settings that do not apply in the chosen mode are ignored; a filled one is pointed out. */
  ignore(...keys: SettingKey[]): void {
    for (const key of keys) {
      const value = this.cell(key);
      if (!isBlankCell(value)) this.r.at('warning', 'valueIgnored', this.site(key), { value: shown(value) });
    }
  }
}

function readSettings(r: Reader): Settings | undefined {
  const rows = readSheet(r, 'settings', 'settings', ['label', 'note']);
  if (rows === undefined) return undefined;
  const known = new Map<string, SettingKey>(SETTING_ROWS.map((s) => [s.key.toLowerCase(), s.key]));
  const cells = new Map<SettingKey, { value: CellValue; row: number }>();
  const sheet = SHEET_NAMES.settings;
  const keyField = workbookField('settingKey', sheet);
  for (const { row, cells: c } of rows) {
    const written = lineText(c.key);
    if (written === '') continue; // a heading or a remark typed in another column
    const key = known.get(written.toLowerCase());
    if (key === undefined) {
      r.add('warning', 'settingUnknown', 'settings', keyField, { sheet, row, key: shown(written) });
      continue;
    }
    const first = cells.get(key);
    if (first !== undefined) {
      r.add('error', 'settingDuplicate', SETTING_FIELDS[key].path ?? key, keyField, { sheet, row, key, firstRow: first.row });
      continue;
    }
    cells.set(key, { value: c.value, row });
  }
  for (const s of SETTING_ROWS) {
    if (!cells.has(s.key)) r.add('warning', 'settingMissing', SETTING_FIELDS[s.key].path ?? s.key, keyField, { sheet, key: s.key, label: s.label });
  }
  return new Settings(r, cells);
}

function readIdentity(s: Settings): ContestConfig['identity'] {
  return {
    code: s.text('identity.code'),
    title: s.text('identity.title'),
    organiser: {
      parentBody: s.text('identity.organiser.parentBody'),
      name: s.text('identity.organiser.name'),
      symbol: s.text('identity.organiser.symbol'),
      level: s.choice('identity.organiser.level', ORGANISER_LEVEL_WORDS) ?? 'province',
    },
    plan: { number: s.text('identity.plan.number'), date: s.date('identity.plan.date') ?? '' },
    year: s.requiredNumber('identity.year', 'integer'),
    placeName: s.text('identity.placeName'),
  };
}

/** Sets an optional property only when it has a value, so that absent stays absent. */
function withOptional<T extends object, K extends string, V>(target: T, key: K, value: V | undefined): T & { [P in K]?: V } {
  return value === undefined || value === '' ? target : { ...target, [key]: value };
}

function readTimeline(s: Settings): Timeline {
  const mode = s.choice('timeline.intake.mode', INTAKE_MODE_WORDS) ?? 'window';
  let intake: Timeline['intake'];
  if (mode === 'window') {
    s.ignore('timeline.intake.staffCutoff');
    intake = { mode, opens: s.date('timeline.intake.opens') ?? '', closes: s.date('timeline.intake.closes') ?? '' };
  } else {
    s.ignore('timeline.intake.opens', 'timeline.intake.closes');
    intake = { mode, staffCutoff: s.dayOfYear('timeline.intake.staffCutoff') };
  }
  let timeline: Timeline = { intake };
  timeline = withOptional(timeline, 'unitDeadline', s.date('timeline.unitDeadline'));
  timeline = withOptional(timeline, 'judgingDeadline', s.date('timeline.judgingDeadline'));
  return withOptional(timeline, 'awardDate', s.date('timeline.awardDate'));
}

function readDefence(s: Settings, rubric: DefenceRound['rubric']): DefenceRound {
  let shortlist: Shortlist;
  if (s.choice('rounds.defence.shortlist.mode', SHORTLIST_MODE_WORDS) === 'minScore') {
    s.ignore('rounds.defence.shortlist.count');
    shortlist = { mode: 'minScore', score: s.requiredNumber('rounds.defence.shortlist.score', 'decimal') };
  } else {
    s.ignore('rounds.defence.shortlist.score');
    shortlist = { mode: 'topN', count: s.requiredNumber('rounds.defence.shortlist.count', 'integer') };
  }
  let final: FinalScore;
  if (s.choice('rounds.defence.final.mode', FINAL_SCORE_MODE_WORDS) === 'weighted') {
    final = {
      mode: 'weighted',
      preliminaryWeight: s.requiredNumber('rounds.defence.final.preliminaryWeight', 'decimal'),
      defenceWeight: s.requiredNumber('rounds.defence.final.defenceWeight', 'decimal'),
    };
  } else {
    s.ignore('rounds.defence.final.preliminaryWeight', 'rounds.defence.final.defenceWeight');
    final = { mode: 'defenceOnly' };
  }
  return { rubric, shortlist, final };
}

// ---------------------------------------------------------------------------------------------
// Reading the list sheets

function readCodedList(r: Reader, sheet: 'categories' | 'units', rows: RowNumbers): Array<Category & Unit> {
  return (readSheet(r, sheet, sheet) ?? []).map(({ row, cells }) => {
    rows.push(sheet, row);
    return { code: lineText(cells.code), name: lineText(cells.name) };
  });
}

function readMembers(r: Reader, rows: RowNumbers): Member[] {
  const list = 'members';
  return (readSheet(r, 'members', list) ?? []).flatMap(({ row, cells }) => {
    const name = lineText(cells.name);
    // A member without a readable role is left out, so the problem points at the list.
    const roleSite: Site = { sheet: SHEET_NAMES.members, row, path: list, field: fieldRef('members', 'role', name || String(row)) };
    const role = r.choice(cells.role, roleSite, MEMBER_ROLE_WORDS);
    if (role === undefined) return [];
    rows.push(list, row);
    return [{ name, email: lineText(cells.email), role, unit: lineText(cells.unit), position: lineText(cells.position) }];
  });
}

function readFormats(r: Reader, rows: RowNumbers): FormatRule[] {
  const list = 'formats';
  return (readSheet(r, 'formats', list) ?? []).flatMap(({ row, cells }) => {
    const site = (index: number, prop: string, key: ConfigFieldKey) => itemSite('formats', row, list, index, prop, 'formats', key, '');
    const format = r.choice(cells.format, { ...site(0, 'format', 'format'), path: list }, ENTRY_FORMAT_WORDS);
    if (format === undefined) return [];
    const index = rows.push(list, row);
    const min = r.number(cells.min, site(index, 'limits.min', 'min'), 'decimal');
    const max = r.number(cells.max, site(index, 'limits.max', 'max'), 'decimal');
    if (min === undefined && max === undefined) return [{ format }];
    // "at most 2000 words" leaves the minimum empty: it is zero. A minimum alone has no model.
    if (max === undefined) r.at('error', 'required', site(index, 'limits.max', 'max'));
    return [{ format, limits: { min: min ?? 0, max: max ?? NaN } }];
  });
}

function readCriteria(r: Reader, rows: RowNumbers): Record<'preliminary' | 'defence', Criterion[]> {
  const result: Record<'preliminary' | 'defence', Criterion[]> = { preliminary: [], defence: [] };
  for (const { row, cells } of readSheet(r, 'criteria', 'rounds.preliminary.rubric.criteria') ?? []) {
    const name = lineText(cells.name);
    const round = r.choice(cells.round, { sheet: SHEET_NAMES.criteria, row, path: 'rounds', field: fieldRef('preliminaryRubric', 'round', name || String(row)) }, ROUND_WORDS);
    if (round === undefined) continue;
    const list: ListPath = round === 'preliminary' ? 'rounds.preliminary.rubric.criteria' : 'rounds.defence.rubric.criteria';
    const section = round === 'preliminary' ? 'preliminaryRubric' : 'defenceRubric';
    const index = rows.push(list, row);
    const site = (prop: string, key: ConfigFieldKey) => itemSite('criteria', row, list, index, prop, section, key, name);
    result[round].push({
      code: lineText(cells.code),
      name,
      maxPoints: r.requiredNumber(cells.maxPoints, site('maxPoints', 'maxPoints'), 'decimal'),
      weight: r.requiredNumber(cells.weight, site('weight', 'weight'), 'decimal'),
      step: r.requiredNumber(cells.step, site('step', 'step'), 'decimal'),
      description: longText(cells.description),
    });
  }
  return result;
}

function readRounds(r: Reader, s: Settings, rows: RowNumbers): Rounds {
  const criteria = readCriteria(r, rows);
  const rounds: Rounds = { preliminary: { rubric: { criteria: criteria.preliminary } } };
  if (s.bool('rounds.defence.enabled') === true) return { ...rounds, defence: readDefence(s, { criteria: criteria.defence }) };
  s.ignore(
    'rounds.defence.shortlist.mode',
    'rounds.defence.shortlist.count',
    'rounds.defence.shortlist.score',
    'rounds.defence.final.mode',
    'rounds.defence.final.preliminaryWeight',
    'rounds.defence.final.defenceWeight',
  );
  if (criteria.defence.length > 0) {
    r.add('warning', 'defenceRowsIgnored', 'rounds.defence', fieldRef('defenceRubric', 'list'), {
      sheet: SHEET_NAMES.criteria,
      count: criteria.defence.length,
    });
  }
  return rounds;
}

/** A criterion typed in another case ("tiêu chí tm") is the rubric's own code. */
function withRubricCodes(steps: TieBreak[], rounds: Rounds): TieBreak[] {
  const codes = [...rounds.preliminary.rubric.criteria, ...(rounds.defence?.rubric.criteria ?? [])].map((c) => c.code);
  return steps.map((step) => {
    if (step.kind !== 'criterion' || codes.includes(step.code)) return step;
    const code = codes.find((c) => c.toLowerCase() === step.code.toLowerCase());
    return code === undefined ? step : { kind: 'criterion', code };
  });
}

/**
 * A blank scoring setting, or one whose row an older workbook lacks, takes the presets' default;
 * except the tie-break chain, where blank says that equal scores stay ties.
 */
function readScoring(s: Settings, rounds: Rounds): ScoringRules {
  const d = defaultScoringRules(rounds.defence !== undefined);
  return {
    aggregation: s.choice('scoring.aggregation', AGGREGATION_METHOD_WORDS, d.aggregation) ?? d.aggregation,
    trimMinJudges: s.number('scoring.trimMinJudges', 'integer') ?? d.trimMinJudges,
    minJudges: s.number('scoring.minJudges', 'integer') ?? d.minJudges,
    decimals: s.number('scoring.decimals', 'integer') ?? d.decimals,
    discrepancy: {
      unit: s.choice('scoring.discrepancy.unit', DISCREPANCY_UNIT_WORDS, d.discrepancy.unit) ?? d.discrepancy.unit,
      review: s.number('scoring.discrepancy.review', 'decimal') ?? d.discrepancy.review,
      escalate: s.number('scoring.discrepancy.escalate', 'decimal') ?? d.discrepancy.escalate,
    },
    tieBreaks: withRubricCodes(s.tieBreaks('scoring.tieBreaks'), rounds),
  };
}

/**
 * A blank judging setting, or one whose row an older workbook lacks, takes the presets' default;
 * except the numbers, where blank says "every judge" or "no reminders", as settingMissing tells
 * the person whose workbook lacks the row.
 */
function readJudging(s: Settings): JudgingRules {
  const d = defaultJudgingRules();
  let judging: JudgingRules = {
    mode: s.choice('judging.mode', JUDGING_MODE_WORDS, d.mode) ?? d.mode,
    extraJudgeOnEscalation: s.bool('judging.extraJudgeOnEscalation', d.extraJudgeOnEscalation) ?? d.extraJudgeOnEscalation,
    lockAtDeadline: s.bool('judging.lockAtDeadline', d.lockAtDeadline) ?? d.lockAtDeadline,
  };
  judging = withOptional(judging, 'judgesPerEntry', s.number('judging.judgesPerEntry', 'integer'));
  judging = withOptional(judging, 'defenceJudgesPerEntry', s.number('judging.defenceJudgesPerEntry', 'integer'));
  return withOptional(judging, 'reminderDaysBefore', s.number('judging.reminderDaysBefore', 'integer'));
}

function readPrizes(r: Reader, s: Settings, rows: RowNumbers): PrizeRules {
  const list = 'prizes.tiers';
  const tiers = (readSheet(r, 'prizes', list) ?? []).map(({ row, cells }): PrizeTier => {
    const index = rows.push(list, row);
    const name = lineText(cells.name);
    const site = (prop: string, key: ConfigFieldKey) => itemSite('prizes', row, list, index, prop, 'prizes', key, name);
    let tier: PrizeTier = {
      code: lineText(cells.code),
      name,
      // An empty cell means no reward form: that is what "Không" says.
      award: r.choice(cells.award, site('award', 'award'), AWARD_KIND_WORDS, 'none') ?? 'none',
      awardIssuer: lineText(cells.awardIssuer),
      // An empty amount is no money; validation points it out.
      amount: r.number(cells.amount, site('amount', 'amount'), 'money') ?? 0,
      gift: lineText(cells.gift),
    };
    tier = withOptional(tier, 'count', r.number(cells.count, site('count', 'count'), 'integer'));
    return withOptional(tier, 'minScore', r.number(cells.minScore, site('minScore', 'minScore'), 'decimal'));
  });
  // A blank policy, or a row an older workbook lacks, is the presets' default.
  const policies = defaultPrizePolicies();
  let prizes: PrizeRules = {
    tiers,
    scope: s.choice('prizes.scope', PRIZE_SCOPE_WORDS) ?? 'overall',
    specialPrizeAllowed: s.bool('prizes.specialPrizeAllowed') ?? false,
    vacancy: s.choice('prizes.vacancy', VACANCY_POLICY_WORDS, policies.vacancy) ?? policies.vacancy,
    boundaryTie: s.choice('prizes.boundaryTie', BOUNDARY_TIE_POLICY_WORDS, policies.boundaryTie) ?? policies.boundaryTie,
  };
  prizes = withOptional(prizes, 'budgetCap', s.number('prizes.budgetCap', 'money'));
  prizes = withOptional(prizes, 'maxPerUnit', s.number('prizes.maxPerUnit', 'integer'));
  return withOptional(prizes, 'maxPerCategory', s.number('prizes.maxPerCategory', 'integer'));
}

/** "Nơi nhận" lines are stored without their bullet: "- Như Điều 3;" is read as "Như Điều 3". */
const recipientText = (v: CellValue): string => lineText(v).replace(/^[-–—+•]\s*/, '').replace(/;$/, '').trim();

function readDocuments(r: Reader, s: Settings, rows: RowNumbers): DocumentSettings {
  const legalBases: LegalBasis[] = [];
  const recipients: string[] = [];
  const sheet = SHEET_NAMES.documents;
  for (const { row, cells } of readSheet(r, 'documents', 'documents.legalBases') ?? []) {
    const kindSite: Site = { sheet, row, path: 'documents', field: fieldRef('legalBases', 'documentKind', String(row)) };
    const kind = r.choice(cells.kind, kindSite, DOCUMENT_KIND_WORDS);
    if (kind === 'legalBasis') {
      const list = 'documents.legalBases';
      const index = rows.push(list, row);
      const site = (prop: string, key: ConfigFieldKey) => itemSite('documents', row, list, index, prop, 'legalBases', key, '');
      let basis: LegalBasis = { text: longText(cells.text) };
      basis = withOptional(basis, 'validFrom', r.date(cells.validFrom, site('validFrom', 'validFrom')));
      legalBases.push(withOptional(basis, 'validUntil', r.date(cells.validUntil, site('validUntil', 'validUntil'))));
    } else if (kind === 'recipient') {
      const list = 'documents.recipients';
      const index = rows.push(list, row);
      recipients.push(recipientText(cells.text));
      for (const [prop, key] of [['validFrom', 'validFrom'], ['validUntil', 'validUntil']] as const) {
        const value = cells[prop];
        if (!isBlankCell(value)) {
          const site: Site = { sheet, row, path: `${list}[${index}]`, field: fieldRef('recipients', key, String(row)) };
          r.at('warning', 'valueIgnored', site, { value: shown(value) });
        }
      }
    }
  }
  return {
    signer: {
      onBehalfOf: s.text('documents.signer.onBehalfOf'),
      mode: s.choice('documents.signer.mode', SIGNING_MODE_WORDS) ?? 'head',
      headTitle: s.text('documents.signer.headTitle'),
      position: s.text('documents.signer.position'),
      name: s.text('documents.signer.name'),
    },
    legalBases,
    recipients,
  };
}

/**
 * Reads a configuration workbook. Never throws: what cannot be read becomes a problem. When a cell
 * cannot be read, `config` is null, and validation problems about that same field are left out
 * (they would only repeat it); other validation problems are still reported, so one pass shows
 * everything to fix.
 */
export function decodeConfig(tables: ConfigTables): DecodeResult {
  const r = new Reader(typeof tables === 'object' && tables !== null ? tables : {});
  const s = readSettings(r);
  if (s === undefined) return { config: null, problems: r.problems };
  const rows = new RowNumbers();
  const identity = readIdentity(s);
  const timeline = readTimeline(s);
  const categories = readCodedList(r, 'categories', rows);
  let entrants: ContestConfig['entrants'] = { kinds: s.choices('entrants.kinds', ENTRANT_KIND_WORDS) };
  entrants = withOptional(entrants, 'maxGroupSize', s.number('entrants.maxGroupSize', 'integer'));
  const eligibility = { excludedRoles: s.choices('eligibility.excludedRoles', MEMBER_ROLE_WORDS) };
  const members = readMembers(r, rows);
  const units = readCodedList(r, 'units', rows);
  const unitRules = {
    // An empty quota is no quota.
    minEntriesPerUnit: s.number('unitRules.minEntriesPerUnit', 'integer') ?? 0,
    preScreening: s.bool('unitRules.preScreening') ?? false,
  };
  const formats = readFormats(r, rows);
  const rounds = readRounds(r, s, rows);
  const scoring = readScoring(s, rounds);
  const judging = readJudging(s);
  const prizes = readPrizes(r, s, rows);
  const documents = readDocuments(r, s, rows);
  const config: ContestConfig = { identity, timeline, categories, entrants, eligibility, members, units, unitRules, formats, rounds, scoring, judging, prizes, documents };
  const unreadable = new Set(r.problems.filter((p) => p.severity === 'error').map((p) => p.path));
  const validation = validateConfig(config, { rowOf: rows.rowOf }).filter((p) => !unreadable.has(p.path));
  return { config: hasErrors(r.problems) ? null : config, problems: [...r.problems, ...validation] };
}

/**
 * What the configuration sheets would read back once `config` is written: the set-up wizard's
 * draft comes from a browser, so it is saved only in the form the sheets can hold. May throw when
 * `config` is not shaped like a configuration at all.
 */
export function throughSheets(config: ContestConfig): DecodeResult {
  return decodeConfig(tablesOf(encodeConfig(config)));
}
