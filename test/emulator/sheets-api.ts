/**
 * The Sheets advanced service (`Sheets` global, API v4): `Spreadsheets.Values.batchGet` and
 * `Spreadsheets.get` (metadata, shaped by a `fields` mask). It is another service than
 * SpreadsheetApp: it sees **committed** state only, so writes the same execution buffered through
 * SpreadsheetApp stay invisible until `SpreadsheetApp.flush()` (practitioners' advice to flush
 * before calling the API [unverified]); it flushes nothing itself.
 *
 * Shapes follow the API reference: a ValueRange's `range` "indicates the entire requested range,
 * even though the values will exclude trailing rows and columns"; "for output, empty trailing rows
 * and columns will not be included" (each row loses its own trailing empty cells, as practitioners
 * report); a range with no values has no `values` field; JSON leaves out zero and false fields
 * (`sheetId: 0` of the first sheet). Failures are GoogleJsonResponseExceptions reading
 * `API call to sheets.spreadsheets.<method> failed with error: <message>`.
 */
import { types } from 'node:util'; // realm-safe: a bundle in its own VM context makes its own Dates
import { parseA1Range, type Rect, rectToA1, splitSheetName } from './a1';
import { type CellValue, displayValue, scriptValue } from './cell-values';
import { zonedParts } from './dates';
import { FormulaError } from './formulas';
import { type Runtime, SCOPES } from './runtime';
import type { SheetData, SpreadsheetData } from './sheet-model';

type BatchGetValuesResponse = GoogleAppsScript.Sheets.Schema.BatchGetValuesResponse;
type ValueRange = GoogleAppsScript.Sheets.Schema.ValueRange;
type SpreadsheetResource = GoogleAppsScript.Sheets.Schema.Spreadsheet;

export const SHEETS_API_MESSAGES = {
  /** The form every advanced-service failure takes (the ErrorHandler library and practitioners quote it). */
  failed: (method: string, message: string) => `API call to sheets.spreadsheets.${method} failed with error: ${message}`,
  /** 400 INVALID_ARGUMENT for a sheet that does not exist or text that is not a range; the range is echoed as sent. */
  unableToParseRange: (range: string) => `Unable to parse range: ${range}`,
  /** 404 for an id that names no spreadsheet. */
  notFound: 'Requested entity was not found.',
  /** 403 for a spreadsheet the user cannot open. */
  noPermission: 'The caller does not have permission',
  /** Our wording: the real API names the bad enum value in a longer text we have no copy of. */
  badOption: (name: string, value: unknown) => `emulator: invalid ${name} ${JSON.stringify(value)}`,
  notEmulated: (what: string) => `emulator: ${what} is not emulated`,
} as const;

/** What an advanced service throws; `String(e)` reads `GoogleJsonResponseException: API call to …`. */
export class GoogleJsonResponseException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GoogleJsonResponseException';
  }
}

const VALUE_RENDER = ['FORMATTED_VALUE', 'UNFORMATTED_VALUE', 'FORMULA'] as const;
const DATE_RENDER = ['SERIAL_NUMBER', 'FORMATTED_STRING'] as const;
const DIMENSIONS = ['ROWS', 'COLUMNS'] as const;
type ValueRender = (typeof VALUE_RENDER)[number];
type DateRender = (typeof DATE_RENDER)[number];
type Dimension = (typeof DIMENSIONS)[number];

interface BatchGetOptions {
  ranges?: string | string[];
  valueRenderOption?: ValueRender;
  dateTimeRenderOption?: DateRender;
  majorDimension?: Dimension;
}

interface GetOptions {
  fields?: string;
  ranges?: string | string[];
  includeGridData?: boolean;
}

function option<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value as T)) throw new Error(SHEETS_API_MESSAGES.badOption(name, value));
  return value as T;
}

/** Sheets writes a sheet name bare in A1 notation when it is a plain identifier, else quoted [unverified rule]. */
function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * A range as the API reads it: `Sheet`, `'My sheet'`, `Sheet!A1:B2`, `Sheet!A:C`, or an A1 range of
 * the first visible sheet; null when it names no sheet or is not A1 notation.
 */
function resolveRange(ss: SpreadsheetData, text: string): { sheet: SheetData; rect: Rect } | null {
  const wholeRect = (sheet: SheetData): Rect => ({ row: 1, col: 1, numRows: sheet.maxRows, numCols: sheet.maxCols });
  // A quoted name alone may hold any character, `!` included.
  const quoted = /^'((?:[^']|'')*)'$/s.exec(text);
  if (quoted) {
    const sheet = ss.sheetNamed(quoted[1].replace(/''/g, "'"));
    return sheet ? { sheet, rect: wholeRect(sheet) } : null;
  }
  const { sheetName, ref } = splitSheetName(text);
  if (sheetName === undefined) {
    const whole = ss.sheetNamed(text);
    if (whole) return { sheet: whole, rect: wholeRect(whole) };
    const first = ss.sheets.find((s) => !s.hidden) ?? ss.sheets[0];
    const rect = parseA1Range(ref, first.maxRows, first.maxCols);
    return rect && { sheet: first, rect };
  }
  const sheet = ss.sheetNamed(sheetName);
  const rect = sheet && parseA1Range(ref, sheet.maxRows, sheet.maxCols);
  if (!sheet || !rect) return null;
  // A range reaching past the grid is cut to it.
  const numRows = Math.min(rect.numRows, sheet.maxRows - rect.row + 1);
  const numCols = Math.min(rect.numCols, sheet.maxCols - rect.col + 1);
  return numRows > 0 && numCols > 0 ? { sheet, rect: { ...rect, numRows, numCols } } : null;
}

type ApiValue = string | number | boolean;

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * The serial number a Date-valued cell stands for: the one getValues turns back into that Date
 * (serialToDate), so the zone's offset is taken in whole minutes as there. dateToSerial reads the
 * exact wall clock, which differs from it by seconds where a zone's old local mean time had them
 * (Asia/Ho_Chi_Minh before 1906: +7:06:40), as on 30/12/1899, the day of every time-only cell.
 */
function serialOf(date: Date, timeZone: string): number {
  return (date.getTime() + zonedParts(date.getTime(), timeZone).offsetMinutes * 60_000 - SERIAL_EPOCH) / 86_400_000;
}

/** One cell as the render options ask; '' for an empty cell. */
function renderCell(sheet: SheetData, row: number, col: number, render: ValueRender, dates: DateRender): ApiValue {
  const ss = sheet.parent;
  const cell = sheet.cell(row, col);
  if (render === 'FORMULA' && cell?.formula !== undefined) return cell.formula;
  const v: CellValue | FormulaError = ss.recalc.value(sheet, row, col);
  if (v instanceof FormulaError) return v.code;
  if (render === 'FORMATTED_VALUE') return displayValue(v, cell?.format, ss.locale, ss.timeZone);
  // What getValues would give decides which cells are dates: a Date in a date format (or none), a number in one.
  const shown = scriptValue(v, cell?.format, ss.timeZone);
  if (!types.isDate(shown)) return shown as ApiValue;
  if (dates === 'FORMATTED_STRING') return displayValue(v, cell?.format, ss.locale, ss.timeZone);
  // Sheets stores a date as its serial number: a number in a date format is one already.
  return typeof v === 'number' ? v : serialOf(shown, ss.timeZone);
}

/**
 * The values of a rectangle, major dimension first, trailing empty cells and lines left out. A cell
 * is empty when it holds nothing: a formula showing "" is not [unverified], as getDataRange counts it.
 */
function valuesOf(sheet: SheetData, rect: Rect, render: ValueRender, dates: DateRender, major: Dimension): ApiValue[][] {
  const ss = sheet.parent;
  ss.recalc.prepare(sheet, rect);
  const bounds = ss.recalc.bounds(sheet);
  const lastRow = Math.min(rect.row + rect.numRows - 1, bounds.lastRow);
  const lastCol = Math.min(rect.col + rect.numCols - 1, bounds.lastCol);
  const grid: { value: ApiValue; empty: boolean }[][] = [];
  for (let r = rect.row; r <= lastRow; r++) {
    const line: { value: ApiValue; empty: boolean }[] = [];
    for (let c = rect.col; c <= lastCol; c++) {
      const value = renderCell(sheet, r, c, render, dates);
      line.push({ value, empty: value === '' && sheet.cell(r, c)?.formula === undefined });
    }
    grid.push(line);
  }
  const lines = major === 'ROWS' ? grid : Array.from({ length: Math.max(0, lastCol - rect.col + 1) }, (_, j) => grid.map((line) => line[j]));
  const trimmed = lines.map((line) => {
    let end = line.length;
    while (end > 0 && line[end - 1].empty) end -= 1;
    return line.slice(0, end).map((cell) => cell.value);
  });
  while (trimmed.length > 0 && trimmed[trimmed.length - 1].length === 0) trimmed.pop();
  return trimmed;
}

// ---- field masks (the `fields` parameter: `a.b,c(d,e/f)`) -------------------------------------

type FieldTree = Map<string, FieldTree | true>;

/** Adds a path to the tree, `leaf` under its last name; a field already taken whole stays whole. */
function addPath(tree: FieldTree, names: readonly string[], leaf: FieldTree | true): void {
  const [name, ...rest] = names;
  const existing = tree.get(name);
  if (existing === true) return;
  if (rest.length > 0) {
    const child: FieldTree = existing ?? new Map();
    tree.set(name, child);
    addPath(child, rest, leaf);
  } else if (leaf === true || !existing) {
    tree.set(name, leaf);
  } else {
    for (const [k, v] of leaf) addPath(existing, [k], v);
  }
}

function parseFields(mask: string): FieldTree {
  let at = 0;
  const bad = (): never => {
    throw new Error(SHEETS_API_MESSAGES.badOption('fields', mask));
  };
  const list = (): FieldTree => {
    const out: FieldTree = new Map();
    for (;;) {
      const path = /^\s*([A-Za-z_*][\w*]*(?:[./][A-Za-z_*][\w*]*)*)\s*/.exec(mask.slice(at)) ?? bad();
      at += path[0].length;
      let leaf: FieldTree | true = true;
      if (mask[at] === '(') {
        at += 1;
        leaf = list();
        if (mask[at] !== ')') bad();
        at += 1;
        while (mask[at] === ' ') at += 1;
      }
      addPath(out, path[1].split(/[./]/), leaf);
      if (mask[at] !== ',') return out;
      at += 1;
    }
  };
  const result = list();
  if (at !== mask.length) bad();
  return result;
}

function applyFields(value: unknown, tree: FieldTree): unknown {
  if (Array.isArray(value)) return value.map((v) => applyFields(v, tree));
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, sub] of tree) {
    const keys = key === '*' ? Object.keys(source) : [key];
    for (const k of keys) if (source[k] !== undefined) out[k] = sub === true ? source[k] : applyFields(source[k], sub);
  }
  return out;
}

// ---- the service ------------------------------------------------------------------------------

class ApiContext {
  constructor(private readonly rt: Runtime) {}

  /** Meters the request, checks authorization, and finds the spreadsheet the user may open. */
  spreadsheet(method: string, spreadsheetId: string, items: () => number, body: (ss: SpreadsheetData) => void): void {
    const name = `Sheets.Spreadsheets.${method.replace(/^values\./, 'Values.')}`;
    this.rt.requireFullAuth(name, SCOPES.spreadsheets);
    const ss = this.rt.spreadsheets.get(String(spreadsheetId));
    const failure = !ss ? SHEETS_API_MESSAGES.notFound : !ss.canAccess(this.rt.current().effectiveUser) ? SHEETS_API_MESSAGES.noPermission : null;
    let error: string | null = failure;
    if (ss && !failure) {
      try {
        body(ss);
      } catch (e) {
        if (!(e instanceof ApiRefusal)) throw e;
        error = e.message;
      }
    }
    // The request reached the server whatever its outcome: it is metered, then it fails or answers.
    this.rt.call(name, undefined, error ? 0 : items());
    if (error) throw new GoogleJsonResponseException(SHEETS_API_MESSAGES.failed(method, error));
  }
}

/** A refusal found while answering; becomes the GoogleJsonResponseException once the call is metered. */
class ApiRefusal extends Error {}

export class ValuesCollection {
  constructor(private readonly api: ApiContext) {}

  /**
   * `batchGet(spreadsheetId, { ranges, valueRenderOption, dateTimeRenderOption, majorDimension })`:
   * one ValueRange per range, in order; the defaults are FORMATTED_VALUE, SERIAL_NUMBER and ROWS.
   * One unknown range fails the whole request.
   */
  batchGet(spreadsheetId: string, optionalArgs: object = {}): BatchGetValuesResponse {
    const args = optionalArgs as BatchGetOptions;
    const render = option('valueRenderOption', args.valueRenderOption, VALUE_RENDER, 'FORMATTED_VALUE');
    const dates = option('dateTimeRenderOption', args.dateTimeRenderOption, DATE_RENDER, 'SERIAL_NUMBER');
    const major = option('majorDimension', args.majorDimension, DIMENSIONS, 'ROWS');
    const ranges = args.ranges === undefined ? [] : Array.isArray(args.ranges) ? args.ranges.map(String) : [String(args.ranges)];
    let response: BatchGetValuesResponse = {};
    const cells = (): number => (response.valueRanges ?? []).reduce((n, r) => n + (r.values ?? []).reduce((m, line: unknown[]) => m + line.length, 0), 0);
    this.api.spreadsheet('values.batchGet', spreadsheetId, cells, (ss) => {
      const valueRanges = ranges.map((text): ValueRange => {
        const found = resolveRange(ss, text);
        if (!found) throw new ApiRefusal(SHEETS_API_MESSAGES.unableToParseRange(text));
        const values = valuesOf(found.sheet, found.rect, render, dates, major);
        return { range: `${quoteSheetName(found.sheet.name)}!${rectToA1(found.rect)}`, majorDimension: major, ...(values.length ? { values } : {}) };
      });
      response = { spreadsheetId: ss.id, ...(valueRanges.length ? { valueRanges } : {}) };
    });
    return response;
  }
}

/** Only what `get` returns without grid data: the spreadsheet's and its sheets' properties. */
function spreadsheetResource(ss: SpreadsheetData): SpreadsheetResource {
  return {
    spreadsheetId: ss.id,
    properties: { title: ss.name, locale: ss.locale, autoRecalc: 'ON_CHANGE', timeZone: ss.timeZone },
    sheets: ss.sheets.map((s, index) => ({
      properties: {
        ...(s.id ? { sheetId: s.id } : {}),
        title: s.name,
        ...(index ? { index } : {}),
        sheetType: 'GRID',
        gridProperties: {
          rowCount: s.maxRows,
          columnCount: s.maxCols,
          ...(s.frozenRows ? { frozenRowCount: s.frozenRows } : {}),
          ...(s.frozenColumns ? { frozenColumnCount: s.frozenColumns } : {}),
        },
        ...(s.hidden ? { hidden: true } : {}),
      },
    })),
    spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${ss.id}/edit`,
  };
}

export class SpreadsheetsCollection {
  readonly Values: ValuesCollection;

  constructor(private readonly api: ApiContext) {
    this.Values = new ValuesCollection(api);
  }

  /** `get(spreadsheetId, { fields })`: properties and sheets' properties, no grid data. */
  get(spreadsheetId: string, optionalArgs: object = {}): SpreadsheetResource {
    const args = optionalArgs as GetOptions;
    if (args.ranges !== undefined || args.includeGridData) throw new Error(SHEETS_API_MESSAGES.notEmulated('Sheets.Spreadsheets.get with ranges or grid data'));
    const fields = args.fields === undefined ? null : parseFields(String(args.fields));
    let response: SpreadsheetResource = {};
    this.api.spreadsheet('get', spreadsheetId, () => 0, (ss) => {
      const whole = spreadsheetResource(ss);
      response = fields ? (applyFields(whole, fields) as SpreadsheetResource) : whole;
    });
    return response;
  }
}

/** The `Sheets` global: only `Spreadsheets.get` (metadata) and `Spreadsheets.Values.batchGet`; no `newXxx()` builders. */
export class SheetsAdvancedService {
  readonly Spreadsheets: SpreadsheetsCollection;

  constructor(rt: Runtime) {
    this.Spreadsheets = new SpreadsheetsCollection(new ApiContext(rt));
  }
}
