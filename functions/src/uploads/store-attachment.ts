import { error as logError } from 'firebase-functions/logger';
import { Timestamp } from 'firebase-admin/firestore';
import type { Readable } from 'node:stream';
import { uploadsPerUserPolicy } from '../domain/rate-limit.js';
import {
  maxFilesOf,
  targetTakesType,
  type UploadAddress,
} from '../domain/uploads/upload-targets.js';
import type { UploadLimits } from '../domain/uploads/upload-limits.js';
import { uploadErrors } from '../domain/uploads/upload-errors.js';
import type { FileActor } from '../domain/uploads/upload-policy.js';
import { db } from '../shared/firebase.js';
import { takeRateLimit } from '../shared/rate-limit.js';
import { directReader, fileTarget, type FileTarget, type StoredFile } from './file-targets.js';
import { refuse } from './http-errors.js';
import { receiveFile } from './receive-file.js';
import { blobStore } from './upload-config.js';

export interface NewAttachment {
  /** What the file is attached to (a report, a proposal, a meeting) and its kind. */
  address: UploadAddress;
  originalName: string;
  body: Buffer | Readable;
  declaredContentType?: string | undefined;
  limits: UploadLimits;
}

/**
 * Adds a file to a report, a proposal or a meeting for this person: cheap refusals first (may
 * they, how many files it has, their hourly limit), then the bytes to the blob store with the
 * checks of `receiveFile`, then the record in a transaction that checks the target and the
 * count again. If anything fails after the blob was written, the blob is deleted. Refusals are
 * `HttpRefusal`s. Used by `/api/uploads` and by the seed, so demo files take the real path.
 */
export async function storeAttachment(
  actor: FileActor,
  file: NewAttachment,
): Promise<{ id: string; record: StoredFile; target: FileTarget }> {
  const { address, limits } = file;
  const target = fileTarget(address);
  const attachments = target.parent.collection('attachments');
  const mayUpload = (facts: unknown) => {
    const refusal = target.uploadRefusal(actor, facts, address.kind);
    if (refusal) throw refuse(refusal);
  };
  const facts = await target.facts(directReader, actor);
  mayUpload(facts);
  const maxFiles = maxFilesOf(address.target, limits);
  const count = (await attachments.count().get()).data().count;
  if (count >= maxFiles) throw refuse(target.tooManyFiles(maxFiles));
  await takeUploadUnit(actor, limits);

  const attachmentRef = attachments.doc();
  const storagePath = target.storagePath(attachmentRef.id);
  const store = await blobStore();
  const received = await receiveFile(
    store,
    storagePath,
    {
      body: file.body,
      originalName: file.originalName,
      declaredContentType: file.declaredContentType,
    },
    limits,
  );
  if (!received.ok) throw refuse(received.error);

  try {
    // A target that takes fewer types (a note: photos) refuses the others once their bytes are known.
    if (!targetTakesType(address.target, received.check.type.id)) {
      throw refuse(uploadErrors.typeNotForTarget('note', received.check.type.id));
    }
    const record = target.record(actor, facts, address.kind, {
      fileName: received.check.fileName,
      contentType: received.check.type.contentType,
      size: received.blob.size,
      sha256: received.blob.sha256,
      storagePath,
      uploadedBy: actor.uid,
      uploadedAt: Timestamp.now(),
    });
    await db().runTransaction(async (transaction) => {
      const counted = await transaction.get(attachments.count());
      // The target may have moved on while the file was arriving.
      mayUpload(await target.facts(transaction, actor));
      if (counted.data().count >= maxFiles) throw refuse(target.tooManyFiles(maxFiles));
      transaction.create(attachmentRef, record);
      target.onAdded?.(transaction, attachmentRef.id);
    });
    return { id: attachmentRef.id, record, target };
  } catch (error) {
    await store.delete(storagePath).catch((cleanup: unknown) =>
      logError('upload: could not remove the blob of a refused upload', {
        storagePath,
        error: String(cleanup),
      }),
    );
    throw error;
  }
}

/**
 * Every upload the user may make counts, whether its bytes then pass or not: the limit is
 * there to bound the work and the storage churn one account can cause.
 */
async function takeUploadUnit(actor: FileActor, limits: UploadLimits): Promise<void> {
  const decision = await takeRateLimit(
    uploadsPerUserPolicy(limits.uploadsPerUserPerHour),
    actor.uid,
  );
  if (!decision.allowed) {
    throw refuse(uploadErrors.rateLimited(limits.uploadsPerUserPerHour, decision.retryAfterMs), {
      'Retry-After': String(Math.ceil(decision.retryAfterMs / 1000)),
    });
  }
}
