/** Utilities: dates in real time zones, digests as signed bytes, base64, UUIDs, sleep on the virtual clock. */
import { types } from 'node:util'; // realm-safe: a bundle in its own VM context makes its own Dates
import { createHash, randomUUID } from 'node:crypto';
import { formatJavaDate, knownTimeZone } from './dates';
import { Charset, DigestAlgorithm } from './enums';
import { fail } from './errors';
import type { Runtime } from './runtime';

type GasUtilities = GoogleAppsScript.Utilities.Utilities;

type UtilitiesApi = Pick<
  GasUtilities,
  | 'Charset'
  | 'DigestAlgorithm'
  | 'formatDate'
  | 'formatString'
  | 'sleep'
  | 'computeDigest'
  | 'base64Encode'
  | 'base64Decode'
  | 'base64EncodeWebSafe'
  | 'base64DecodeWebSafe'
  | 'getUuid'
>;

const NODE_DIGEST: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

/** Java bytes are signed: 0xff is -1. */
function toSignedBytes(buf: Uint8Array): number[] {
  return Array.from(buf, (b) => (b > 127 ? b - 256 : b));
}

function toBuffer(data: string | number[], charset?: unknown): Buffer {
  if (typeof data === 'string') return Buffer.from(data, charset === Charset.US_ASCII ? 'latin1' : 'utf8');
  return Buffer.from(data.map((b) => b & 0xff));
}

export class UtilitiesImpl implements UtilitiesApi {
  readonly Charset = Charset;
  readonly DigestAlgorithm = DigestAlgorithm;

  constructor(private readonly rt: Runtime) {}

  formatDate(date: Date, timeZone: string, format: string): string {
    this.rt.call('Utilities.formatDate');
    if (!(types.isDate(date))) fail("The parameters (String,String,String) don't match the method signature for Utilities.formatDate.");
    return formatJavaDate(date, knownTimeZone(timeZone), format);
  }

  /** printf-style: %s, %d, %f (with precision, e.g. %.2f) and %%. */
  formatString(template: string, ...args: unknown[]): string {
    this.rt.call('Utilities.formatString');
    let i = 0;
    return template.replace(/%(\.(\d+))?([sdf%])/g, (_m, _p, precision: string | undefined, kind: string) => {
      if (kind === '%') return '%';
      const v = args[i++];
      if (kind === 'd') return String(Math.trunc(Number(v)));
      if (kind === 'f') return Number(v).toFixed(precision === undefined ? 6 : Number(precision));
      return String(v);
    });
  }

  /** Waits on the virtual clock; the time counts in the meter whatever the latency mode. */
  sleep(milliseconds: number): void {
    this.rt.call('Utilities.sleep');
    this.rt.wait('Utilities.sleep', Math.max(0, Number(milliseconds) || 0));
  }

  computeDigest(algorithm: GoogleAppsScript.Utilities.DigestAlgorithm, value: string | number[], charset?: GoogleAppsScript.Utilities.Charset): number[] {
    this.rt.call('Utilities.computeDigest');
    const name = NODE_DIGEST[String(algorithm)];
    if (!name) fail(`Unsupported digest algorithm: ${String(algorithm)}`);
    return toSignedBytes(createHash(name).update(toBuffer(value, charset)).digest());
  }

  base64Encode(data: string | number[], charset?: GoogleAppsScript.Utilities.Charset): string {
    this.rt.call('Utilities.base64Encode');
    return toBuffer(data, charset).toString('base64');
  }

  base64EncodeWebSafe(data: string | number[], charset?: GoogleAppsScript.Utilities.Charset): string {
    this.rt.call('Utilities.base64EncodeWebSafe');
    return toBuffer(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }

  base64Decode(encoded: string): number[] {
    this.rt.call('Utilities.base64Decode');
    return toSignedBytes(Buffer.from(encoded, 'base64'));
  }

  base64DecodeWebSafe(encoded: string): number[] {
    this.rt.call('Utilities.base64DecodeWebSafe');
    return toSignedBytes(Buffer.from(encoded.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
  }

  getUuid(): string {
    this.rt.call('Utilities.getUuid');
    return randomUUID();
  }
}
