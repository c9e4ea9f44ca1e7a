import { PRESETS } from '../../../src/core/config/presets';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../src/core/documents/document-kinds';
import { A4_DECREE_PAGE, placeholdersIn, type Block, type ParagraphBlock, type TableBlock } from '../../../src/core/documents/document-model';
import { TABLE_FIELDS, TEMPLATE_FIELDS, VALUE_FIELDS } from '../../../src/core/documents/placeholders';
import { defaultTemplate } from '../../../src/core/documents/templates';

const textOf = (p: ParagraphBlock): string => p.runs.map((r) => r.text).join('');

/** Every paragraph of the blocks, table cells included, in reading order. */
function paragraphs(blocks: readonly Block[]): ParagraphBlock[] {
  return blocks.flatMap((b) => (b.kind === 'paragraph' ? [b] : b.kind === 'table' ? b.rows.flat().flatMap((cell) => paragraphs(cell)) : []));
}

/** A run's effective style: its own, else its paragraph's. */
const styleOf = (p: ParagraphBlock, text: string) => {
  const run = p.runs.find((r) => r.text.includes(text))!;
  return { bold: run.bold ?? p.style?.bold, italic: run.italic ?? p.style?.italic, size: run.size ?? p.style?.size };
};

function find(kind: DocumentKind, text: string): ParagraphBlock {
  const found = paragraphs(defaultTemplate(kind).blocks).find((p) => textOf(p).includes(text));
  if (!found) throw new Error(`${kind}: no paragraph with ${text}`);
  return found;
}

describe.each(DOCUMENT_KINDS)('the default %s template', (kind) => {
  const template = defaultTemplate(kind);
  const all = paragraphs(template.blocks);

  it('contains exactly the placeholders its fill data provides', () => {
    const used = new Set(all.flatMap((p) => placeholdersIn(textOf(p))));
    const provided = new Set<string>([...TEMPLATE_FIELDS[kind].values, ...TEMPLATE_FIELDS[kind].tables]);
    expect([...used].sort()).toEqual([...provided].sort());
  });

  it('has each table placeholder alone in a paragraph of the body, never inside a run of text', () => {
    for (const name of TEMPLATE_FIELDS[kind].tables) {
      const holders = all.filter((p) => textOf(p).includes(`{{${name}}}`));
      expect(holders).toHaveLength(1);
      expect(textOf(holders[0])).toBe(`{{${name}}}`);
      expect(template.blocks).toContain(holders[0]);
    }
  });

  it('is an A4 page in Times New Roman 14 with the decree margins', () => {
    expect(template.page).toEqual(A4_DECREE_PAGE);
    expect(template.font).toEqual({ family: 'Times New Roman', size: 14 });
  });

  it('opens with the borderless header: "Số:" on the left, the national name and motto in bold on the right', () => {
    const header = template.blocks[0] as TableBlock;
    expect(header).toMatchObject({ kind: 'table', borders: false });
    const [left, right] = header.rows[0];
    expect(left.map(textOf)).toContainEqual(expect.stringMatching(/^Số: \{\{so_ky_hieu\}\}$/));
    const nationalName = right.find((p) => textOf(p) === 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')!;
    const motto = right.find((p) => textOf(p) === 'Độc lập - Tự do - Hạnh phúc')!;
    expect(styleOf(nationalName, 'CỘNG')).toMatchObject({ bold: true });
    expect(styleOf(nationalName, 'CỘNG').size).toBeGreaterThanOrEqual(12);
    expect(styleOf(nationalName, 'CỘNG').size).toBeLessThanOrEqual(13);
    expect(styleOf(motto, 'Độc lập')).toMatchObject({ bold: true });
    expect(styleOf(motto, 'Độc lập').size).toBeGreaterThanOrEqual(13);
    expect(styleOf(motto, 'Độc lập').size).toBeLessThanOrEqual(14);
  });

  it('sets body paragraphs justified with a 1 cm first-line indent and at least 6 pt between them', () => {
    const body = template.blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph' && b.align === 'justify');
    if (kind !== 'certificate') expect(body.length).toBeGreaterThan(0);
    for (const p of body) {
      expect(p.firstLineIndent).toBeCloseTo(28.35, 2);
      expect(p.spaceBefore).toBeGreaterThanOrEqual(6);
    }
  });

  it('holds nothing of any preset contest: organiser, place or signer', () => {
    const text = all.map(textOf).join('\n');
    for (const preset of PRESETS) {
      const c = preset.build();
      for (const specific of [c.identity.organiser.name, c.identity.placeName, c.documents.signer.name, c.identity.title]) {
        if (specific !== '') expect(text).not.toContain(specific);
      }
    }
  });
});

describe('the decree form of the templates', () => {
  it('ends the content of every paper but the certificate with "./."', () => {
    for (const kind of DOCUMENT_KINDS.filter((k) => k !== 'certificate')) {
      expect(paragraphs(defaultTemplate(kind).blocks).some((p) => textOf(p).endsWith('./.'))).toBe(true);
    }
  });

  it('prints "Nơi nhận:" in 12 bold italic and the recipients in 11, beside the signature on papers with a signer', () => {
    for (const kind of DOCUMENT_KINDS.filter((k) => TEMPLATE_FIELDS[k].values.some((v) => v === 'noi_nhan'))) {
      expect(styleOf(find(kind, 'Nơi nhận:'), 'Nơi nhận:')).toEqual({ bold: true, italic: true, size: 12 });
      expect(styleOf(find(kind, '{{noi_nhan}}'), '{{noi_nhan}}').size).toBe(11);
    }
    const signature = defaultTemplate('decision').blocks.find((b): b is TableBlock => b.kind === 'table' && paragraphs([b]).some((p) => textOf(p) === '{{chuc_danh_ky}}'))!;
    expect(signature.borders).toBe(false);
    expect(signature.rows[0].map((cell) => cell.map(textOf))).toEqual([
      expect.arrayContaining(['Nơi nhận:', '{{noi_nhan}}']),
      expect.arrayContaining(['{{chuc_danh_ky}}', '{{nguoi_ky}}']),
    ]);
    expect(styleOf(find('decision', '{{nguoi_ky}}'), '{{nguoi_ky}}')).toMatchObject({ bold: true });
  });

  it('lays the decision out as Mẫu 1.2: type name, summary, authority, italic bases, bold "Điều 1.", annex on a new page', () => {
    const blocks = defaultTemplate('decision').blocks;
    const texts = blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph').map(textOf);
    expect(texts.indexOf('QUYẾT ĐỊNH')).toBeLessThan(texts.indexOf('{{trich_yeu}}'));
    expect(texts.indexOf('{{tham_quyen}}')).toBeLessThan(texts.indexOf('{{can_cu}}'));
    expect(texts.indexOf('{{can_cu}}')).toBeLessThan(texts.indexOf('QUYẾT ĐỊNH:'));
    expect(styleOf(find('decision', '{{can_cu}}'), '{{can_cu}}')).toMatchObject({ italic: true });
    for (const name of ['QUYẾT ĐỊNH', '{{trich_yeu}}', '{{tham_quyen}}']) expect(styleOf(find('decision', name), name)).toMatchObject({ bold: true });
    const article1 = find('decision', 'Điều 1. ');
    expect(article1.runs[0]).toMatchObject({ text: 'Điều 1. ', bold: true });
    expect(styleOf(article1, '{{dieu_1}}').bold).toBeFalsy();
    const pageBreak = blocks.findIndex((b) => b.kind === 'pageBreak');
    expect(pageBreak).toBeGreaterThan(blocks.findIndex((b) => b.kind === 'table' && paragraphs([b]).some((p) => textOf(p) === '{{chuc_danh_ky}}')));
    expect(textOf(blocks[pageBreak + 1] as ParagraphBlock)).toBe('DANH SÁCH');
  });

  it('gives the minutes the two signatures of Mẫu 1.9, THƯ KÝ left and CHỦ TỌA right', () => {
    const table = defaultTemplate('minutes').blocks.find((b): b is TableBlock => b.kind === 'table' && paragraphs([b]).some((p) => textOf(p) === 'CHỦ TỌA'))!;
    expect(table.rows[0].map((cell) => cell.map(textOf).filter((t) => t !== ''))).toEqual([
      ['THƯ KÝ', '{{ten_thu_ky}}'],
      ['CHỦ TỌA', '{{ten_chu_toa}}'],
    ]);
  });

  it('catalogues every placeholder once', () => {
    const names = [...VALUE_FIELDS, ...TABLE_FIELDS];
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z0-9_]+$/);
  });
});
