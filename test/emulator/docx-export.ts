/**
 * Writes a Doc's content model as a .docx (with the `docx` package) so that people can open what
 * the emulated add-on generated in LibreOffice or Word. Units: points ×20 = twips, font sizes
 * ×2 = half-points, border widths ×8 = eighths of a point. Text without an explicit font gets the
 * Docs default (Arial 11 pt); a table with border width 0 gets no borders at all (`nil`).
 */
import {
  AlignmentType, BorderStyle, Document, type IBorderOptions, LineRuleType, Packer, PageBreak, Paragraph, ShadingType, Table,
  TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType,
} from 'docx';
import {
  DEFAULT_FONT, type DocContent, newParagraph, type ParagraphBlock, type TableBlock, type TableCellData, type TextStyle,
} from './docs-model';

const twips = (points: number): number => Math.round(points * 20);

const ALIGNMENT = {
  LEFT: AlignmentType.LEFT,
  CENTER: AlignmentType.CENTER,
  RIGHT: AlignmentType.RIGHT,
  JUSTIFY: AlignmentType.JUSTIFIED,
} as const;

const CELL_ALIGNMENT = { TOP: VerticalAlign.TOP, CENTER: VerticalAlign.CENTER, BOTTOM: VerticalAlign.BOTTOM } as const;

function runOptions(style: TextStyle) {
  return {
    ...(style.bold === undefined ? {} : { bold: style.bold }),
    ...(style.italic === undefined ? {} : { italics: style.italic }),
    ...(style.underline ? { underline: {} } : {}),
    ...(style.fontSize === undefined ? {} : { size: Math.round(style.fontSize * 2) }),
    ...(style.fontFamily === undefined ? {} : { font: style.fontFamily }),
  };
}

/** A '\n' inside a run becomes a line break. */
function runs(p: ParagraphBlock): TextRun[] {
  return p.runs.flatMap((r) =>
    r.text.split('\n').map((part, i) => new TextRun({ text: part, ...(i > 0 ? { break: 1 } : {}), ...runOptions(r.style) })),
  );
}

function paragraph(p: ParagraphBlock): Paragraph {
  const s = p.style;
  const indent = {
    ...(s.indentFirstLine === undefined ? {} : { firstLine: twips(s.indentFirstLine) }),
    ...(s.indentStart === undefined ? {} : { left: twips(s.indentStart) }),
    ...(s.indentEnd === undefined ? {} : { right: twips(s.indentEnd) }),
  };
  const spacing = {
    ...(s.spacingBefore === undefined ? {} : { before: twips(s.spacingBefore) }),
    ...(s.spacingAfter === undefined ? {} : { after: twips(s.spacingAfter) }),
    ...(s.lineSpacing === undefined ? {} : { line: Math.round(240 * s.lineSpacing), lineRule: LineRuleType.AUTO }),
  };
  return new Paragraph({
    children: [...(p.pageBreak ? [new PageBreak()] : []), ...runs(p)],
    ...(s.alignment ? { alignment: ALIGNMENT[s.alignment] } : {}),
    ...(Object.keys(indent).length ? { indent } : {}),
    ...(Object.keys(spacing).length ? { spacing } : {}),
    run: runOptions(p.mark),
  });
}

/** Column widths in points: set ones, else a cell's width, else an equal share of what is left. */
function columnWidths(t: TableBlock, textWidth: number): number[] {
  const count = Math.max(1, t.columnWidths.length, ...t.rows.map((r) => r.cells.length));
  const known = Array.from({ length: count }, (_, i) => t.columnWidths[i] ?? t.rows.find((r) => r.cells[i]?.width)?.cells[i].width ?? null);
  const free = known.filter((w) => w === null).length;
  const share = free ? Math.max(0, textWidth - known.reduce<number>((a, w) => a + (w ?? 0), 0)) / free : 0;
  return known.map((w) => w ?? share);
}

function cell(c: TableCellData, width: number): TableCell {
  const paragraphs = c.paragraphs.length ? c.paragraphs : [newParagraph()];
  return new TableCell({
    children: paragraphs.map(paragraph),
    width: { size: twips(width), type: WidthType.DXA },
    ...(c.verticalAlignment ? { verticalAlign: CELL_ALIGNMENT[c.verticalAlignment] } : {}),
    ...(c.backgroundColor ? { shading: { fill: c.backgroundColor.replace('#', ''), type: ShadingType.CLEAR, color: 'auto' } } : {}),
  });
}

function table(t: TableBlock, textWidth: number): Table {
  const widths = columnWidths(t, textWidth);
  const border: IBorderOptions =
    t.borderWidth > 0
      ? { style: BorderStyle.SINGLE, size: Math.max(2, Math.round(t.borderWidth * 8)), color: t.borderColor.replace('#', '') }
      : { style: BorderStyle.NIL };
  return new Table({
    // Rows shorter than the widest get empty cells: Word expects a full grid.
    rows: t.rows.map((r) => new TableRow({ children: widths.map((w, i) => cell(r.cells[i] ?? { paragraphs: [] }, w)) })),
    columnWidths: widths.map(twips),
    width: { size: twips(widths.reduce((a, w) => a + w, 0)), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
  });
}

export async function exportDocx(content: DocContent): Promise<Buffer> {
  const { page } = content;
  const textWidth = page.width - page.marginLeft - page.marginRight;
  const doc = new Document({
    styles: { default: { document: { run: { font: DEFAULT_FONT.family, size: DEFAULT_FONT.size * 2 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(page.width), height: twips(page.height) },
            margin: { top: twips(page.marginTop), bottom: twips(page.marginBottom), left: twips(page.marginLeft), right: twips(page.marginRight) },
          },
        },
        children: content.body.map((b) => (b.kind === 'paragraph' ? paragraph(b) : table(b, textWidth))),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
