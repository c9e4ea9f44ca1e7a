import { strFromU8, unzipSync } from 'fflate';
import { createEmulator, exportDocx } from './index';

/** A decision as the add-on lays it out: a borderless header table, a title, an article, a bordered annex table. */
async function exportedDecision(): Promise<{ files: Record<string, Uint8Array>; xml: string }> {
  const emu = createEmulator();
  const { DocumentApp } = emu.globals;
  const doc = DocumentApp.create('Quyết định');
  const body = doc.getBody();
  body.setMarginTop(56.7).setMarginBottom(56.7).setMarginLeft(85.05).setMarginRight(56.7).setPageWidth(595.35).setPageHeight(841.95);
  const header = body.insertTable(0, [['SỞ NỘI VỤ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']]);
  header.setBorderWidth(0);
  header.setColumnWidth(0, 180);
  const title = body.getChild(1).asParagraph();
  title.setText('QUYẾT ĐỊNH');
  title.setAlignment(DocumentApp.HorizontalAlignment.CENTER);
  title.editAsText().setBold(true).setFontSize(14);
  body.appendParagraph('Điều 1. Khen thưởng sáng kiến.').setIndentFirstLine(28.35).setSpacingAfter(6).setLineSpacing(1.5);
  body.appendPageBreak();
  const annex = body.appendTable([['STT', 'Họ và tên'], ['1', 'Trần Thị Bình']]);
  annex.setBorderWidth(1);
  body.setAttributes({ [DocumentApp.Attribute.FONT_FAMILY]: 'Times New Roman' });
  const id = doc.getId();
  doc.saveAndClose();
  const files = unzipSync(new Uint8Array(await emu.documents.exportDocx(id)));
  return { files, xml: strFromU8(files['word/document.xml']) };
}

describe('exportDocx', () => {
  let decision: { files: Record<string, Uint8Array>; xml: string };
  beforeAll(async () => {
    decision = await exportedDecision();
  });

  test('writes a .docx package: content types, the main part, and the text', () => {
    const { files, xml } = decision;
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
    for (const text of ['SỞ NỘI VỤ', 'QUYẾT ĐỊNH', 'Điều 1. Khen thưởng sáng kiến.', 'Trần Thị Bình']) expect(xml).toContain(text);
    expect(xml).toContain('w:ascii="Times New Roman"');
  });

  test('page size and margins are in twips (points × 20)', () => {
    const { xml } = decision;
    expect(xml).toMatch(/<w:pgSz[^>]*w:w="11907"[^>]*w:h="16839"/);
    const margins = /<w:pgMar [^>]*>/.exec(xml)?.[0] ?? '';
    expect(margins).toContain('w:top="1134"');
    expect(margins).toContain('w:bottom="1134"');
    expect(margins).toContain('w:left="1701"');
    expect(margins).toContain('w:right="1134"');
  });

  test('a layout table has no borders at all; an annex table has single 1 pt borders', () => {
    const { xml } = decision;
    const tables = xml.split('<w:tbl>').slice(1);
    expect(tables).toHaveLength(2);
    expect(tables[0]).toMatch(/<w:tblBorders>(<w:\w+ w:val="nil"\/>){6}<\/w:tblBorders>/);
    expect(tables[0]).toContain('<w:gridCol w:w="3600"/>');
    expect(tables[1]).toContain('<w:top w:val="single" w:color="000000" w:sz="8"/>');
  });

  test('alignment, bold 14 pt, first-line indent, spacing and line spacing, page break', () => {
    const { xml } = decision;
    expect(xml).toContain('<w:jc w:val="center"/>');
    expect(xml).toMatch(/<w:b\/>.*<w:sz w:val="28"\/>.*QUYẾT ĐỊNH/);
    expect(xml).toContain('w:firstLine="567"');
    expect(xml).toMatch(/<w:spacing [^>]*w:after="120"[^>]*w:line="360"[^>]*w:lineRule="auto"/);
    expect(xml).toContain('<w:br w:type="page"/>');
  });

  test('text without a font gets the Docs default, Arial 11 pt, from the document defaults', async () => {
    const emu = createEmulator();
    const doc = emu.globals.DocumentApp.create('Trống');
    const id = doc.getId();
    doc.saveAndClose();
    const styles = strFromU8(unzipSync(new Uint8Array(await exportDocx(emu.documents.content(id))))['word/styles.xml']);
    expect(styles).toMatch(/<w:docDefaults>.*w:ascii="Arial".*<w:sz w:val="22"\/>.*<\/w:docDefaults>/s);
  });
});
