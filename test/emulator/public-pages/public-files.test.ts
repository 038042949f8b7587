/**
 * `/files/publications/{id}/{file}` through Hosting (issue 12): the stripped copy of a file
 * that a live public record lists, streamed from the blob store with a safe type, a
 * Ukrainian file name and CDN cache headers; 404 for a retracted record, a file the record
 * does not list (even one the store holds), an unknown record and any path that tries to
 * climb out of a record's folder.
 */
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildPublicRecord,
  retractPublicRecord,
} from '../../../functions/src/domain/publications/public-record.js';
import type { Publication } from '../../../functions/src/domain/schemas/publication.schema.js';
import { pdf } from '../../../functions/src/domain/uploads/file-fixtures.test-support.js';
import { publicRecords } from '../../../functions/src/public-pages/public-records.js';
import { LocalBlobStore, localBlobRoot } from '../../../functions/src/storage/local-blob-store.js';
import { unique } from '../../support/admin.js';
import { stack } from '../../support/stack.js';

const store = new LocalBlobStore(localBlobRoot(process.env.LOCAL_BLOB_ROOT));
const FILE_NAME = 'Відповідь поліції «остаточна».pdf';

const get = (path: string, init?: RequestInit) => fetch(new URL(path, stack.webUrl), init);

/** A record listing one PDF, its bytes in the store as the approval trigger leaves them. */
async function recordWithFile(id: string, bytes: Uint8Array): Promise<Publication> {
  const url = `/files/publications/${id}/att1.pdf`;
  await store.put(`public/publications/${id}/att1.pdf`, bytes, { contentType: 'application/pdf' });
  const built = buildPublicRecord({
    draft: {
      kind: 'ngo_activity',
      title: { uk: 'Звіт про моніторинговий візит' },
      summary: { uk: 'Короткий зміст звіту про візит до ізолятора.' },
      body: { uk: 'Текст звіту про співпрацю громадських організацій.' },
      regionCodes: ['UA-30'],
      areas: ['restoration'],
      rights: ['liberty'],
      notPersonal: [],
    },
    knownNames: [],
    attachments: [
      {
        name: FILE_NAME,
        url,
        contentType: 'application/pdf',
        size: bytes.byteLength,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      },
    ],
    publishedAt: new Date(),
  });
  if (!built.ok) throw new Error(`Not a public record: ${JSON.stringify(built.error)}`);
  await publicRecords().doc(id).set(built.value);
  return built.value;
}

const live = unique('pubfile');
const gone = unique('pubfile-gone');
const bytes = pdf('Publichnyi zvit');

beforeAll(async () => {
  await recordWithFile(live, bytes);
  // A file the store holds beside the listed one, that the record does not list.
  await store.put(`public/publications/${live}/att2.pdf`, bytes, {
    contentType: 'application/pdf',
  });
  const record = await recordWithFile(gone, bytes);
  const retracted = retractPublicRecord(record, { uk: 'Помилка в тексті.' }, new Date());
  if (!retracted.ok) throw new Error('retraction refused');
  await publicRecords().doc(gone).set(retracted.value);
});

describe('/files/publications/{id}/{file}', () => {
  it('serves a file a live record lists: its bytes, type, name in Ukrainian and cache headers', async () => {
    const response = await get(`/files/publications/${live}/att1.pdf`);
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+, s-maxage=\d+$/);
    const disposition = response.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^inline; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    const encoded = /filename\*=UTF-8''(.+)$/.exec(disposition)?.[1] ?? '';
    expect(decodeURIComponent(encoded)).toBe(FILE_NAME);
    // Through Hosting the site's page headers apply (firebase.json): no framing, no plugins.
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('answers HEAD with the headers alone', async () => {
    const response = await get(`/files/publications/${live}/att1.pdf`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(bytes.byteLength));
  });

  it.each([
    ['a retracted record', () => `/files/publications/${gone}/att1.pdf`],
    [
      'a file the record does not list, though the store holds it',
      () => `/files/publications/${live}/att2.pdf`,
    ],
    ['an unknown record', () => `/files/publications/${unique('nothing')}/att1.pdf`],
    ['an encoded climb to another record', () => `/files/publications/x/..%2F${live}%2Fatt1.pdf`],
    ['an encoded climb with dots', () => `/files/publications/${live}/%2e%2e%2f${live}%2fatt1.pdf`],
    [
      'a climb out of the public folder',
      () => `/files/publications/${live}/..%2F..%2F..%2Fpackage.json`,
    ],
    ['a path one segment too deep', () => `/files/publications/${live}/att1.pdf/more`],
  ])('answers 404 for %s, and does not cache it', async (_what, path) => {
    const response = await get(path());
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type') ?? '').not.toContain('application/pdf');
    expect(response.headers.get('cache-control') ?? '').not.toMatch(/^public/);
    expect(new Uint8Array(await response.arrayBuffer())).not.toEqual(bytes);
  });

  it('refuses to change anything', async () => {
    const response = await get(`/files/publications/${live}/att1.pdf`, { method: 'POST' });
    expect(response.status).toBe(405);
  });
});
