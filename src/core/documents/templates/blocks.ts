// Building blocks of the default templates in Nghị định 30/2020/NĐ-CP form: the header, the title,
// body paragraphs, articles, and the recipients and signature blocks. Sizes follow the decree's
// "Mẫu chữ" table (research/vietnamese-domain.md §1.3); layout tables are borderless.

import {
  A4_DECREE_PAGE,
  DECREE_FONT,
  type Block,
  type DocumentModel,
  type ParagraphBlock,
  type RunStyle,
  type TableBlock,
  type TextRun,
} from '../document-model';
import { field, type TableField, type ValueField } from '../placeholders';

/** Width between the margins: the width the layout tables share. */
export const TEXT_WIDTH = A4_DECREE_PAGE.width - A4_DECREE_PAGE.margins.left - A4_DECREE_PAGE.margins.right;

/** First-line indent of body paragraphs: 1 cm (§1.2). */
export const FIRST_LINE_INDENT = 28.35;

/** Space before a body paragraph: the decree's minimum of 6 pt (§1.2). */
export const PARAGRAPH_SPACING = 6;

/** Sizes from §1.3: the low end where the decree gives a range, so the header fits its columns. */
export const SIZE = {
  /** Quốc hiệu 12–13; 12 keeps it on one line in the right column. */
  nationalName: 12,
  /** Tiêu ngữ 13–14. */
  motto: 13,
  /** Parent body and issuing body 12–13. */
  body: 12,
  /** "Số: …" 13. */
  number: 13,
  /** Date line, type name, summary, legal bases, body text and signature 13–14: the body size. */
  text: DECREE_FONT.size,
  /** "Nơi nhận:" 12. */
  recipientsLabel: 12,
  /** Recipient lines 11. */
  recipients: 11,
} as const;

/**
 * The model has no paragraph borders, so the decree's solid rules are drawn as a run of low-line
 * characters ("_") in a paragraph of their own, as many offices type them. Lengths are in
 * characters: about half the issuing body's name, the length of the motto, a third of a summary.
 */
export const RULE = {
  issuer: '________',
  motto: '____________________________',
  summary: '____________',
} as const;

/** Blank lines left for the handwritten signature and the seal. */
const SIGNATURE_SPACE_LINES = 4;

type Content = string | TextRun[];

function runsOf(content: Content): TextRun[] {
  return typeof content === 'string' ? [{ text: content }] : content;
}

export function paragraph(content: Content, options: Omit<ParagraphBlock, 'kind' | 'runs'> = {}): ParagraphBlock {
  return { kind: 'paragraph', runs: runsOf(content), ...options };
}

/** A centred line, e.g. a type name or a signature line. */
export function centred(content: Content, style: RunStyle = {}, spaceBefore = 0): ParagraphBlock {
  return paragraph(content, { align: 'center', style, spaceBefore });
}

/** A body paragraph: justified, 1 cm first-line indent, 6 pt before (§1.2). */
export function bodyParagraph(content: Content, style: RunStyle = {}): ParagraphBlock {
  return paragraph(content, {
    align: 'justify',
    style: { size: SIZE.text, ...style },
    firstLineIndent: FIRST_LINE_INDENT,
    spaceBefore: PARAGRAPH_SPACING,
    lineSpacing: 1,
  });
}

/** A body paragraph holding one value placeholder. */
export function bodyValue(name: ValueField, style: RunStyle = {}): ParagraphBlock {
  return bodyParagraph(field(name), style);
}

/** Legal bases, italic, one per line (the value's lines become paragraphs with this style). */
export function legalBases(name: ValueField): ParagraphBlock {
  return bodyValue(name, { italic: true });
}

/** "Điều n. " in bold, then the article's text (§1.3). */
export function article(number: number, content: Content): ParagraphBlock {
  return bodyParagraph([{ text: `Điều ${number}. `, bold: true }, ...runsOf(content)]);
}

/** A table placeholder alone in its paragraph, as the filler requires. */
export function tablePlaceholder(name: TableField): ParagraphBlock {
  return paragraph(field(name), { align: 'center', spaceBefore: PARAGRAPH_SPACING });
}

function layoutTable(cells: ParagraphBlock[][], columnWidths: number[]): TableBlock {
  return { kind: 'table', rows: [cells], columnWidths, borders: false };
}

/** Header columns: the issuer's side is narrower than the national name's (§1.3: ô 2–3 and ô 1, 4). */
const HEADER_COLUMNS = [TEXT_WIDTH * 0.4, TEXT_WIDTH * 0.6];

export interface HeaderOptions {
  /** Print the parent body and issuing body lines (a certificate names its issuer in its body). */
  issuer: boolean;
  /** Print the place and date line under the motto (the minutes and certificates place it elsewhere). */
  dated: boolean;
}

/**
 * The decree's header as a borderless two-column table (§1.3): left the parent body (not bold),
 * the issuing body (bold), a short rule and "Số: …"; right the national name and motto (bold),
 * a rule as long as the motto and the italic place and date line.
 */
export function header({ issuer, dated }: HeaderOptions): TableBlock {
  const left: ParagraphBlock[] = [];
  if (issuer) {
    left.push(
      centred(field('co_quan_chu_quan'), { size: SIZE.body }),
      centred(field('co_quan_ban_hanh'), { size: SIZE.body, bold: true }),
      centred(RULE.issuer, { size: SIZE.body }),
    );
  }
  left.push(centred(`Số: ${field('so_ky_hieu')}`, { size: SIZE.number }, issuer ? PARAGRAPH_SPACING : 0));
  const right: ParagraphBlock[] = [
    centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: SIZE.nationalName, bold: true }),
    centred('Độc lập - Tự do - Hạnh phúc', { size: SIZE.motto, bold: true }),
    centred(RULE.motto, { size: SIZE.motto }),
  ];
  if (dated) right.push(centred(field('dia_danh_ngay'), { size: SIZE.text, italic: true }, PARAGRAPH_SPACING));
  return layoutTable([left, right], HEADER_COLUMNS);
}

/** The type name (bold, upper case) and its summary (bold), then a short rule (§1.3). */
export function title(typeName: string, summary: Content | null): Block[] {
  const blocks: Block[] = [centred(typeName, { size: SIZE.text, bold: true }, 2 * PARAGRAPH_SPACING)];
  if (summary !== null) {
    blocks.push(centred(summary, { size: SIZE.text, bold: true }), centred(RULE.summary, { size: SIZE.text }));
  }
  return blocks;
}

function recipientsCell(): ParagraphBlock[] {
  return [
    paragraph('Nơi nhận:', { style: { size: SIZE.recipientsLabel, bold: true, italic: true }, spaceBefore: PARAGRAPH_SPACING }),
    paragraph(field('noi_nhan'), { style: { size: SIZE.recipients } }),
  ];
}

/** A signature: title lines (bold, upper case), room to sign and seal, the name (bold) (§1.3). */
function signatureCell(titleContent: Content, name: ValueField): ParagraphBlock[] {
  return [
    centred(titleContent, { size: SIZE.text, bold: true }, PARAGRAPH_SPACING),
    ...Array.from({ length: SIGNATURE_SPACE_LINES }, () => centred('', { size: SIZE.text })),
    centred(field(name), { size: SIZE.text, bold: true }),
  ];
}

/** Recipients left and the signer right, side by side, as in every sample of Phụ lục III. */
export function recipientsAndSignature(): TableBlock {
  return layoutTable([recipientsCell(), signatureCell(field('chuc_danh_ky'), 'nguoi_ky')], [TEXT_WIDTH * 0.45, TEXT_WIDTH * 0.55]);
}

/** The minutes' two signatures, THƯ KÝ left and CHỦ TỌA right (Mẫu 1.9, §1.7). */
export function minutesSignatures(): TableBlock {
  return layoutTable([signatureCell('THƯ KÝ', 'ten_thu_ky'), signatureCell('CHỦ TỌA', 'ten_chu_toa')], [TEXT_WIDTH / 2, TEXT_WIDTH / 2]);
}

/** Recipients alone, under the minutes' signatures (Mẫu 1.9). */
export function recipientsBlock(): Block[] {
  return recipientsCell();
}

/** A certificate's foot: the awarding decision left; the date, the signer's title and name right. */
export function certificateFoot(): TableBlock {
  const left = [paragraph(field('quyet_dinh'), { style: { size: SIZE.recipientsLabel, italic: true }, spaceBefore: 3 * PARAGRAPH_SPACING })];
  const right = [
    centred(field('dia_danh_ngay'), { size: SIZE.text, italic: true }, PARAGRAPH_SPACING),
    ...signatureCell(field('chuc_danh_ky'), 'nguoi_ky'),
  ];
  return layoutTable([left, right], [TEXT_WIDTH * 0.45, TEXT_WIDTH * 0.55]);
}

/** A whole template: the decree's page and font around the blocks. */
export function decreeDocument(name: string, blocks: Block[]): DocumentModel {
  return { name, page: A4_DECREE_PAGE, font: { ...DECREE_FONT }, blocks };
}
