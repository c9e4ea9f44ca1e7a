/**
 * Blob: bytes with a name and a content type, as DriveApp and DocumentApp hand them out. Bytes are
 * returned as Apps Script returns them, signed (-128…127).
 */
import { fail } from './errors';
import type { Runtime } from './runtime';

type GasBlob = GoogleAppsScript.Base.Blob;

export const PDF_MIME = 'application/pdf';

/** Practitioners quote it for getAs of a type Drive cannot convert to (e.g. a Doc to text/plain). */
export function conversionUnsupported(from: string, to: string): string {
  return `Converting from ${from} to ${to} is not supported.`;
}

/**
 * The name a converted blob gets. File.getAs (research §5.2): "assumes that the part of the
 * filename that follows the last period (if any) is an existing extension that should be
 * replaced. Consequently, 'ShoppingList.12.25.2014' becomes 'ShoppingList.12.25.pdf'".
 */
export function convertedName(name: string, extension: string): string {
  const dot = name.lastIndexOf('.');
  return `${dot >= 0 ? name.slice(0, dot) : name}.${extension}`;
}

function toSigned(bytes: Uint8Array): number[] {
  return Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
}

type BlobApi = Pick<
  GasBlob,
  'getName' | 'setName' | 'getContentType' | 'setContentType' | 'getBytes' | 'getDataAsString' | 'copyBlob' | 'getAs' | 'getBlob' | 'isGoogleType'
>;

export class BlobImpl implements BlobApi {
  constructor(
    private readonly rt: Runtime,
    private bytes: Uint8Array,
    private contentType: string | null,
    private name: string | null,
  ) {}

  /** Name, type and bytes, unmetered: what Drive stores from a blob. */
  contents(): { name: string | null; contentType: string | null; bytes: Uint8Array } {
    return { name: this.name, contentType: this.contentType, bytes: this.bytes };
  }

  getName(): string | null {
    this.rt.call('Blob.getName');
    return this.name;
  }

  setName(name: string): GasBlob {
    this.rt.call('Blob.setName');
    this.name = String(name);
    return this as unknown as GasBlob;
  }

  getContentType(): string | null {
    this.rt.call('Blob.getContentType');
    return this.contentType;
  }

  setContentType(contentType: string | null): GasBlob {
    this.rt.call('Blob.setContentType');
    this.contentType = contentType === null ? null : String(contentType);
    return this as unknown as GasBlob;
  }

  getBytes(): GoogleAppsScript.Byte[] {
    this.rt.call('Blob.getBytes');
    return toSigned(this.bytes);
  }

  /** UTF-8 unless another charset Node knows is named. */
  getDataAsString(charset = 'UTF-8'): string {
    this.rt.call('Blob.getDataAsString');
    return new TextDecoder(String(charset).toLowerCase()).decode(this.bytes);
  }

  copyBlob(): GasBlob {
    this.rt.call('Blob.copyBlob');
    return new BlobImpl(this.rt, this.bytes.slice(), this.contentType, this.name) as unknown as GasBlob;
  }

  /** A PDF blob converts to PDF (itself, renamed); nothing else converts here. */
  getAs(contentType: string): GasBlob {
    this.rt.call('Blob.getAs');
    const from = this.contentType ?? 'application/octet-stream';
    if (String(contentType) !== PDF_MIME || from !== PDF_MIME) fail(conversionUnsupported(from, String(contentType)));
    const name = this.name === null ? null : convertedName(this.name, 'pdf');
    return new BlobImpl(this.rt, this.bytes.slice(), PDF_MIME, name) as unknown as GasBlob;
  }

  getBlob(): GasBlob {
    this.rt.call('Blob.getBlob');
    return this as unknown as GasBlob;
  }

  isGoogleType(): boolean {
    this.rt.call('Blob.isGoogleType');
    return false;
  }
}

/** The emulator's Blob behind a BlobSource, or an `emulator:` error for a foreign object. */
export function blobOf(source: GoogleAppsScript.Base.BlobSource): BlobImpl {
  if (source instanceof BlobImpl) return source;
  const blob = typeof source?.getBlob === 'function' ? source.getBlob() : undefined;
  if (!(blob instanceof BlobImpl)) throw new Error('emulator: createFile takes a Blob made by the emulator (getAs, getBlob)');
  return blob;
}
