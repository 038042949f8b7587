import { describe, expect, it } from 'vitest';
import type { PublicAttachment } from '../schemas/publication.schema.js';
import { publicFileBlobPath, publicFileRequestOf, servablePublicFile } from './public-file.js';

const attachment: PublicAttachment = {
  name: 'Відповідь органу.pdf',
  url: '/files/publications/pub-1/att_9.pdf',
  contentType: 'application/pdf',
  size: 10,
  sha256: 'a'.repeat(64),
};

describe('the address of a public file', () => {
  it('names a record and a file', () => {
    const request = publicFileRequestOf('/files/publications/pub-1/att_9.pdf');
    expect(request).toEqual({ publicationId: 'pub-1', file: 'att_9.pdf' });
    expect(publicFileBlobPath(request!)).toBe('public/publications/pub-1/att_9.pdf');
  });

  it.each([
    '/files/publications/pub-1/../pub-2/att.pdf',
    '/files/publications/pub-1/..%2F..%2Freports%2Fx.pdf',
    '/files/publications/pub-1/%2e%2e/att.pdf',
    '/files/publications/../reports/att.pdf',
    '/files/publications/pub-1/att.pdf/extra',
    '/files/publications/pub-1/.env',
    '/files/publications/pub-1/att',
    '/files/reports/r1/att.pdf',
    '/files/publications/pub-1/att.PDF\u0000.pdf',
  ])('refuses %s', (path) => {
    expect(publicFileRequestOf(path)).toBeNull();
  });
});

describe('which files are served', () => {
  const request = { publicationId: 'pub-1', file: 'att_9.pdf' };

  it('a file that a live record lists', () => {
    expect(servablePublicFile({ status: 'published', attachments: [attachment] }, request)).toBe(
      attachment,
    );
  });

  it('nothing of a retracted record, of no record, or a file the record does not list', () => {
    expect(
      servablePublicFile({ status: 'retracted', attachments: [attachment] }, request),
    ).toBeNull();
    expect(servablePublicFile(null, request)).toBeNull();
    expect(
      servablePublicFile(
        { status: 'published', attachments: [attachment] },
        { publicationId: 'pub-1', file: 'att_8.pdf' },
      ),
    ).toBeNull();
    // The same file name under another record's address is not this record's file.
    expect(
      servablePublicFile(
        { status: 'published', attachments: [attachment] },
        { publicationId: 'pub-2', file: 'att_9.pdf' },
      ),
    ).toBeNull();
  });
});
