/**
 * The content of an emulated Google Doc: what DocumentApp edits, what the Docs API, the PDF writer,
 * the .docx exporter and `emu.documents` read. Sizes are in points, as DocumentApp takes them.
 *
 * A Drive file holds the committed content; DocumentApp edits a deep copy (a working copy) that
 * replaces it on saveAndClose or at the end of the execution (README "Documents and Drive").
 *
 * - The body is a list of blocks: paragraphs and tables. A page break lives inside a paragraph,
 *   as in Google Docs (`Body.appendPageBreak` adds a paragraph holding it): `pageBreak: true`.
 * - A paragraph is styled text runs plus paragraph attributes; a table is rows of cells, each
 *   cell holding paragraphs (never tables).
 * - Unset attributes are absent: readers apply the Docs defaults (Arial 11 pt, left aligned).
 */
export type Alignment = 'LEFT' | 'CENTER' | 'RIGHT' | 'JUSTIFY';
export type CellAlignment = 'TOP' | 'CENTER' | 'BOTTOM';

export interface TextStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  fontSize?: number;
  fontFamily?: string;
}

export interface TextRun {
  text: string;
  style: TextStyle;
}

export interface ParagraphStyle {
  alignment?: Alignment;
  indentFirstLine?: number;
  indentStart?: number;
  indentEnd?: number;
  spacingBefore?: number;
  spacingAfter?: number;
  /** A multiple of single spacing (1.15 = the Docs default look). */
  lineSpacing?: number;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  runs: TextRun[];
  style: ParagraphStyle;
  /** Style of the end-of-paragraph mark: what text typed into the paragraph when empty takes. */
  mark: TextStyle;
  /** The paragraph holds a page break before its text. */
  pageBreak?: boolean;
}

export interface TableCellData {
  paragraphs: ParagraphBlock[];
  width?: number;
  backgroundColor?: string;
  verticalAlignment?: CellAlignment;
}

export interface TableRowData {
  cells: TableCellData[];
}

export interface TableBlock {
  kind: 'table';
  rows: TableRowData[];
  /** 0 for a layout table without borders. */
  borderWidth: number;
  borderColor: string;
  /** Per column; null where never set (equal shares of the text width). */
  columnWidths: Array<number | null>;
}

export type Block = ParagraphBlock | TableBlock;

export interface PageSetup {
  width: number;
  height: number;
  marginTop: number;
  marginBottom: number;
  marginLeft: number;
  marginRight: number;
}

export interface DocContent {
  page: PageSetup;
  body: Block[];
}

/**
 * A new Doc: US Letter, 1-inch margins. Not A4: practitioners' scripts note "8.5 default" and
 * "11 default" inches for setPageWidth/setPageHeight (gist baygross/0e3cd87c, 2018), and gas-fakes
 * forces 72 pt margins "to match the defaults of a document created by the live Apps Script
 * environment" (tanaikech/gas-fakes fakedocumentapp.js). The page size follows the account's
 * locale in the Docs UI; scripts run here as a US-locale account would.
 */
export const DEFAULT_PAGE: PageSetup = {
  width: 612,
  height: 792,
  marginTop: 72,
  marginBottom: 72,
  marginLeft: 72,
  marginRight: 72,
};

/** What text without an explicit font shows in Google Docs. */
export const DEFAULT_FONT = { family: 'Arial', size: 11 } as const;

/** Google Docs draws a new table's borders 1 pt black. */
export const DEFAULT_TABLE_BORDER = { width: 1, color: '#000000' } as const;

export function newParagraph(text = '', style: ParagraphStyle = {}, mark: TextStyle = {}): ParagraphBlock {
  return { kind: 'paragraph', runs: text ? [{ text, style: { ...mark } }] : [], style: { ...style }, mark: { ...mark } };
}

export function newTable(cells: string[][]): TableBlock {
  const width = Math.max(0, ...cells.map((r) => r.length));
  return {
    kind: 'table',
    rows: cells.map((r) => ({ cells: r.map((t) => ({ paragraphs: [newParagraph(String(t))] })) })),
    borderWidth: DEFAULT_TABLE_BORDER.width,
    borderColor: DEFAULT_TABLE_BORDER.color,
    columnWidths: Array.from({ length: width }, () => null),
  };
}

export function emptyContent(): DocContent {
  return { page: { ...DEFAULT_PAGE }, body: [newParagraph()] };
}

export function cloneContent(c: DocContent): DocContent {
  return structuredClone(c);
}

export function paragraphText(p: ParagraphBlock): string {
  return p.runs.map((r) => r.text).join('');
}

/** Every paragraph of a list of blocks, table cells included, in reading order. */
export function paragraphsOf(blocks: readonly Block[]): ParagraphBlock[] {
  return blocks.flatMap((b) =>
    b.kind === 'paragraph' ? [b] : b.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs)),
  );
}

export function tableText(t: TableBlock): string {
  return t.rows.map((r) => r.cells.map((c) => c.paragraphs.map(paragraphText).join('\n')).join('\t')).join('\n');
}

/** Body text: one line per paragraph, a table's cells in reading order (what `emu.documents.text` shows). */
export function contentText(c: DocContent): string {
  return paragraphsOf(c.body).map(paragraphText).join('\n');
}

// ---- run editing: offsets are UTF-16 code units within one paragraph, as in Apps Script ----------

function sameStyle(a: TextStyle, b: TextStyle): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof TextStyle>;
  return [...keys].every((k) => a[k] === b[k]);
}

function normalize(p: ParagraphBlock): void {
  const runs: TextRun[] = [];
  for (const r of p.runs) {
    if (!r.text) continue;
    const last = runs[runs.length - 1];
    if (last && sameStyle(last.style, r.style)) last.text += r.text;
    else runs.push(r);
  }
  p.runs = runs;
}

/** Splits the run containing `offset` so that a run starts there; returns that run's index. */
function splitAt(p: ParagraphBlock, offset: number): number {
  let pos = 0;
  for (let i = 0; i < p.runs.length; i++) {
    const r = p.runs[i];
    if (offset === pos) return i;
    if (offset < pos + r.text.length) {
      const k = offset - pos;
      p.runs.splice(i, 1, { text: r.text.slice(0, k), style: r.style }, { text: r.text.slice(k), style: { ...r.style } });
      return i + 1;
    }
    pos += r.text.length;
  }
  return p.runs.length;
}

/** Style of the character at `offset`; past the end, the last character's (or the mark's when empty). */
export function styleAt(p: ParagraphBlock, offset: number): TextStyle {
  let pos = 0;
  for (const r of p.runs) {
    if (offset < pos + r.text.length) return r.style;
    pos += r.text.length;
  }
  return p.runs.length ? p.runs[p.runs.length - 1].style : p.mark;
}

/**
 * Replaces [start, end) by `text`. The new text takes `style`, else the style of the first replaced
 * character, else (a pure insertion) the style of the character before it, else the one after.
 */
export function spliceText(p: ParagraphBlock, start: number, end: number, text: string, style?: TextStyle): void {
  const length = paragraphText(p).length;
  const inherited = style ?? (end > start || start === 0 ? styleAt(p, start) : styleAt(p, start - 1));
  if (end >= length && end > start) p.mark = { ...styleAt(p, start) };
  const a = splitAt(p, start);
  const b = splitAt(p, end);
  p.runs.splice(a, b - a, { text, style: { ...inherited } });
  normalize(p);
}

export type StylePatch = { [K in keyof TextStyle]?: TextStyle[K] | null };

function patched(style: TextStyle, patch: StylePatch): TextStyle {
  const out: Record<string, unknown> = { ...style };
  for (const [k, v] of Object.entries(patch)) {
    if (v === null || v === undefined) delete out[k];
    else out[k] = v;
  }
  return out as TextStyle;
}

/** Sets text attributes on [start, end); a range reaching the end also styles the paragraph mark. */
export function styleRange(p: ParagraphBlock, start: number, end: number, patch: StylePatch): void {
  if (end >= paragraphText(p).length) p.mark = patched(p.mark, patch);
  const a = splitAt(p, start);
  const b = splitAt(p, end);
  for (let i = a; i < b; i++) p.runs[i].style = patched(p.runs[i].style, patch);
  normalize(p);
}

/** The paragraph's text from `start` on, as a new paragraph with the same attributes (used to split at a newline). */
export function splitParagraph(p: ParagraphBlock, start: number): ParagraphBlock {
  const a = splitAt(p, start);
  const tail: ParagraphBlock = { kind: 'paragraph', runs: p.runs.splice(a), style: { ...p.style }, mark: { ...p.mark } };
  normalize(p);
  return tail;
}
