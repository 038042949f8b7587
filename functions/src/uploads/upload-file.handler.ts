import type { Request } from 'firebase-functions/https';
import { info } from 'firebase-functions/logger';
import type { Timestamp } from 'firebase-admin/firestore';
import type { Response } from 'express';
import { decodeFileNameHeader } from '../domain/uploads/http-file-name.js';
import { uploadErrors } from '../domain/uploads/upload-errors.js';
import {
  TARGET_ID_PARAM,
  fileUrl,
  uploadAddressOf,
  type UploadAddress,
} from '../domain/uploads/upload-targets.js';
import { authenticate } from './authenticate.js';
import { answerFileRoute, refuse } from './http-errors.js';
import { storeAttachment } from './store-attachment.js';
import { currentUploadLimits } from './upload-config.js';

/**
 * `POST /api/uploads?reportId=…&kind=…` (or `proposalId=…&kind=proposal_document`,
 * `meetingId=…&kind=minutes`, `noteId=…&kind=photo`), the file itself as the body, its name in `X-File-Name`. Who
 * and how big it says it is are checked here; the rest is `storeAttachment`'s.
 */
export async function handleUpload(req: Request, res: Response): Promise<void> {
  await answerFileRoute('upload', req, res, async () => {
    const actor = await authenticate(req);
    const { address, originalName } = parseRequest(req);
    const limits = currentUploadLimits();
    const declaredLength = Number(req.get('content-length'));
    if (declaredLength > limits.maxFileBytes) {
      throw refuse(uploadErrors.tooLarge(limits.maxFileBytes));
    }

    const { id: attachmentId, record } = await storeAttachment(actor, {
      address,
      originalName,
      body: bodyOf(req),
      declaredContentType: req.get('content-type'),
      limits,
    });

    info('upload: accepted', {
      uid: actor.uid,
      target: address.target,
      targetId: address.id,
      attachmentId,
      kind: address.kind,
      contentType: record.contentType,
      size: record.size,
    });
    const url = fileUrl(address.target, address.id, attachmentId);
    res
      .status(201)
      .set('Location', url)
      .set('Cache-Control', 'private, no-store')
      .json({
        attachment: {
          id: attachmentId,
          [TARGET_ID_PARAM[address.target]]: address.id,
          kind: address.kind,
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

function parseRequest(req: Request): { address: UploadAddress; originalName: string } {
  const address = uploadAddressOf(req.query);
  if (!address) {
    throw refuse(uploadErrors.badRequest('query'));
  }
  const originalName = decodeFileNameHeader(req.get('x-file-name'));
  if (!originalName) {
    throw refuse(uploadErrors.badRequest('file_name'));
  }
  return { address, originalName };
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
