import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { BlobTooLargeError } from './blob-store.js';

/**
 * Passes bytes through while counting and hashing them, and fails the stream as soon as it
 * runs past `maxBytes`, so that an oversized body is refused before it is all written.
 */
export class BlobMeter extends Transform {
  size = 0;
  private readonly hash = createHash('sha256');

  constructor(private readonly maxBytes = Number.POSITIVE_INFINITY) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) {
      done(new BlobTooLargeError(this.maxBytes));
      return;
    }
    this.hash.update(chunk);
    done(null, chunk);
  }

  /** The SHA-256 of everything that passed, once the stream has finished. */
  sha256(): string {
    return this.hash.copy().digest('hex');
  }
}
