import type { Request } from 'firebase-functions/https';
import { error as logError } from 'firebase-functions/logger';
import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { attachmentSchema } from '../domain/schemas/attachment.schema.js';
import { contentDisposition } from '../domain/uploads/http-file-name.js';
import { uploadErrors } from '../domain/uploads/upload-errors.js';
import { downloadRefusal } from '../domain/uploads/upload-policy.js';
import { db } from '../shared/firebase.js';
import { BlobNotFoundError } from '../storage/blob-store.js';
import { authenticate } from './authenticate.js';
import { answerFileRoute, refuse } from './http-errors.js';
import { readReportFacts } from './report-facts.js';
import { blobStore } from './upload-config.js';
import { isRouteId } from './route-ids.js';

/**
 * `GET /api/files/{reportId}/{attachmentId}`: the file, to whoever may read the report
 * (firestore.rules' `canReadReport`), as a download that a browser never renders in place:
 * `Content-Disposition: attachment`, the recorded type with `nosniff`, and not cached.
 */
export async function handleDownload(
  req: Request,
  res: Response,
  reportId: string,
  attachmentId: string,
): Promise<void> {
  await answerFileRoute('download', req, res, async () => {
    const actor = await authenticate(req);
    if (!isRouteId(reportId) || !isRouteId(attachmentId)) {
      throw refuse(uploadErrors.fileNotFound());
    }
    const reportRef = db().doc(`reports/${reportId}`);
    const [facts, attachment] = await Promise.all([
      readReportFacts(reportId),
      reportRef.collection('attachments').doc(attachmentId).get(),
    ]);
    if (!facts) throw refuse(uploadErrors.fileNotFound());
    const refusal = downloadRefusal(actor, facts);
    if (refusal) throw refuse(refusal);
    if (!attachment.exists) throw refuse(uploadErrors.fileNotFound());
    const record = attachmentSchema.parse(attachment.data());

    const store = await blobStore();
    let bytes;
    try {
      bytes = await store.read(record.storagePath);
    } catch (error) {
      if (!(error instanceof BlobNotFoundError)) throw error;
      logError('download: a record without its blob', { reportId, attachmentId });
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
