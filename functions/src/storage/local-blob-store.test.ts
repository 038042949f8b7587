import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBlobStore } from './open-blob-store.js';
import { blobStoreContract } from './blob-store.test-support.js';
import { LocalBlobStore, localBlobRoot } from './local-blob-store.js';

let root: string;
let store: LocalBlobStore;
let run = 0;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'spilno-blobs-'));
  store = new LocalBlobStore(root);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Every file under a folder, as paths relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

describe('LocalBlobStore', () => {
  blobStoreContract(
    () => store,
    () => `reports/run-${++run}`,
  );

  it('writes blobs only at their paths under the root, with no partial files left', async () => {
    await store.put('reports/r1/a1', Buffer.from('%PDF-1.4'), { contentType: 'application/pdf' });
    const files = await filesUnder(root);
    expect(files).toContain(join('reports', 'r1', 'a1'));
    expect(files.filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('removes folders a delete leaves empty, but never the root', async () => {
    await store.put('reports/lonely/a1', Buffer.from('x'), { contentType: 'text/plain' });
    await store.delete('reports/lonely/a1');
    expect(await readdir(join(root, 'reports'))).not.toContain('lonely');
    const alone = new LocalBlobStore(join(root, 'alone'));
    await alone.put('only', Buffer.from('x'), { contentType: 'text/plain' });
    await alone.delete('only');
    expect(await readdir(join(root, 'alone'))).toEqual([]);
  });

  it('reads a blob as a stream that ends with the file', async () => {
    await writeFile(join(root, 'direct'), 'written outside the store');
    const chunks: Buffer[] = [];
    for await (const chunk of await store.read('direct')) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('written outside the store');
  });

  it('takes a relative root from the repository root, and defaults to .local-blobs there', () => {
    expect(localBlobRoot()).toMatch(/[/\\]\.local-blobs$/);
    expect(localBlobRoot('.cache/blobs')).toBe(join(localBlobRoot(), '..', '.cache', 'blobs'));
    expect(localBlobRoot(root)).toBe(root);
  });

  it('is what the configuration "local" opens, and refuses to run on Cloud Functions', async () => {
    expect((await openBlobStore({ kind: 'local', localRoot: root })).kind).toBe('local');
    const saved = { ...process.env };
    try {
      process.env.K_SERVICE = 'api';
      delete process.env.FUNCTIONS_EMULATOR;
      await expect(openBlobStore({ kind: 'local', localRoot: root })).rejects.toThrow(
        /BLOB_STORE=gcs/,
      );
      process.env.FUNCTIONS_EMULATOR = 'true';
      expect((await openBlobStore({ kind: 'local', localRoot: root })).kind).toBe('local');
    } finally {
      process.env = saved;
    }
    await expect(openBlobStore({ kind: 'ftp' as never })).rejects.toThrow(/gcs or local/);
  });
});
