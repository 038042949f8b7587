import { z } from 'zod';
import { idSchema, timestampSchema, uidSchema } from '../fields.js';
import { ALLOWED_CONTENT_TYPES } from '../uploads/file-types.js';

export const ATTACHMENT_KINDS = [
  'evidence',
  'draft_response_act',
  'measure_document',
  'message',
] as const;
export const attachmentKindSchema = z.enum(ATTACHMENT_KINDS);
export type AttachmentKind = z.infer<typeof attachmentKindSchema>;

/** Where an attachment's bytes live in the blob store: never under the public `public/` prefix. */
export const attachmentStoragePath = (reportId: string, attachmentId: string) =>
  `reports/${reportId}/${attachmentId}`;

/**
 * `reports/{reportId}/attachments/{attachmentId}`: the record of a file that passed the
 * upload checks (`POST /api/uploads`). The bytes live in the blob store at `storagePath`,
 * never public; `contentType` is the type the bytes really are, `fileName` the uploader's
 * name for the file made safe, with the extension of that type.
 */
export const attachmentSchema = z.object({
  orgId: idSchema,
  kind: attachmentKindSchema,
  fileName: z.string().min(1).max(255),
  contentType: z.enum(ALLOWED_CONTENT_TYPES),
  size: z.int().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  storagePath: z.string().regex(/^reports\/(?!\.\.?\/)[^/]+\/(?!\.\.?$)[^/]+$/),
  uploadedBy: uidSchema,
  uploadedAt: timestampSchema,
});
export type Attachment = z.infer<typeof attachmentSchema>;
