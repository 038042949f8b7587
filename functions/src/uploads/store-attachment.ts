import { error as logError } from 'firebase-functions/logger';
import { Timestamp } from 'firebase-admin/firestore';
import type { Readable } from 'node:stream';
import { uploadsPerUserPolicy } from '../domain/rate-limit.js';
import {
  attachmentSchema,
  attachmentStoragePath,
  type Attachment,
  type AttachmentKind,
} from '../domain/schemas/attachment.schema.js';
import { uploadErrors } from '../domain/uploads/upload-errors.js';
import type { UploadLimits } from '../domain/uploads/upload-limits.js';
import {
  uploadRefusal,
  type FileActor,
  type ReportFacts,
} from '../domain/uploads/upload-policy.js';
import { db } from '../shared/firebase.js';
import { takeRateLimit } from '../shared/rate-limit.js';
import { refuse } from './http-errors.js';
import { receiveFile } from './receive-file.js';
import { readReportFacts } from './report-facts.js';
import { blobStore } from './upload-config.js';

export interface NewAttachment {
  reportId: string;
  kind: AttachmentKind;
  originalName: string;
  body: Buffer | Readable;
  declaredContentType?: string | undefined;
  limits: UploadLimits;
}

/**
 * Adds a file to a report for this person: cheap refusals first (may they, how many files the
 * report has, their hourly limit), then the bytes to the blob store with the checks of
 * `receiveFile`, then the record in a transaction that checks the report and the count again.
 * If anything fails after the blob was written, the blob is deleted. Refusals are
 * `HttpRefusal`s. Used by `/api/uploads` and by the seed, so demo files take the real path.
 */
export async function storeAttachment(
  actor: FileActor,
  file: NewAttachment,
): Promise<{ id: string; record: Attachment }> {
  const { reportId, kind, limits } = file;
  const reportRef = db().doc(`reports/${reportId}`);
  const attachments = reportRef.collection('attachments');
  const facts = await readReportFacts(reportId);
  if (!facts) throw refuse(uploadErrors.reportNotFound());
  assertMayUpload(actor, facts, kind);
  const count = (await attachments.count().get()).data().count;
  if (count >= limits.maxFilesPerReport) {
    throw refuse(uploadErrors.tooManyFiles(limits.maxFilesPerReport));
  }
  await takeUploadUnit(actor, limits);

  const attachmentRef = attachments.doc();
  const storagePath = attachmentStoragePath(reportId, attachmentRef.id);
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
    const record = attachmentSchema.parse({
      orgId: facts.orgId,
      kind,
      fileName: received.check.fileName,
      contentType: received.check.type.contentType,
      size: received.blob.size,
      sha256: received.blob.sha256,
      storagePath,
      uploadedBy: actor.uid,
      uploadedAt: Timestamp.now(),
    });
    await db().runTransaction(async (transaction) => {
      const [fresh, counted] = await Promise.all([
        readReportFacts(reportId, (ref) => transaction.get(ref)),
        transaction.get(attachments.count()),
      ]);
      if (!fresh) throw refuse(uploadErrors.reportNotFound());
      // The report may have moved on while the file was arriving.
      assertMayUpload(actor, fresh, kind);
      if (counted.data().count >= limits.maxFilesPerReport) {
        throw refuse(uploadErrors.tooManyFiles(limits.maxFilesPerReport));
      }
      transaction.create(attachmentRef, record);
    });
    return { id: attachmentRef.id, record };
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

function assertMayUpload(actor: FileActor, report: ReportFacts, kind: AttachmentKind): void {
  const refusal = uploadRefusal(actor, report, kind);
  if (refusal) throw refuse(refusal);
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
