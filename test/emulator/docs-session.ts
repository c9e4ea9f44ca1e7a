/**
 * DocumentApp's buffering (research §5.2, DESIGN.md §5): opening a Doc gives the execution a
 * working copy of the committed content; edits change only that copy until `saveAndClose()` or
 * the end of the execution commits it to the Drive file, which is all other services and other
 * executions see. After saveAndClose every call on the Document and its elements throws.
 */
import type { DocContent, ParagraphStyle, StylePatch, TableBlock, TableCellData, TableRowData, TextStyle } from './docs-model';
import type { DriveItem } from './drive';
import { gasEnum } from './enums';
import { fail } from './errors';
import type { Execution, Runtime } from './runtime';

/** Texts of DocumentApp failures (README "Documents and Drive" gives their sources). */
export const DOC_MESSAGES = {
  /** Practitioners quote it after saveAndClose (e.g. comments in report scripts). */
  closed: 'Document is closed, its contents cannot be updated.',
  /** The "missing document" text practitioners quote; localized variants in the ErrorHandler library. */
  missing: (id: string) => `Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`,
  /** As practitioners quote them [unverified wording]. */
  notChild: 'Element does not contain the specified child element.',
  childIndex: (index: number, count: number) => `Child index (${index}) must be less than the number of child elements (${count}).`,
  insertIndex: (index: number, count: number) =>
    `Child index (${index}) must be less than or equal to the number of child elements (${count}).`,
  textIndex: (index: number, length: number) => `Index (${index}) must be less than the content length (${length}).`,
  lastParagraph: "Can't remove the last paragraph in a document section.",
} as const;

export const ElementType = gasEnum<typeof GoogleAppsScript.Document.ElementType>([
  'BODY_SECTION', 'COMMENT_SECTION', 'DATE', 'DOCUMENT', 'EQUATION', 'EQUATION_FUNCTION', 'EQUATION_FUNCTION_ARGUMENT_SEPARATOR',
  'EQUATION_SYMBOL', 'FOOTER_SECTION', 'FOOTNOTE', 'FOOTNOTE_SECTION', 'HEADER_SECTION', 'HORIZONTAL_RULE', 'INLINE_DRAWING',
  'INLINE_IMAGE', 'LIST_ITEM', 'PAGE_BREAK', 'PARAGRAPH', 'PERSON', 'RICH_LINK', 'TABLE', 'TABLE_CELL', 'TABLE_OF_CONTENTS',
  'TABLE_ROW', 'TEXT', 'UNSUPPORTED',
]);
export const Attribute = gasEnum<typeof GoogleAppsScript.Document.Attribute>([
  'BACKGROUND_COLOR', 'BOLD', 'BORDER_COLOR', 'BORDER_WIDTH', 'CODE', 'FONT_FAMILY', 'FONT_SIZE', 'FOREGROUND_COLOR', 'HEADING',
  'HEIGHT', 'HORIZONTAL_ALIGNMENT', 'INDENT_END', 'INDENT_FIRST_LINE', 'INDENT_START', 'ITALIC', 'GLYPH_TYPE', 'LEFT_TO_RIGHT',
  'LINE_SPACING', 'LINK_URL', 'LIST_ID', 'MARGIN_BOTTOM', 'MARGIN_LEFT', 'MARGIN_RIGHT', 'MARGIN_TOP', 'NESTING_LEVEL',
  'MINIMUM_HEIGHT', 'PADDING_BOTTOM', 'PADDING_LEFT', 'PADDING_RIGHT', 'PADDING_TOP', 'PAGE_HEIGHT', 'PAGE_WIDTH',
  'SPACING_AFTER', 'SPACING_BEFORE', 'STRIKETHROUGH', 'UNDERLINE', 'VERTICAL_ALIGNMENT', 'WIDTH',
]);
export const HorizontalAlignment = gasEnum<typeof GoogleAppsScript.Document.HorizontalAlignment>(['LEFT', 'CENTER', 'RIGHT', 'JUSTIFY']);
export const VerticalAlignment = gasEnum<typeof GoogleAppsScript.Document.VerticalAlignment>(['BOTTOM', 'CENTER', 'TOP']);

export const DOCUMENTS_SCOPE = 'https://www.googleapis.com/auth/documents';

/**
 * Table views, handed to each session so that paragraph and body views (docs-elements.ts) can make
 * them without importing docs-table.ts, which builds on them.
 */
export interface TableViews {
  table(s: DocSession, table: TableBlock): GoogleAppsScript.Document.Element;
  cell(s: DocSession, table: TableBlock, row: TableRowData, cell: TableCellData): GoogleAppsScript.Document.Element;
}

export class DocSession {
  closed = false;
  /** Edited since opened or last saved: the end of the execution commits only such copies. */
  dirty = false;

  constructor(
    readonly rt: Runtime,
    readonly file: DriveItem,
    readonly content: DocContent,
    readonly execution: Execution,
    readonly tables: TableViews,
  ) {}
}

/** A DocumentApp object bound to a working copy: every call is metered, then refused once closed. */
export abstract class DocNode {
  protected abstract readonly label: string;

  constructor(readonly s: DocSession) {}

  protected enter(method: string, items = 0): void {
    this.s.rt.call(`${this.label}.${method}`, undefined, items);
    if (this.s.closed) fail(DOC_MESSAGES.closed);
  }

  /** Marks the working copy as changed; call after `enter` in every edit. */
  protected changed(): void {
    this.s.dirty = true;
  }
}

// ---- DocumentApp.Attribute ↔ the content model ---------------------------------------------

export const TEXT_ATTRIBUTES: Record<string, keyof TextStyle> = {
  BOLD: 'bold',
  ITALIC: 'italic',
  UNDERLINE: 'underline',
  FONT_SIZE: 'fontSize',
  FONT_FAMILY: 'fontFamily',
};

export const PARAGRAPH_ATTRIBUTES: Record<string, keyof ParagraphStyle> = {
  HORIZONTAL_ALIGNMENT: 'alignment',
  INDENT_FIRST_LINE: 'indentFirstLine',
  INDENT_START: 'indentStart',
  INDENT_END: 'indentEnd',
  SPACING_BEFORE: 'spacingBefore',
  SPACING_AFTER: 'spacingAfter',
  LINE_SPACING: 'lineSpacing',
};

/** The text attributes named in a setAttributes object (null unsets). */
export function textPatch(attributes: object): StylePatch {
  const out: Record<string, unknown> = {};
  for (const [name, key] of Object.entries(TEXT_ATTRIBUTES)) {
    if (name in attributes) out[key] = (attributes as Record<string, unknown>)[name];
  }
  return out as StylePatch;
}

export function applyParagraphAttributes(style: ParagraphStyle, attributes: object): void {
  const target = style as Record<string, unknown>;
  for (const [name, key] of Object.entries(PARAGRAPH_ATTRIBUTES)) {
    if (!(name in attributes)) continue;
    const v = (attributes as Record<string, unknown>)[name];
    if (v === null || v === undefined) delete target[key];
    else target[key] = key === 'alignment' ? String(v) : Number(v);
  }
}

/** One value when all agree, null when they differ or none is set (Apps Script reports null for both). */
export function common<T>(values: Array<T | undefined>): NonNullable<T> | null {
  if (!values.length || values[0] === undefined) return null;
  return values.every((v) => v === values[0]) ? (values[0] as NonNullable<T>) : null;
}
