import type { Response } from 'express';
import { uploadLimitsAnswer } from '../domain/uploads/upload-limits-answer.js';
import { currentUploadLimits } from './upload-config.js';

/**
 * `GET /api/uploads/limits`: the deployment's limits, public (they are no secret, and a form
 * shows them before anyone signs in), so that a client checks a file against the numbers the
 * server will apply rather than the defaults it was built with. They change only with the
 * configuration, so browsers and the Hosting CDN may keep them for a few minutes.
 */
export const UPLOAD_LIMITS_MAX_AGE_SECONDS = 300;

export function handleUploadLimits(res: Response): void {
  res
    .status(200)
    .set('Cache-Control', `public, max-age=${UPLOAD_LIMITS_MAX_AGE_SECONDS}`)
    .json(uploadLimitsAnswer(currentUploadLimits()));
}
