import { z } from 'zod';
import { ALLOWED_CONTENT_TYPES } from './file-types.js';
import {
  DEFAULT_UPLOAD_LIMITS,
  PLATFORM_MAX_REQUEST_BYTES,
  type UploadLimits,
} from './upload-limits.js';

/**
 * The limits a client checks files against, as `GET /api/uploads/limits` tells them: the
 * deployment's own, not the defaults the code was built with. The hourly limit stays on the
 * server (a client cannot know how many uploads it has left).
 */
export const uploadLimitsAnswerSchema = z.object({
  maxFileBytes: z.number().int().positive().max(PLATFORM_MAX_REQUEST_BYTES),
  maxFilesPerReport: z.number().int().positive(),
  /** The media types an attachment may be; what a file is comes from its bytes. */
  allowedTypes: z.array(z.string().min(1)).optional(),
});
export type UploadLimitsAnswer = z.infer<typeof uploadLimitsAnswerSchema>;

/** What the route answers for the configured limits. */
export function uploadLimitsAnswer(limits: UploadLimits): UploadLimitsAnswer {
  return {
    maxFileBytes: limits.maxFileBytes,
    maxFilesPerReport: limits.maxFilesPerReport,
    allowedTypes: [...ALLOWED_CONTENT_TYPES],
  };
}

/** The limits in an answer, or null when the body is not one (an old server, a proxy's page). */
export function uploadLimitsFromAnswer(body: unknown): UploadLimits | null {
  const parsed = uploadLimitsAnswerSchema.safeParse(body);
  if (!parsed.success) return null;
  return {
    ...DEFAULT_UPLOAD_LIMITS,
    maxFileBytes: parsed.data.maxFileBytes,
    maxFilesPerReport: parsed.data.maxFilesPerReport,
  };
}
