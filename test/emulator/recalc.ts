/**
 * Formula results of one spreadsheet, recomputed after each committed change. Custom-function
 * results are kept per cell while the formula and its argument values stay the same, as Sheets
 * does, so each real evaluation is metered once.
 */
import { types } from 'node:util'; // realm-safe: a bundle in its own VM context makes its own Dates
import { cellA1, parseA1Range, type Rect } from './a1';
import type { CellValue } from './cell-values';
import {
  evaluate,
  type FormulaHost,
  FormulaError,
  type Grid,
  parseFormula,
  type ReadGrid,
  UnknownFunction,
} from './formulas';
import { type Cell, hasContent, type SheetData, type SpreadsheetData } from './sheet-model';

/** Runs a custom function (not a built-in) for a formula; throws UnknownFunction when there is none. */
export type CustomFunctionCall = (name: string, args: unknown[]) => unknown;

const CIRCULAR = new FormulaError(
  '#REF!',
  'Circular dependency detected. To resolve with iterative calculation, see File > Settings.',
);

interface CachedCall {
  formula: string;
  calls: Map<string, { ok: boolean; value: unknown }>;
}

interface FormulaAt {
  row: number;
  col: number;
  cell: Cell;
}

function argsKey(name: string, args: unknown[]): string {
  return `${name}:${JSON.stringify(args, (_k, v: unknown) => (types.isDate(v) ? { __date: v.getTime() } : v))}`;
}

export class Recalc {
  private revision = -1;
  private results = new Map<Cell, Grid | FormulaError>();
  private inProgress = new Set<Cell>();
  private spills = new Map<SheetData, Map<string, CellValue>>();
  private formulaIndex = new Map<SheetData, FormulaAt[]>();
  private callCache = new WeakMap<Cell, CachedCall>();

  constructor(
    private readonly ss: SpreadsheetData,
    private readonly callCustom: CustomFunctionCall,
  ) {}

  private fresh(): void {
    if (this.revision === this.ss.revision) return;
    this.revision = this.ss.revision;
    this.results.clear();
    this.spills.clear();
    this.formulaIndex.clear();
  }

  private formulasOf(sheet: SheetData): FormulaAt[] {
    let list = this.formulaIndex.get(sheet);
    if (!list) {
      list = [];
      const found = list;
      sheet.forEachCell((cell, row, col) => cell.formula !== undefined && found.push({ row, col, cell }));
      this.formulaIndex.set(sheet, list);
    }
    return list;
  }

  /** Evaluates every formula that could spill into `rect`, so that its cells can be read. */
  prepare(sheet: SheetData, rect: Rect): void {
    this.fresh();
    const bottom = rect.row + rect.numRows - 1;
    const right = rect.col + rect.numCols - 1;
    for (const f of this.formulasOf(sheet)) {
      if (f.row <= bottom && f.col <= right && !this.inProgress.has(f.cell)) this.evalCell(sheet, f.row, f.col, f.cell);
    }
  }

  /** A cell's value with formulas evaluated; call `prepare` for the cell's area first. */
  value(sheet: SheetData, row: number, col: number): CellValue | FormulaError {
    const cell = sheet.cell(row, col);
    if (cell?.formula !== undefined) {
      const res = this.evalCell(sheet, row, col, cell);
      return res instanceof FormulaError ? res : res[0][0];
    }
    if (hasContent(cell)) return cell?.value as CellValue;
    return this.spills.get(sheet)?.get(`${row},${col}`) ?? '';
  }

  /** The error a formula cell shows, with its message (what Sheets shows on hover). */
  error(sheet: SheetData, row: number, col: number): FormulaError | null {
    this.prepare(sheet, { row, col, numRows: 1, numCols: 1 });
    const v = this.value(sheet, row, col);
    return v instanceof FormulaError ? v : null;
  }

  /** Last row and column with content, spilled results included. */
  bounds(sheet: SheetData): { lastRow: number; lastCol: number } {
    this.prepare(sheet, { row: 1, col: 1, numRows: sheet.maxRows, numCols: sheet.maxCols });
    const b = sheet.contentBounds();
    for (const key of this.spills.get(sheet)?.keys() ?? []) {
      const [r, c] = key.split(',').map(Number);
      b.lastRow = Math.max(b.lastRow, r);
      b.lastCol = Math.max(b.lastCol, c);
    }
    return b;
  }

  private evalCell(sheet: SheetData, row: number, col: number, cell: Cell): Grid | FormulaError {
    this.fresh();
    const done = this.results.get(cell);
    if (done) return done;
    if (this.inProgress.has(cell)) return CIRCULAR;
    this.inProgress.add(cell);
    try {
      const formula = cell.formula as string;
      const expr = parseFormula(formula);
      let res = expr instanceof FormulaError ? expr : evaluate(expr, this.host(sheet, cell, formula));
      if (!(res instanceof FormulaError)) res = this.place(sheet, row, col, res);
      this.results.set(cell, res);
      return res;
    } finally {
      this.inProgress.delete(cell);
    }
  }

  /** Spills a grid result into the empty cells right of and below its formula. */
  private place(sheet: SheetData, row: number, col: number, grid: Grid): Grid | FormulaError {
    if (grid.length === 1 && grid[0].length === 1) return grid;
    if (row + grid.length - 1 > sheet.maxRows) {
      return new FormulaError('#REF!', `Result was not automatically expanded, please insert more rows (${row + grid.length - 1 - sheet.maxRows}).`);
    }
    if (col + grid[0].length - 1 > sheet.maxCols) {
      return new FormulaError('#REF!', `Result was not automatically expanded, please insert more columns (${col + grid[0].length - 1 - sheet.maxCols}).`);
    }
    for (let i = 0; i < grid.length; i++) {
      for (let j = 0; j < grid[i].length; j++) {
        if ((i || j) && hasContent(sheet.cell(row + i, col + j))) {
          return new FormulaError('#REF!', `Array result was not expanded because it would overwrite data in ${cellA1(row + i, col + j)}.`);
        }
      }
    }
    let spill = this.spills.get(sheet);
    if (!spill) this.spills.set(sheet, (spill = new Map()));
    for (let i = 0; i < grid.length; i++) {
      for (let j = 0; j < grid[i].length; j++) if (i || j) spill.set(`${row + i},${col + j}`, grid[i][j]);
    }
    return grid;
  }

  private host(sheet: SheetData, cell: Cell, formula: string): FormulaHost {
    return {
      readRef: (sheetName, ref): ReadGrid | FormulaError => {
        const target = sheetName === undefined ? sheet : this.ss.sheetNamed(sheetName);
        const rect = target && parseA1Range(ref, target.maxRows, target.maxCols);
        if (!target || !rect) return new FormulaError('#REF!', `Unresolved sheet name '${sheetName}'.`);
        this.prepare(target, rect);
        const out: ReadGrid = [];
        for (let i = 0; i < rect.numRows; i++) {
          const r: Array<CellValue | FormulaError> = [];
          for (let j = 0; j < rect.numCols; j++) {
            const v = this.value(target, rect.row + i, rect.col + j);
            r.push(types.isDate(v) ? new Date(v) : v);
          }
          out.push(r);
        }
        return out;
      },
      timeZone: this.ss.timeZone,
      locale: this.ss.locale,
      callFunction: (name, args) => {
        let cached = this.callCache.get(cell);
        if (!cached || cached.formula !== formula) this.callCache.set(cell, (cached = { formula, calls: new Map() }));
        const key = argsKey(name, args);
        let hit = cached.calls.get(key);
        if (!hit) {
          try {
            hit = { ok: true, value: this.callCustom(name, args) };
          } catch (e) {
            if (e instanceof UnknownFunction) throw e;
            hit = { ok: false, value: e };
          }
          cached.calls.set(key, hit);
        }
        if (!hit.ok) throw hit.value;
        return hit.value;
      },
    };
  }
}
