import fc from 'fast-check';
import { createEmulator, DOC_MESSAGES, DOCS_AND_DRIVE_COSTS, DOCS_API_MESSAGES } from './index';

type Doc = GoogleAppsScript.Document.Document;

function setup() {
  const emu = createEmulator({ owner: 'thuky@so.gov.vn', editors: ['gk1@so.gov.vn'] });
  const { DocumentApp, DriveApp, Docs, MimeType } = emu.globals;
  /** A saved Doc holding `paragraphs`; returns its id. */
  const savedDoc = (name: string, paragraphs: string[]): string => {
    const doc = DocumentApp.create(name);
    const body = doc.getBody();
    body.getParagraphs()[0].setText(paragraphs[0] ?? '');
    for (const text of paragraphs.slice(1)) body.appendParagraph(text);
    const id = doc.getId();
    doc.saveAndClose();
    return id;
  };
  return { emu, DocumentApp, DriveApp, Docs, MimeType, savedDoc };
}

const messageOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected a throw');
};

describe('DocumentApp.create and openById', () => {
  test('a new Doc is Letter with 1-inch margins, one empty paragraph, in the creator’s My Drive', () => {
    const { emu, DocumentApp, DriveApp } = setup();
    const doc = DocumentApp.create('Tờ trình');
    const body = doc.getBody();
    expect([body.getPageWidth(), body.getPageHeight()]).toEqual([612, 792]);
    expect([body.getMarginTop(), body.getMarginBottom(), body.getMarginLeft(), body.getMarginRight()]).toEqual([72, 72, 72, 72]);
    expect(body.getNumChildren()).toBe(1);
    expect(body.getChild(0).getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
    const root = DriveApp.getRootFolder().getId();
    expect(emu.documents.files().find((f) => f.id === doc.getId())).toMatchObject({
      name: 'Tờ trình', mimeType: 'application/vnd.google-apps.document', parents: [root], owner: 'thuky@so.gov.vn',
    });
  });

  test('openById of an id that names no Doc throws the missing-document text', () => {
    const { DocumentApp } = setup();
    expect(messageOf(() => DocumentApp.openById('khong-co'))).toBe(
      "Document khong-co is missing (perhaps it was deleted, or you don't have read access?)",
    );
  });
});

describe('buffering: other services see a Doc only after saveAndClose or the end of the execution', () => {
  test('edits are invisible to Drive, the Docs API and the inspector until saveAndClose', () => {
    const { emu, DocumentApp, DriveApp, Docs, savedDoc } = setup();
    const id = savedDoc('Mẫu', ['Kính gửi: {{noi_nhan}}']);
    const doc = DocumentApp.openById(id);
    doc.getBody().appendParagraph('Điều 1. Khen thưởng');

    expect(emu.documents.text(id)).toBe('Kính gửi: {{noi_nhan}}');
    const copy = DriveApp.getFileById(id).makeCopy('Bản sao');
    expect(emu.documents.text(copy.getId())).toBe('Kính gửi: {{noi_nhan}}');
    const paragraphs = Docs.Documents.get(id).body?.content ?? [];
    expect(paragraphs).toHaveLength(1);

    doc.saveAndClose();
    expect(emu.documents.text(id)).toBe('Kính gửi: {{noi_nhan}}\nĐiều 1. Khen thưởng');
  });

  test('the end of an execution saves its open documents, metered as Execution.saveAndClose', () => {
    const { emu, DocumentApp, savedDoc } = setup();
    const id = savedDoc('Mẫu', ['Một']);
    emu.runAs('thuky@so.gov.vn', () => {
      DocumentApp.openById(id).getBody().appendParagraph('Hai');
      expect(emu.documents.text(id)).toBe('Một');
    });
    expect(emu.documents.text(id)).toBe('Một\nHai');
    expect(emu.meter.count('Execution.saveAndClose')).toBe(1);
  });

  test('another execution opening the Doc meanwhile gets the committed content', () => {
    const { emu, DocumentApp, savedDoc } = setup();
    const id = savedDoc('Mẫu', ['Bản gốc']);
    const writer = emu.beginExecution({ user: 'thuky@so.gov.vn' });
    emu.runAs(writer, () => DocumentApp.openById(id).getBody().getParagraphs()[0].setText('Bản sửa'));
    const seen = emu.runAs('gk1@so.gov.vn', () => DocumentApp.openById(id).getBody().getText());
    expect(seen).toBe('Bản gốc');
    emu.endExecution(writer);
    expect(emu.runAs('gk1@so.gov.vn', () => DocumentApp.openById(id).getBody().getText())).toBe('Bản sửa');
  });

  test('after saveAndClose the Document and its elements refuse every call', () => {
    const { DocumentApp } = setup();
    const doc: Doc = DocumentApp.create('Biên bản');
    const body = doc.getBody();
    const paragraph = body.appendParagraph('Nội dung');
    doc.saveAndClose();
    for (const call of [() => doc.getBody(), () => body.appendParagraph('x'), () => paragraph.getText(), () => doc.saveAndClose()]) {
      expect(messageOf(call)).toBe(DOC_MESSAGES.closed);
    }
  });

  test('Document.getAs shows the committed content: unsaved edits are missing from the PDF', () => {
    const { emu, DocumentApp, savedDoc } = setup();
    const id = savedDoc('Giấy khen', ['Ong Nguyen Van A']);
    const doc = DocumentApp.openById(id);
    doc.getBody().appendParagraph('Da co thanh tich xuat sac');
    const stale = Buffer.from(doc.getAs('application/pdf').getBytes()).toString('latin1');
    expect(stale).toContain('Ong Nguyen Van A');
    expect(stale).not.toContain('xuat sac');
    doc.saveAndClose();
    expect(emu.documents.pdfBytes(id).toString('latin1')).toContain('xuat sac');
  });
});

describe('replaceText and findText: RE2 patterns, matched in each paragraph on its own', () => {
  test('regex metacharacters act as RE2 operators unless escaped', () => {
    const { emu, DocumentApp, savedDoc } = setup();
    const id = savedDoc('Mẫu', ['abc a.c', 'Số tiền: 1.000.000 (đồng)']);
    const doc = DocumentApp.openById(id);
    const body = doc.getBody();
    body.replaceText('a.c', 'X');
    body.replaceText('1\\.000\\.000 \\(đồng\\)', '2.000.000 đồng');
    doc.saveAndClose();
    expect(emu.documents.text(id)).toBe('X X\nSố tiền: 2.000.000 đồng');
  });

  test('a match never spans two paragraphs, and ^ and $ anchor at each paragraph', () => {
    const { emu, DocumentApp, savedDoc } = setup();
    const id = savedDoc('Mẫu', ['Hello', 'World']);
    const doc = DocumentApp.openById(id);
    const body = doc.getBody();
    body.replaceText('Hello\\s*World', 'X');
    body.replaceText('^W', 'w');
    body.replaceText('o$', '0');
    doc.saveAndClose();
    expect(emu.documents.text(id)).toBe('Hell0\nworld');
  });

  test('placeholders match with braces escaped as \\{\\{x\\}\\} and, braces being literal in RE2, unescaped too', () => {
    const { emu, DocumentApp, savedDoc } = setup();
    const id = savedDoc('Mẫu', ['Kính gửi {{ten}}, số {{so}}']);
    const doc = DocumentApp.openById(id);
    doc.getBody().replaceText('\\{\\{ten\\}\\}', 'Sở Nội vụ');
    doc.getBody().replaceText('{{so}}', '12/QĐ-UBND');
    doc.saveAndClose();
    expect(emu.documents.text(id)).toBe('Kính gửi Sở Nội vụ, số 12/QĐ-UBND');
  });

  test('the replacement is literal: $1 is not a group reference', () => {
    const { emu, DocumentApp, savedDoc } = setup();
    const id = savedDoc('Mẫu', ['Điều 7']);
    const doc = DocumentApp.openById(id);
    doc.getBody().replaceText('(\\d+)', '[$1]');
    doc.saveAndClose();
    expect(emu.documents.text(id)).toBe('Điều [$1]');
  });

  test('lookaround, backreferences and malformed patterns are refused', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('Mẫu').getBody();
    expect(messageOf(() => body.replaceText('x(?=y)', 'z'))).toMatch(/invalid RE2 pattern "x\(\?=y\)": invalid perl operator: \(\?=/);
    expect(messageOf(() => body.replaceText('(a)\\1', 'z'))).toMatch(/invalid escape sequence: \\1/);
    expect(messageOf(() => body.findText('(abc'))).toMatch(/^emulator: invalid RE2 pattern/);
  });

  test('replaced text takes the style of the first matched character', () => {
    const { DocumentApp } = setup();
    const paragraph = DocumentApp.create('Mẫu').getBody().getParagraphs()[0];
    paragraph.setText('Xin chào {{ten}}!');
    paragraph.editAsText().setBold(9, 15, true);
    paragraph.replaceText('\\{\\{ten\\}\\}', 'Trần Thị Bình');
    const text = paragraph.editAsText();
    expect(text.getText()).toBe('Xin chào Trần Thị Bình!');
    expect([text.isBold(8), text.isBold(9), text.isBold(21), text.isBold(22)]).toEqual([null, true, true, null]);
  });

  test('any text escaped for RE2 matches itself', () => {
    const { DocumentApp } = setup();
    const paragraph = DocumentApp.create('Mẫu').getBody().getParagraphs()[0];
    const chars = fc.constantFrom(...'.*+?^${}()|[]\\/-aZ đ1 '.split(''));
    fc.assert(
      fc.property(fc.array(chars, { minLength: 1, maxLength: 12 }).map((a) => a.join('')), (literal) => {
        paragraph.setText(`<${literal}>`);
        paragraph.replaceText(literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), '#');
        return paragraph.getText() === '<#>';
      }),
      { numRuns: 100 },
    );
  });

  test('findText continues after the previous result and reports offsets only for partial ranges', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('Mẫu').getBody();
    body.getParagraphs()[0].setText('a {{x}} b {{x}}');
    body.appendParagraph('{{x}}');
    const pattern = '\\{\\{x\\}\\}';
    const first = body.findText(pattern);
    const second = body.findText(pattern, first);
    const third = body.findText(pattern, second);
    expect([first.isPartial(), first.getStartOffset(), first.getEndOffsetInclusive()]).toEqual([true, 2, 6]);
    expect([second.getStartOffset(), second.getEndOffsetInclusive()]).toEqual([10, 14]);
    expect([third.isPartial(), third.getStartOffset(), third.getEndOffsetInclusive()]).toEqual([false, -1, -1]);
    expect(third.getElement().getType()).toBe(DocumentApp.ElementType.TEXT);
    expect(body.getChildIndex(third.getElement().getParent())).toBe(1);
    expect(body.findText(pattern, third)).toBeNull();
  });
});

describe('Body, Paragraph, Text and Table editing', () => {
  test('insertTable goes at the index; appendTable adds the empty paragraph after the table', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('Mẫu').getBody();
    body.getParagraphs()[0].setText('Mở đầu');
    body.appendParagraph('{{bang}}');
    body.appendParagraph('Kết');
    const table = body.insertTable(1, [['STT', 'Họ tên'], ['1', 'Bình']]);
    expect(body.getChild(1).getType()).toBe(DocumentApp.ElementType.TABLE);
    expect(body.getChild(2).asParagraph().getText()).toBe('{{bang}}');
    expect([table.getNumRows(), table.getRow(0).getNumCells(), table.getCell(1, 1).getText()]).toEqual([2, 2, 'Bình']);

    const before = body.getNumChildren();
    body.appendTable([['a']]);
    expect(body.getNumChildren()).toBe(before + 2);
    expect(body.getChild(before).getType()).toBe(DocumentApp.ElementType.TABLE);
    expect(body.getChild(before + 1).asParagraph().getText()).toBe('');
  });

  test('a placeholder paragraph is replaced by a table, as the add-on does it', () => {
    const { emu, DocumentApp, savedDoc } = setup();
    const id = savedDoc('QĐ', ['Danh sách:', '{{danh_sach}}', 'Nơi nhận:']);
    const doc = DocumentApp.openById(id);
    const body = doc.getBody();
    const placeholder = body.findText('\\{\\{danh_sach\\}\\}').getElement().getParent();
    const table = body.insertTable(body.getChildIndex(placeholder), [['STT', 'Tên'], ['1', 'Sáng kiến A']]);
    placeholder.asParagraph().removeFromParent();
    table.getRow(0).editAsText().setBold(true);
    table.setBorderWidth(0);
    table.setColumnWidth(0, 40);
    doc.saveAndClose();

    const content = emu.documents.content(id);
    expect(content.body.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    const saved = content.body[1];
    if (saved.kind !== 'table') throw new Error('expected a table');
    expect(saved.borderWidth).toBe(0);
    expect(saved.columnWidths[0]).toBe(40);
    expect(saved.rows[0].cells.map((c) => c.paragraphs[0].runs[0].style.bold)).toEqual([true, true]);
    expect(saved.rows[1].cells[1].paragraphs[0].runs[0].style.bold).toBeUndefined();
    expect(emu.documents.text(id)).toBe('Danh sách:\nSTT\nTên\n1\nSáng kiến A\nNơi nhận:');
  });

  test('Text styles by range, attribute indices and whole-element setters', () => {
    const { DocumentApp } = setup();
    const paragraph = DocumentApp.create('Mẫu').getBody().getParagraphs()[0];
    paragraph.setText('QUYẾT ĐỊNH khen thưởng');
    const text = paragraph.editAsText();
    text.setBold(0, 9, true).setFontSize(0, 9, 14).setFontFamily('Times New Roman');
    expect(text.getTextAttributeIndices()).toEqual([0, 10]);
    expect([text.isBold(), text.getFontFamily(), text.getFontSize(), text.getFontSize(3)]).toEqual([null, 'Times New Roman', null, 14]);
    text.deleteText(10, 21).appendText(' số 12').insertText(0, '» ');
    expect(text.getText()).toBe('» QUYẾT ĐỊNH số 12');
    expect(messageOf(() => text.setItalic(0, 40, true))).toBe(DOC_MESSAGES.textIndex(40, 18));
  });

  test('paragraph attributes by setter and by setAttributes, read back with getAttributes', () => {
    const { DocumentApp } = setup();
    const { Attribute, HorizontalAlignment } = DocumentApp;
    const paragraph = DocumentApp.create('Mẫu').getBody().appendParagraph('Căn cứ Luật Thi đua, khen thưởng');
    paragraph.setAlignment(HorizontalAlignment.JUSTIFY).setIndentFirstLine(28.35).setSpacingAfter(6).setLineSpacing(1.15);
    paragraph.setAttributes({ [Attribute.FONT_SIZE]: 13, [Attribute.ITALIC]: true });
    const attributes = paragraph.getAttributes();
    expect(attributes).toMatchObject({
      HORIZONTAL_ALIGNMENT: 'JUSTIFY', INDENT_FIRST_LINE: 28.35, SPACING_AFTER: 6, LINE_SPACING: 1.15, FONT_SIZE: 13, ITALIC: true, BOLD: null,
    });
  });

  test('the last paragraph of the body cannot be removed, so a body never ends with a table', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('Mẫu').getBody();
    const table = body.appendTable([['x']]);
    const last = body.getChild(body.getNumChildren() - 1).asParagraph();
    expect(messageOf(() => last.removeFromParent())).toBe(DOC_MESSAGES.lastParagraph);
    table.removeFromParent();
    expect(body.getNumChildren()).toBe(2);
  });

  test('appendPageBreak adds a paragraph holding the break', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('Mẫu').getBody();
    const pageBreak = body.appendPageBreak();
    expect(pageBreak.getType()).toBe(DocumentApp.ElementType.PAGE_BREAK);
    expect(pageBreak.getParent().getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
    expect(body.getNumChildren()).toBe(2);
  });
});

describe('Docs.Documents.batchUpdate (replaceAllText)', () => {
  const replace = (text: string, replaceText: string, matchCase = true) => ({
    replaceAllText: { containsText: { text, matchCase }, replaceText },
  });

  test('matches the text literally in body paragraphs and table cells and counts each request', () => {
    const { emu, DocumentApp, Docs } = setup();
    const doc = DocumentApp.create('Mẫu');
    const body = doc.getBody();
    body.getParagraphs()[0].setText('{{a.b}} và {{aXb}}');
    body.appendTable([['{{a.b}}', '{{ten}}'], ['{{ten}}', '']]);
    const id = doc.getId();
    doc.saveAndClose();
    const res = Docs.Documents.batchUpdate({ requests: [replace('{{a.b}}', '1'), replace('{{ten}}', 'Bình'), replace('{{khong}}', 'x')] }, id);
    expect(res.documentId).toBe(id);
    expect(res.replies).toEqual([{ replaceAllText: { occurrencesChanged: 2 } }, { replaceAllText: { occurrencesChanged: 2 } }, { replaceAllText: {} }]);
    expect(emu.documents.text(id)).toBe('1 và {{aXb}}\n1\nBình\nBình\n\n');
  });

  test('requests apply in order, each seeing the result of the previous; matchCase false ignores case', () => {
    const { emu, Docs, savedDoc } = setup();
    const id = savedDoc('Mẫu', ['{{x}} {{X}}']);
    const res = Docs.Documents.batchUpdate({ requests: [replace('{{x}}', '{{y}}', false), replace('{{y}}', 'Z')] }, id);
    expect(res.replies?.map((r) => r.replaceAllText?.occurrencesChanged)).toEqual([2, 2]);
    expect(emu.documents.text(id)).toBe('Z Z');
  });

  test('a newline in replaceText splits the paragraph; the parts keep its attributes and the match’s style', () => {
    const { emu, DocumentApp, Docs } = setup();
    const doc = DocumentApp.create('Mẫu');
    const paragraph = doc.getBody().getParagraphs()[0];
    paragraph.setText('Nơi nhận: {{noi_nhan}}.');
    paragraph.setAlignment(DocumentApp.HorizontalAlignment.CENTER);
    paragraph.editAsText().setItalic(10, 21, true);
    const id = doc.getId();
    doc.saveAndClose();
    Docs.Documents.batchUpdate({ requests: [replace('{{noi_nhan}}', '- Như Điều 3;\n- Lưu: VT')] }, id);
    const content = emu.documents.content(id);
    expect(emu.documents.text(id)).toBe('Nơi nhận: - Như Điều 3;\n- Lưu: VT.');
    expect(content.body.map((b) => (b.kind === 'paragraph' ? b.style.alignment : b.kind))).toEqual(['CENTER', 'CENTER']);
    const second = content.body[1];
    if (second.kind !== 'paragraph') throw new Error('expected a paragraph');
    expect(second.runs.map((r) => [r.text, r.style.italic])).toEqual([['- Lưu: VT', true], ['.', undefined]]);
  });

  test('works on committed content: a Document opened before keeps its working copy', () => {
    const { emu, DocumentApp, Docs, savedDoc } = setup();
    const id = savedDoc('Mẫu', ['{{so}}']);
    const open = DocumentApp.openById(id);
    Docs.Documents.batchUpdate({ requests: [replace('{{so}}', '15')] }, id);
    expect(open.getBody().getText()).toBe('{{so}}');
    expect(emu.documents.text(id)).toBe('15');
  });

  test('any other request kind is refused and nothing is applied', () => {
    const { emu, Docs, savedDoc } = setup();
    const id = savedDoc('Mẫu', ['{{so}}']);
    const requests = [replace('{{so}}', '15'), { insertText: { text: 'x', location: { index: 1 } } }];
    expect(messageOf(() => Docs.Documents.batchUpdate({ requests }, id))).toBe(DOCS_API_MESSAGES.notEmulated('insertText', 1));
    expect(emu.documents.text(id)).toBe('{{so}}');
    expect(messageOf(() => Docs.Documents.batchUpdate({ requests: [] }, 'khong-co'))).toBe(DOCS_API_MESSAGES.notFound('batchUpdate'));
  });

  test('any literal text is replaced wherever it occurs, regex characters included', () => {
    const { emu, Docs, savedDoc } = setup();
    const token = fc.constantFrom('{{', '}}', '.', '*', '$1', '(', ')', '\\', 'a', 'đ', ' ');
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 6 }).map((a) => a.join('')), fc.array(fc.constantFrom('x', 'y', ' '), { maxLength: 6 }), (needle, filler) => {
        const text = `${filler.join('')}${needle}${filler.join('')}${needle}`;
        const id = savedDoc('P', [text]);
        Docs.Documents.batchUpdate({ requests: [replace(needle, '#')] }, id);
        return emu.documents.text(id) === text.split(needle).join('#');
      }),
      { numRuns: 60 },
    );
  });
});

describe('metering', () => {
  test('every DocumentApp, DriveApp and Docs cost is a method of the object it names', () => {
    const { DocumentApp, DriveApp, Docs, savedDoc } = setup();
    const id = savedDoc('Mẫu', ['{{x}}']);
    const doc = DocumentApp.openById(id);
    const body = doc.getBody();
    const table = body.appendTable([['a']]);
    const file = DriveApp.getFileById(id);
    const objects: Record<string, unknown> = {
      DocumentApp, DriveApp, Document: doc, Body: body, Paragraph: body.getParagraphs()[0], Text: body.editAsText(), Table: table,
      TableRow: table.getRow(0), TableCell: table.getCell(0, 0), PageBreak: body.appendPageBreak(), File: file,
      Folder: DriveApp.getRootFolder(), 'Docs.Documents': Docs.Documents,
    };
    for (const key of Object.keys(DOCS_AND_DRIVE_COSTS)) {
      const dot = key.lastIndexOf('.');
      const [label, method] = [key.slice(0, dot), key.slice(dot + 1)];
      expect([key, typeof (objects[label] as Record<string, unknown>)?.[method]]).toEqual([key, 'function']);
    }
  });

  test('generating one document from a template costs 21 calls, the server ones at the research figures', () => {
    const { emu, DocumentApp, DriveApp, Docs, MimeType, savedDoc } = setup();
    const templateId = savedDoc('Mẫu QĐ', ['Số: {{so}}', 'Ngày {{ngay}}, {{noi}}', '{{danh_sach}}', 'Nơi nhận']);
    const folder = DriveApp.createFolder('Quyết định');
    emu.meter.reset();

    const copy = DriveApp.getFileById(templateId).makeCopy('QĐ 12', folder);
    const copyId = copy.getId();
    const fill = (text: string, value: string) => ({ replaceAllText: { containsText: { text, matchCase: true }, replaceText: value } });
    Docs.Documents.batchUpdate({ requests: [fill('{{so}}', '12'), fill('{{ngay}}', '23/11/2026'), fill('{{noi}}', 'Hậu Giang')] }, copyId);
    const doc = DocumentApp.openById(copyId);
    const body = doc.getBody();
    const placeholder = body.findText('\\{\\{danh_sach\\}\\}').getElement().getParent();
    const table = body.insertTable(body.getChildIndex(placeholder), [['STT', 'Họ tên', 'Mức'], ['1', 'A', '1'], ['2', 'B', '2']]);
    placeholder.asParagraph().removeFromParent();
    table.getRow(0).editAsText().setBold(true);
    table.setBorderWidth(1);
    table.setColumnWidth(0, 40);
    doc.saveAndClose();
    folder.createFile(copy.getAs(MimeType.PDF));

    // 2 Drive + 1 getId + 1 batchUpdate + 2 open/body + 3 find/element/parent + getChildIndex + insertTable + asParagraph
    // + removeFromParent + getRow + editAsText + setBold + setBorderWidth + setColumnWidth + saveAndClose + getAs + createFile
    expect(emu.meter.calls).toBe(21);
    const ms = (name: string) => emu.meter.byMethod[name]?.modeledMs;
    expect([ms('DriveApp.getFileById'), ms('File.makeCopy'), ms('Docs.Documents.batchUpdate'), ms('DocumentApp.openById')]).toEqual([150, 1500, 415, 400]);
    expect([ms('Body.insertTable'), ms('Document.saveAndClose'), ms('File.getAs'), ms('Folder.createFile')]).toEqual([34.5, 600, 1500, 300]);
    expect(emu.documents.text(copyId)).toBe('Số: 12\nNgày 23/11/2026, Hậu Giang\nSTT\nHọ tên\nMức\n1\nA\n1\n2\nB\n2\nNơi nhận');
  });
});
