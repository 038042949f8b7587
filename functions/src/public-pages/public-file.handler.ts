import type { Response } from 'express';
import type { Request } from 'firebase-functions/https';
import { pipeline } from 'node:stream/promises';
import {
  publicFileBlobPath,
  publicFileRequestOf,
  servablePublicFile,
} from '../domain/publications/public-file.js';
import { contentDisposition } from '../domain/uploads/http-file-name.js';
import { BlobNotFoundError } from '../storage/blob-store.js';
import { publicRecords } from './public-records.js';

/**
 * A file of a public record may be kept by the CDN as long as the record's page: a
 * retraction takes it off within the same few minutes.
 */
const PUBLIC_FILE_CACHE = 'public, max-age=300, s-maxage=600';

function notFound(res: Response) {
  res.status(404).set('Cache-Control', 'no-store').type('text/plain').send('Not found');
}

/**
 * `GET /files/publications/{publicationId}/{file}`: the stripped copy under `public/` from
 * the blob store, of a live record that lists the file (domain/publications/public-file.ts);
 * 404 for anything else. Says whether the path was one of these.
 */
export async function servePublicFile(req: Request, res: Response): Promise<boolean> {
  if (!req.path.startsWith('/files/')) return false;
  const request = publicFileRequestOf(req.path);
  if (!request) {
    notFound(res);
    return true;
  }
  const record = (await publicRecords().doc(request.publicationId).get()).data();
  const attachment = servablePublicFile(record, request);
  if (!attachment) {
    notFound(res);
    return true;
  }
  const { blobStore } = await import('../uploads/upload-config.js');
  let bytes;
  try {
    bytes = await (await blobStore()).read(publicFileBlobPath(request));
  } catch (error) {
    if (!(error instanceof BlobNotFoundError)) throw error;
    console.error('A public record lists a file the store does not hold', request);
    notFound(res);
    return true;
  }
  res.status(200).set({
    'Content-Type': attachment.contentType,
    'Content-Length': String(attachment.size),
    'Content-Disposition': contentDisposition(attachment.name, 'inline'),
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Cache-Control': PUBLIC_FILE_CACHE,
    'Repr-Digest': `sha-256=:${Buffer.from(attachment.sha256, 'hex').toString('base64')}:`,
  });
  if (req.method === 'HEAD') {
    bytes.destroy();
    res.end();
    return true;
  }
  await pipeline(bytes, res);
  return true;
}
