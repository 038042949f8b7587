import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Storage, type Bucket } from '@google-cloud/storage';
import { BlobMeter } from './blob-meter.js';
import {
  assertBlobPath,
  assertNotTooLarge,
  BlobNotFoundError,
  readableOf,
  type BlobBody,
  type BlobStore,
  type PutOptions,
  type StoredBlob,
} from './blob-store.js';

/**
 * Blobs as objects of a Cloud Storage bucket: the project's default bucket unless one is
 * named. The client talks to the Storage emulator when STORAGE_EMULATOR_HOST is set (or the
 * Firebase CLI's FIREBASE_STORAGE_EMULATOR_HOST). Uploads are single requests, not
 * resumable sessions: an interrupted or refused one never becomes an object.
 */
export class GcsBlobStore implements BlobStore {
  readonly kind = 'gcs' as const;

  constructor(readonly bucket: Bucket) {}

  static open(bucketName?: string): GcsBlobStore {
    const name = bucketName?.trim() || defaultBucket();
    const firebaseHost = process.env.FIREBASE_STORAGE_EMULATOR_HOST;
    const storage =
      !process.env.STORAGE_EMULATOR_HOST && firebaseHost
        ? new Storage({ apiEndpoint: `http://${firebaseHost}`, projectId: projectId() })
        : new Storage();
    return new GcsBlobStore(storage.bucket(name));
  }

  async put(path: string, body: BlobBody, options: PutOptions): Promise<StoredBlob> {
    assertBlobPath(path);
    assertNotTooLarge(body, options.maxBytes);
    const file = this.bucket.file(path);
    const meter = new BlobMeter(options.maxBytes);
    try {
      await pipeline(
        readableOf(body),
        meter,
        file.createWriteStream({
          resumable: false,
          contentType: options.contentType,
          metadata: { cacheControl: 'private, no-store' },
        }),
      );
    } catch (error) {
      await file.delete({ ignoreNotFound: true }).catch(() => undefined);
      throw error;
    }
    return { path, size: meter.size, sha256: meter.sha256() };
  }

  async read(path: string): Promise<Readable> {
    assertBlobPath(path);
    const file = this.bucket.file(path);
    const [exists] = await file.exists();
    if (!exists) throw new BlobNotFoundError(path);
    return file.createReadStream();
  }

  async delete(path: string): Promise<void> {
    assertBlobPath(path);
    await this.bucket.file(path).delete({ ignoreNotFound: true });
  }

  async exists(path: string): Promise<boolean> {
    assertBlobPath(path);
    const [exists] = await this.bucket.file(path).exists();
    return exists;
  }
}

function projectId(): string | undefined {
  return process.env.GCLOUD_PROJECT ?? process.env.GOOGLE_CLOUD_PROJECT;
}

/** Cloud Functions know the project's default bucket from FIREBASE_CONFIG. */
function defaultBucket(): string {
  try {
    const config = JSON.parse(process.env.FIREBASE_CONFIG ?? '{}') as { storageBucket?: string };
    if (config.storageBucket) return config.storageBucket;
  } catch {
    // fall through
  }
  const project = projectId();
  if (!project) throw new Error('No bucket configured and no project to find the default one');
  return `${project}.firebasestorage.app`;
}
