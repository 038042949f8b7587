import { z } from 'zod';
import { idSchema, timestampSchema, uidSchema } from '../fields.js';

export const ATTACHMENT_KINDS = [
  'evidence',
  'draft_response_act',
  'measure_document',
  'message',
] as const;

/**
 * `reports/{reportId}/attachments/{attachmentId}`: the record of a file that passed the
 * upload checks. The bytes live in the blob store at `storagePath`, never public.
 */
export const attachmentSchema = z.object({
  orgId: idSchema,
  kind: z.enum(ATTACHMENT_KINDS),
  fileName: z.string().min(1).max(255),
  contentType: z.string().min(3).max(100),
  size: z.int().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  storagePath: z.string().min(1),
  uploadedBy: uidSchema,
  uploadedAt: timestampSchema,
});
export type Attachment = z.infer<typeof attachmentSchema>;
