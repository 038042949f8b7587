import { Readable } from 'node:stream';

/**
 * Where attachments' bytes live, behind one small interface: Cloud Storage in production
 * (and against the Storage emulator), a directory on disk where no bucket is reachable
 * (the emulators on a machine that cannot run the Storage emulator). Paths are relative,
 * `/`-separated and made of plain segments, so that no caller can reach outside the store.
 */
export type BlobBody = Readable | Uint8Array;

export interface PutOptions {
  contentType: string;
  /** Refuse (and keep nothing of) a body longer than this, counted while it streams. */
  maxBytes?: number;
}

export interface StoredBlob {
  path: string;
  size: number;
  /** SHA-256 of the bytes written, lowercase hex. */
  sha256: string;
}

export interface BlobStore {
  readonly kind: BlobStoreKind;
  /** Writes the whole body or nothing: a refused or failed write leaves no blob behind. */
  put(path: string, body: BlobBody, options: PutOptions): Promise<StoredBlob>;
  /** The blob's bytes; `BlobNotFoundError` if there is none. */
  read(path: string): Promise<Readable>;
  /** Removes the blob; removing one that does not exist is not an error. */
  delete(path: string): Promise<void>;
  exists(path: string): Promise<boolean>;
}

export const BLOB_STORE_KINDS = ['gcs', 'local'] as const;
export type BlobStoreKind = (typeof BLOB_STORE_KINDS)[number];

export class BlobTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The body is longer than ${maxBytes} bytes`);
    this.name = 'BlobTooLargeError';
  }
}

export class BlobNotFoundError extends Error {
  constructor(readonly path: string) {
    super(`No blob at ${path}`);
    this.name = 'BlobNotFoundError';
  }
}

const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}$/;

/** Throws unless `path` is relative, `/`-separated and every segment is a plain name. */
export function assertBlobPath(path: string): void {
  const segments = path.split('/');
  const plain = segments.every((s) => SEGMENT.test(s) && s !== '.' && s !== '..');
  if (!plain || path.length > 1024)
    throw new Error(`Not a valid blob path: ${JSON.stringify(path)}`);
}

export function readableOf(body: BlobBody): Readable {
  // One chunk: `Readable.from(buffer)` would iterate it byte by byte.
  return body instanceof Readable
    ? body
    : Readable.from([Buffer.from(body.buffer, body.byteOffset, body.byteLength)]);
}

export function assertNotTooLarge(body: BlobBody, maxBytes: number | undefined): void {
  if (maxBytes !== undefined && !(body instanceof Readable) && body.byteLength > maxBytes) {
    throw new BlobTooLargeError(maxBytes);
  }
}
