/** Range: reads return committed values (after flushing the execution's writes); writes are buffered. */
import { types } from 'node:util'; // realm-safe: a bundle in its own VM context makes its own Dates
import { type Rect, rectToA1 } from './a1';
import { type CellValue, checkCellLength, displayValue, scriptValue } from './cell-values';
import { DataValidationImpl } from './data-validation';
import { fail, MESSAGES } from './errors';
import { FormulaError } from './formulas';
import { createProtection, editDecision, ProtectionImpl } from './protection';
import type { Runtime } from './runtime';
import type { Cell, CellStyle, SheetData } from './sheet-model';
import { sheetView } from './sheet';

type GasRange = GoogleAppsScript.Spreadsheet.Range;

/** What getNumberFormat returns for a cell left on Automatic. */
export const AUTOMATIC_FORMAT = '0.###############';

type RangeApi = Pick<
  GasRange,
  | 'getValues'
  | 'getValue'
  | 'setValues'
  | 'setValue'
  | 'getDisplayValues'
  | 'getDisplayValue'
  | 'getFormulas'
  | 'getFormula'
  | 'setFormulas'
  | 'setFormula'
  | 'getNumberFormats'
  | 'getNumberFormat'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'getRow'
  | 'getRowIndex'
  | 'getColumn'
  | 'getNumRows'
  | 'getNumColumns'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getA1Notation'
  | 'getSheet'
  | 'clear'
  | 'clearContent'
  | 'setDataValidation'
  | 'setDataValidations'
  | 'getDataValidation'
  | 'getDataValidations'
  | 'protect'
  | 'setFontWeight'
  | 'getFontWeight'
  | 'setBackground'
  | 'getBackground'
  | 'setWrap'
  | 'setHorizontalAlignment'
  | 'getHorizontalAlignment'
  | 'setNote'
  | 'setNotes'
  | 'getNote'
>;

function typeName(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'Object[]';
  return typeof v === 'number' || typeof v === 'boolean' ? typeof v : typeof v === 'string' ? 'String' : 'Object';
}

export class RangeImpl implements RangeApi {
  constructor(
    private readonly rt: Runtime,
    readonly sheet: SheetData,
    readonly rect: Rect,
  ) {}

  private self(): GasRange {
    return this as unknown as GasRange;
  }

  private get topLeft(): Rect {
    return { row: this.rect.row, col: this.rect.col, numRows: 1, numCols: 1 };
  }

  /** Meters a read and evaluates the formulas it can see. */
  private read(method: string, rect: Rect = this.rect): void {
    this.rt.call(`Range.${method}`, { sheet: this.sheet, rect });
    this.sheet.parent.recalc.prepare(this.sheet, rect);
  }

  private grid<T>(fn: (row: number, col: number, cell: Cell | undefined) => T, rect: Rect = this.rect): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < rect.numRows; i++) {
      const row: T[] = [];
      for (let j = 0; j < rect.numCols; j++) {
        const r = rect.row + i;
        const c = rect.col + j;
        row.push(fn(r, c, this.sheet.cell(r, c)));
      }
      out.push(row);
    }
    return out;
  }

  private computed(row: number, col: number): CellValue | FormulaError {
    return this.sheet.parent.recalc.value(this.sheet, row, col);
  }

  private valueAt = (row: number, col: number, cell: Cell | undefined): CellValue => {
    const v = this.computed(row, col);
    return v instanceof FormulaError ? v.code : scriptValue(v, cell?.format, this.sheet.parent.timeZone);
  };

  private displayAt = (row: number, col: number, cell: Cell | undefined): string => {
    const v = this.computed(row, col);
    const ss = this.sheet.parent;
    return v instanceof FormulaError ? v.code : displayValue(v, cell?.format, ss.locale, ss.timeZone);
  };

  // ---- writes ------------------------------------------------------------------------------

  /** Meters a write, checks the caller may make it, and buffers `apply` for each cell. */
  private write(method: string, apply: (cell: Cell, i: number, j: number, row: number, col: number) => void): GasRange {
    this.rt.call(`Range.${method}`);
    this.rt.requireWrite(`Range.${method}`);
    this.checkEditable();
    this.enqueue(apply);
    return this.self();
  }

  private checkEditable(): void {
    const decision = editDecision(this.sheet.parent, this.sheet, this.rect, this.rt.current().effectiveUser);
    if (decision === 'denied') fail(MESSAGES.protectedCell);
  }

  private enqueue(apply: (cell: Cell, i: number, j: number, row: number, col: number) => void): void {
    const { row, col, numRows, numCols } = this.rect;
    this.rt.enqueue(this.sheet.parent, numRows * numCols, () => {
      for (let i = 0; i < numRows; i++) {
        for (let j = 0; j < numCols; j++) apply(this.sheet.ensureCell(row + i, col + j), i, j, row + i, col + j);
      }
    });
  }

  /** The real size checks of setValues/setFormulas/setNumberFormats/…, in the real order. */
  private checkGrid(method: string, data: unknown): unknown[][] {
    if (!Array.isArray(data) || !data.every(Array.isArray)) {
      fail(`The parameters (${typeName(data)}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
    }
    const rows = data as unknown[][];
    if (rows.length !== this.rect.numRows) fail(MESSAGES.rowsMismatch(rows.length, this.rect.numRows));
    for (const r of rows) if (r.length !== this.rect.numCols) fail(MESSAGES.columnsMismatch(r.length, this.rect.numCols));
    // Apps Script serializes the data at the call: later changes to the caller's arrays are not written.
    return rows.map((r) => r.map((v) => (types.isDate(v) ? new Date(v) : v)));
  }

  private writeInputs(method: string, inputs: unknown[][] | ((i: number, j: number) => unknown)): GasRange {
    this.rt.call(`Range.${method}`);
    this.rt.requireWrite(`Range.${method}`);
    const data = typeof inputs === 'function' ? null : this.checkGrid(method, inputs);
    const at = (i: number, j: number): unknown => (data ? data[i][j] : (inputs as (i: number, j: number) => unknown)(i, j));
    for (let i = 0; i < this.rect.numRows; i++) for (let j = 0; j < this.rect.numCols; j++) checkCellLength(at(i, j));
    this.checkEditable();
    const now = this.rt.clock.now();
    this.enqueue((_cell, i, j, row, col) => this.sheet.store(row, col, at(i, j), now));
    return this.self();
  }

  setValues(values: unknown[][]): GasRange {
    return this.writeInputs('setValues', values);
  }

  setValue(value: unknown): GasRange {
    const v = types.isDate(value) ? new Date(value) : value;
    return this.writeInputs('setValue', () => v);
  }

  setFormulas(formulas: string[][]): GasRange {
    return this.writeInputs('setFormulas', formulas);
  }

  setFormula(formula: string): GasRange {
    return this.writeInputs('setFormula', () => formula);
  }

  setNumberFormat(numberFormat: string): GasRange {
    const f = numberFormat === AUTOMATIC_FORMAT || numberFormat === '' ? undefined : numberFormat;
    return this.write('setNumberFormat', (cell) => {
      cell.format = f;
    });
  }

  setNumberFormats(numberFormats: string[][]): GasRange {
    this.rt.call('Range.setNumberFormats');
    this.rt.requireWrite('Range.setNumberFormats');
    const data = this.checkGrid('setNumberFormats', numberFormats);
    this.checkEditable();
    this.enqueue((cell, i, j) => {
      const f = String(data[i][j]);
      cell.format = f === AUTOMATIC_FORMAT || f === '' ? undefined : f;
    });
    return this.self();
  }

  clear(): GasRange {
    return this.write('clear', (cell) => {
      delete cell.value;
      delete cell.formula;
      delete cell.format;
      delete cell.style;
    });
  }

  clearContent(): GasRange {
    return this.write('clearContent', (cell) => {
      delete cell.value;
      delete cell.formula;
    });
  }

  private ruleOf(rule: unknown, method: string): DataValidationImpl | undefined {
    if (rule === null || rule === undefined) return undefined;
    if (!(rule instanceof DataValidationImpl)) {
      fail(`The parameters (${typeName(rule)}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
    }
    return rule;
  }

  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): GasRange {
    const v = this.ruleOf(rule, 'setDataValidation');
    return this.write('setDataValidation', (cell) => {
      cell.validation = v;
    });
  }

  setDataValidations(rules: Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>>): GasRange {
    this.rt.call('Range.setDataValidations');
    this.rt.requireWrite('Range.setDataValidations');
    const data = this.checkGrid('setDataValidations', rules).map((r) => r.map((v) => this.ruleOf(v, 'setDataValidations')));
    this.checkEditable();
    this.enqueue((cell, i, j) => {
      cell.validation = data[i][j];
    });
    return this.self();
  }

  private styled<K extends keyof CellStyle>(method: string, key: K, value: CellStyle[K]): GasRange {
    return this.write(method, (cell) => {
      cell.style = { ...cell.style, [key]: value };
    });
  }

  setFontWeight(fontWeight: 'normal' | 'bold' | null): GasRange {
    return this.styled('setFontWeight', 'fontWeight', fontWeight);
  }

  setBackground(color: string | null): GasRange {
    return this.styled('setBackground', 'background', color);
  }

  setWrap(isWrapEnabled: boolean): GasRange {
    return this.styled('setWrap', 'wrap', isWrapEnabled);
  }

  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): GasRange {
    return this.styled('setHorizontalAlignment', 'horizontalAlignment', alignment);
  }

  setNote(note: string | null): GasRange {
    return this.write('setNote', (cell) => {
      cell.note = note ?? '';
    });
  }

  setNotes(notes: (string | null)[][]): GasRange {
    const grid = this.checkGrid('setNotes', notes) as (string | null)[][];
    return this.write('setNotes', (cell, i, j) => {
      cell.note = grid[i][j] ?? '';
    });
  }

  // ---- reads -------------------------------------------------------------------------------

  getValues(): CellValue[][] {
    this.read('getValues');
    return this.grid(this.valueAt);
  }

  getValue(): CellValue {
    this.read('getValue', this.topLeft);
    return this.grid(this.valueAt, this.topLeft)[0][0];
  }

  getDisplayValues(): string[][] {
    this.read('getDisplayValues');
    return this.grid(this.displayAt);
  }

  getDisplayValue(): string {
    this.read('getDisplayValue', this.topLeft);
    return this.grid(this.displayAt, this.topLeft)[0][0];
  }

  getFormulas(): string[][] {
    this.read('getFormulas');
    return this.grid((_r, _c, cell) => cell?.formula ?? '');
  }

  getFormula(): string {
    this.read('getFormula', this.topLeft);
    return this.sheet.cell(this.rect.row, this.rect.col)?.formula ?? '';
  }

  getNumberFormats(): string[][] {
    this.read('getNumberFormats');
    return this.grid((_r, _c, cell) => cell?.format ?? AUTOMATIC_FORMAT);
  }

  getNumberFormat(): string {
    this.read('getNumberFormat', this.topLeft);
    return this.sheet.cell(this.rect.row, this.rect.col)?.format ?? AUTOMATIC_FORMAT;
  }

  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    this.read('getDataValidation', this.topLeft);
    return (this.sheet.cell(this.rect.row, this.rect.col)?.validation ?? null) as GoogleAppsScript.Spreadsheet.DataValidation | null;
  }

  getDataValidations(): Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>> {
    this.read('getDataValidations');
    return this.grid((_r, _c, cell) => (cell?.validation ?? null) as GoogleAppsScript.Spreadsheet.DataValidation | null);
  }

  private styleOf(): CellStyle {
    return this.sheet.cell(this.rect.row, this.rect.col)?.style ?? {};
  }

  getFontWeight(): 'normal' | 'bold' {
    this.read('getFontWeight', this.topLeft);
    return this.styleOf().fontWeight ?? 'normal';
  }

  getBackground(): string {
    this.read('getBackground', this.topLeft);
    return this.styleOf().background ?? '#ffffff';
  }

  getHorizontalAlignment(): string {
    this.read('getHorizontalAlignment', this.topLeft);
    return this.styleOf().horizontalAlignment ?? 'general';
  }

  getNote(): string {
    this.read('getNote', this.topLeft);
    return this.sheet.cell(this.rect.row, this.rect.col)?.note ?? '';
  }

  // ---- geometry (answered locally) ---------------------------------------------------------

  getRow(): number {
    this.rt.call('Range.getRow');
    return this.rect.row;
  }

  getRowIndex(): number {
    this.rt.call('Range.getRowIndex');
    return this.rect.row;
  }

  getColumn(): number {
    this.rt.call('Range.getColumn');
    return this.rect.col;
  }

  getNumRows(): number {
    this.rt.call('Range.getNumRows');
    return this.rect.numRows;
  }

  getNumColumns(): number {
    this.rt.call('Range.getNumColumns');
    return this.rect.numCols;
  }

  /** The range's own end row — not the sheet's last row with content. */
  getLastRow(): number {
    this.rt.call('Range.getLastRow');
    return this.rect.row + this.rect.numRows - 1;
  }

  getLastColumn(): number {
    this.rt.call('Range.getLastColumn');
    return this.rect.col + this.rect.numCols - 1;
  }

  getA1Notation(): string {
    this.rt.call('Range.getA1Notation');
    return rectToA1(this.rect);
  }

  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    this.rt.call('Range.getSheet');
    return sheetView(this.rt, this.sheet);
  }

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.rt.call('Range.protect');
    this.rt.requireWrite('Range.protect');
    return new ProtectionImpl(this.rt, createProtection(this.sheet, 'RANGE', this.rect)) as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }
}
