import { pipeline, Transform, type Readable, type TransformCallback } from 'node:stream';
import { checkReceivedFile, type FileCheck } from '../domain/uploads/check-file.js';
import {
  SAMPLE_HEAD_BYTES,
  SAMPLE_TAIL_BYTES,
  sampleOfBytes,
  type FileSample,
} from '../domain/uploads/file-sample.js';
import { uploadErrors, type UploadError } from '../domain/uploads/upload-errors.js';
import type { UploadLimits } from '../domain/uploads/upload-limits.js';
import { BlobTooLargeError, type BlobStore, type StoredBlob } from '../storage/blob-store.js';

export interface IncomingFile {
  /** The bytes: whole when the platform has read them already, or a stream. */
  body: Buffer | Readable;
  originalName: string;
  declaredContentType?: string | undefined;
}

export type ReceivedFile =
  | { ok: true; blob: StoredBlob; check: Extract<FileCheck, { ok: true }> }
  | { ok: false; error: UploadError };

/**
 * Puts an incoming file in the store at `path` if it passes the checks, and leaves nothing
 * there if it does not. Bytes held whole are checked before anything is written. A stream is
 * written as it arrives (its first and last bytes kept for the type check), cut off as soon
 * as it passes the size limit, and removed again if the completed file is refused.
 */
export async function receiveFile(
  store: BlobStore,
  path: string,
  file: IncomingFile,
  limits: UploadLimits,
): Promise<ReceivedFile> {
  const facts = { originalName: file.originalName, declaredContentType: file.declaredContentType };
  if (Buffer.isBuffer(file.body)) {
    const check = checkReceivedFile({ ...facts, sample: sampleOfBytes(file.body) }, limits);
    if (!check.ok) return check;
    const blob = await store.put(path, file.body, {
      contentType: check.type.contentType,
      maxBytes: limits.maxFileBytes,
    });
    return { ok: true, blob, check };
  }

  const sampler = new FileSampler();
  let blob: StoredBlob;
  try {
    // The real type is known only at the end; the record, not the blob, is what says it.
    blob = await store.put(
      path,
      pipeline(file.body, sampler, () => undefined),
      {
        contentType: 'application/octet-stream',
        maxBytes: limits.maxFileBytes,
      },
    );
  } catch (error) {
    if (error instanceof BlobTooLargeError) {
      return { ok: false, error: uploadErrors.tooLarge(limits.maxFileBytes) };
    }
    throw error;
  }
  const check = checkReceivedFile({ ...facts, sample: sampler.sample() }, limits);
  if (!check.ok) {
    await store.delete(path);
    return check;
  }
  return { ok: true, blob, check };
}

/** Passes a stream through, keeping its first and last bytes for the type check. */
export class FileSampler extends Transform {
  private head = Buffer.alloc(0);
  private tail: Buffer[] = [];
  private tailLength = 0;
  private size = 0;

  constructor(
    private readonly headBytes = SAMPLE_HEAD_BYTES,
    private readonly tailBytes = SAMPLE_TAIL_BYTES,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.head.length < this.headBytes) {
      this.head = Buffer.concat([this.head, chunk.subarray(0, this.headBytes - this.head.length)]);
    }
    this.tail.push(chunk);
    this.tailLength += chunk.length;
    while (
      this.tail.length > 1 &&
      this.tailLength - (this.tail[0]?.length ?? 0) >= this.tailBytes
    ) {
      this.tailLength -= this.tail.shift()?.length ?? 0;
    }
    done(null, chunk);
  }

  sample(): FileSample {
    const tail = Buffer.concat(this.tail);
    return {
      head: this.head,
      tail: tail.subarray(Math.max(0, tail.length - this.tailBytes)),
      size: this.size,
    };
  }
}
