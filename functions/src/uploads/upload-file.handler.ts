import type { Request } from 'firebase-functions/https';
import { info, error as logError } from 'firebase-functions/logger';
import { Timestamp } from 'firebase-admin/firestore';
import type { Response } from 'express';
import { z } from 'zod';
import { uploadsPerUserPolicy } from '../domain/rate-limit.js';
import {
  attachmentKindSchema,
  attachmentSchema,
  attachmentStoragePath,
  type Attachment,
  type AttachmentKind,
} from '../domain/schemas/attachment.schema.js';
import { decodeFileNameHeader } from '../domain/uploads/http-file-name.js';
import { uploadErrors } from '../domain/uploads/upload-errors.js';
import type { UploadLimits } from '../domain/uploads/upload-limits.js';
import {
  reportFactsSchema,
  uploadRefusal,
  type FileActor,
  type ReportFacts,
} from '../domain/uploads/upload-policy.js';
import { db } from '../shared/firebase.js';
import { takeRateLimit } from '../shared/rate-limit.js';
import { authenticate } from './authenticate.js';
import { answerFileRoute, refuse } from './http-errors.js';
import { receiveFile } from './receive-file.js';
import { ROUTE_ID } from './route-ids.js';
import { blobStore, currentUploadLimits } from './upload-config.js';

const uploadQuery = z.object({
  reportId: z.string().regex(ROUTE_ID),
  kind: attachmentKindSchema,
});

/**
 * `POST /api/uploads?reportId=…&kind=…`, the file itself as the body, its name in
 * `X-File-Name`. Cheap refusals come first (who, what, how big it says it is, how many files
 * the report has, the hourly limit); then the bytes go to the blob store with the checks of
 * `receiveFile`; then the record is written in a transaction that checks the report and the
 * count again. If anything fails after the blob was written, the blob is deleted.
 */
export async function handleUpload(req: Request, res: Response): Promise<void> {
  await answerFileRoute('upload', req, res, async () => {
    const actor = await authenticate(req);
    const { reportId, kind, originalName } = parseRequest(req);
    const limits = currentUploadLimits();
    const declaredLength = Number(req.get('content-length'));
    if (declaredLength > limits.maxFileBytes) {
      throw refuse(uploadErrors.tooLarge(limits.maxFileBytes));
    }

    const reportRef = db().doc(`reports/${reportId}`);
    const attachments = reportRef.collection('attachments');
    const report = await reportRef.get();
    if (!report.exists) throw refuse(uploadErrors.reportNotFound());
    assertMayUpload(actor, factsOf(report.data()), kind);
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
      { body: bodyOf(req), originalName, declaredContentType: req.get('content-type') },
      limits,
    );
    if (!received.ok) throw refuse(received.error);

    let record: Attachment;
    try {
      record = attachmentSchema.parse({
        orgId: factsOf(report.data()).orgId,
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
          transaction.get(reportRef),
          transaction.get(attachments.count()),
        ]);
        if (!fresh.exists) throw refuse(uploadErrors.reportNotFound());
        // The report may have moved on while the file was arriving.
        assertMayUpload(actor, factsOf(fresh.data()), kind);
        if (counted.data().count >= limits.maxFilesPerReport) {
          throw refuse(uploadErrors.tooManyFiles(limits.maxFilesPerReport));
        }
        transaction.create(attachmentRef, record);
      });
    } catch (error) {
      await store.delete(storagePath).catch((cleanup: unknown) =>
        logError('upload: could not remove the blob of a refused upload', {
          storagePath,
          error: String(cleanup),
        }),
      );
      throw error;
    }

    info('upload: accepted', {
      uid: actor.uid,
      reportId,
      attachmentId: attachmentRef.id,
      kind,
      contentType: record.contentType,
      size: record.size,
    });
    const url = `/api/files/${reportId}/${attachmentRef.id}`;
    res
      .status(201)
      .set('Location', url)
      .set('Cache-Control', 'private, no-store')
      .json({
        attachment: {
          id: attachmentRef.id,
          reportId,
          kind: record.kind,
          fileName: record.fileName,
          contentType: record.contentType,
          size: record.size,
          sha256: record.sha256,
          uploadedBy: record.uploadedBy,
          uploadedAt: (record.uploadedAt as Timestamp).toDate().toISOString(),
          url,
        },
      });
  });
}

function parseRequest(req: Request): {
  reportId: string;
  kind: AttachmentKind;
  originalName: string;
} {
  const query = uploadQuery.safeParse(req.query);
  if (!query.success) {
    throw refuse(
      uploadErrors.badRequest(
        'Запит має містити reportId звернення і вид файлу kind: evidence, draft_response_act, message або measure_document.',
        'The request needs the reportId of a report and a kind: evidence, draft_response_act, message or measure_document.',
      ),
    );
  }
  const originalName = decodeFileNameHeader(req.get('x-file-name'));
  if (!originalName) {
    throw refuse(
      uploadErrors.badRequest(
        'Не вказано назву файлу (заголовок X-File-Name у кодуванні RFC 5987).',
        "The file name is missing (the X-File-Name header, encoded as RFC 5987: UTF-8''…).",
      ),
    );
  }
  return { ...query.data, originalName };
}

function factsOf(data: unknown): ReportFacts {
  const facts = reportFactsSchema.safeParse(data);
  if (!facts.success)
    throw new Error(`A report without orgId, regionCode or status: ${facts.error.message}`);
  return facts.data;
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

/**
 * The request body. firebase-functions v7 runs on the Functions Framework, which (like the
 * Functions emulator's runtime) reads every request through body-parser, for any content
 * type, with a 32 MB limit, before the handler runs, and keeps the bytes in `req.rawBody`.
 * So the body arrives whole, and the size limit is enforced on that buffer before anything
 * is written; a larger request never reaches us (Hosting, Cloud Run and body-parser refuse
 * it with their own 413). Should a runtime leave the body unread, the request is a stream,
 * and the blob store enforces the limit while it streams.
 */
function bodyOf(req: Request): Buffer | Request {
  if (Buffer.isBuffer(req.rawBody)) return req.rawBody;
  if (Buffer.isBuffer(req.body)) return req.body;
  if (req.readableEnded) return Buffer.alloc(0);
  return req;
}
