/**
 * The committed state of emulated spreadsheets. API objects (Spreadsheet, Sheet, Range, …) are thin
 * views over these records; writes reach them only when an execution flushes.
 */
import type { Rect } from './a1';
import { type CellValue, parseUserEntered } from './cell-values';
import type { DataValidationImpl } from './data-validation';
import type { Recalc } from './recalc';

export interface CellStyle {
  fontWeight?: 'normal' | 'bold' | null;
  background?: string | null;
  wrap?: boolean;
  horizontalAlignment?: string | null;
}

export interface Cell {
  /** Literal content; absent for a formula or an empty cell. */
  value?: CellValue;
  formula?: string;
  /** Number format; absent is Automatic. */
  format?: string;
  validation?: DataValidationImpl;
  note?: string;
  style?: CellStyle;
}

export function hasContent(cell: Cell | undefined): boolean {
  return !!cell && (cell.formula !== undefined || (cell.value !== undefined && cell.value !== ''));
}

export interface ProtectionData {
  readonly id: number;
  readonly sheet: SheetData;
  readonly type: 'RANGE' | 'SHEET';
  /** Protected cells of a RANGE protection. */
  rect?: Rect;
  description: string;
  editors: Set<string>;
  warningOnly: boolean;
  /** Cells a SHEET protection leaves editable. */
  unprotected: Rect[];
  removed: boolean;
}

/** A range a chart draws from (charts may use other sheets' cells). */
export interface ChartRange {
  sheet: SheetData;
  rect: Rect;
}

/** What an embedded chart is: what a builder edits and a sheet stores. */
export interface ChartSpec {
  /** A Charts.ChartType member name; null until setChartType. */
  type: string | null;
  ranges: ChartRange[];
  anchorRow: number;
  anchorCol: number;
  offsetX: number;
  offsetY: number;
  options: Map<string, unknown>;
}

export function copyChartSpec(spec: ChartSpec): ChartSpec {
  return { ...spec, ranges: spec.ranges.map((r) => ({ sheet: r.sheet, rect: { ...r.rect } })), options: new Map(spec.options) };
}

/** A chart embedded in a sheet; its id is unique in the spreadsheet. */
export interface ChartData {
  readonly id: number;
  spec: ChartSpec;
}

export class SheetData {
  rows: Array<Array<Cell | undefined> | undefined> = [];
  /** Embedded charts in insertion order; they go with the sheet when it is deleted. */
  charts: ChartData[] = [];
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  tabColor: string | null = null;
  columnWidths = new Map<number, number>();
  /** Columns hidden with hideColumns (1-based). */
  hiddenColumns = new Set<number>();

  constructor(
    readonly parent: SpreadsheetData,
    readonly id: number,
    public name: string,
    public maxRows: number,
    public maxCols: number,
  ) {}

  cell(row: number, col: number): Cell | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  ensureCell(row: number, col: number): Cell {
    const r = (this.rows[row - 1] ??= []);
    return (r[col - 1] ??= {});
  }

  /**
   * Stores written input the way USER_ENTERED parses it. Google Forms writes answers the same way
   * but never as formulas (`formulas: false`).
   */
  store(row: number, col: number, input: unknown, now: number, formulas = true): void {
    const cell = this.ensureCell(row, col);
    const ss = this.parent;
    const parsed = parseUserEntered(input, { format: cell.format, locale: ss.locale, timeZone: ss.timeZone, now });
    delete cell.value;
    delete cell.formula;
    if (parsed.formula !== undefined) {
      if (formulas) cell.formula = parsed.formula;
      else cell.value = String(input);
    } else if (parsed.value !== undefined) {
      cell.value = parsed.value;
    }
    if (parsed.impliedFormat && cell.format === undefined) cell.format = parsed.impliedFormat;
  }

  forEachCell(fn: (cell: Cell, row: number, col: number) => void): void {
    this.rows.forEach((r, i) => r?.forEach((cell, j) => cell && fn(cell, i + 1, j + 1)));
  }

  /** Last row and column holding a literal value or a formula (spilled results are added by Recalc). */
  contentBounds(): { lastRow: number; lastCol: number } {
    let lastRow = 0;
    let lastCol = 0;
    this.forEachCell((cell, r, c) => {
      if (!hasContent(cell)) return;
      lastRow = Math.max(lastRow, r);
      lastCol = Math.max(lastCol, c);
    });
    return { lastRow, lastCol };
  }

  /** Inserts empty rows before `row`, moving cells and protected ranges down. */
  insertRows(row: number, count: number): void {
    if (this.rows.length >= row) this.rows.splice(row - 1, 0, ...new Array<undefined>(count));
    this.maxRows += count;
    for (const p of this.parent.protections) {
      if (p.sheet !== this) continue;
      const shift = (r: Rect): void => {
        if (r.row >= row) r.row += count;
        else if (r.row + r.numRows > row) r.numRows += count;
      };
      if (p.rect) shift(p.rect);
      p.unprotected.forEach(shift);
    }
  }

  /** Inserts empty columns before `col`, moving cells and protected ranges right. */
  insertColumns(col: number, count: number): void {
    for (const cells of this.rows) if (cells && cells.length >= col) cells.splice(col - 1, 0, ...new Array<undefined>(count));
    this.maxCols += count;
    for (const p of this.parent.protections) {
      if (p.sheet !== this) continue;
      const shift = (r: Rect): void => {
        if (r.col >= col) r.col += count;
        else if (r.col + r.numCols > col) r.numCols += count;
      };
      if (p.rect) shift(p.rect);
      p.unprotected.forEach(shift);
    }
  }
}

export class SpreadsheetData {
  sheets: SheetData[] = [];
  activeSheet!: SheetData;
  editors = new Set<string>();
  protections: ProtectionData[] = [];
  /** Bumped by every committed change; formula results are recomputed when it moves. */
  revision = 0;
  private nextSheetId = 0;
  private nextProtectionId = 1;
  private nextChartId = 1;
  recalc!: Recalc;

  constructor(
    readonly id: string,
    public name: string,
    public owner: string,
    public timeZone: string,
    public locale: string,
  ) {}

  addSheet(name: string, index: number, rows = 1000, cols = 26): SheetData {
    const id = this.nextSheetId === 0 ? 0 : 100000000 + this.nextSheetId * 7919;
    this.nextSheetId += 1;
    const sheet = new SheetData(this, id, name, rows, cols);
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    this.touch();
    return sheet;
  }

  /** Sheet names are unique regardless of case. */
  sheetNamed(name: string): SheetData | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  newProtectionId(): number {
    return this.nextProtectionId++;
  }

  newChartId(): number {
    return this.nextChartId++;
  }

  canAccess(email: string): boolean {
    return email === this.owner || this.editors.has(email);
  }

  touch(): void {
    this.revision += 1;
  }
}
