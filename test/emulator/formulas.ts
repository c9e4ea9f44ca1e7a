/**
 * A small formula language: literals, references (`A1`, `B2:C9`, `'Sheet'!A1:A`), function calls,
 * parentheses, unary `-`/`+` and the binary operators `^`, `* /`, `+ -`, `&` and the comparisons
 * `= <> < > <= >=`, in Sheets' order of precedence (tightest first). Anything else (array
 * literals, `%`, named ranges…) is a formula the emulator cannot evaluate and shows as `#ERROR!`.
 */
import { types } from 'node:util'; // realm-safe: a bundle in its own VM context makes its own Dates
import { type CellValue, parseUserEntered } from './cell-values';
import { dateToSerial } from './dates';

export type ErrorCode = '#REF!' | '#ERROR!' | '#NAME?' | '#VALUE!' | '#N/A' | '#NUM!' | '#DIV/0!';

export class FormulaError {
  constructor(
    readonly code: ErrorCode,
    readonly message: string,
  ) {}
}

export type BinaryOperator = '^' | '*' | '/' | '+' | '-' | '&' | '=' | '<>' | '<' | '>' | '<=' | '>=';

export type Expr =
  | { type: 'call'; name: string; args: Expr[] }
  | { type: 'ref'; sheetName?: string; ref: string }
  | { type: 'literal'; value: number | string | boolean }
  | { type: 'unary'; op: '-' | '+'; operand: Expr }
  | { type: 'binary'; op: BinaryOperator; left: Expr; right: Expr };

export type ReadGrid = Array<Array<CellValue | FormulaError>>;
export type Grid = CellValue[][];

/** What coercing values needs from the spreadsheet. */
export interface Coercion {
  /** Dates become serial numbers in this time zone. */
  timeZone: string;
  /** Text is read as a number, and compared, in this locale. */
  locale: string;
}

export interface FormulaHost extends Coercion {
  /** Values of a reference, formulas evaluated; a FormulaError when the reference is invalid. */
  readRef(sheetName: string | undefined, ref: string): ReadGrid | FormulaError;
  /** Calls a custom function (built-ins are evaluated here); throws UnknownFunction when there is none. */
  callFunction(name: string, args: unknown[]): unknown;
}

export class UnknownFunction extends Error {}

export const PARSE_ERROR = 'Formula parse error.';
export const UNSUPPORTED =
  'The emulator evaluates only literals, references, function calls, parentheses and the operators + - * / ^ & = <> < > <= >=.';

class ParseError extends Error {}

const REF = String.raw`\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d*)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}`;

/** Loosest first; each level's operators, longest spelling first so `<=` is not read as `<`. */
const LEVELS: ReadonlyArray<readonly BinaryOperator[]> = [['<>', '<=', '>=', '=', '<', '>'], ['&'], ['+', '-'], ['*', '/'], ['^']];

/** Syntax Sheets accepts that the emulator does not evaluate; any other unexpected text is a parse error. */
const UNSUPPORTED_START = /^[{}%:;]|^[A-Za-z_]/;

class Parser {
  private i = 0;

  constructor(private readonly s: string) {}

  parse(): Expr {
    const e = this.expr();
    this.ws();
    if (this.i < this.s.length) this.unexpected();
    return e;
  }

  private ws(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i])) this.i += 1;
  }

  private unexpected(): never {
    throw new ParseError(UNSUPPORTED_START.test(this.s.slice(this.i)) ? UNSUPPORTED : PARSE_ERROR);
  }

  private expr(level = 0): Expr {
    if (level === LEVELS.length) return this.unary();
    let left = this.expr(level + 1);
    for (;;) {
      this.ws();
      const op = LEVELS[level].find((o) => this.s.startsWith(o, this.i));
      if (!op) return left;
      this.i += op.length;
      left = { type: 'binary', op, left, right: this.expr(level + 1) };
    }
  }

  /** Sheets binds a sign tighter than `^`: `-2^2` is 4. */
  private unary(): Expr {
    this.ws();
    const ch = this.s[this.i];
    if (ch === '-' || ch === '+') {
      this.i += 1;
      return { type: 'unary', op: ch, operand: this.unary() };
    }
    return this.primary();
  }

  private primary(): Expr {
    const rest = this.s.slice(this.i);
    if (rest.startsWith('"')) return this.string();
    if (rest.startsWith('(')) {
      this.i += 1;
      const inner = this.expr();
      this.ws();
      if (this.s[this.i] !== ')') this.unexpected();
      this.i += 1;
      return inner;
    }
    const num = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(rest);
    if (num) {
      this.i += num[0].length;
      return { type: 'literal', value: Number(num[0]) };
    }
    const quoted = /^'((?:[^']|'')+)'!/.exec(rest);
    const plain = /^([A-Za-z0-9_.]+)!/.exec(rest);
    const qualifier = quoted ?? plain;
    if (qualifier) {
      const ref = new RegExp(`^(${REF})`).exec(rest.slice(qualifier[0].length));
      if (!ref) throw new ParseError(PARSE_ERROR);
      this.i += qualifier[0].length + ref[0].length;
      return { type: 'ref', sheetName: qualifier[1].replace(/''/g, "'"), ref: ref[0] };
    }
    const call = /^([A-Za-z_][A-Za-z0-9_.]*)\s*\(/.exec(rest);
    if (call) {
      this.i += call[0].length;
      return { type: 'call', name: call[1].toUpperCase(), args: this.args() };
    }
    const ref = new RegExp(`^(${REF})(?![A-Za-z0-9_(])`).exec(rest);
    if (ref) {
      this.i += ref[0].length;
      return { type: 'ref', ref: ref[0] };
    }
    const bool = /^(TRUE|FALSE)(?![A-Za-z0-9_(])/i.exec(rest);
    if (bool) {
      this.i += bool[0].length;
      return { type: 'literal', value: bool[0].toUpperCase() === 'TRUE' };
    }
    return this.unexpected();
  }

  private string(): Expr {
    let out = '';
    this.i += 1;
    while (this.i < this.s.length) {
      const ch = this.s[this.i];
      if (ch === '"') {
        if (this.s[this.i + 1] === '"') {
          out += '"';
          this.i += 2;
          continue;
        }
        this.i += 1;
        return { type: 'literal', value: out };
      }
      out += ch;
      this.i += 1;
    }
    throw new ParseError(PARSE_ERROR);
  }

  private args(): Expr[] {
    const args: Expr[] = [];
    this.ws();
    if (this.s[this.i] === ')') {
      this.i += 1;
      return args;
    }
    for (;;) {
      args.push(this.expr());
      this.ws();
      const ch = this.s[this.i];
      if (ch !== ')' && ch !== ',') this.unexpected();
      this.i += 1;
      if (ch === ')') return args;
    }
  }
}

export function parseFormula(formula: string): Expr | FormulaError {
  try {
    return new Parser(formula.replace(/^=/, '')).parse();
  } catch (e) {
    if (e instanceof ParseError) return new FormulaError('#ERROR!', e.message);
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Values and coercion

/**
 * An empty cell read through a single-cell reference: 0 in arithmetic, "" against text, FALSE
 * against a boolean. Functions receive it as '' (what custom functions get for a blank).
 */
const BLANK = Symbol('blank');
type Scalar = CellValue | typeof BLANK;

/** Sheets names each operator after the function it stands for; its errors quote that name. */
const OPERATOR_FUNCTIONS: Record<BinaryOperator, string> = {
  '^': 'POW', '*': 'MULTIPLY', '/': 'DIVIDE', '+': 'ADD', '-': 'MINUS', '&': 'CONCAT',
  '=': 'EQ', '<>': 'NE', '<': 'LT', '>': 'GT', '<=': 'LTE', '>=': 'GTE',
};

const NOT_FINITE = 'The result is not a finite number.';

function valueError(message: string): FormulaError {
  return new FormulaError('#VALUE!', message);
}

function firstError(v: unknown): FormulaError | undefined {
  if (v instanceof FormulaError) return v;
  if (Array.isArray(v)) {
    for (const item of v) {
      const e = firstError(item);
      if (e) return e;
    }
  }
  return undefined;
}

/** A single cell is passed as its value, a range as a 2-D array, as Sheets does for custom functions. */
function collapse(grid: Grid): CellValue | Grid {
  return grid.length === 1 && grid[0].length === 1 ? grid[0][0] : grid;
}

function toCell(v: unknown): CellValue | FormulaError {
  if (v === null || v === undefined || v === BLANK) return '';
  // Sheets has no negative zero: `=-A1` on a blank shows 0.
  if (typeof v === 'number') return Number.isFinite(v) ? (v === 0 ? 0 : v) : new FormulaError('#NUM!', NOT_FINITE);
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (types.isDate(v)) return new Date(v);
  if (v instanceof FormulaError) return v;
  return new FormulaError('#ERROR!', 'Result was not a number, string, boolean, date or array.');
}

/**
 * The single value an operator or scalar parameter works on. A one-cell array counts as its cell;
 * a larger range is refused: the emulator has no implicit intersection or array arithmetic.
 */
function scalarOf(v: unknown, fn: string, param: number): Scalar | FormulaError {
  if (v === BLANK || v === null || v === undefined) return BLANK;
  if (Array.isArray(v)) {
    const cells: unknown[] = v.flat();
    if (cells.length !== 1 || Array.isArray(cells[0])) return valueError(`Function ${fn} parameter ${param} expects a single value, not a range.`);
    return scalarOf(cells[0], fn, param);
  }
  return toCell(v);
}

function numberOf(s: Scalar, fn: string, param: number, c: Coercion): number | FormulaError {
  if (s === BLANK || s === '') return 0;
  if (typeof s === 'number') return s;
  if (typeof s === 'boolean') return s ? 1 : 0;
  if (types.isDate(s)) return dateToSerial(s, c.timeZone);
  // Text that reads as a number in the spreadsheet's locale (`8,5`, `50%`) coerces, as in Sheets.
  const parsed = parseUserEntered(s, { format: undefined, locale: c.locale, timeZone: c.timeZone, now: 0 }).value;
  if (typeof parsed === 'number') return parsed;
  return valueError(`Function ${fn} parameter ${param} expects number values. But '${s}' is a text and cannot be coerced to a number.`);
}

function booleanOf(s: Scalar, fn: string, param: number, c: Coercion): boolean | FormulaError {
  if (s === BLANK || s === '') return false;
  if (typeof s === 'boolean') return s;
  if (typeof s === 'string') {
    if (/^(true|false)$/i.test(s.trim())) return s.trim().toLowerCase() === 'true';
    return valueError(`Function ${fn} parameter ${param} expects boolean values. But '${s}' is a text and cannot be coerced to a boolean.`);
  }
  const n = numberOf(s, fn, param, c);
  return n instanceof FormulaError ? n : n !== 0;
}

/** Numbers as Sheets writes them in text: at most 15 significant digits (`0.1+0.2` → "0.3"). */
function textOf(s: Scalar, c: Coercion): string {
  if (s === BLANK) return '';
  if (typeof s === 'boolean') return s ? 'TRUE' : 'FALSE';
  if (typeof s === 'string') return s;
  const n = types.isDate(s) ? dateToSerial(s, c.timeZone) : s;
  return String(Number(n.toPrecision(15)));
}

const collators = new Map<string, Intl.Collator>();

/** Text compares case-insensitively but accent-sensitively, in the spreadsheet locale's order. */
function textOrder(locale: string): Intl.Collator {
  let c = collators.get(locale);
  if (!c) {
    const tag = locale.replace('_', '-');
    c = new Intl.Collator(Intl.Collator.supportedLocalesOf(tag).length ? tag : 'en', { sensitivity: 'accent' });
    collators.set(locale, c);
  }
  return c;
}

/** Sheets orders numbers (and dates) before text before booleans; a blank takes the other side's type. */
function compare(a: Scalar, b: Scalar, c: Coercion): number {
  const norm = (x: Scalar, other: Scalar): number | string | boolean => {
    if (types.isDate(x)) return dateToSerial(x, c.timeZone);
    if (x !== BLANK) return x;
    if (typeof other === 'string') return '';
    if (typeof other === 'boolean') return false;
    return 0;
  };
  const x = norm(a, b);
  const y = norm(b, a);
  const rank = (v: number | string | boolean): number => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === 'string') return textOrder(c.locale).compare(x, y as string);
  return Number(x) - Number(y);
}

function arithmetic(op: '^' | '*' | '/' | '+' | '-', x: number, y: number): number | FormulaError {
  if (op === '/' && y === 0) return new FormulaError('#DIV/0!', 'Function DIVIDE parameter 2 cannot be zero.');
  const r = op === '^' ? x ** y : op === '*' ? x * y : op === '/' ? x / y : op === '+' ? x + y : x - y;
  return Number.isFinite(r) ? r : new FormulaError('#NUM!', NOT_FINITE);
}

function binary(op: BinaryOperator, left: unknown, right: unknown, c: Coercion): unknown {
  const fn = OPERATOR_FUNCTIONS[op];
  const a = scalarOf(left, fn, 1);
  if (a instanceof FormulaError) return a;
  const b = scalarOf(right, fn, 2);
  if (b instanceof FormulaError) return b;
  if (op === '&') return textOf(a, c) + textOf(b, c);
  if (op === '=' || op === '<>' || op === '<' || op === '>' || op === '<=' || op === '>=') {
    const d = compare(a, b, c);
    return op === '=' ? d === 0 : op === '<>' ? d !== 0 : op === '<' ? d < 0 : op === '>' ? d > 0 : op === '<=' ? d <= 0 : d >= 0;
  }
  const x = numberOf(a, fn, 1, c);
  if (x instanceof FormulaError) return x;
  const y = numberOf(b, fn, 2, c);
  if (y instanceof FormulaError) return y;
  return arithmetic(op, x, y);
}

// ---------------------------------------------------------------------------------------------
// Evaluation

function arityError(name: string, count: number, min: number, max: number): FormulaError | undefined {
  if (count >= min && count <= max) return undefined;
  const expected = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `between ${min} and ${max}`;
  return new FormulaError('#N/A', `Wrong number of arguments to ${name}. Expected ${expected} arguments, but got ${count} arguments.`);
}

type Evaluate = (e: Expr) => unknown;

/** Functions whose arguments are evaluated only when needed, so an error in an unused branch never shows. */
const LAZY: Record<string, (args: Expr[], ev: Evaluate, c: Coercion) => unknown> = {
  IF: (args, ev, c) => {
    const bad = arityError('IF', args.length, 2, 3);
    if (bad) return bad;
    const cond = ev(args[0]);
    if (cond instanceof FormulaError) return cond;
    const s = scalarOf(cond, 'IF', 1);
    if (s instanceof FormulaError) return s;
    const b = booleanOf(s, 'IF', 1, c);
    if (b instanceof FormulaError) return b;
    if (b) return ev(args[1]);
    return args.length === 3 ? ev(args[2]) : false;
  },
  IFERROR: (args, ev) => {
    const bad = arityError('IFERROR', args.length, 1, 2);
    if (bad) return bad;
    const v = ev(args[0]);
    if (!(v instanceof FormulaError)) return v;
    return args.length === 2 ? ev(args[1]) : BLANK;
  },
};

function evalExpr(e: Expr, host: FormulaHost): unknown {
  switch (e.type) {
    case 'literal':
      return e.value;
    case 'ref': {
      const grid = host.readRef(e.sheetName, e.ref);
      const err = firstError(grid);
      if (err) return err;
      const v = collapse(grid as Grid);
      return v === '' ? BLANK : v;
    }
    case 'unary': {
      const v = evalExpr(e.operand, host);
      if (v instanceof FormulaError) return v;
      const fn = e.op === '-' ? 'UMINUS' : 'UPLUS';
      const s = scalarOf(v, fn, 1);
      // UPLUS returns its argument unchanged, text included.
      if (s instanceof FormulaError || e.op === '+') return s;
      const n = numberOf(s, fn, 1, host);
      return n instanceof FormulaError ? n : -n;
    }
    case 'binary': {
      const left = evalExpr(e.left, host);
      if (left instanceof FormulaError) return left;
      const right = evalExpr(e.right, host);
      if (right instanceof FormulaError) return right;
      return binary(e.op, left, right, host);
    }
    case 'call':
      return evalCall(e.name, e.args, host);
  }
}

function evalCall(name: string, argExprs: Expr[], host: FormulaHost): unknown {
  const lazy = LAZY[name];
  if (lazy) return lazy(argExprs, (a) => evalExpr(a, host), host);
  const args: unknown[] = [];
  for (const a of argExprs) {
    const v = evalExpr(a, host);
    if (v instanceof FormulaError) return v;
    args.push(v === BLANK ? '' : v);
  }
  try {
    const builtin = BUILTINS[name];
    return builtin ? builtin(args, host) : host.callFunction(name, args);
  } catch (err) {
    if (err instanceof UnknownFunction) return new FormulaError('#NAME?', `Unknown function: '${name}'.`);
    if (err instanceof FormulaError) return err;
    return new FormulaError('#ERROR!', err instanceof Error ? err.message : String(err));
  }
}

/** Shapes a result as a grid: 2-D arrays spill, a 1-D array fills a column. */
function resultGrid(v: unknown): Grid | FormulaError {
  if (v instanceof FormulaError) return v;
  if (!Array.isArray(v)) {
    const c = toCell(v);
    return c instanceof FormulaError ? c : [[c]];
  }
  if (v.length === 0) return new FormulaError('#N/A', 'Result was an empty array.');
  const rows = v.every(Array.isArray) ? (v as unknown[][]) : v.map((x) => [x]);
  const width = Math.max(...rows.map((r) => r.length));
  if (width === 0) return new FormulaError('#N/A', 'Result was an empty array.');
  const grid: Grid = [];
  for (const r of rows) {
    const out: CellValue[] = [];
    for (let j = 0; j < width; j++) {
      const c = toCell(r[j]);
      if (c instanceof FormulaError) return c;
      out.push(c);
    }
    grid.push(out);
  }
  return grid;
}

export function evaluate(e: Expr, host: FormulaHost): Grid | FormulaError {
  return resultGrid(evalExpr(e, host));
}

// ---------------------------------------------------------------------------------------------
// Built-in functions (arguments evaluated, blanks as '', ranges as 2-D arrays)

function raise(e: FormulaError): never {
  throw e;
}

function checkArity(name: string, args: unknown[], min: number, max: number): void {
  const bad = arityError(name, args.length, min, max);
  if (bad) raise(bad);
}

function numberArg(args: unknown[], i: number, fn: string, c: Coercion): number {
  const s = scalarOf(args[i], fn, i + 1);
  const n = s instanceof FormulaError ? s : numberOf(s, fn, i + 1, c);
  return n instanceof FormulaError ? raise(n) : n;
}

function flatNumbers(args: unknown[]): number[] {
  const out: number[] = [];
  const visit = (v: unknown, fromRange: boolean): void => {
    if (Array.isArray(v)) v.forEach((x) => visit(x, true));
    else if (typeof v === 'number') out.push(v);
    else if (!fromRange && typeof v === 'boolean') out.push(v ? 1 : 0);
  };
  args.forEach((a) => visit(a, false));
  return out;
}

function countWhere(args: unknown[], test: (v: unknown) => boolean): number {
  let n = 0;
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (test(v)) n += 1;
  };
  args.forEach(visit);
  return n;
}

/** AND/OR: booleans and numbers count; text and blanks inside ranges are skipped; a text argument must read as a boolean. */
function logicalValues(name: string, args: unknown[], c: Coercion): boolean[] {
  checkArity(name, args, 1, Infinity);
  const out: boolean[] = [];
  args.forEach((a, i) => {
    if (Array.isArray(a)) {
      for (const v of a.flat() as unknown[]) {
        if (typeof v === 'boolean') out.push(v);
        else if (typeof v === 'number') out.push(v !== 0);
      }
      return;
    }
    if (a === '') return;
    const b = booleanOf(cellOrRaise(a), name, i + 1, c);
    out.push(b instanceof FormulaError ? raise(b) : b);
  });
  if (out.length === 0) raise(valueError(`${name} has no valid input data.`));
  return out;
}

function cellOrRaise(v: unknown): CellValue {
  const c = toCell(v);
  return c instanceof FormulaError ? raise(c) : c;
}

/** Half away from zero on the decimal digits, as Sheets rounds (2.675 → 2.68, not 2.67). */
function roundHalfAway(x: number, places: number): number {
  const [mantissa, exponent] = Math.abs(x).toExponential().split('e');
  const shifted = Math.round(Number(`${mantissa}e${Number(exponent) + places}`));
  return Math.sign(x) * Number(`${shifted}e${-places}`);
}

function asGrid(v: unknown): unknown[][] {
  return Array.isArray(v) ? (v.every(Array.isArray) ? (v as unknown[][]) : [v]) : [[v]];
}

/** The Sheets built-ins a results sheet is likely to use; others show `#NAME?` here. */
const BUILTINS: Record<string, (args: unknown[], c: Coercion) => unknown> = {
  SUM: (a) => flatNumbers(a).reduce((s, x) => s + x, 0),
  AVERAGE: (a) => {
    const xs = flatNumbers(a);
    if (xs.length === 0) raise(new FormulaError('#DIV/0!', 'Evaluation of function AVERAGE caused a divide by zero error.'));
    return xs.reduce((s, x) => s + x, 0) / xs.length;
  },
  MIN: (a) => {
    const xs = flatNumbers(a);
    return xs.length ? Math.min(...xs) : 0;
  },
  MAX: (a) => {
    const xs = flatNumbers(a);
    return xs.length ? Math.max(...xs) : 0;
  },
  COUNT: (a) => flatNumbers(a).length,
  COUNTA: (a) => countWhere(a, (v) => v !== ''),
  COUNTBLANK: (a) => {
    checkArity('COUNTBLANK', a, 1, 1);
    return countWhere(a, (v) => v === '');
  },
  AND: (a, c) => logicalValues('AND', a, c).every(Boolean),
  OR: (a, c) => logicalValues('OR', a, c).some(Boolean),
  NOT: (a, c) => {
    checkArity('NOT', a, 1, 1);
    const s = scalarOf(a[0], 'NOT', 1);
    const b = s instanceof FormulaError ? s : booleanOf(s, 'NOT', 1, c);
    return b instanceof FormulaError ? raise(b) : !b;
  },
  ABS: (a, c) => {
    checkArity('ABS', a, 1, 1);
    return Math.abs(numberArg(a, 0, 'ABS', c));
  },
  ROUND: (a, c) => {
    checkArity('ROUND', a, 1, 2);
    const places = a.length === 2 ? Math.trunc(numberArg(a, 1, 'ROUND', c)) : 0;
    return roundHalfAway(numberArg(a, 0, 'ROUND', c), places);
  },
  SUMPRODUCT: (a, c) => {
    checkArity('SUMPRODUCT', a, 1, Infinity);
    const grids = a.map(asGrid);
    const rows = grids[0].length;
    const cols = grids[0][0].length;
    for (const g of grids) {
      if (g.length !== rows || g[0].length !== cols) {
        raise(valueError(`SUMPRODUCT has mismatched range sizes. Expected row count: ${rows}. column count: ${cols}. Actual row count: ${g.length}, column count: ${g[0].length}.`));
      }
    }
    let total = 0;
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        // Entries that are not numbers count as 0.
        total += grids.reduce((p, g) => {
          const v = g[i][j];
          return p * (typeof v === 'number' ? v : types.isDate(v) ? dateToSerial(v, c.timeZone) : 0);
        }, 1);
      }
    }
    return total;
  },
};
