/**
 * DocumentApp's Table, TableRow and TableCell: views over a table of the working copy
 * (`docs-model.ts`). A cell holds paragraphs; the Text of a table, row or cell spans them all.
 */
import {
  type Block, type CellAlignment, newParagraph, type ParagraphBlock, paragraphsOf, paragraphText, spliceText, type TableBlock,
  type TableCellData, type TableRowData, tableText,
} from './docs-model';
import { applyToParagraphs, BlockNode, childAt, ContainerNode, paragraphTextOf, textOver } from './docs-elements';
import { DocNode, type DocSession, ElementType, type TableViews } from './docs-session';
import { continueFrom, findIn, RangeElementImpl, replaceIn } from './docs-text';

type GasElement = GoogleAppsScript.Document.Element;
type GasTable = GoogleAppsScript.Document.Table;
type GasTableRow = GoogleAppsScript.Document.TableRow;
type GasTableCell = GoogleAppsScript.Document.TableCell;
type GasText = GoogleAppsScript.Document.Text;
type GasRangeElement = GoogleAppsScript.Document.RangeElement;

type TableApi = Pick<
  GasTable,
  | 'getNumRows' | 'getRow' | 'getCell' | 'appendTableRow' | 'setBorderWidth' | 'getBorderWidth' | 'setBorderColor' | 'getBorderColor'
  | 'setColumnWidth' | 'editAsText' | 'setAttributes' | 'getText' | 'removeFromParent' | 'getType' | 'getNumChildren' | 'getChild'
  | 'replaceText'
>;

export class TableImpl extends BlockNode<TableBlock> implements TableApi {
  protected readonly label = 'Table';

  private self(): GasTable {
    return this as unknown as GasTable;
  }

  asTable(): GasTable {
    this.enter('asTable');
    return this.self();
  }

  private paragraphs(): ParagraphBlock[] {
    return paragraphsOf([this.node]);
  }

  getType(): GoogleAppsScript.Document.ElementType {
    this.enter('getType');
    return ElementType.TABLE;
  }

  getNumRows(): number {
    this.enter('getNumRows');
    return this.node.rows.length;
  }

  getNumChildren(): number {
    this.enter('getNumChildren');
    return this.node.rows.length;
  }

  getRow(rowIndex: number): GasTableRow {
    this.enter('getRow');
    return new TableRowImpl(this.s, this.node, childAt(this.node.rows, rowIndex)) as unknown as GasTableRow;
  }

  getChild(childIndex: number): GasElement {
    this.enter('getChild');
    return new TableRowImpl(this.s, this.node, childAt(this.node.rows, childIndex)) as unknown as GasElement;
  }

  getCell(rowIndex: number, cellIndex: number): GasTableCell {
    this.enter('getCell');
    const row = childAt(this.node.rows, rowIndex);
    return new TableCellImpl(this.s, this.node, row, childAt(row.cells, cellIndex)) as unknown as GasTableCell;
  }

  /** A new row without cells, as Apps Script makes it: add them with appendTableCell. */
  appendTableRow(): GasTableRow {
    this.enter('appendTableRow');
    this.changed();
    const row: TableRowData = { cells: [] };
    this.node.rows.push(row);
    return new TableRowImpl(this.s, this.node, row) as unknown as GasTableRow;
  }

  /** 0 removes the borders (a layout table). */
  setBorderWidth(width: number): GasTable {
    this.enter('setBorderWidth');
    this.changed();
    this.node.borderWidth = Number(width);
    return this.self();
  }

  getBorderWidth(): number {
    this.enter('getBorderWidth');
    return this.node.borderWidth;
  }

  setBorderColor(color: string): GasTable {
    this.enter('setBorderColor');
    this.changed();
    this.node.borderColor = String(color);
    return this.self();
  }

  getBorderColor(): string {
    this.enter('getBorderColor');
    return this.node.borderColor;
  }

  setColumnWidth(columnIndex: number, width: number): GasTable {
    this.enter('setColumnWidth');
    this.changed();
    const widths = this.node.columnWidths;
    while (widths.length <= columnIndex) widths.push(null);
    widths[columnIndex] = Number(width);
    return this.self();
  }

  /** null until set [unverified]. */
  getColumnWidth(columnIndex: number): number | null {
    this.enter('getColumnWidth');
    return this.node.columnWidths[columnIndex] ?? null;
  }

  editAsText(): GasText {
    this.enter('editAsText');
    return textOver(this.s, () => this.paragraphs(), () => this as unknown as GasElement) as unknown as GasText;
  }

  /** Border attributes set the table; paragraph and text attributes reach every cell's paragraphs. */
  setAttributes(attributes: object): GasTable {
    this.enter('setAttributes');
    this.changed();
    const a = attributes as Record<string, unknown>;
    if (a.BORDER_WIDTH !== undefined && a.BORDER_WIDTH !== null) this.node.borderWidth = Number(a.BORDER_WIDTH);
    if (a.BORDER_COLOR !== undefined && a.BORDER_COLOR !== null) this.node.borderColor = String(a.BORDER_COLOR);
    applyToParagraphs(this.paragraphs(), attributes);
    return this.self();
  }

  getAttributes(): Record<string, unknown> {
    this.enter('getAttributes');
    return { BORDER_WIDTH: this.node.borderWidth, BORDER_COLOR: this.node.borderColor };
  }

  /** Cells joined by tabs, rows by newlines. */
  getText(): string {
    this.enter('getText');
    return tableText(this.node);
  }

  removeFromParent(): GasTable {
    this.enter('removeFromParent');
    this.changed();
    this.detach();
    return this.self();
  }

  findText(searchPattern: string, from?: GasRangeElement | null): GasRangeElement | null {
    this.enter('findText');
    const found = findIn(this.paragraphs(), searchPattern, continueFrom(from));
    return found && (new RangeElementImpl(this.s, paragraphTextOf(this.s, found.paragraph), found) as GasRangeElement);
  }

  replaceText(searchPattern: string, replacement: string): GasElement {
    this.enter('replaceText');
    this.changed();
    replaceIn(this.paragraphs(), searchPattern, replacement);
    return this as unknown as GasElement;
  }
}

type TableRowApi = Pick<
  GasTableRow,
  'getNumCells' | 'getCell' | 'appendTableCell' | 'editAsText' | 'setAttributes' | 'getText' | 'getType' | 'getParentTable' | 'getNumChildren'
>;

export class TableRowImpl extends DocNode implements TableRowApi {
  protected readonly label = 'TableRow';

  constructor(
    s: DocSession,
    private readonly table: TableBlock,
    readonly row: TableRowData,
  ) {
    super(s);
  }

  private paragraphs(): ParagraphBlock[] {
    return this.row.cells.flatMap((c) => c.paragraphs);
  }

  asTableRow(): GasTableRow {
    this.enter('asTableRow');
    return this as unknown as GasTableRow;
  }

  getType(): GoogleAppsScript.Document.ElementType {
    this.enter('getType');
    return ElementType.TABLE_ROW;
  }

  getNumCells(): number {
    this.enter('getNumCells');
    return this.row.cells.length;
  }

  getNumChildren(): number {
    this.enter('getNumChildren');
    return this.row.cells.length;
  }

  getCell(cellIndex: number): GasTableCell {
    this.enter('getCell');
    return new TableCellImpl(this.s, this.table, this.row, childAt(this.row.cells, cellIndex)) as unknown as GasTableCell;
  }

  appendTableCell(text?: string | GasTableCell | null): GasTableCell {
    this.enter('appendTableCell');
    this.changed();
    const cell: TableCellData = { paragraphs: [newParagraph(typeof text === 'string' ? text : '')] };
    this.row.cells.push(cell);
    return new TableCellImpl(this.s, this.table, this.row, cell) as unknown as GasTableCell;
  }

  getParent(): GasElement {
    this.enter('getParent');
    return new TableImpl(this.s, this.table) as unknown as GasElement;
  }

  getParentTable(): GasTable {
    this.enter('getParentTable');
    return new TableImpl(this.s, this.table) as unknown as GasTable;
  }

  editAsText(): GasText {
    this.enter('editAsText');
    return textOver(this.s, () => this.paragraphs(), () => this as unknown as GasElement) as unknown as GasText;
  }

  setAttributes(attributes: object): GasTableRow {
    this.enter('setAttributes');
    this.changed();
    applyToParagraphs(this.paragraphs(), attributes);
    return this as unknown as GasTableRow;
  }

  getText(): string {
    this.enter('getText');
    return this.row.cells.map((c) => c.paragraphs.map(paragraphText).join('\n')).join('\t');
  }
}

type TableCellApi = Pick<
  GasTableCell,
  | 'getText' | 'setText' | 'editAsText' | 'getNumChildren' | 'getChild' | 'getChildIndex' | 'setWidth'
  | 'setAttributes' | 'setBackgroundColor' | 'setVerticalAlignment' | 'getType' | 'getParentRow' | 'getParentTable' | 'replaceText'
>;

export class TableCellImpl extends ContainerNode implements TableCellApi {
  protected readonly label = 'TableCell';

  constructor(
    s: DocSession,
    private readonly table: TableBlock,
    private readonly row: TableRowData,
    readonly cell: TableCellData,
  ) {
    super(s);
  }

  protected list(): Block[] {
    return this.cell.paragraphs;
  }

  protected self(): GasElement {
    return this as unknown as GasElement;
  }

  private me(): GasTableCell {
    return this as unknown as GasTableCell;
  }

  asTableCell(): GasTableCell {
    this.enter('asTableCell');
    return this.me();
  }

  getType(): GoogleAppsScript.Document.ElementType {
    this.enter('getType');
    return ElementType.TABLE_CELL;
  }

  /** One paragraph with the text, keeping the first paragraph's attributes. */
  setText(text: string): GasTableCell {
    this.enter('setText');
    this.changed();
    const first = this.cell.paragraphs[0] ?? newParagraph();
    spliceText(first, 0, paragraphText(first).length, String(text));
    this.cell.paragraphs.splice(0, this.cell.paragraphs.length, first);
    return this.me();
  }

  getParent(): GasElement {
    this.enter('getParent');
    return new TableRowImpl(this.s, this.table, this.row) as unknown as GasElement;
  }

  getParentRow(): GasTableRow {
    this.enter('getParentRow');
    return new TableRowImpl(this.s, this.table, this.row) as unknown as GasTableRow;
  }

  getParentTable(): GasTable {
    this.enter('getParentTable');
    return new TableImpl(this.s, this.table) as unknown as GasTable;
  }

  setWidth(width: number): GasTableCell {
    this.enter('setWidth');
    this.changed();
    this.cell.width = Number(width);
    return this.me();
  }

  getWidth(): number | null {
    this.enter('getWidth');
    return this.cell.width ?? null;
  }

  setBackgroundColor(color: string): GasTableCell {
    this.enter('setBackgroundColor');
    this.changed();
    this.cell.backgroundColor = String(color);
    return this.me();
  }

  getBackgroundColor(): string | null {
    this.enter('getBackgroundColor');
    return this.cell.backgroundColor ?? null;
  }

  setVerticalAlignment(alignment: GoogleAppsScript.Document.VerticalAlignment): GasTableCell {
    this.enter('setVerticalAlignment');
    this.changed();
    this.cell.verticalAlignment = String(alignment) as CellAlignment;
    return this.me();
  }

  getVerticalAlignment(): GoogleAppsScript.Document.VerticalAlignment | null {
    this.enter('getVerticalAlignment');
    return (this.cell.verticalAlignment ?? null) as GoogleAppsScript.Document.VerticalAlignment | null;
  }

  /** Cell attributes set the cell; paragraph and text attributes reach its paragraphs. */
  setAttributes(attributes: object): GasTableCell {
    this.enter('setAttributes');
    this.changed();
    const a = attributes as Record<string, unknown>;
    if (a.WIDTH !== undefined && a.WIDTH !== null) this.cell.width = Number(a.WIDTH);
    if (a.BACKGROUND_COLOR !== undefined && a.BACKGROUND_COLOR !== null) this.cell.backgroundColor = String(a.BACKGROUND_COLOR);
    if (a.VERTICAL_ALIGNMENT !== undefined && a.VERTICAL_ALIGNMENT !== null) this.cell.verticalAlignment = String(a.VERTICAL_ALIGNMENT) as CellAlignment;
    applyToParagraphs(this.cell.paragraphs, attributes);
    return this.me();
  }

  getAttributes(): Record<string, unknown> {
    this.enter('getAttributes');
    return {
      WIDTH: this.cell.width ?? null,
      BACKGROUND_COLOR: this.cell.backgroundColor ?? null,
      VERTICAL_ALIGNMENT: this.cell.verticalAlignment ?? null,
    };
  }
}

/** How the paragraph and body views reach table views (see DocSession.tables). */
export const TABLE_VIEWS: TableViews = {
  table: (s, t) => new TableImpl(s, t) as unknown as GasElement,
  cell: (s, t, row, cell) => new TableCellImpl(s, t, row, cell) as unknown as GasElement,
};
