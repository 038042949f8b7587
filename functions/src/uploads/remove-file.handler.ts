import type { Request } from 'firebase-functions/https';
import { info } from 'firebase-functions/logger';
import type { Response } from 'express';
import { uploadErrors } from '../domain/uploads/upload-errors.js';
import type { UploadTarget } from '../domain/uploads/upload-targets.js';
import { db } from '../shared/firebase.js';
import { authenticate } from './authenticate.js';
import { directReader, fileTarget } from './file-targets.js';
import { answerFileRoute, refuse } from './http-errors.js';
import { blobStore } from './upload-config.js';
import { isRouteId } from './route-ids.js';

/**
 * `DELETE /api/files/{reportId}/{attachmentId}`: the organisation takes a file off its own
 * draft (attached by mistake, or showing what it should not); likewise a proposal's authors
 * (`/api/files/proposals/…`, a file no submitted version holds) and the Secretariat a
 * meeting's file before its minutes are published (`/api/files/meetings/…`). The bytes go
 * first, then the record, so that a record never points at nothing for long; a repeated
 * request finds no record and answers 404. Answers `204 No Content`.
 */
export async function handleRemove(
  req: Request,
  res: Response,
  target: UploadTarget,
  targetId: string,
  attachmentId: string,
): Promise<void> {
  await answerFileRoute('remove', req, res, async () => {
    const actor = await authenticate(req);
    if (!isRouteId(targetId) || !isRouteId(attachmentId)) {
      throw refuse(uploadErrors.fileNotFound());
    }
    const files = fileTarget({ target, id: targetId });
    const recordRef = files.parent.collection('attachments').doc(attachmentId);
    const [facts, attachment] = await Promise.all([
      files.facts(directReader, actor).catch((error: unknown) => {
        throw (error as { status?: number }).status === 404
          ? refuse(uploadErrors.fileNotFound())
          : error;
      }),
      recordRef.get(),
    ]);
    const cannotRead = files.readRefusal(actor, facts);
    if (cannotRead) throw refuse(cannotRead);
    // Whether they may remove files here at all, before whether this one exists.
    const refusal = files.removalRefusal(actor, facts, null);
    if (refusal) throw refuse(refusal);
    if (!attachment.exists) throw refuse(uploadErrors.fileNotFound());
    const record = files.parseRecord(attachment.data());
    const thisFile = files.removalRefusal(actor, facts, record);
    if (thisFile) throw refuse(thisFile);

    await (await blobStore()).delete(record.storagePath);
    await db().runTransaction(async (tx) => {
      tx.delete(recordRef);
      files.onRemoved?.(tx, attachmentId);
    });
    info('file removed', { target, targetId, attachmentId, by: actor.uid });
    res.status(204).end();
  });
}
