/**
 * A small but valid PDF of a Doc's content: the page size of the Doc, its text in a standard Type 1
 * font (Times when the text is set in Times New Roman, else Helvetica), paragraphs wrapped to the
 * text width, page breaks and overflow starting new pages, table rows as one line of cells.
 * Standard fonts carry WinAnsi (Latin-1) letters only: Vietnamese letters lose their marks
 * (`Quyết định` → `Quyet dinh`, `đ` → `d`); anything else becomes `?`.
 */
import { DEFAULT_FONT, type DocContent, type ParagraphBlock, paragraphText, type TableBlock } from './docs-model';

/** Average glyph width as a share of the font size: enough to wrap lines plausibly. */
const AVERAGE_WIDTH = 0.5;
const LEADING = 1.2;

function winAnsi(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    let code = ch.codePointAt(0) ?? 63;
    if (code > 0xff || (code >= 0x80 && code < 0xa0)) {
      const plain = ch.normalize('NFD').replace(/\p{M}/gu, '').replace('đ', 'd').replace('Đ', 'D');
      code = plain.length === 1 && plain.charCodeAt(0) < 0x80 ? plain.charCodeAt(0) : 63;
    }
    if (code === 0x28 || code === 0x29 || code === 0x5c) out += `\\${String.fromCharCode(code)}`;
    else if (code < 0x20) out += ' ';
    else if (code < 0x80) out += String.fromCharCode(code);
    else out += `\\${code.toString(8).padStart(3, '0')}`;
  }
  return out;
}

interface Line {
  text: string;
  size: number;
  bold: boolean;
  align: 'LEFT' | 'CENTER' | 'RIGHT' | 'JUSTIFY';
  indent: number;
  /** Space before this line. */
  before: number;
  pageBreak: boolean;
}

function wrap(text: string, size: number, width: number): string[] {
  const perLine = Math.max(1, Math.floor(width / (size * AVERAGE_WIDTH)));
  const lines: string[] = [];
  for (const hard of text.split('\n')) {
    let current = '';
    for (const word of hard.split(' ')) {
      const next = current ? `${current} ${word}` : word;
      if (next.length > perLine && current) {
        lines.push(current);
        current = word;
      } else current = next;
    }
    lines.push(current);
  }
  return lines;
}

function paragraphLines(p: ParagraphBlock, text: string, width: number): Line[] {
  const first = p.runs[0]?.style ?? p.mark;
  const size = first.fontSize ?? DEFAULT_FONT.size;
  const indent = p.style.indentStart ?? 0;
  const spacing = p.style.lineSpacing ?? 1;
  return wrap(text, size, width - indent).map((t, i) => ({
    text: t,
    size,
    bold: Boolean(first.bold),
    align: p.style.alignment ?? 'LEFT',
    indent: indent + (i === 0 ? (p.style.indentFirstLine ?? 0) : 0),
    before: (i === 0 ? (p.style.spacingBefore ?? 0) : 0) + size * LEADING * spacing,
    pageBreak: i === 0 && Boolean(p.pageBreak),
  }));
}

function tableLines(t: TableBlock, width: number): Line[] {
  return t.rows.flatMap((r) => {
    const text = r.cells.map((c) => c.paragraphs.map(paragraphText).join(' ')).join('   ');
    const first = r.cells[0]?.paragraphs[0];
    const style = first?.runs[0]?.style ?? first?.mark ?? {};
    const size = style.fontSize ?? DEFAULT_FONT.size;
    return wrap(text, size, width).map((line) => ({
      text: line, size, bold: Boolean(style.bold), align: 'LEFT' as const, indent: 0, before: size * LEADING, pageBreak: false,
    }));
  });
}

function pageStreams(content: DocContent): string[] {
  const { page } = content;
  const width = page.width - page.marginLeft - page.marginRight;
  const lines = content.body.flatMap((b) => (b.kind === 'paragraph' ? paragraphLines(b, paragraphText(b), width) : tableLines(b, width)));
  const pages: string[][] = [[]];
  let y = page.height - page.marginTop;
  for (const line of lines) {
    if (line.pageBreak || (y - line.before < page.marginBottom && pages[pages.length - 1].length)) {
      pages.push([]);
      y = page.height - page.marginTop;
    }
    y -= line.before;
    const used = line.text.length * line.size * AVERAGE_WIDTH;
    const free = Math.max(0, width - line.indent - used);
    const x = page.marginLeft + line.indent + (line.align === 'CENTER' ? free / 2 : line.align === 'RIGHT' ? free : 0);
    const font = line.bold ? 'F2' : 'F1';
    pages[pages.length - 1].push(`BT /${font} ${line.size} Tf ${x.toFixed(2)} ${y.toFixed(2)} Td (${winAnsi(line.text)}) Tj ET`);
  }
  return pages.map((p) => p.join('\n'));
}

function usesTimes(content: DocContent): boolean {
  const first = content.body.flatMap((b) => (b.kind === 'paragraph' ? b.runs : [])).find((r) => r.style.fontFamily);
  return /times/i.test(first?.style.fontFamily ?? '');
}

/** The PDF bytes of a Doc's content. */
export function renderPdf(content: DocContent, title: string): Uint8Array {
  const streams = pageStreams(content);
  const [regular, bold] = usesTimes(content) ? ['Times-Roman', 'Times-Bold'] : ['Helvetica', 'Helvetica-Bold'];
  const pageIds = streams.map((_, i) => 6 + 2 * i);
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${streams.length} >>`,
    `<< /Type /Font /Subtype /Type1 /BaseFont /${regular} /Encoding /WinAnsiEncoding >>`,
    `<< /Type /Font /Subtype /Type1 /BaseFont /${bold} /Encoding /WinAnsiEncoding >>`,
    `<< /Title (${winAnsi(title)}) /Producer (Apps Script emulator) >>`,
  ];
  streams.forEach((s, i) => {
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${content.page.width} ${content.page.height}] ` +
        `/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${pageIds[i] + 1} 0 R >>`,
      `<< /Length ${s.length} >>\nstream\n${s}\nendstream`,
    );
  });
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets = objects.map((body, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(Buffer.from(out, 'latin1'));
}
