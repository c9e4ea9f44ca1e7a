/**
 * A deliberately small formula language: one expression that is a function call (arguments may be
 * nested calls), a reference (`A1`, `B2:C9`, `'Sheet'!A1:A`) or a literal. Anything else is a
 * formula the emulator cannot evaluate and shows as `#ERROR!`.
 */
import { types } from 'node:util'; // realm-safe: a bundle in its own VM context makes its own Dates
import type { CellValue } from './cell-values';

export type ErrorCode = '#REF!' | '#ERROR!' | '#NAME?' | '#VALUE!' | '#N/A' | '#NUM!' | '#DIV/0!';

export class FormulaError {
  constructor(
    readonly code: ErrorCode,
    readonly message: string,
  ) {}
}

export type Expr =
  | { type: 'call'; name: string; args: Expr[] }
  | { type: 'ref'; sheetName?: string; ref: string }
  | { type: 'literal'; value: number | string | boolean };

export type ReadGrid = Array<Array<CellValue | FormulaError>>;
export type Grid = CellValue[][];

export interface FormulaHost {
  /** Values of a reference, formulas evaluated; a FormulaError when the reference is invalid. */
  readRef(sheetName: string | undefined, ref: string): ReadGrid | FormulaError;
  /** Calls a built-in or custom function; throws UnknownFunction when there is none. */
  callFunction(name: string, args: unknown[]): unknown;
}

export class UnknownFunction extends Error {}

export const PARSE_ERROR = 'Formula parse error.';
export const UNSUPPORTED = 'The emulator evaluates only a single function call, reference or literal.';

class ParseError extends Error {}

const REF = String.raw`\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d*)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}`;

class Parser {
  private i = 0;

  constructor(private readonly s: string) {}

  parse(): Expr {
    const e = this.expr();
    this.ws();
    if (this.i < this.s.length) throw new ParseError(UNSUPPORTED);
    return e;
  }

  private ws(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i])) this.i += 1;
  }

  private expr(): Expr {
    this.ws();
    const rest = this.s.slice(this.i);
    if (rest.startsWith('"')) return this.string();
    const num = /^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(rest);
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
    throw new ParseError(rest.length === 0 || /^[+\-@*/^&,)]/.test(rest) ? PARSE_ERROR : UNSUPPORTED);
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
      this.i += 1;
      if (ch === ')') return args;
      if (ch !== ',') throw new ParseError(ch === undefined ? PARSE_ERROR : UNSUPPORTED);
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

function evalExpr(e: Expr, host: FormulaHost): unknown {
  if (e.type === 'literal') return e.value;
  if (e.type === 'ref') {
    const grid = host.readRef(e.sheetName, e.ref);
    const err = firstError(grid);
    return err ?? collapse(grid as Grid);
  }
  const args: unknown[] = [];
  for (const a of e.args) {
    const v = evalExpr(a, host);
    if (v instanceof FormulaError) return v;
    args.push(v);
  }
  try {
    return host.callFunction(e.name, args);
  } catch (err) {
    if (err instanceof UnknownFunction) return new FormulaError('#NAME?', `Unknown function: '${e.name}'.`);
    if (err instanceof FormulaError) return err;
    return new FormulaError('#ERROR!', err instanceof Error ? err.message : String(err));
  }
}

function toCell(v: unknown): CellValue | FormulaError {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? v : new FormulaError('#NUM!', 'The result is not a finite number.');
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (types.isDate(v)) return new Date(v);
  if (v instanceof FormulaError) return v;
  return new FormulaError('#ERROR!', 'Result was not a number, string, boolean, date or array.');
}

/** Shapes a function's return value as a grid: 2-D arrays spill, a 1-D array fills a column. */
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

function countNonEmpty(args: unknown[]): number {
  let n = 0;
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v !== '') n += 1;
  };
  args.forEach(visit);
  return n;
}

/** The few Sheets built-ins a results sheet is likely to use; others show `#NAME?` here. */
export const BUILTINS: Record<string, (args: unknown[]) => unknown> = {
  SUM: (a) => flatNumbers(a).reduce((s, x) => s + x, 0),
  AVERAGE: (a) => {
    const xs = flatNumbers(a);
    if (xs.length === 0) throw new FormulaError('#DIV/0!', 'Evaluation of function AVERAGE caused a divide by zero error.');
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
  COUNTA: (a) => countNonEmpty(a),
};
