import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  docx,
  noise,
  pdf,
  png,
  windowsExecutable,
} from '../domain/uploads/file-fixtures.test-support.js';
import { MEBIBYTE, uploadLimits } from '../domain/uploads/upload-limits.js';
import { LocalBlobStore } from '../storage/local-blob-store.js';
import { FileSampler, receiveFile } from './receive-file.js';

let root: string;
let store: LocalBlobStore;
const limits = uploadLimits({ maxFileMegabytes: 1 });

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'spilno-receive-'));
  store = new LocalBlobStore(root);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
const streamOf = (data: Uint8Array, chunk = 4096) =>
  Readable.from(
    Array.from({ length: Math.ceil(data.length / chunk) }, (_, i) =>
      Buffer.from(data.subarray(i * chunk, (i + 1) * chunk)),
    ),
  );
const files = async () => (await readdir(root, { recursive: true })).sort();

describe('receiveFile', () => {
  for (const [how, body] of [
    ['held whole', (data: Uint8Array) => Buffer.from(data)],
    ['streamed', (data: Uint8Array) => streamOf(data)],
  ] as const) {
    describe(how, () => {
      it('stores an accepted file with its size, hash, real type and safe name', async () => {
        const data = pdf();
        const result = await receiveFile(
          store,
          `reports/r-${how.length}/ok`,
          {
            body: body(data),
            originalName: '../../Скарга.pdf',
            declaredContentType: 'application/pdf',
          },
          limits,
        );
        expect(result).toMatchObject({
          ok: true,
          blob: { size: data.length, sha256: sha256(data) },
          check: { type: { id: 'pdf' }, fileName: 'Скарга.pdf' },
        });
        expect(await store.exists(`reports/r-${how.length}/ok`)).toBe(true);
      });

      it('refuses a renamed executable and leaves nothing', async () => {
        const before = await files();
        const result = await receiveFile(
          store,
          'reports/bad/exe',
          { body: body(windowsExecutable()), originalName: 'report.pdf' },
          limits,
        );
        expect(result).toMatchObject({ ok: false, error: { code: 'UPLOAD.TYPE_NOT_ALLOWED' } });
        expect(await files()).toEqual(before);
      });

      it('refuses a file over the limit and leaves nothing', async () => {
        const before = await files();
        const big = new Uint8Array(MEBIBYTE + 1);
        big.set(png());
        const result = await receiveFile(
          store,
          'reports/bad/big',
          { body: body(big), originalName: 'big.png' },
          limits,
        );
        expect(result).toMatchObject({ ok: false, error: { code: 'UPLOAD.TOO_LARGE' } });
        expect(await files()).toEqual(before);
      });
    });
  }

  it('recognises a streamed DOCX larger than what the sampler keeps of each end', async () => {
    const big = await docx([
      { name: 'word/media/scan.bin', data: noise(700_000), compress: false },
    ]);
    const sampler = new FileSampler(64 * 1024, 64 * 1024);
    const chunks: Buffer[] = [];
    for await (const chunk of streamOf(big, 10_000).pipe(sampler)) chunks.push(chunk as Buffer);
    const sample = sampler.sample();
    // Buffer.equals: a deep toEqual of 700 kB takes seconds.
    expect(Buffer.concat(chunks).equals(big)).toBe(true);
    expect(sample.size).toBe(big.length);
    expect(Buffer.from(sample.head).equals(big.subarray(0, 64 * 1024))).toBe(true);
    expect(Buffer.from(sample.tail).equals(big.subarray(big.length - 64 * 1024))).toBe(true);

    const result = await receiveFile(
      store,
      'reports/big/docx',
      { body: streamOf(big), originalName: 'Відповідь.docx' },
      uploadLimits(),
    );
    expect(result).toMatchObject({ ok: true, check: { type: { id: 'docx' } } });
  });
});
