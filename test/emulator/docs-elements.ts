/**
 * DocumentApp's Body, Paragraph and PageBreak, and what they share with the table views
 * (`docs-table.ts`): views over a working copy (`docs-session.ts`). Each call reads or edits the
 * content model (`docs-model.ts`), so a view stays valid while its element moves; identity is the
 * model object.
 */
import {
  type Block, type DocContent, newParagraph, newTable, type ParagraphBlock, paragraphsOf, paragraphText, spliceText, styleRange,
  type TableBlock, type TableCellData, type TableRowData,
} from './docs-model';
import {
  applyParagraphAttributes, common, DOC_MESSAGES, DocNode, type DocSession, ElementType, PARAGRAPH_ATTRIBUTES, TEXT_ATTRIBUTES, textPatch,
} from './docs-session';
import { continueFrom, findIn, RangeElementImpl, replaceIn, TextImpl } from './docs-text';
import { fail } from './errors';

type GasElement = GoogleAppsScript.Document.Element;
type GasBody = GoogleAppsScript.Document.Body;
type GasParagraph = GoogleAppsScript.Document.Paragraph;
type GasTable = GoogleAppsScript.Document.Table;
type GasPageBreak = GoogleAppsScript.Document.PageBreak;
type GasText = GoogleAppsScript.Document.Text;
type GasRangeElement = GoogleAppsScript.Document.RangeElement;

interface CellPlace {
  table: TableBlock;
  row: TableRowData;
  cell: TableCellData;
}

/** Where a block sits now: its list (the body or a cell's paragraphs) and index. */
function locate(content: DocContent, block: Block): { list: Block[]; index: number; cell?: CellPlace } | undefined {
  const index = content.body.indexOf(block);
  if (index >= 0) return { list: content.body, index };
  for (const table of content.body) {
    if (table.kind !== 'table') continue;
    for (const row of table.rows) {
      for (const cell of row.cells) {
        const i = cell.paragraphs.indexOf(block as ParagraphBlock);
        if (i >= 0) return { list: cell.paragraphs, index: i, cell: { table, row, cell } };
      }
    }
  }
  return undefined;
}

/** The model object behind a view this emulator made, or an `emulator:` error. */
function blockOf(element: GasElement): Block {
  if (element instanceof BlockNode) return element.node;
  throw new Error('emulator: expected a Paragraph or Table the emulator returned');
}

function viewOf(s: DocSession, block: Block): GasElement {
  return block.kind === 'paragraph' ? (new ParagraphImpl(s, block) as unknown as GasElement) : s.tables.table(s, block);
}

/** The Text of one paragraph (what findText points at); its parent is the paragraph. */
export function paragraphTextOf(s: DocSession, p: ParagraphBlock): TextImpl {
  return new TextImpl(s, {
    paragraphs: () => [p],
    parent: () => new ParagraphImpl(s, p) as unknown as GasElement,
    textOf: (q) => paragraphTextOf(s, q),
  });
}

export function textOver(s: DocSession, paragraphs: () => ParagraphBlock[], parent: () => GasElement | null): TextImpl {
  return new TextImpl(s, { paragraphs, parent, textOf: (p) => paragraphTextOf(s, p) });
}

export function childAt<T>(list: readonly T[], index: number): T {
  if (!Number.isInteger(index) || index < 0 || index >= list.length) fail(DOC_MESSAGES.childIndex(index, list.length));
  return list[index];
}

function checkInsertIndex(index: number, count: number): void {
  if (!Number.isInteger(index) || index < 0 || index > count) fail(DOC_MESSAGES.insertIndex(index, count));
}

/** A paragraph's attributes: paragraph ones, then text ones (null when unset or mixed). */
function paragraphAttributes(p: ParagraphBlock): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, key] of Object.entries(PARAGRAPH_ATTRIBUTES)) out[name] = p.style[key] ?? null;
  for (const [name, key] of Object.entries(TEXT_ATTRIBUTES)) out[name] = common(p.runs.length ? p.runs.map((r) => r.style[key]) : [p.mark[key]]);
  return out;
}

/** setAttributes on any element: paragraph attributes and text attributes reach every paragraph inside. */
export function applyToParagraphs(paragraphs: ParagraphBlock[], attributes: object): void {
  const patch = textPatch(attributes);
  for (const p of paragraphs) {
    applyParagraphAttributes(p.style, attributes);
    if (Object.keys(patch).length) styleRange(p, 0, paragraphText(p).length, patch);
  }
}

/** Body and TableCell: containers of paragraphs (and, for the body, tables). */
export abstract class ContainerNode extends DocNode {
  protected abstract list(): Block[];
  protected abstract self(): GasElement;

  protected paragraphs(): ParagraphBlock[] {
    return paragraphsOf(this.list());
  }

  getNumChildren(): number {
    this.enter('getNumChildren');
    return this.list().length;
  }

  getChild(childIndex: number): GasElement {
    this.enter('getChild');
    return viewOf(this.s, childAt(this.list(), childIndex));
  }

  getChildIndex(child: GasElement): number {
    this.enter('getChildIndex');
    const index = this.list().indexOf(blockOf(child));
    if (index < 0) fail(DOC_MESSAGES.notChild);
    return index;
  }

  appendParagraph(text: string): GasParagraph {
    this.enter('appendParagraph');
    this.changed();
    const p = newParagraph(String(text));
    this.list().push(p);
    return new ParagraphImpl(this.s, p) as unknown as GasParagraph;
  }

  insertParagraph(childIndex: number, text: string): GasParagraph {
    this.enter('insertParagraph');
    this.changed();
    checkInsertIndex(childIndex, this.list().length);
    const p = newParagraph(String(text));
    this.list().splice(childIndex, 0, p);
    return new ParagraphImpl(this.s, p) as unknown as GasParagraph;
  }

  getText(): string {
    this.enter('getText');
    return this.paragraphs().map(paragraphText).join('\n');
  }

  editAsText(): GasText {
    this.enter('editAsText');
    return textOver(this.s, () => this.paragraphs(), () => this.self()) as unknown as GasText;
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
    return this.self();
  }
}

const PAGE_ATTRIBUTES = {
  MARGIN_TOP: 'marginTop',
  MARGIN_BOTTOM: 'marginBottom',
  MARGIN_LEFT: 'marginLeft',
  MARGIN_RIGHT: 'marginRight',
  PAGE_WIDTH: 'width',
  PAGE_HEIGHT: 'height',
} as const;

type BodyApi = Pick<
  GasBody,
  | 'getNumChildren' | 'getChild' | 'getChildIndex' | 'getParagraphs' | 'getTables' | 'insertTable' | 'appendPageBreak' | 'clear' | 'getText' | 'editAsText' | 'replaceText' | 'setMarginTop'
  | 'setMarginBottom' | 'setMarginLeft' | 'setMarginRight' | 'getMarginTop' | 'getMarginBottom' | 'getMarginLeft'
  | 'getMarginRight' | 'setPageWidth' | 'setPageHeight' | 'getPageWidth' | 'getPageHeight' | 'setAttributes' | 'getType'
>;

export class BodyImpl extends ContainerNode implements BodyApi {
  protected readonly label = 'Body';

  protected list(): Block[] {
    return this.s.content.body;
  }

  protected self(): GasElement {
    return this as unknown as GasElement;
  }

  private body(): GasBody {
    return this as unknown as GasBody;
  }

  asBody(): GasBody {
    this.enter('asBody');
    return this.body();
  }

  getType(): GoogleAppsScript.Document.ElementType {
    this.enter('getType');
    return ElementType.BODY_SECTION;
  }

  /** Every paragraph, those in table cells included. */
  getParagraphs(): GasParagraph[] {
    this.enter('getParagraphs');
    return this.paragraphs().map((p) => new ParagraphImpl(this.s, p) as unknown as GasParagraph);
  }

  getTables(): GasTable[] {
    this.enter('getTables');
    return this.list().filter((b): b is TableBlock => b.kind === 'table').map((t) => this.s.tables.table(this.s, t) as unknown as GasTable);
  }

  /**
   * The reference: "This method will also append an empty paragraph after the table, since Google
   * Docs documents cannot end with a table" (research §5.2). Without cells: one empty cell [unverified].
   */
  appendTable(cells?: string[][]): GasTable {
    const grid = cells ?? [['']];
    this.enter('appendTable', grid.flat().length);
    this.changed();
    const table = newTable(grid);
    this.list().push(table, newParagraph());
    return this.s.tables.table(this.s, table) as unknown as GasTable;
  }

  /** At the end of the body an empty paragraph follows the table, as for appendTable. */
  insertTable(childIndex: number, cells?: string[][] | null): GasTable {
    const grid = cells ?? [['']];
    this.enter('insertTable', grid.flat().length);
    this.changed();
    checkInsertIndex(childIndex, this.list().length);
    const table = newTable(grid);
    this.list().splice(childIndex, 0, table);
    if (childIndex === this.list().length - 1) this.list().push(newParagraph());
    return this.s.tables.table(this.s, table) as unknown as GasTable;
  }

  /** Adds a paragraph holding the page break, as Google Docs stores it. */
  appendPageBreak(): GasPageBreak {
    this.enter('appendPageBreak');
    this.changed();
    const p = { ...newParagraph(), pageBreak: true };
    this.list().push(p);
    return new PageBreakImpl(this.s, p) as unknown as GasPageBreak;
  }

  clear(): GasBody {
    this.enter('clear');
    this.changed();
    this.list().splice(0, this.list().length, newParagraph());
    return this.body();
  }

  private margin(method: string, key: keyof DocContent['page'], value?: number): GasBody {
    this.enter(method);
    this.changed();
    this.s.content.page[key] = Number(value);
    return this.body();
  }

  private page(method: string, key: keyof DocContent['page']): number {
    this.enter(method);
    return this.s.content.page[key];
  }

  setMarginTop(marginTop: number): GasBody {
    return this.margin('setMarginTop', 'marginTop', marginTop);
  }

  setMarginBottom(marginBottom: number): GasBody {
    return this.margin('setMarginBottom', 'marginBottom', marginBottom);
  }

  setMarginLeft(marginLeft: number): GasBody {
    return this.margin('setMarginLeft', 'marginLeft', marginLeft);
  }

  setMarginRight(marginRight: number): GasBody {
    return this.margin('setMarginRight', 'marginRight', marginRight);
  }

  setPageWidth(pageWidth: number): GasBody {
    return this.margin('setPageWidth', 'width', pageWidth);
  }

  setPageHeight(pageHeight: number): GasBody {
    return this.margin('setPageHeight', 'height', pageHeight);
  }

  getMarginTop(): number {
    return this.page('getMarginTop', 'marginTop');
  }

  getMarginBottom(): number {
    return this.page('getMarginBottom', 'marginBottom');
  }

  getMarginLeft(): number {
    return this.page('getMarginLeft', 'marginLeft');
  }

  getMarginRight(): number {
    return this.page('getMarginRight', 'marginRight');
  }

  getPageWidth(): number {
    return this.page('getPageWidth', 'width');
  }

  getPageHeight(): number {
    return this.page('getPageHeight', 'height');
  }

  /** Page attributes set the page; paragraph and text attributes reach every paragraph. */
  setAttributes(attributes: object): GasBody {
    this.enter('setAttributes');
    this.changed();
    for (const [name, key] of Object.entries(PAGE_ATTRIBUTES)) {
      const v = (attributes as Record<string, unknown>)[name];
      if (v !== undefined && v !== null) this.s.content.page[key] = Number(v);
    }
    applyToParagraphs(this.paragraphs(), attributes);
    return this.body();
  }

  getAttributes(): Record<string, unknown> {
    this.enter('getAttributes');
    const out: Record<string, unknown> = {};
    for (const [name, key] of Object.entries(PAGE_ATTRIBUTES)) out[name] = this.s.content.page[key];
    for (const [name, key] of Object.entries(TEXT_ATTRIBUTES)) {
      out[name] = common(this.paragraphs().flatMap((p) => (p.runs.length ? p.runs.map((r) => r.style[key]) : [p.mark[key]])));
    }
    return out;
  }
}

/** Paragraphs and tables: siblings in the body or a cell. */
export abstract class BlockNode<B extends Block> extends DocNode {
  constructor(
    s: DocSession,
    readonly node: B,
  ) {
    super(s);
  }

  protected place(): { list: Block[]; index: number; cell?: CellPlace } | undefined {
    return locate(this.s.content, this.node);
  }

  getParent(): GasElement | null {
    this.enter('getParent');
    const place = this.place();
    if (!place) return null;
    const { cell } = place;
    return cell ? this.s.tables.cell(this.s, cell.table, cell.row, cell.cell) : (new BodyImpl(this.s) as unknown as GasElement);
  }

  getNextSibling(): GasElement | null {
    this.enter('getNextSibling');
    const place = this.place();
    const next = place?.list[place.index + 1];
    return next ? viewOf(this.s, next) : null;
  }

  getPreviousSibling(): GasElement | null {
    this.enter('getPreviousSibling');
    const place = this.place();
    const previous = place && place.index > 0 ? place.list[place.index - 1] : undefined;
    return previous ? viewOf(this.s, previous) : null;
  }

  /** A section keeps its last paragraph (and so never ends with a table). */
  protected detach(): void {
    const place = this.place();
    if (!place) return;
    const { list, index } = place;
    const paragraphsLeft = list.filter((b) => b.kind === 'paragraph' && b !== this.node).length;
    const last = index === list.length - 1;
    if (this.node.kind === 'paragraph' && (paragraphsLeft === 0 || (!place.cell && last))) fail(DOC_MESSAGES.lastParagraph);
    list.splice(index, 1);
  }
}

type ParagraphApi = Pick<
  GasParagraph,
  | 'getText' | 'editAsText' | 'setAlignment' | 'setIndentFirstLine' | 'setIndentStart' | 'setIndentEnd'
  | 'setSpacingBefore' | 'setSpacingAfter' | 'setLineSpacing' | 'setAttributes' | 'getType' | 'removeFromParent' | 'replaceText'
  | 'getNumChildren' | 'getChild'
>;

export class ParagraphImpl extends BlockNode<ParagraphBlock> implements ParagraphApi {
  protected readonly label = 'Paragraph';

  private self(): GasParagraph {
    return this as unknown as GasParagraph;
  }

  asParagraph(): GasParagraph {
    this.enter('asParagraph');
    return this.self();
  }

  private setStyle(method: string, attribute: string, value: unknown): GasParagraph {
    this.enter(method);
    this.changed();
    applyParagraphAttributes(this.node.style, { [attribute]: value });
    return this.self();
  }

  private getStyle(method: string, attribute: string): unknown {
    this.enter(method);
    return this.node.style[PARAGRAPH_ATTRIBUTES[attribute]] ?? null;
  }

  getType(): GoogleAppsScript.Document.ElementType {
    this.enter('getType');
    return ElementType.PARAGRAPH;
  }

  getText(): string {
    this.enter('getText');
    return paragraphText(this.node);
  }

  setText(text: string): void {
    this.enter('setText');
    this.changed();
    spliceText(this.node, 0, paragraphText(this.node).length, String(text));
  }

  appendText(text: string): GasText {
    this.enter('appendText');
    this.changed();
    const end = paragraphText(this.node).length;
    spliceText(this.node, end, end, String(text));
    return paragraphTextOf(this.s, this.node) as unknown as GasText;
  }

  editAsText(): GasText {
    this.enter('editAsText');
    return paragraphTextOf(this.s, this.node) as unknown as GasText;
  }

  /** The paragraph's Text (when it has text) after its page break (when it holds one). */
  getNumChildren(): number {
    this.enter('getNumChildren');
    return (this.node.pageBreak ? 1 : 0) + (this.node.runs.length ? 1 : 0);
  }

  getChild(childIndex: number): GasElement {
    this.enter('getChild');
    const children: GasElement[] = [];
    if (this.node.pageBreak) children.push(new PageBreakImpl(this.s, this.node) as unknown as GasElement);
    if (this.node.runs.length) children.push(paragraphTextOf(this.s, this.node) as unknown as GasElement);
    return childAt(children, childIndex);
  }

  setAlignment(alignment: GoogleAppsScript.Document.HorizontalAlignment): GasParagraph {
    return this.setStyle('setAlignment', 'HORIZONTAL_ALIGNMENT', alignment);
  }

  /** null until set [unverified: Apps Script may report LEFT]. */
  getAlignment(): GoogleAppsScript.Document.HorizontalAlignment | null {
    return this.getStyle('getAlignment', 'HORIZONTAL_ALIGNMENT') as GoogleAppsScript.Document.HorizontalAlignment | null;
  }

  setIndentFirstLine(indentFirstLine: number): GasParagraph {
    return this.setStyle('setIndentFirstLine', 'INDENT_FIRST_LINE', indentFirstLine);
  }

  setIndentStart(indentStart: number): GasParagraph {
    return this.setStyle('setIndentStart', 'INDENT_START', indentStart);
  }

  setIndentEnd(indentEnd: number): GasParagraph {
    return this.setStyle('setIndentEnd', 'INDENT_END', indentEnd);
  }

  setSpacingBefore(spacingBefore: number): GasParagraph {
    return this.setStyle('setSpacingBefore', 'SPACING_BEFORE', spacingBefore);
  }

  setSpacingAfter(spacingAfter: number): GasParagraph {
    return this.setStyle('setSpacingAfter', 'SPACING_AFTER', spacingAfter);
  }

  setLineSpacing(multiplier: number): GasParagraph {
    return this.setStyle('setLineSpacing', 'LINE_SPACING', multiplier);
  }

  getIndentFirstLine(): number | null {
    return this.getStyle('getIndentFirstLine', 'INDENT_FIRST_LINE') as number | null;
  }

  getIndentStart(): number | null {
    return this.getStyle('getIndentStart', 'INDENT_START') as number | null;
  }

  getIndentEnd(): number | null {
    return this.getStyle('getIndentEnd', 'INDENT_END') as number | null;
  }

  getSpacingBefore(): number | null {
    return this.getStyle('getSpacingBefore', 'SPACING_BEFORE') as number | null;
  }

  getSpacingAfter(): number | null {
    return this.getStyle('getSpacingAfter', 'SPACING_AFTER') as number | null;
  }

  getLineSpacing(): number | null {
    return this.getStyle('getLineSpacing', 'LINE_SPACING') as number | null;
  }

  setAttributes(attributes: object): GasParagraph {
    this.enter('setAttributes');
    this.changed();
    applyToParagraphs([this.node], attributes);
    return this.self();
  }

  getAttributes(): Record<string, unknown> {
    this.enter('getAttributes');
    return paragraphAttributes(this.node);
  }

  removeFromParent(): GasParagraph {
    this.enter('removeFromParent');
    this.changed();
    this.detach();
    return this.self();
  }

  findText(searchPattern: string, from?: GasRangeElement | null): GasRangeElement | null {
    this.enter('findText');
    const found = findIn([this.node], searchPattern, continueFrom(from));
    return found && (new RangeElementImpl(this.s, paragraphTextOf(this.s, this.node), found) as GasRangeElement);
  }

  replaceText(searchPattern: string, replacement: string): GasElement {
    this.enter('replaceText');
    this.changed();
    replaceIn([this.node], searchPattern, replacement);
    return this as unknown as GasElement;
  }
}

export class PageBreakImpl extends DocNode implements Pick<GasPageBreak, 'getType' | 'removeFromParent'> {
  protected readonly label = 'PageBreak';

  constructor(
    s: DocSession,
    private readonly paragraph: ParagraphBlock,
  ) {
    super(s);
  }

  getType(): GoogleAppsScript.Document.ElementType {
    this.enter('getType');
    return ElementType.PAGE_BREAK;
  }

  asPageBreak(): GasPageBreak {
    this.enter('asPageBreak');
    return this as unknown as GasPageBreak;
  }

  getParent(): GasElement {
    this.enter('getParent');
    return new ParagraphImpl(this.s, this.paragraph) as unknown as GasElement;
  }

  removeFromParent(): GasPageBreak {
    this.enter('removeFromParent');
    this.changed();
    delete this.paragraph.pageBreak;
    return this as unknown as GasPageBreak;
  }
}
