// DocumentFilesPort over DriveApp, DocumentApp and the Docs advanced service. Making a document
// costs the same number of calls whatever its length and however many placeholders it has: one
// copy, one Docs batchUpdate for every value (research/apps-script-platform.md §2.1: one write
// request instead of one replaceText call per placeholder), a fixed handful of DocumentApp calls
// per table, one save, one PDF export.
//
// Scopes: DocumentApp and Docs need `documents`; Drive files are only ever ones this add-on
// created (the folder, the templates, their copies and PDFs), which is what `drive.file` allows.

import type { DocumentModel, FillData, TableData } from '../core/documents/document-model';
import { DECREE_FONT, placeholder } from '../core/documents/document-model';
import { fillReplacements } from '../core/documents/fill-requests';
import type { DocumentFilesPort, StoredFile } from '../app/ports';
import { writeDocument } from './document-writer';

type Folder = GoogleAppsScript.Drive.Folder;

const PDF = 'application/pdf';
/** Size of table text: a little under the body's 14 so that wide annex tables fit the page. */
const TABLE_FONT_SIZE = 12;

/** RE2 needs these escaped in findText's pattern (research/apps-script-platform.md §5.2). */
function literalPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function stored(file: { getId(): string; getUrl(): string }): StoredFile {
  return { id: file.getId(), url: file.getUrl() };
}

export class GoogleDocuments implements DocumentFilesPort {
  private readonly folders = new Map<string, Folder>();

  private folderById(id: string): Folder {
    let folder = this.folders.get(id);
    if (!folder) {
      folder = DriveApp.getFolderById(id);
      this.folders.set(id, folder);
    }
    return folder;
  }

  folder(id: string | null, name: string): StoredFile {
    if (id) {
      try {
        const existing = this.folderById(id);
        if (!existing.isTrashed()) return stored(existing);
      } catch {
        // Deleted for good, or no longer shared with this user: a new folder takes its place.
      }
    }
    const created = DriveApp.createFolder(name);
    this.folders.set(created.getId(), created);
    return stored(created);
  }

  createDocument(model: DocumentModel, folderId: string): StoredFile {
    const document = DocumentApp.create(model.name);
    const id = document.getId();
    const url = document.getUrl();
    writeDocument(document, model);
    DriveApp.getFileById(id).moveTo(this.folderById(folderId));
    return { id, url };
  }

  isAvailable(fileId: string): boolean {
    try {
      return !DriveApp.getFileById(fileId).isTrashed();
    } catch {
      return false;
    }
  }

  textOf(fileId: string): string {
    return DocumentApp.openById(fileId).getBody().getText();
  }

  findInFolder(folderId: string, name: string): StoredFile | null {
    const files = this.folderById(folderId).getFilesByName(name);
    return files.hasNext() ? stored(files.next()) : null;
  }

  copy(templateId: string, folderId: string, name: string): StoredFile {
    return stored(DriveApp.getFileById(templateId).makeCopy(name, this.folderById(folderId)));
  }

  fill(documentId: string, fill: FillData): void {
    const requests = fillReplacements(fill.values).map((r) => ({ replaceAllText: { containsText: { text: r.find, matchCase: true }, replaceText: r.replace } }));
    if (requests.length > 0) {
      if (!Docs) throw new Error('The Google Docs API advanced service (Docs) is not enabled for this script.');
      Docs.Documents!.batchUpdate({ requests }, documentId);
    }
    const tables = Object.entries(fill.tables);
    if (tables.length === 0) return;
    // Opened after the batchUpdate, so DocumentApp sees the filled text.
    const document = DocumentApp.openById(documentId);
    const body = document.getBody();
    for (const [name, table] of tables) insertTable(body, name, table);
    document.saveAndClose();
  }

  exportPdf(documentId: string, folderId: string, name: string): StoredFile {
    const blob = DriveApp.getFileById(documentId).getAs(PDF).setName(`${name}.pdf`);
    return stored(this.folderById(folderId).createFile(blob));
  }
}

/**
 * The body paragraph that holds only the table's placeholder. The same text typed by a user (a
 * place name "{{danh_sach_giai}}") may come first, inside a header table or a sentence: it is not
 * where the table goes, and is passed over.
 */
function placeholderParagraph(body: GoogleAppsScript.Document.Body, name: string): GoogleAppsScript.Document.Element | null {
  const pattern = literalPattern(placeholder(name));
  for (let found = body.findText(pattern); found; found = body.findText(pattern, found)) {
    const paragraph = found.getElement().getParent();
    const inBody = paragraph.getType() === DocumentApp.ElementType.PARAGRAPH && paragraph.getParent().getType() === DocumentApp.ElementType.BODY_SECTION;
    if (inBody && paragraph.asParagraph().getText().trim() === placeholder(name)) return paragraph;
  }
  return null;
}

/**
 * Puts the table where its placeholder paragraph is. A document where it is not found is one a
 * resumed run already filled, or a template the secretariat edited without it: nothing to do.
 */
function insertTable(body: GoogleAppsScript.Document.Body, name: string, table: TableData): void {
  const paragraph = placeholderParagraph(body, name);
  if (!paragraph) return;
  const cells = [table.header, ...table.rows, ...(table.footer ? [table.footer] : [])];
  const inserted = body.insertTable(body.getChildIndex(paragraph), cells);
  paragraph.removeFromParent();
  inserted.setBorderWidth(1);
  // A new table's text takes Docs' default font, not the body's.
  inserted.editAsText().setFontFamily(DECREE_FONT.family).setFontSize(TABLE_FONT_SIZE);
  inserted.getRow(0).editAsText().setBold(true);
  if (table.footer) inserted.getRow(cells.length - 1).editAsText().setBold(true);
  table.columnWidths?.forEach((width, i) => inserted.setColumnWidth(i, width));
}
