import { z } from 'zod';
import { idSchema, timestampSchema, uidSchema } from '../fields.js';
import { ALLOWED_CONTENT_TYPES, FILE_TYPES } from '../uploads/file-types.js';

export const ATTACHMENT_KINDS = [
  'evidence',
  'draft_response_act',
  'measure_document',
  'message',
] as const;
export const attachmentKindSchema = z.enum(ATTACHMENT_KINDS);
export type AttachmentKind = z.infer<typeof attachmentKindSchema>;

/** A legislative proposal's files (its draft's included): annexes, analyses, the act's text. */
export const PROPOSAL_FILE_KINDS = ['proposal_document'] as const;
/** A council meeting's files: the signed minutes. */
export const MEETING_FILE_KINDS = ['minutes'] as const;
/** An NGO's note about its work: photos of it, which staff may choose to publish. */
export const NOTE_FILE_KINDS = ['photo'] as const;
/** A note carries photos only: images whose metadata the publication strips. */
export const NOTE_PHOTO_TYPE_IDS = ['jpeg', 'png', 'webp'] as const;
export const NOTE_PHOTO_CONTENT_TYPES = NOTE_PHOTO_TYPE_IDS.map(
  (id) => FILE_TYPES[id].contentType,
) as ['image/jpeg', 'image/png', 'image/webp'];
/** A short note, a few photos: at most this many. */
export const NOTE_MAX_PHOTOS = 6;

/** Where an attachment's bytes live in the blob store: never under the public `public/` prefix. */
export const attachmentStoragePath = (reportId: string, attachmentId: string) =>
  `reports/${reportId}/${attachmentId}`;
export const proposalFileStoragePath = (proposalId: string, attachmentId: string) =>
  `proposals/${proposalId}/${attachmentId}`;
export const meetingFileStoragePath = (meetingId: string, attachmentId: string) =>
  `meetings/${meetingId}/${attachmentId}`;
export const noteFileStoragePath = (noteId: string, attachmentId: string) =>
  `notes/${noteId}/${attachmentId}`;

/** `{folder}/{documentId}/{attachmentId}`, with no `.` or `..` segment. */
const storagePathUnder = (folder: string) =>
  z.string().regex(new RegExp(`^${folder}\\/(?!\\.\\.?\\/)[^/]+\\/(?!\\.\\.?$)[^/]+$`));

/** What every stored file's record says of its bytes, whatever it is attached to. */
const storedFileFields = {
  fileName: z.string().min(1).max(255),
  contentType: z.enum(ALLOWED_CONTENT_TYPES),
  size: z.int().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  uploadedBy: uidSchema,
  uploadedAt: timestampSchema,
};

/**
 * `reports/{reportId}/attachments/{attachmentId}`: the record of a file that passed the
 * upload checks (`POST /api/uploads`). The bytes live in the blob store at `storagePath`,
 * never public; `contentType` is the type the bytes really are, `fileName` the uploader's
 * name for the file made safe, with the extension of that type.
 */
export const attachmentSchema = z.object({
  orgId: idSchema,
  kind: attachmentKindSchema,
  ...storedFileFields,
  storagePath: storagePathUnder('reports'),
});
export type Attachment = z.infer<typeof attachmentSchema>;

/**
 * `proposals/{proposalId}/attachments/{attachmentId}`: a file of a legislative proposal, kept
 * under the proposal's id from its draft on (the draft lists it in `attachmentIds`). `orgId`
 * is the author organisation that added it. Read by whoever may read the proposal (its
 * authors while it is a draft); written only by the file routes.
 */
export const proposalAttachmentSchema = z.object({
  orgId: idSchema,
  kind: z.enum(PROPOSAL_FILE_KINDS),
  ...storedFileFields,
  storagePath: storagePathUnder('proposals'),
});
export type ProposalAttachment = z.infer<typeof proposalAttachmentSchema>;

/**
 * `meetings/{meetingId}/attachments/{attachmentId}`: a file of a council meeting (the signed
 * minutes, named by `minutesFileId` when the meeting is recorded). Read by whoever may read
 * the meeting; written only by the file routes.
 */
export const meetingAttachmentSchema = z.object({
  kind: z.enum(MEETING_FILE_KINDS),
  ...storedFileFields,
  storagePath: storagePathUnder('meetings'),
});
export type MeetingAttachment = z.infer<typeof meetingAttachmentSchema>;

/**
 * `notes/{noteId}/attachments/{attachmentId}`: a photo of an NGO's note about its work, added
 * by a member of the organisation while the note is being written (`orgId` is theirs). Read
 * by the organisation and the Secretariat; staff choose which go public with the publication
 * made of the note. Written only by the file routes.
 */
export const noteAttachmentSchema = z.object({
  orgId: idSchema,
  kind: z.enum(NOTE_FILE_KINDS),
  ...storedFileFields,
  contentType: z.enum(NOTE_PHOTO_CONTENT_TYPES),
  storagePath: storagePathUnder('notes'),
});
export type NoteAttachment = z.infer<typeof noteAttachmentSchema>;
