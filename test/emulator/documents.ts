/**
 * DocumentApp and Document over the emulated Drive, and the unmetered inspector `emu.documents`.
 * Buffering (research §5.2, DESIGN.md §5): `openById`/`create` give the execution a working copy;
 * `saveAndClose()` or the end of the execution commits it; DriveApp (makeCopy, getAs), the Docs
 * API, `Document.getAs` and other executions see only committed content.
 */
import { BlobImpl, conversionUnsupported, convertedName, PDF_MIME } from './blob';
import { BodyImpl } from './docs-elements';
import { cloneContent, contentText, type DocContent, emptyContent } from './docs-model';
import { renderPdf } from './docs-pdf';
import { TABLE_VIEWS } from './docs-table';
import {
  Attribute, DOC_MESSAGES, DocNode, DocSession, DOCUMENTS_SCOPE, ElementType, HorizontalAlignment, VerticalAlignment,
} from './docs-session';
import { exportDocx } from './docx-export';
import { type DriveItem, type DriveStore, MIME_TYPES } from './drive';
import { fail } from './errors';
import { figureMs } from './latency';
import type { Execution, Runtime } from './runtime';

export { DOC_MESSAGES } from './docs-session';

type GasDocument = GoogleAppsScript.Document.Document;
type GasBlob = GoogleAppsScript.Base.Blob;

/** The working copies each execution holds, one per Doc while open. */
export class DocumentService {
  private readonly open = new WeakMap<Execution, Map<string, DocSession>>();

  constructor(
    readonly rt: Runtime,
    readonly store: DriveStore,
  ) {}

  /** The current execution's working copy: the one open, else a fresh copy of the committed content. */
  session(file: DriveItem): DocSession {
    const exec = this.rt.current();
    const sessions = this.open.get(exec) ?? new Map<string, DocSession>();
    this.open.set(exec, sessions);
    const existing = sessions.get(file.id);
    if (existing) return existing;
    const s = new DocSession(this.rt, file, cloneContent(file.doc ?? emptyContent()), exec, TABLE_VIEWS);
    sessions.set(file.id, s);
    return s;
  }

  /** Commits only an edited copy, so closing an unedited one never undoes someone else's save. */
  saveAndClose(s: DocSession): void {
    if (s.dirty) this.store.commitDoc(s.file, cloneContent(s.content));
    s.dirty = false;
    s.closed = true;
    this.open.get(s.execution)?.delete(s.file.id);
  }

  /**
   * "The saveAndClose() method is automatically invoked at the end of script execution for each
   * open editable Document" (research §5.2): each edited copy is committed, metered as
   * `Execution.saveAndClose` with the saveAndClose figure.
   */
  endOf(exec: Execution): void {
    for (const s of this.open.get(exec)?.values() ?? []) {
      if (s.dirty) {
        this.rt.charge('Execution.saveAndClose', this.rt.model(figureMs('docSave')), exec);
        this.store.commitDoc(s.file, cloneContent(s.content));
      }
      s.closed = true;
    }
    this.open.delete(exec);
  }
}

/**
 * Runtime has no list of end-of-execution hooks: wrap its endExecution (every path that ends an
 * execution calls it) so documents are saved before the spreadsheet buffer is flushed.
 */
export function saveDocumentsAtEndOfExecution(rt: Runtime, docs: DocumentService): void {
  const end = rt.endExecution.bind(rt);
  rt.endExecution = (exec: Execution = rt.current()): void => {
    if (!exec.ended) docs.endOf(exec);
    end(exec);
  };
}

type DocumentApi = Pick<GasDocument, 'getId' | 'getName' | 'setName' | 'getUrl' | 'getBody' | 'saveAndClose' | 'getAs' | 'getBlob'>;

export class DocumentImpl extends DocNode implements DocumentApi {
  protected readonly label = 'Document';

  constructor(
    s: DocSession,
    private readonly docs: DocumentService,
  ) {
    super(s);
  }

  getId(): string {
    this.enter('getId');
    return this.s.file.id;
  }

  getName(): string {
    this.enter('getName');
    return this.s.file.name;
  }

  /** Renames the Drive file at once: a name is Drive metadata, not buffered content. */
  setName(name: string): GasDocument {
    this.enter('setName');
    this.s.file.name = String(name);
    this.s.file.updated = this.s.rt.clock.now();
    return this as unknown as GasDocument;
  }

  /** The form Document.getUrl() is recalled to return [unverified]; File.getUrl gives the /edit form. */
  getUrl(): string {
    this.enter('getUrl');
    return `https://docs.google.com/open?id=${this.s.file.id}`;
  }

  getBody(): GoogleAppsScript.Document.Body {
    this.enter('getBody');
    return new BodyImpl(this.s) as unknown as GoogleAppsScript.Document.Body;
  }

  saveAndClose(): void {
    this.enter('saveAndClose');
    this.docs.saveAndClose(this.s);
  }

  /**
   * Research §5.2: "currently only 'application/pdf' is supported". The PDF shows the committed
   * content: edits not yet saved are missing (practitioners' blank-PDF pitfall). Another type is
   * refused with Drive's conversion text [unverified for Document.getAs].
   */
  getAs(contentType: string): GasBlob {
    this.enter('getAs');
    if (String(contentType) !== PDF_MIME) fail(conversionUnsupported(MIME_TYPES.GOOGLE_DOCS, String(contentType)));
    return this.pdf();
  }

  getBlob(): GasBlob {
    this.enter('getBlob');
    return this.pdf();
  }

  private pdf(): GasBlob {
    const { file } = this.s;
    const bytes = renderPdf(file.doc ?? emptyContent(), file.name);
    return new BlobImpl(this.s.rt, bytes, PDF_MIME, convertedName(file.name, 'pdf')) as unknown as GasBlob;
  }
}

type DocumentAppApi = Pick<
  GoogleAppsScript.Document.DocumentApp,
  'create' | 'openById' | 'Attribute' | 'ElementType' | 'HorizontalAlignment' | 'VerticalAlignment'
>;

export class DocumentAppImpl implements DocumentAppApi {
  readonly Attribute = Attribute;
  readonly ElementType = ElementType;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly VerticalAlignment = VerticalAlignment;

  constructor(private readonly docs: DocumentService) {}

  private enter(method: string): void {
    this.docs.rt.call(method);
    this.docs.rt.requireFullAuth(method, DOCUMENTS_SCOPE);
  }

  /** A new Doc in the running user's root folder: one empty paragraph, Letter, 1-inch margins. */
  create(name: string): GasDocument {
    this.enter('DocumentApp.create');
    const user = this.docs.rt.current().effectiveUser;
    const { store } = this.docs;
    const file = store.add({ name: String(name), mimeType: MIME_TYPES.GOOGLE_DOCS, parents: [store.root(user).id], owner: user, doc: emptyContent() });
    return new DocumentImpl(this.docs.session(file), this.docs) as unknown as GasDocument;
  }

  openById(id: string): GasDocument {
    this.enter('DocumentApp.openById');
    const file = this.docs.store.items.get(String(id));
    if (!file?.doc) fail(DOC_MESSAGES.missing(String(id)));
    return new DocumentImpl(this.docs.session(file), this.docs) as unknown as GasDocument;
  }
}

export interface DriveItemInfo {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  owner: string;
  trashed: boolean;
}

/** Committed Drive and Doc state, unmetered: what someone opening Drive sees. */
export interface DocumentInspector {
  /** Committed body text: one line per paragraph, table cells included. */
  text(docId: string): string;
  /** A copy of the committed content model. */
  content(docId: string): DocContent;
  /** Every item not in the trash; with `folderId`, that folder's children. */
  files(folderId?: string): DriveItemInfo[];
  /** The committed content as a .docx file. */
  exportDocx(docId: string): Promise<Buffer>;
  /** The bytes of a PDF file, or the PDF a Doc's getAs('application/pdf') would give now. */
  pdfBytes(fileId: string): Buffer;
}

export function documentInspector(store: DriveStore): DocumentInspector {
  const doc = (id: string): DocContent => {
    const content = store.docContent(id);
    if (!content) throw new Error(`emulator: no Google Doc with id ${id}`);
    return content;
  };
  return {
    text: (id) => contentText(doc(id)),
    content: (id) => cloneContent(doc(id)),
    files: (folderId) =>
      store.list(() => true, folderId).map((i) => ({
        id: i.id, name: i.name, mimeType: i.mimeType, parents: [...i.parents], owner: i.owner, trashed: store.isTrashed(i),
      })),
    exportDocx: (id) => exportDocx(doc(id)),
    pdfBytes: (id) => {
      const item = store.items.get(id);
      if (!item || (!item.doc && item.mimeType !== PDF_MIME)) throw new Error(`emulator: no PDF file or Google Doc with id ${id}`);
      return Buffer.from(store.pdfOf(item));
    },
  };
}
