// A document as data: what a default template looks like (src/core/documents/templates.ts) and
// what src/workspace writes into a Google Doc. Sizes are in points, as DocumentApp takes them.
// Placeholders are `{{name}}` inside a run's text; a paragraph whose whole text is one table
// placeholder is replaced by a table when the document is filled.

export type Alignment = 'left' | 'center' | 'right' | 'justify';

export interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Font size in points; absent: the paragraph's, else the document's. */
  size?: number;
}

export interface TextRun extends RunStyle {
  text: string;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  runs: TextRun[];
  align?: Alignment;
  /** Style of the whole paragraph; a run's own style overrides it. */
  style?: RunStyle;
  /** First-line indent (Nghị định 30/2020: 1 cm or 1.27 cm). */
  firstLineIndent?: number;
  spaceBefore?: number;
  spaceAfter?: number;
  /** Line spacing as a multiple (1 = single, 1.5 = one and a half lines). */
  lineSpacing?: number;
}

export interface TableBlock {
  kind: 'table';
  /** Row → cell → the cell's paragraphs. */
  rows: ParagraphBlock[][][];
  /** Width of each column in points; absent: equal shares of the text width. */
  columnWidths?: number[];
  /** false for layout tables (the header and signature blocks are borderless two-column tables). */
  borders: boolean;
}

export interface PageBreakBlock {
  kind: 'pageBreak';
}

export type Block = ParagraphBlock | TableBlock | PageBreakBlock;

export interface PageSetup {
  width: number;
  height: number;
  margins: { top: number; bottom: number; left: number; right: number };
}

export interface DocumentModel {
  /** The file's name in Drive. */
  name: string;
  page: PageSetup;
  font: { family: string; size: number };
  blocks: Block[];
}

/** A table that replaces a table placeholder: a header row, data rows and an optional closing row. */
export interface TableData {
  header: string[];
  rows: string[][];
  /** A closing row such as "Tổng cộng"; absent for none. */
  footer?: string[];
  /** Width of each column in points; absent: equal shares. */
  columnWidths?: number[];
}

/**
 * What fills one document: text for each value placeholder and a table for each table
 * placeholder. Values are plain text; '\n' starts a new paragraph with the same style (legal
 * bases, recipients). Text that came from users has already been made safe (fill-text.ts).
 */
export interface FillData {
  values: Record<string, string>;
  tables: Record<string, TableData>;
}

/** `{{name}}`: lower-case ASCII letters, digits and underscores (the names are unaccented Vietnamese). */
export const PLACEHOLDER_PATTERN = /\{\{([a-z0-9_]+)\}\}/g;

export function placeholder(name: string): string {
  return `{{${name}}}`;
}

/** Every placeholder name in a text, in order of appearance, each once. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER_PATTERN)].map((m) => m[1]))];
}

/** Braces and what they hold on one line (at most 40 characters), or a "}}" with what precedes it. */
const BRACED = /\{\{+[^{}\n]{0,40}\}*|[^{}\s]{0,40}\}\}+/g;
const WELL_FORMED = /^\{\{[a-z0-9_]+\}\}$/;

/**
 * Text in double braces that the filler would leave as it is: anything but a name between "{{" and
 * "}}" (`{{ }}`, `{{Ten_Bai}}`, `{{số}}`), extra braces (`{{{{so_ky_hieu}}}}`), or a "{{" or "}}"
 * without its partner. Each as written, in order, each once: a template holding one would print it.
 */
export function malformedPlaceholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(BRACED)].map((m) => m[0].trim()).filter((found) => !WELL_FORMED.test(found)))];
}

const MM = 72 / 25.4;

/**
 * A4 portrait with margins inside Nghị định 30/2020's ranges (research/vietnamese-domain.md §1.2):
 * top and bottom 20 mm (20–25), left 30 mm (30–35), right 15 mm (15–20).
 */
export const A4_DECREE_PAGE: PageSetup = {
  width: 595.28,
  height: 841.89,
  margins: { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM },
};

/** Times New Roman, body size 14 (13–14 in the decree, §1.2). */
export const DECREE_FONT = { family: 'Times New Roman', size: 14 } as const;
