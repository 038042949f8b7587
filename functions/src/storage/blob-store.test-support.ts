import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { expect, it } from 'vitest';
import { BlobNotFoundError, BlobTooLargeError, type BlobStore } from './blob-store.js';

/**
 * What every blob store must do, run against each implementation (`local` always, `gcs`
 * where a Storage emulator is reachable). `prefix` keeps runs apart.
 */
export function blobStoreContract(store: () => BlobStore, prefix: () => string) {
  const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
  const readAll = async (stream: Readable) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  };
  /** A stream in many small chunks, as a network delivers it. */
  const chunked = (data: Buffer, size = 1000) =>
    Readable.from(
      Array.from({ length: Math.ceil(data.length / size) }, (_, i) =>
        data.subarray(i * size, (i + 1) * size),
      ),
    );
  const data = Buffer.from(Array.from({ length: 50_000 }, (_, i) => (i * 31) % 251));

  it('puts a buffer and a stream, counting and hashing them, and reads them back', async () => {
    const a = `${prefix()}/from-buffer`;
    const b = `${prefix()}/from-stream`;
    expect(await store().put(a, data, { contentType: 'application/pdf' })).toEqual({
      path: a,
      size: data.length,
      sha256: sha256(data),
    });
    expect(
      await store().put(b, chunked(data), {
        contentType: 'application/pdf',
        maxBytes: data.length,
      }),
    ).toEqual({
      path: b,
      size: data.length,
      sha256: sha256(data),
    });
    expect(await readAll(await store().read(a))).toEqual(data);
    expect(await readAll(await store().read(b))).toEqual(data);
    expect(await store().exists(a)).toBe(true);
  });

  it('refuses a body over the limit while it streams, and keeps nothing of it', async () => {
    const path = `${prefix()}/too-large`;
    await expect(
      store().put(path, chunked(data), { contentType: 'image/png', maxBytes: data.length - 1 }),
    ).rejects.toBeInstanceOf(BlobTooLargeError);
    await expect(
      store().put(path, data, { contentType: 'image/png', maxBytes: 10 }),
    ).rejects.toBeInstanceOf(BlobTooLargeError);
    expect(await store().exists(path)).toBe(false);
  });

  it('keeps nothing of a body that fails halfway', async () => {
    const path = `${prefix()}/broken`;
    const broken = new Readable({
      read() {
        this.push(data.subarray(0, 1000));
        this.destroy(new Error('connection reset'));
      },
    });
    await expect(store().put(path, broken, { contentType: 'text/plain' })).rejects.toThrow(
      'connection reset',
    );
    expect(await store().exists(path)).toBe(false);
  });

  it('deletes, and deleting twice is fine; reading what is not there is a BlobNotFoundError', async () => {
    const path = `${prefix()}/deleted`;
    await store().put(path, data, { contentType: 'text/plain' });
    await store().delete(path);
    await store().delete(path);
    expect(await store().exists(path)).toBe(false);
    await expect(store().read(path)).rejects.toBeInstanceOf(BlobNotFoundError);
  });

  it.each([
    '../outside',
    'reports/../../x',
    '/absolute',
    'a//b',
    'a/./b',
    'a\\b',
    '',
    'reports/a/.',
  ])('refuses the path %j', async (path) => {
    await expect(store().put(path, data, { contentType: 'text/plain' })).rejects.toThrow(
      /blob path/i,
    );
    await expect(store().read(path)).rejects.toThrow(/blob path/i);
    await expect(store().delete(path)).rejects.toThrow(/blob path/i);
  });
}
