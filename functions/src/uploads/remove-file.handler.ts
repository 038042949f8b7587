import type { Request } from 'firebase-functions/https';
import { info } from 'firebase-functions/logger';
import type { Response } from 'express';
import { attachmentSchema } from '../domain/schemas/attachment.schema.js';
import { uploadErrors } from '../domain/uploads/upload-errors.js';
import { removalRefusal } from '../domain/uploads/upload-policy.js';
import { db } from '../shared/firebase.js';
import { authenticate } from './authenticate.js';
import { answerFileRoute, refuse } from './http-errors.js';
import { blobStore } from './upload-config.js';
import { readReportFacts } from './report-facts.js';
import { isRouteId } from './route-ids.js';

/**
 * `DELETE /api/files/{reportId}/{attachmentId}`: the organisation takes a file off its own
 * draft (attached by mistake, or showing what it should not). The bytes go first, then the
 * record, so that a record never points at nothing for long; a repeated request finds no
 * record and answers 404. Answers `204 No Content`.
 */
export async function handleRemove(
  req: Request,
  res: Response,
  reportId: string,
  attachmentId: string,
): Promise<void> {
  await answerFileRoute('remove', req, res, async () => {
    const actor = await authenticate(req);
    if (!isRouteId(reportId) || !isRouteId(attachmentId)) {
      throw refuse(uploadErrors.fileNotFound());
    }
    const reportRef = db().doc(`reports/${reportId}`);
    const recordRef = reportRef.collection('attachments').doc(attachmentId);
    const [facts, attachment] = await Promise.all([readReportFacts(reportId), recordRef.get()]);
    if (!facts) throw refuse(uploadErrors.fileNotFound());
    const refusal = removalRefusal(actor, facts);
    if (refusal) throw refuse(refusal);
    if (!attachment.exists) throw refuse(uploadErrors.fileNotFound());
    const record = attachmentSchema.parse(attachment.data());

    await (await blobStore()).delete(record.storagePath);
    await recordRef.delete();
    info('file removed from a draft', { reportId, attachmentId, by: actor.uid });
    res.status(204).end();
  });
}
