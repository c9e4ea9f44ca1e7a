import { createEmulator, DRIVE_MESSAGES } from './index';

function setup() {
  const emu = createEmulator({ owner: 'thuky@so.gov.vn' });
  const { DocumentApp, DriveApp, MimeType } = emu.globals;
  const savedDoc = (name: string, text: string): string => {
    const doc = DocumentApp.create(name);
    doc.getBody().getParagraphs()[0].setText(text);
    const id = doc.getId();
    doc.saveAndClose();
    return id;
  };
  return { emu, DocumentApp, DriveApp, MimeType, savedDoc };
}

const messageOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected a throw');
};

const names = (it: GoogleAppsScript.Drive.FileIterator | GoogleAppsScript.Drive.FolderIterator): string[] => {
  const out: string[] = [];
  while (it.hasNext()) out.push(it.next().getName());
  return out;
};

describe('makeCopy', () => {
  test('a Doc copy is a deep copy: editing either leaves the other as it was', () => {
    const { emu, DocumentApp, DriveApp, savedDoc } = setup();
    const templateId = savedDoc('Mẫu Giấy khen', 'Tặng {{ten}}');
    const copyId = DriveApp.getFileById(templateId).makeCopy('Giấy khen - Bình').getId();

    const copy = DocumentApp.openById(copyId);
    copy.getBody().replaceText('\\{\\{ten\\}\\}', 'Trần Thị Bình');
    copy.saveAndClose();
    const template = DocumentApp.openById(templateId);
    template.getBody().appendParagraph('Mẫu số 2');
    template.saveAndClose();

    expect(emu.documents.text(templateId)).toBe('Tặng {{ten}}\nMẫu số 2');
    expect(emu.documents.text(copyId)).toBe('Tặng Trần Thị Bình');
  });

  test('names and places: (), (name), (folder), (name, folder)', () => {
    const { DriveApp, savedDoc } = setup();
    const file = DriveApp.getFileById(savedDoc('Mẫu', 'x'));
    const folder = DriveApp.createFolder('Hồ sơ');
    const parentOf = (f: GoogleAppsScript.Drive.File) => f.getParents().next().getId();
    const root = DriveApp.getRootFolder().getId();
    const copies = [file.makeCopy(), file.makeCopy('Bản A'), file.makeCopy(folder), file.makeCopy('Bản B', folder)];
    expect(copies.map((c) => [c.getName(), parentOf(c) === root ? 'root' : 'folder'])).toEqual([
      ['Copy of Mẫu', 'root'], ['Bản A', 'root'], ['Copy of Mẫu', 'folder'], ['Bản B', 'folder'],
    ]);
    expect(copies.every((c) => c.getMimeType() === 'application/vnd.google-apps.document')).toBe(true);
  });
});

describe('finding files and folders', () => {
  test('getFilesByName searches all of Drive, Folder.getFilesByName one folder; trashed items are left out', () => {
    const { DriveApp, MimeType, savedDoc } = setup();
    const folder = DriveApp.createFolder('2026');
    const inFolder = DriveApp.getFileById(savedDoc('Kết quả', 'a')).makeCopy('Kết quả', folder);
    const trashed = DriveApp.getFileById(savedDoc('Kết quả', 'b'));
    trashed.setTrashed(true);
    folder.createFile('ghi-chu.txt', 'xin chào', MimeType.PLAIN_TEXT);

    expect(names(DriveApp.getFilesByName('Kết quả'))).toEqual(['Kết quả', 'Kết quả']);
    expect(names(folder.getFilesByName('Kết quả'))).toEqual(['Kết quả']);
    expect(names(folder.getFiles())).toEqual(['Kết quả', 'ghi-chu.txt']);
    expect(names(DriveApp.getFoldersByName('2026'))).toEqual(['2026']);

    folder.setTrashed(true);
    expect(inFolder.isTrashed()).toBe(true);
    expect(names(DriveApp.getFilesByName('Kết quả'))).toEqual(['Kết quả']);
    expect(DriveApp.getFileById(trashed.getId()).isTrashed()).toBe(true);
  });

  test('unknown ids and exhausted iterators throw the Apps Script texts', () => {
    const { DriveApp } = setup();
    expect(messageOf(() => DriveApp.getFileById('khong-co'))).toBe(DRIVE_MESSAGES.notFound);
    expect(messageOf(() => DriveApp.getFolderById('khong-co'))).toBe(DRIVE_MESSAGES.notFound);
    const it = DriveApp.getFilesByName('không có tệp này');
    expect(it.hasNext()).toBe(false);
    expect(messageOf(() => it.next())).toBe('Cannot retrieve the next object: iterator has reached the end.');
  });

  test('moveTo changes the parent; only the owner may trash', () => {
    const { emu, DriveApp, savedDoc } = setup();
    const file = DriveApp.getFileById(savedDoc('Biên bản', 'x'));
    const folder = DriveApp.createFolder('Lưu trữ');
    file.moveTo(folder);
    expect(names(folder.getFiles())).toEqual(['Biên bản']);
    expect(emu.documents.files(folder.getId()).map((f) => f.name)).toEqual(['Biên bản']);
    const other = emu.runAs('gk1@so.gov.vn', () => messageOf(() => DriveApp.getFileById(file.getId()).setTrashed(true)));
    expect(other).toBe(DRIVE_MESSAGES.notOwner);
  });
});

describe('PDF export and blobs', () => {
  test('getAs(PDF) of a Doc: a real PDF named by the extension rule, holding the committed text', () => {
    const { DriveApp, MimeType, savedDoc } = setup();
    const file = DriveApp.getFileById(savedDoc('QĐ khen thưởng 12.2026', 'Quyết định khen thưởng'));
    const blob = file.getAs(MimeType.PDF);
    expect([blob.getName(), blob.getContentType()]).toEqual(['QĐ khen thưởng 12.pdf', 'application/pdf']);
    const pdf = Buffer.from(blob.getBytes()).toString('latin1');
    expect(pdf.startsWith('%PDF-1.4')).toBe(true);
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(pdf).toContain('(Quyet dinh khen thuong) Tj');
    const xref = Number(/startxref\n(\d+)/.exec(pdf)?.[1]);
    expect(pdf.slice(xref, xref + 4)).toBe('xref');
    expect(messageOf(() => file.getAs(MimeType.PLAIN_TEXT))).toBe(
      'Converting from application/vnd.google-apps.document to text/plain is not supported.',
    );
  });

  test('a PDF saved with createFile keeps its bytes; its getAs(PDF) gives them back', () => {
    const { emu, DriveApp, MimeType, savedDoc } = setup();
    const folder = DriveApp.createFolder('PDF');
    const blob = DriveApp.getFileById(savedDoc('Giấy khen', 'Tặng')).getAs(MimeType.PDF);
    const pdfFile = folder.createFile(blob);
    expect([pdfFile.getName(), pdfFile.getMimeType()]).toEqual(['Giấy khen.pdf', 'application/pdf']);
    expect(pdfFile.getAs(MimeType.PDF).getBytes()).toEqual(blob.getBytes());
    expect(emu.documents.pdfBytes(pdfFile.getId())).toEqual(Buffer.from(blob.getBytes()));
  });

  test('blob bytes are signed like Apps Script’s, and copies are independent', () => {
    const { DriveApp, MimeType } = setup();
    const file = DriveApp.createFile('ghi-chu.txt', 'Đạt', MimeType.PLAIN_TEXT);
    const blob = file.getBlob();
    expect(blob.getBytes()).toEqual([-60, -112, -31, -70, -95, 116]); // UTF-8 C4 90 E1 BA A1 74
    expect(blob.getDataAsString()).toBe('Đạt');
    const copy = blob.copyBlob().setName('khac.txt');
    expect([blob.getName(), copy.getName()]).toEqual(['ghi-chu.txt', 'khac.txt']);
  });

  test('MimeType holds the values Drive reports', () => {
    const { MimeType } = setup();
    expect([MimeType.GOOGLE_DOCS, MimeType.PDF, MimeType.FOLDER]).toEqual([
      'application/vnd.google-apps.document', 'application/pdf', 'application/vnd.google-apps.folder',
    ]);
  });
});
