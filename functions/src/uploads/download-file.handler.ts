import type { Request } from 'firebase-functions/https';
import { error as logError } from 'firebase-functions/logger';
import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { contentDisposition } from '../domain/uploads/http-file-name.js';
import { uploadErrors } from '../domain/uploads/upload-errors.js';
import type { UploadTarget } from '../domain/uploads/upload-targets.js';
import { BlobNotFoundError } from '../storage/blob-store.js';
import { authenticate } from './authenticate.js';
import { directReader, fileTarget } from './file-targets.js';
import { answerFileRoute, refuse } from './http-errors.js';
import { blobStore } from './upload-config.js';
import { isRouteId } from './route-ids.js';

/**
 * `GET /api/files/{reportId}/{attachmentId}` (and `/api/files/proposals/{proposalId}/…`,
 * `/api/files/meetings/{meetingId}/…`, `/api/files/notes/{noteId}/…`): the file, to whoever may read what it is attached to
 * (for a report, firestore.rules' `canReadReport`), as a download that a browser never renders
 * in place: `Content-Disposition: attachment`, the recorded type with `nosniff`, not cached.
 */
export async function handleDownload(
  req: Request,
  res: Response,
  target: UploadTarget,
  targetId: string,
  attachmentId: string,
): Promise<void> {
  await answerFileRoute('download', req, res, async () => {
    const actor = await authenticate(req);
    if (!isRouteId(targetId) || !isRouteId(attachmentId)) {
      throw refuse(uploadErrors.fileNotFound());
    }
    const files = fileTarget({ target, id: targetId });
    const [facts, attachment] = await Promise.all([
      files.facts(directReader, actor).catch((error: unknown) => {
        // A missing report or proposal is a missing file to the person asking.
        throw (error as { status?: number }).status === 404
          ? refuse(uploadErrors.fileNotFound())
          : error;
      }),
      files.parent.collection('attachments').doc(attachmentId).get(),
    ]);
    const refusal = files.readRefusal(actor, facts);
    if (refusal) throw refuse(refusal);
    if (!attachment.exists) throw refuse(uploadErrors.fileNotFound());
    const record = files.parseRecord(attachment.data());

    const store = await blobStore();
    let bytes;
    try {
      bytes = await store.read(record.storagePath);
    } catch (error) {
      if (!(error instanceof BlobNotFoundError)) throw error;
      logError('download: a record without its blob', { target, targetId, attachmentId });
      throw refuse(uploadErrors.fileNotFound());
    }
    res.status(200).set({
      'Content-Type':
        record.contentType === 'text/plain' ? 'text/plain; charset=utf-8' : record.contentType,
      'Content-Length': String(record.size),
      'Content-Disposition': contentDisposition(record.fileName),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Repr-Digest': `sha-256=:${Buffer.from(record.sha256, 'hex').toString('base64')}:`,
    });
    await pipeline(bytes, res);
  });
}
