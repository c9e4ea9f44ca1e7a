/**
 * DriveApp over an in-memory Drive (one per emulator): folders, uploaded files (bytes) and Google
 * Docs (committed content, `docs-model.ts`). Sharing is not emulated: every user reaches every
 * item by id or name; each user has a root folder ("My Drive") made on first use.
 */
import { BlobImpl, blobOf, conversionUnsupported, convertedName, PDF_MIME } from './blob';
import { cloneContent, type DocContent } from './docs-model';
import { renderPdf } from './docs-pdf';
import { fail } from './errors';
import type { Runtime } from './runtime';

type GasFile = GoogleAppsScript.Drive.File;
type GasFolder = GoogleAppsScript.Drive.Folder;
type GasBlob = GoogleAppsScript.Base.Blob;

/** The `MimeType` global: the values Apps Script's enum members print as. */
export const MIME_TYPES: GoogleAppsScript.Base.MimeType = Object.freeze({
  GOOGLE_APPS_SCRIPT: 'application/vnd.google-apps.script',
  GOOGLE_DRAWINGS: 'application/vnd.google-apps.drawing',
  GOOGLE_DOCS: 'application/vnd.google-apps.document',
  GOOGLE_FORMS: 'application/vnd.google-apps.form',
  GOOGLE_SHEETS: 'application/vnd.google-apps.spreadsheet',
  GOOGLE_SITES: 'application/vnd.google-apps.site',
  GOOGLE_SLIDES: 'application/vnd.google-apps.presentation',
  FOLDER: 'application/vnd.google-apps.folder',
  SHORTCUT: 'application/vnd.google-apps.shortcut',
  BMP: 'image/bmp',
  GIF: 'image/gif',
  JPEG: 'image/jpeg',
  PNG: 'image/png',
  SVG: 'image/svg+xml',
  PDF: PDF_MIME,
  CSS: 'text/css',
  CSV: 'text/csv',
  HTML: 'text/html',
  JAVASCRIPT: 'application/javascript',
  PLAIN_TEXT: 'text/plain',
  RTF: 'application/rtf',
  OPENDOCUMENT_GRAPHICS: 'application/vnd.oasis.opendocument.graphics',
  OPENDOCUMENT_PRESENTATION: 'application/vnd.oasis.opendocument.presentation',
  OPENDOCUMENT_SPREADSHEET: 'application/vnd.oasis.opendocument.spreadsheet',
  OPENDOCUMENT_TEXT: 'application/vnd.oasis.opendocument.text',
  MICROSOFT_EXCEL: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  MICROSOFT_EXCEL_LEGACY: 'application/vnd.ms-excel',
  MICROSOFT_POWERPOINT: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  MICROSOFT_POWERPOINT_LEGACY: 'application/vnd.ms-powerpoint',
  MICROSOFT_WORD: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  MICROSOFT_WORD_LEGACY: 'application/msword',
  ZIP: 'application/zip',
});

export const DRIVE_SCOPE = 'https://www.googleapis.com/auth/drive';

/** Texts of DriveApp failures (README "Documents and Drive" gives their sources). */
export const DRIVE_MESSAGES = {
  /** The Drive lookup failure practitioners quote (ErrorHandler library's list of known errors). */
  notFound: 'No item with the given ID could be found, or you do not have permission to access it.',
  /** Practitioners' code compares e.message with it after next() on an exhausted iterator. */
  iteratorEnd: 'Cannot retrieve the next object: iterator has reached the end.',
  /** Research §5.2: "Only the owner may trash the File."; the text is the DriveApp denial practitioners report. */
  notOwner: 'Access denied: DriveApp.',
} as const;

export interface DriveItem {
  readonly id: string;
  name: string;
  readonly mimeType: string;
  parents: string[];
  readonly owner: string;
  /** Trashed itself; an item inside a trashed folder counts as trashed too (`DriveStore.isTrashed`). */
  trashed: boolean;
  readonly created: number;
  updated: number;
  /** Bytes of an uploaded file; absent for folders and Google Docs. */
  bytes?: Uint8Array;
  /** Committed content of a Google Doc. */
  doc?: DocContent;
}

export class DriveStore {
  readonly items = new Map<string, DriveItem>();
  private readonly roots = new Map<string, string>();
  private next = 1;

  constructor(private readonly now: () => number) {}

  add(fields: { name: string; mimeType: string; parents: string[]; owner: string; bytes?: Uint8Array; doc?: DocContent }): DriveItem {
    const prefix = fields.mimeType === MIME_TYPES.FOLDER ? 'folder' : fields.mimeType === MIME_TYPES.GOOGLE_DOCS ? 'doc' : 'file';
    const at = this.now();
    const item: DriveItem = { id: `emu-${prefix}-${this.next++}`, trashed: false, created: at, updated: at, ...fields };
    this.items.set(item.id, item);
    return item;
  }

  /** A user's "My Drive", made on first use. */
  root(user: string): DriveItem {
    const id = this.roots.get(user);
    if (id) return this.items.get(id) as DriveItem;
    const root = this.add({ name: 'My Drive', mimeType: MIME_TYPES.FOLDER, parents: [], owner: user });
    this.roots.set(user, root.id);
    return root;
  }

  isFolder(item: DriveItem): boolean {
    return item.mimeType === MIME_TYPES.FOLDER;
  }

  isTrashed(item: DriveItem): boolean {
    if (item.trashed) return true;
    return item.parents.some((p) => {
      const parent = this.items.get(p);
      return parent !== undefined && this.isTrashed(parent);
    });
  }

  /** Items not in the trash, in creation order; `folderId` keeps the children of one folder. */
  list(filter: (item: DriveItem) => boolean, folderId?: string): DriveItem[] {
    return [...this.items.values()].filter(
      (i) => (folderId === undefined || i.parents.includes(folderId)) && !this.isTrashed(i) && filter(i),
    );
  }

  /** Replaces a Doc's committed content (saveAndClose, the end of an execution, a Docs API write). */
  commitDoc(item: DriveItem, content: DocContent): void {
    item.doc = content;
    item.updated = this.now();
  }

  /** The committed content of a Google Doc, or undefined when `id` names no Doc. */
  docContent(id: string): DocContent | undefined {
    return this.items.get(id)?.doc;
  }

  /** What getAs('application/pdf') returns for a Doc: its committed content as a PDF. */
  pdfOf(item: DriveItem): Uint8Array {
    return item.doc ? renderPdf(item.doc, item.name) : (item.bytes ?? new Uint8Array());
  }
}

function fileUrl(item: DriveItem): string {
  return item.mimeType === MIME_TYPES.GOOGLE_DOCS
    ? `https://docs.google.com/document/d/${item.id}/edit?usp=drivesdk`
    : `https://drive.google.com/file/d/${item.id}/view?usp=drivesdk`;
}

/** FileIterator and FolderIterator over a snapshot taken when the iterator was made. */
class DriveIterator<T> {
  private index = 0;

  constructor(
    private readonly rt: Runtime,
    private readonly label: 'FileIterator' | 'FolderIterator',
    private readonly items: T[],
  ) {}

  hasNext(): boolean {
    this.rt.call(`${this.label}.hasNext`);
    return this.index < this.items.length;
  }

  next(): T {
    this.rt.call(`${this.label}.next`);
    if (this.index >= this.items.length) fail(DRIVE_MESSAGES.iteratorEnd);
    return this.items[this.index++];
  }

  getContinuationToken(): string {
    this.rt.call(`${this.label}.getContinuationToken`);
    return `emulator-${this.label}-${this.index}`;
  }
}

/** Shared by DriveApp, Folder and File: views, lookups and the checks every Drive call makes. */
export class DriveService {
  constructor(
    readonly rt: Runtime,
    readonly store: DriveStore,
  ) {}

  enter(method: string): void {
    this.rt.call(method);
    this.rt.requireFullAuth(method, DRIVE_SCOPE);
  }

  user(): string {
    return this.rt.current().effectiveUser;
  }

  file(item: DriveItem): GasFile {
    return new FileImpl(this, item) as unknown as GasFile;
  }

  folder(item: DriveItem): GasFolder {
    return new FolderImpl(this, item) as unknown as GasFolder;
  }

  fileById(id: string): DriveItem {
    const item = this.store.items.get(String(id));
    if (!item || this.store.isFolder(item)) fail(DRIVE_MESSAGES.notFound);
    return item;
  }

  folderById(id: string): DriveItem {
    const item = this.store.items.get(String(id));
    if (!item || !this.store.isFolder(item)) fail(DRIVE_MESSAGES.notFound);
    return item;
  }

  files(items: DriveItem[]): GoogleAppsScript.Drive.FileIterator {
    return new DriveIterator(this.rt, 'FileIterator', items.map((i) => this.file(i))) as unknown as GoogleAppsScript.Drive.FileIterator;
  }

  folders(items: DriveItem[]): GoogleAppsScript.Drive.FolderIterator {
    return new DriveIterator(this.rt, 'FolderIterator', items.map((i) => this.folder(i))) as unknown as GoogleAppsScript.Drive.FolderIterator;
  }

  createFile(parent: DriveItem, source: GoogleAppsScript.Base.BlobSource | string, content?: string, mimeType?: string): GasFile {
    if (typeof source === 'string') {
      const type = mimeType === undefined ? MIME_TYPES.PLAIN_TEXT : String(mimeType);
      if (type.startsWith('application/vnd.google-apps.')) throw new Error(`emulator: createFile cannot make a ${type} file`);
      const bytes = new TextEncoder().encode(String(content ?? ''));
      return this.file(this.store.add({ name: source, mimeType: type, parents: [parent.id], owner: this.user(), bytes }));
    }
    const blob = blobOf(source).contents();
    const name = blob.name || 'Untitled';
    const type = blob.contentType ?? 'application/octet-stream';
    return this.file(this.store.add({ name, mimeType: type, parents: [parent.id], owner: this.user(), bytes: blob.bytes.slice() }));
  }

  createFolder(parent: DriveItem, name: string): GasFolder {
    return this.folder(this.store.add({ name: String(name), mimeType: MIME_TYPES.FOLDER, parents: [parent.id], owner: this.user() }));
  }

  parents(item: DriveItem): GoogleAppsScript.Drive.FolderIterator {
    const parents = item.parents.map((p) => this.store.items.get(p)).filter((p): p is DriveItem => p !== undefined);
    return this.folders(parents);
  }

  setTrashed(item: DriveItem, trashed: boolean): void {
    if (item.owner !== this.user()) fail(DRIVE_MESSAGES.notOwner);
    item.trashed = Boolean(trashed);
    item.updated = this.rt.clock.now();
  }
}

type DriveAppApi = Pick<
  GoogleAppsScript.Drive.DriveApp,
  'getRootFolder' | 'createFolder' | 'createFile' | 'getFolderById' | 'getFileById' | 'getFilesByName' | 'getFoldersByName'
>;

export class DriveAppImpl implements DriveAppApi {
  constructor(private readonly drive: DriveService) {}

  getRootFolder(): GasFolder {
    this.drive.enter('DriveApp.getRootFolder');
    return this.drive.folder(this.drive.store.root(this.drive.user()));
  }

  createFolder(name: string): GasFolder {
    this.drive.enter('DriveApp.createFolder');
    return this.drive.createFolder(this.drive.store.root(this.drive.user()), name);
  }

  createFile(blob: GoogleAppsScript.Base.BlobSource): GasFile;
  createFile(name: string, content: string, mimeType?: string): GasFile;
  createFile(source: GoogleAppsScript.Base.BlobSource | string, content?: string, mimeType?: string): GasFile {
    this.drive.enter('DriveApp.createFile');
    return this.drive.createFile(this.drive.store.root(this.drive.user()), source, content, mimeType);
  }

  getFolderById(id: string): GasFolder {
    this.drive.enter('DriveApp.getFolderById');
    return this.drive.folder(this.drive.folderById(id));
  }

  getFileById(id: string): GasFile {
    this.drive.enter('DriveApp.getFileById');
    return this.drive.file(this.drive.fileById(id));
  }

  getFilesByName(name: string): GoogleAppsScript.Drive.FileIterator {
    this.drive.enter('DriveApp.getFilesByName');
    return this.drive.files(this.drive.store.list((i) => !this.drive.store.isFolder(i) && i.name === String(name)));
  }

  getFoldersByName(name: string): GoogleAppsScript.Drive.FolderIterator {
    this.drive.enter('DriveApp.getFoldersByName');
    return this.drive.folders(this.drive.store.list((i) => this.drive.store.isFolder(i) && i.name === String(name)));
  }
}

type FolderApi = Pick<
  GasFolder,
  | 'getId' | 'getName' | 'setName' | 'getUrl' | 'createFolder' | 'createFile' | 'getFiles' | 'getFilesByName' | 'getFolders'
  | 'getFoldersByName' | 'getParents' | 'setTrashed' | 'isTrashed' | 'getDateCreated' | 'getLastUpdated'
>;

export class FolderImpl implements FolderApi {
  constructor(
    private readonly drive: DriveService,
    readonly item: DriveItem,
  ) {}

  private self(): GasFolder {
    return this as unknown as GasFolder;
  }

  getId(): string {
    this.drive.enter('Folder.getId');
    return this.item.id;
  }

  getName(): string {
    this.drive.enter('Folder.getName');
    return this.item.name;
  }

  setName(name: string): GasFolder {
    this.drive.enter('Folder.setName');
    this.item.name = String(name);
    this.item.updated = this.drive.rt.clock.now();
    return this.self();
  }

  getUrl(): string {
    this.drive.enter('Folder.getUrl');
    return `https://drive.google.com/drive/folders/${this.item.id}`;
  }

  getDateCreated(): GoogleAppsScript.Base.Date {
    this.drive.enter('Folder.getDateCreated');
    return new Date(this.item.created);
  }

  getLastUpdated(): GoogleAppsScript.Base.Date {
    this.drive.enter('Folder.getLastUpdated');
    return new Date(this.item.updated);
  }

  createFolder(name: string): GasFolder {
    this.drive.enter('Folder.createFolder');
    return this.drive.createFolder(this.item, name);
  }

  createFile(blob: GoogleAppsScript.Base.BlobSource): GasFile;
  createFile(name: string, content: string, mimeType?: string): GasFile;
  createFile(source: GoogleAppsScript.Base.BlobSource | string, content?: string, mimeType?: string): GasFile {
    this.drive.enter('Folder.createFile');
    return this.drive.createFile(this.item, source, content, mimeType);
  }

  getFiles(): GoogleAppsScript.Drive.FileIterator {
    this.drive.enter('Folder.getFiles');
    return this.drive.files(this.drive.store.list((i) => !this.drive.store.isFolder(i), this.item.id));
  }

  getFilesByName(name: string): GoogleAppsScript.Drive.FileIterator {
    this.drive.enter('Folder.getFilesByName');
    return this.drive.files(this.drive.store.list((i) => !this.drive.store.isFolder(i) && i.name === String(name), this.item.id));
  }

  getFolders(): GoogleAppsScript.Drive.FolderIterator {
    this.drive.enter('Folder.getFolders');
    return this.drive.folders(this.drive.store.list((i) => this.drive.store.isFolder(i), this.item.id));
  }

  getFoldersByName(name: string): GoogleAppsScript.Drive.FolderIterator {
    this.drive.enter('Folder.getFoldersByName');
    return this.drive.folders(this.drive.store.list((i) => this.drive.store.isFolder(i) && i.name === String(name), this.item.id));
  }

  getParents(): GoogleAppsScript.Drive.FolderIterator {
    this.drive.enter('Folder.getParents');
    return this.drive.parents(this.item);
  }

  setTrashed(trashed: boolean): GasFolder {
    this.drive.enter('Folder.setTrashed');
    this.drive.setTrashed(this.item, trashed);
    return this.self();
  }

  isTrashed(): boolean {
    this.drive.enter('Folder.isTrashed');
    return this.drive.store.isTrashed(this.item);
  }
}

type FileApi = Pick<
  GasFile,
  | 'getId' | 'getName' | 'setName' | 'getUrl' | 'getMimeType' | 'getDateCreated' | 'getLastUpdated' | 'makeCopy' | 'getAs'
  | 'getBlob' | 'moveTo' | 'getParents' | 'setTrashed' | 'isTrashed'
>;

export class FileImpl implements FileApi {
  constructor(
    private readonly drive: DriveService,
    readonly item: DriveItem,
  ) {}

  private self(): GasFile {
    return this as unknown as GasFile;
  }

  getId(): string {
    this.drive.enter('File.getId');
    return this.item.id;
  }

  getName(): string {
    this.drive.enter('File.getName');
    return this.item.name;
  }

  setName(name: string): GasFile {
    this.drive.enter('File.setName');
    this.item.name = String(name);
    this.item.updated = this.drive.rt.clock.now();
    return this.self();
  }

  getUrl(): string {
    this.drive.enter('File.getUrl');
    return fileUrl(this.item);
  }

  getMimeType(): string {
    this.drive.enter('File.getMimeType');
    return this.item.mimeType;
  }

  getDateCreated(): GoogleAppsScript.Base.Date {
    this.drive.enter('File.getDateCreated');
    return new Date(this.item.created);
  }

  getLastUpdated(): GoogleAppsScript.Base.Date {
    this.drive.enter('File.getLastUpdated');
    return new Date(this.item.updated);
  }

  /**
   * `()`, `(name)`, `(folder)` or `(name, folder)`. Without a folder the copy goes where the
   * original is (the Drive API's files.copy default); without a name it is "Copy of <name>"
   * [unverified for DriveApp]. A Doc's copy deep-copies the committed content: edits buffered
   * by DocumentApp and not yet saved are not in it.
   */
  makeCopy(a?: string | GasFolder, b?: GasFolder): GasFile {
    this.drive.enter('File.makeCopy');
    const folderArg = a instanceof FolderImpl ? a : b instanceof FolderImpl ? b : undefined;
    const name = typeof a === 'string' ? a : `Copy of ${this.item.name}`;
    const copy = this.drive.store.add({
      name,
      mimeType: this.item.mimeType,
      parents: folderArg ? [folderArg.item.id] : [...this.item.parents],
      owner: this.drive.user(),
      ...(this.item.bytes ? { bytes: this.item.bytes.slice() } : {}),
      ...(this.item.doc ? { doc: cloneContent(this.item.doc) } : {}),
    });
    return this.drive.file(copy);
  }

  /** A Doc converts to PDF only (its committed content); a PDF file gives its own bytes. */
  getAs(contentType: string): GasBlob {
    this.drive.enter('File.getAs');
    if (String(contentType) !== PDF_MIME || (this.item.mimeType !== MIME_TYPES.GOOGLE_DOCS && this.item.mimeType !== PDF_MIME)) {
      fail(conversionUnsupported(this.item.mimeType, String(contentType)));
    }
    return new BlobImpl(this.drive.rt, this.drive.store.pdfOf(this.item), PDF_MIME, convertedName(this.item.name, 'pdf')) as unknown as GasBlob;
  }

  /** A Doc's blob is its PDF, as for Document.getBlob(); other files give their bytes. */
  getBlob(): GasBlob {
    this.drive.enter('File.getBlob');
    if (this.item.doc) {
      return new BlobImpl(this.drive.rt, this.drive.store.pdfOf(this.item), PDF_MIME, convertedName(this.item.name, 'pdf')) as unknown as GasBlob;
    }
    return new BlobImpl(this.drive.rt, (this.item.bytes ?? new Uint8Array()).slice(), this.item.mimeType, this.item.name) as unknown as GasBlob;
  }

  moveTo(destination: GasFolder): GasFile {
    this.drive.enter('File.moveTo');
    if (!(destination instanceof FolderImpl)) throw new Error('emulator: moveTo takes a Folder made by the emulator');
    this.item.parents = [destination.item.id];
    this.item.updated = this.drive.rt.clock.now();
    return this.self();
  }

  getParents(): GoogleAppsScript.Drive.FolderIterator {
    this.drive.enter('File.getParents');
    return this.drive.parents(this.item);
  }

  setTrashed(trashed: boolean): GasFile {
    this.drive.enter('File.setTrashed');
    this.drive.setTrashed(this.item, trashed);
    return this.self();
  }

  isTrashed(): boolean {
    this.drive.enter('File.isTrashed');
    return this.drive.store.isTrashed(this.item);
  }
}
