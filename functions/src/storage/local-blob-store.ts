import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm, rmdir, stat, type FileHandle } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
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

/** The repository root, from this module's place in `functions/src|lib/storage/`. */
const REPOSITORY_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The local store's directory: `<repo>/.local-blobs` by default (gitignored); a relative
 * setting is taken from the repository root, since the functions emulator runs in
 * `functions/` while scripts and tests run at the root.
 */
export function localBlobRoot(setting?: string): string {
  return resolve(REPOSITORY_ROOT, setting?.trim() || '.local-blobs');
}

/**
 * Blobs as files under one directory, for the emulators. A blob is written to a hidden
 * `.partial` file beside its place and renamed into it only when complete, so a half-written
 * or refused upload is never seen at its path. The content type is not kept: the attachment
 * record holds it.
 */
export class LocalBlobStore implements BlobStore {
  readonly kind = 'local' as const;
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  /** The file of a blob, refusing anything that would resolve outside the root. */
  fileOf(path: string): string {
    assertBlobPath(path);
    const file = resolve(this.root, ...path.split('/'));
    if (!file.startsWith(this.root + sep)) throw new Error(`Blob path outside the store: ${path}`);
    return file;
  }

  async put(path: string, body: BlobBody, options: PutOptions): Promise<StoredBlob> {
    const file = this.fileOf(path);
    assertNotTooLarge(body, options.maxBytes);
    const partial = join(dirname(file), `.${randomUUID()}.partial`);
    const meter = new BlobMeter(options.maxBytes);
    try {
      const handle = await this.createFile(partial);
      await pipeline(readableOf(body), meter, handle.createWriteStream());
      await rename(partial, file);
    } catch (error) {
      await rm(partial, { force: true });
      await this.removeEmptyFolders(dirname(file));
      throw error;
    }
    return { path, size: meter.size, sha256: meter.sha256() };
  }

  async read(path: string): Promise<Readable> {
    const file = this.fileOf(path);
    try {
      const handle = await open(file, 'r');
      return handle.createReadStream();
    } catch (error) {
      if (isMissing(error)) throw new BlobNotFoundError(path);
      throw error;
    }
  }

  async delete(path: string): Promise<void> {
    const file = this.fileOf(path);
    await rm(file, { force: true });
    await this.removeEmptyFolders(dirname(file));
  }

  async exists(path: string): Promise<boolean> {
    try {
      return (await stat(this.fileOf(path))).isFile();
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  /**
   * Creates a new file with its folders. Another put or delete in the same folder may remove
   * the folder between the two steps (both tidy up empty ones), so that case is tried again.
   */
  private async createFile(file: string): Promise<FileHandle> {
    for (let attempt = 1; ; attempt++) {
      await mkdir(dirname(file), { recursive: true });
      try {
        return await open(file, 'wx', 0o600);
      } catch (error) {
        if (!isMissing(error) || attempt >= 3) throw error;
      }
    }
  }

  /** Folders left empty by a delete go too, up to (not including) the root. */
  private async removeEmptyFolders(folder: string): Promise<void> {
    for (let dir = folder; dir.startsWith(this.root + sep); dir = dirname(dir)) {
      try {
        await rmdir(dir);
      } catch {
        return; // not empty (or already gone): stop there
      }
    }
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
