/** Sheet. Metadata reads (getLastRow, getDataRange, …) flush pending writes and see spilled formula results. */
import { types } from 'node:util'; // realm-safe: a bundle in its own VM context makes its own Dates
import { parseA1Range, type Rect, splitSheetName } from './a1';
import { checkCellLength } from './cell-values';
import { chartsOf, insertChart, newChartBuilder, removeChart, updateChart } from './charts';
import { ProtectionType } from './enums';
import { fail, MESSAGES } from './errors';
import { createProtection, editDecision, ProtectionImpl } from './protection';
import { RangeImpl } from './range';
import type { Runtime } from './runtime';
import type { SheetData } from './sheet-model';
import { spreadsheetView } from './spreadsheet';

type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasRange = GoogleAppsScript.Spreadsheet.Range;

type SheetApi = Pick<
  GasSheet,
  | 'getName'
  | 'setName'
  | 'getRange'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'getDataRange'
  | 'appendRow'
  | 'clear'
  | 'clearContents'
  | 'setFrozenRows'
  | 'getFrozenRows'
  | 'setFrozenColumns'
  | 'getFrozenColumns'
  | 'protect'
  | 'getProtections'
  | 'hideSheet'
  | 'showSheet'
  | 'isSheetHidden'
  | 'hideColumns'
  | 'showColumns'
  | 'isColumnHiddenByUser'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'getColumnWidth'
  | 'insertRowsAfter'
  | 'insertRowsBefore'
  | 'insertColumnsAfter'
  | 'insertColumnsBefore'
  | 'getParent'
  | 'getSheetId'
  | 'getIndex'
  | 'setTabColor'
  | 'getTabColor'
  | 'activate'
  | 'newChart'
  | 'insertChart'
  | 'getCharts'
  | 'updateChart'
  | 'removeChart'
>;

const views = new WeakMap<SheetData, SheetImpl>();

/** The API object of a sheet (one per sheet, so `===` works across lookups). */
export function sheetView(rt: Runtime, data: SheetData): GasSheet {
  let v = views.get(data);
  if (!v) views.set(data, (v = new SheetImpl(rt, data)));
  return v as unknown as GasSheet;
}

export function sheetDataOf(sheet: unknown): SheetData {
  if (!(sheet instanceof SheetImpl)) fail("The parameters (Object) don't match the method signature for this method.");
  return sheet.data;
}

function rangeCheck(row: number, col: number, numRows: number, numCols: number, sheet: SheetData): void {
  const args = [row, col, numRows, numCols];
  if (!args.every((a) => typeof a === 'number' && Number.isFinite(a))) {
    const types = args.map((a) => (a === undefined ? 'null' : typeof a === 'number' ? 'number' : 'String')).join(',');
    fail(`The parameters (${types}) don't match the method signature for SpreadsheetApp.Sheet.getRange.`);
  }
  if (row < 1) fail(MESSAGES.startRowTooSmall);
  if (col < 1) fail(MESSAGES.startColumnTooSmall);
  if (numRows < 1) fail(MESSAGES.numRowsTooSmall);
  if (numCols < 1) fail(MESSAGES.numColumnsTooSmall);
  if (row + numRows - 1 > sheet.maxRows || col + numCols - 1 > sheet.maxCols) fail(MESSAGES.outsideSheet);
}

/** A checked Range of a sheet, for callers that already metered their own call. */
export function rangeOn(rt: Runtime, sheet: SheetData, rect: Rect): GasRange {
  rangeCheck(rect.row, rect.col, rect.numRows, rect.numCols, sheet);
  return new RangeImpl(rt, sheet, rect) as unknown as GasRange;
}

export class SheetImpl implements SheetApi {
  constructor(
    private readonly rt: Runtime,
    readonly data: SheetData,
  ) {}

  private self(): GasSheet {
    return this as unknown as GasSheet;
  }

  private range(rect: Rect): GasRange {
    return rangeOn(this.rt, this.data, rect);
  }

  /** Buffers a change of sheet properties (not of cells). */
  private enqueueMeta(method: string, apply: () => void): void {
    this.rt.call(`Sheet.${method}`);
    this.rt.requireWrite(`Sheet.${method}`);
    this.rt.enqueue(this.data.parent, 0, apply);
  }

  private requireSheetEdit(): void {
    const whole = { row: 1, col: 1, numRows: this.data.maxRows, numCols: this.data.maxCols };
    if (editDecision(this.data.parent, this.data, whole, this.rt.current().effectiveUser) === 'denied') fail(MESSAGES.protectedCell);
  }

  getName(): string {
    this.rt.call('Sheet.getName');
    return this.data.name;
  }

  setName(name: string): GasSheet {
    this.rt.call('Sheet.setName');
    this.rt.requireWrite('Sheet.setName');
    const other = this.data.parent.sheetNamed(name);
    if (other && other !== this.data) fail(MESSAGES.sheetExists(name));
    this.requireSheetEdit();
    this.data.name = name;
    this.data.parent.touch();
    return this.self();
  }

  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): GasRange {
    this.rt.call('Sheet.getRange');
    if (typeof a === 'string') {
      const rect = parseA1Range(splitSheetName(a).ref, this.data.maxRows, this.data.maxCols);
      if (!rect) fail(MESSAGES.rangeNotFound);
      return this.range(rect);
    }
    return this.range({ row: a, col: column as number, numRows: numRows ?? 1, numCols: numColumns ?? 1 });
  }

  getLastRow(): number {
    this.rt.call('Sheet.getLastRow');
    return this.data.parent.recalc.bounds(this.data).lastRow;
  }

  getLastColumn(): number {
    this.rt.call('Sheet.getLastColumn');
    return this.data.parent.recalc.bounds(this.data).lastCol;
  }

  getMaxRows(): number {
    this.rt.call('Sheet.getMaxRows');
    return this.data.maxRows;
  }

  getMaxColumns(): number {
    this.rt.call('Sheet.getMaxColumns');
    return this.data.maxCols;
  }

  /** A1 through the last row and column with content; just A1 on an empty sheet. */
  getDataRange(): GasRange {
    this.rt.call('Sheet.getDataRange');
    const b = this.data.parent.recalc.bounds(this.data);
    return this.range({ row: 1, col: 1, numRows: Math.max(1, b.lastRow), numCols: Math.max(1, b.lastCol) });
  }

  /** Lands below the last row with content when the write is committed; grows the sheet as needed. */
  appendRow(rowContents: unknown[]): GasSheet {
    this.rt.call('Sheet.appendRow');
    this.rt.requireWrite('Sheet.appendRow');
    if (!Array.isArray(rowContents)) {
      fail("The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.appendRow.");
    }
    const values = rowContents.map((v) => (types.isDate(v) ? new Date(v) : v));
    values.forEach(checkCellLength);
    const sheet = this.data;
    const predicted = { row: sheet.parent.recalc.bounds(sheet).lastRow + 1, col: 1, numRows: 1, numCols: Math.max(1, values.length) };
    if (editDecision(sheet.parent, sheet, predicted, this.rt.current().effectiveUser) === 'denied') fail(MESSAGES.protectedCell);
    const now = this.rt.clock.now();
    this.rt.enqueue(sheet.parent, values.length, () => {
      const row = sheet.parent.recalc.bounds(sheet).lastRow + 1;
      if (row > sheet.maxRows) sheet.maxRows = row;
      if (values.length > sheet.maxCols) sheet.maxCols = values.length;
      values.forEach((v, j) => sheet.store(row, j + 1, v, now));
    });
    return this.self();
  }

  private clearCells(method: string, contentsOnly: boolean): GasSheet {
    this.rt.call(`Sheet.${method}`);
    this.rt.requireWrite(`Sheet.${method}`);
    this.requireSheetEdit();
    const sheet = this.data;
    const b = sheet.contentBounds();
    this.rt.enqueue(sheet.parent, b.lastRow * b.lastCol, () =>
      sheet.forEachCell((cell) => {
        delete cell.value;
        delete cell.formula;
        if (!contentsOnly) {
          delete cell.format;
          delete cell.style;
        }
      }),
    );
    return this.self();
  }

  clear(): GasSheet {
    return this.clearCells('clear', false);
  }

  clearContents(): GasSheet {
    return this.clearCells('clearContents', true);
  }

  setFrozenRows(rows: number): void {
    this.enqueueMeta('setFrozenRows', () => {
      this.data.frozenRows = rows;
    });
  }

  getFrozenRows(): number {
    this.rt.call('Sheet.getFrozenRows');
    return this.data.frozenRows;
  }

  setFrozenColumns(columns: number): void {
    this.enqueueMeta('setFrozenColumns', () => {
      this.data.frozenColumns = columns;
    });
  }

  getFrozenColumns(): number {
    this.rt.call('Sheet.getFrozenColumns');
    return this.data.frozenColumns;
  }

  /** A sheet has at most one sheet protection; protecting again returns it. */
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.rt.call('Sheet.protect');
    this.rt.requireWrite('Sheet.protect');
    const existing = this.data.parent.protections.find((p) => p.sheet === this.data && p.type === 'SHEET');
    const data = existing ?? createProtection(this.data, 'SHEET');
    return new ProtectionImpl(this.rt, data) as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    this.rt.call('Sheet.getProtections');
    const wanted = type === ProtectionType.SHEET ? 'SHEET' : 'RANGE';
    return this.data.parent.protections
      .filter((p) => p.sheet === this.data && p.type === wanted)
      .map((p) => new ProtectionImpl(this.rt, p) as unknown as GoogleAppsScript.Spreadsheet.Protection);
  }

  hideSheet(): GasSheet {
    this.rt.call('Sheet.hideSheet');
    this.rt.requireWrite('Sheet.hideSheet');
    const visible = this.data.parent.sheets.filter((s) => !s.hidden && s !== this.data);
    if (!visible.length) fail(MESSAGES.hideLastSheet);
    this.data.hidden = true;
    this.data.parent.touch();
    return this.self();
  }

  showSheet(): GasSheet {
    this.rt.call('Sheet.showSheet');
    this.rt.requireWrite('Sheet.showSheet');
    this.data.hidden = false;
    this.data.parent.touch();
    return this.self();
  }

  isSheetHidden(): boolean {
    this.rt.call('Sheet.isSheetHidden');
    return this.data.hidden;
  }

  hideColumns(columnIndex: number, numColumns = 1): void {
    rangeCheck(1, columnIndex, 1, numColumns, this.data);
    this.enqueueMeta('hideColumns', () => {
      for (let c = columnIndex; c < columnIndex + numColumns; c++) this.data.hiddenColumns.add(c);
    });
  }

  showColumns(columnIndex: number, numColumns = 1): void {
    rangeCheck(1, columnIndex, 1, numColumns, this.data);
    this.enqueueMeta('showColumns', () => {
      for (let c = columnIndex; c < columnIndex + numColumns; c++) this.data.hiddenColumns.delete(c);
    });
  }

  isColumnHiddenByUser(columnPosition: number): boolean {
    this.rt.call('Sheet.isColumnHiddenByUser');
    return this.data.hiddenColumns.has(columnPosition);
  }

  setColumnWidth(columnPosition: number, width: number): GasSheet {
    this.enqueueMeta('setColumnWidth', () => this.data.columnWidths.set(columnPosition, width));
    return this.self();
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): GasSheet {
    this.enqueueMeta('setColumnWidths', () => {
      for (let c = startColumn; c < startColumn + numColumns; c++) this.data.columnWidths.set(c, width);
    });
    return this.self();
  }

  getColumnWidth(columnPosition: number): number {
    this.rt.call('Sheet.getColumnWidth');
    return this.data.columnWidths.get(columnPosition) ?? 100;
  }

  private insertRows(method: string, before: number, howMany: number): GasSheet {
    this.rt.call(`Sheet.${method}`);
    this.rt.requireWrite(`Sheet.${method}`);
    if (before < 1 || before > this.data.maxRows + 1) fail('Those rows are out of bounds.');
    this.data.insertRows(before, howMany);
    this.data.parent.touch();
    return this.self();
  }

  insertRowsAfter(afterPosition: number, howMany: number): GasSheet {
    return this.insertRows('insertRowsAfter', afterPosition + 1, howMany);
  }

  insertRowsBefore(beforePosition: number, howMany: number): GasSheet {
    return this.insertRows('insertRowsBefore', beforePosition, howMany);
  }

  private insertColumns(method: string, before: number, howMany: number): GasSheet {
    this.rt.call(`Sheet.${method}`);
    this.rt.requireWrite(`Sheet.${method}`);
    if (before < 1 || before > this.data.maxCols + 1) fail('Those columns are out of bounds.');
    this.data.insertColumns(before, howMany);
    this.data.parent.touch();
    return this.self();
  }

  insertColumnsAfter(afterPosition: number, howMany: number): GasSheet {
    return this.insertColumns('insertColumnsAfter', afterPosition + 1, howMany);
  }

  insertColumnsBefore(beforePosition: number, howMany: number): GasSheet {
    return this.insertColumns('insertColumnsBefore', beforePosition, howMany);
  }

  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    this.rt.call('Sheet.getParent');
    return spreadsheetView(this.rt, this.data.parent);
  }

  getSheetId(): number {
    this.rt.call('Sheet.getSheetId');
    return this.data.id;
  }

  /** 1-based position among the spreadsheet's sheets. */
  getIndex(): number {
    this.rt.call('Sheet.getIndex');
    return this.data.parent.sheets.indexOf(this.data) + 1;
  }

  setTabColor(color: string | null): GasSheet {
    this.enqueueMeta('setTabColor', () => {
      this.data.tabColor = color;
    });
    return this.self();
  }

  getTabColor(): string | null {
    this.rt.call('Sheet.getTabColor');
    return this.data.tabColor;
  }

  activate(): GasSheet {
    this.rt.call('Sheet.activate');
    this.data.parent.activeSheet = this.data;
    return this.self();
  }

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    this.rt.call('Sheet.newChart');
    return newChartBuilder(this.rt);
  }

  /** Charts are objects of the sheet: a sheet protection covers them. */
  private changeChart(method: string, change: () => void): void {
    this.rt.call(`Sheet.${method}`);
    this.rt.requireWrite(`Sheet.${method}`);
    this.requireSheetEdit();
    change();
  }

  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.changeChart('insertChart', () => insertChart(this.data, chart));
  }

  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.changeChart('updateChart', () => updateChart(this.data, chart));
  }

  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.changeChart('removeChart', () => removeChart(this.data, chart));
  }

  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    this.rt.call('Sheet.getCharts');
    return chartsOf(this.rt, this.data);
  }
}
