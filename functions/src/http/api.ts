import { onRequest } from 'firebase-functions/https';
import type { Request } from 'firebase-functions/https';
import type { Response } from 'express';
import type { UploadTarget } from '../domain/uploads/upload-targets.js';
// Declares the upload params at load time, so that deploys and the emulator resolve them.
import '../uploads/upload-config.js';

/**
 * `/api/**` behind the Hosting rewrite. Routes are matched here rather than with a router
 * framework: there are few of them and each handler is loaded only when its route is hit.
 */
export async function handleApi(req: Request, res: Response): Promise<void> {
  const path = req.path.replace(/^\/api(?=\/|$)/, '') || '/';
  if (path === '/health' && req.method === 'GET') {
    res.json({ ok: true, service: 'spilno', time: new Date().toISOString() });
    return;
  }
  if (path === '/uploads/limits') {
    if (req.method !== 'GET') return methodNotAllowed(res, 'GET');
    const { handleUploadLimits } = await import('../uploads/upload-limits.handler.js');
    return handleUploadLimits(res);
  }
  if (path === '/uploads') {
    if (req.method !== 'POST') return methodNotAllowed(res, 'POST');
    const { handleUpload } = await import('../uploads/upload-file.handler.js');
    return handleUpload(req, res);
  }
  // `/files/{reportId}/{id}`, or `/files/{folder}/{documentId}/{id}` for the other kinds of
  // document, whose folders upload-targets.ts names (TARGET_FILES_SEGMENT).
  const file = /^\/files\/(?:([a-z]+)\/)?([^/]+)\/([^/]+)$/.exec(path);
  if (file) {
    const { targetOfSegment } = await import('../domain/uploads/upload-targets.js');
    const target = file[1] === undefined ? 'report' : targetOfSegment(file[1]);
    if (target) return handleFile(req, res, target, file[2]!, file[3]!);
  }
  const table = /^\/proposals\/([^/]+)\/comparative-table\.docx$/.exec(path);
  if (table) {
    if (req.method !== 'GET') return methodNotAllowed(res, 'GET');
    const { handleComparativeTable } = await import('../proposals/comparative-table.route.js');
    return handleComparativeTable(req, res, decodeSegment(table[1]));
  }
  const letter = /^\/proposals\/([^/]+)\/recommendation-letter\.docx$/.exec(path);
  if (letter) {
    if (req.method !== 'GET') return methodNotAllowed(res, 'GET');
    const { handleRecommendationLetter } =
      await import('../parliament/recommendation-letter.route.js');
    return handleRecommendationLetter(req, res, decodeSegment(letter[1]));
  }
  const { answerRefusal } = await import('../uploads/http-errors.js');
  const { domainError } = await import('../domain/errors.js');
  answerRefusal(res, domainError('HTTP.NOT_FOUND'));
}

async function handleFile(
  req: Request,
  res: Response,
  target: UploadTarget,
  targetSegment: string,
  attachmentSegment: string,
): Promise<void> {
  const [targetId, attachmentId] = [decodeSegment(targetSegment), decodeSegment(attachmentSegment)];
  if (req.method === 'DELETE') {
    const { handleRemove } = await import('../uploads/remove-file.handler.js');
    return handleRemove(req, res, target, targetId, attachmentId);
  }
  if (req.method !== 'GET') return methodNotAllowed(res, 'GET, DELETE');
  const { handleDownload } = await import('../uploads/download-file.handler.js');
  return handleDownload(req, res, target, targetId, attachmentId);
}

async function methodNotAllowed(res: Response, allowed: string): Promise<void> {
  const { answerRefusal } = await import('../uploads/http-errors.js');
  const { domainError } = await import('../domain/errors.js');
  answerRefusal(res.set('Allow', allowed), domainError('HTTP.METHOD_NOT_ALLOWED', { allowed }));
}

/** A path segment as sent; a malformed escape stays as it is and fails the id check. */
function decodeSegment(segment = ''): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

// Uploads of up to 25 MB from phones on weak connections take minutes, not seconds: the body
// arrives before the handler runs, and that time counts against the timeout.
export const api = onRequest({ cors: false, timeoutSeconds: 300 }, handleApi);
