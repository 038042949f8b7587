import { z } from 'zod';
import { idSchema, timestampSchema, uidSchema } from '../fields.js';

/**
 * `open`: a member of the NGO is writing it and may add or remove photos; `sent`: the note is
 * with the Secretariat as the draft `publicationDrafts/{noteId}` (same id), its photos fixed.
 */
export const NOTE_STATUSES = ['open', 'sent'] as const;
export type NoteStatus = (typeof NOTE_STATUSES)[number];

export const NOTE_STATUS_LABELS: Record<NoteStatus, { uk: string; en: string }> = {
  open: { uk: 'Пишеться', en: 'Being written' },
  sent: { uk: 'Надіслано', en: 'Sent' },
};

/**
 * `notes/{noteId}`: an NGO's note about its work while it is written, so that its photos have
 * a place (`notes/{noteId}/attachments`, bytes at `notes/{noteId}/{attachmentId}`) before the
 * text is sent. Created by a member of the organisation in the browser (rules), open; the
 * `sendNote` step marks it sent and makes the publication draft with the same id, whose
 * `sourceId` names it.
 */
export const noteSchema = z.object({
  orgId: idSchema,
  createdBy: uidSchema,
  createdAt: timestampSchema,
  status: z.enum(NOTE_STATUSES),
  sentAt: timestampSchema.optional(),
});
export type Note = z.infer<typeof noteSchema>;
