// Writes a DocumentModel into an empty Google Doc with DocumentApp: the default templates. This
// runs once per template per contest, so it may make a call per paragraph; generating documents
// from the templates (google-documents.ts) makes a fixed number of calls per document.

import type { Alignment, Block, DocumentModel, ParagraphBlock, RunStyle } from '../core/documents/document-model';

type Body = GoogleAppsScript.Document.Body;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type Text = GoogleAppsScript.Document.Text;
type TableCell = GoogleAppsScript.Document.TableCell;

function alignment(align: Alignment): GoogleAppsScript.Document.HorizontalAlignment {
  const { LEFT, CENTER, RIGHT, JUSTIFY } = DocumentApp.HorizontalAlignment;
  return { left: LEFT, center: CENTER, right: RIGHT, justify: JUSTIFY }[align];
}

/** Sizes wait until the body's base size is set, which would otherwise overwrite them. */
type SizeLater = () => void;

function applyStyle(text: Text, style: RunStyle, sizes: SizeLater[], range?: { start: number; end: number }): void {
  const { bold, italic, underline, size } = style;
  if (range) {
    if (bold !== undefined) text.setBold(range.start, range.end, bold);
    if (italic !== undefined) text.setItalic(range.start, range.end, italic);
    if (underline !== undefined) text.setUnderline(range.start, range.end, underline);
    if (size !== undefined) sizes.push(() => text.setFontSize(range.start, range.end, size));
    return;
  }
  if (bold !== undefined) text.setBold(bold);
  if (italic !== undefined) text.setItalic(italic);
  if (underline !== undefined) text.setUnderline(underline);
  if (size !== undefined) sizes.push(() => text.setFontSize(size));
}

function styleParagraph(paragraph: Paragraph, block: ParagraphBlock, sizes: SizeLater[]): void {
  if (block.align) paragraph.setAlignment(alignment(block.align));
  if (block.firstLineIndent !== undefined) paragraph.setIndentFirstLine(block.firstLineIndent);
  if (block.spaceBefore !== undefined) paragraph.setSpacingBefore(block.spaceBefore);
  if (block.spaceAfter !== undefined) paragraph.setSpacingAfter(block.spaceAfter);
  if (block.lineSpacing !== undefined) paragraph.setLineSpacing(block.lineSpacing);
  const styled = block.style !== undefined || block.runs.some((r) => r.text !== '' && hasStyle(r));
  if (!styled) return;
  const text = paragraph.editAsText();
  if (block.style) applyStyle(text, block.style, sizes);
  let offset = 0;
  for (const run of block.runs) {
    if (run.text !== '' && hasStyle(run)) applyStyle(text, run, sizes, { start: offset, end: offset + run.text.length - 1 });
    offset += run.text.length;
  }
}

function hasStyle(style: RunStyle): boolean {
  return style.bold !== undefined || style.italic !== undefined || style.underline !== undefined || style.size !== undefined;
}

function textOf(block: ParagraphBlock): string {
  return block.runs.map((r) => r.text).join('');
}

function writeCell(cell: TableCell, paragraphs: readonly ParagraphBlock[], sizes: SizeLater[]): void {
  paragraphs.forEach((block, i) => {
    const paragraph = i === 0 ? cell.getChild(0).asParagraph() : cell.appendParagraph(textOf(block));
    styleParagraph(paragraph, block, sizes);
  });
}

function writeBlock(body: Body, block: Block, sizes: SizeLater[]): void {
  if (block.kind === 'pageBreak') {
    body.appendPageBreak();
    return;
  }
  if (block.kind === 'paragraph') {
    styleParagraph(body.appendParagraph(textOf(block)), block, sizes);
    return;
  }
  const table = body.appendTable(block.rows.map((row) => row.map((cell) => (cell[0] ? textOf(cell[0]) : ''))));
  if (!block.borders) table.setBorderWidth(0);
  block.columnWidths?.forEach((width, i) => table.setColumnWidth(i, width));
  block.rows.forEach((row, r) => row.forEach((cell, c) => writeCell(table.getCell(r, c), cell, sizes)));
}

/** Fills an empty document (as DocumentApp.create makes it) with the model, and saves it. */
export function writeDocument(document: GoogleAppsScript.Document.Document, model: DocumentModel): void {
  const body = document.getBody();
  const { width, height, margins } = model.page;
  body.setPageWidth(width).setPageHeight(height);
  body.setMarginTop(margins.top).setMarginBottom(margins.bottom).setMarginLeft(margins.left).setMarginRight(margins.right);
  const sizes: SizeLater[] = [];
  const opening = body.getChild(0).asParagraph();
  model.blocks.forEach((block) => writeBlock(body, block, sizes));
  // A new document starts with one empty paragraph. Before a first paragraph it can go; before a
  // table it stays (Docs keeps a paragraph ahead of a table at the top), shrunk to a hairline.
  if (model.blocks[0]?.kind === 'paragraph') opening.removeFromParent();
  else sizes.push(() => opening.editAsText().setFontSize(1));
  body.editAsText().setFontFamily(model.font.family).setFontSize(model.font.size);
  sizes.forEach((apply) => apply());
  document.saveAndClose();
}
