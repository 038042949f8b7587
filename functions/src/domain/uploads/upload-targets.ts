import { z } from 'zod';
import { idSchema } from '../fields.js';
import {
  ATTACHMENT_KINDS,
  MEETING_FILE_KINDS,
  NOTE_FILE_KINDS,
  NOTE_MAX_PHOTOS,
  NOTE_PHOTO_TYPE_IDS,
  PROPOSAL_FILE_KINDS,
} from '../schemas/attachment.schema.js';
import type { FileTypeId } from './file-types.js';

/**
 * What a file can be attached to through `/api/uploads`: a report (`?reportId=…`), a
 * legislative proposal (`?proposalId=…`, its draft included), a council meeting
 * (`?meetingId=…`, its minutes) or an NGO's note about its work (`?noteId=…`, its photos).
 * Each target has its own kinds of file, its own access policy and its own place for the
 * records; the checks of the bytes and the limits are the same, and a target may narrow them
 * (a note takes a few images only).
 */
export const UPLOAD_TARGETS = ['report', 'proposal', 'meeting', 'note'] as const;
export type UploadTarget = (typeof UPLOAD_TARGETS)[number];

/** The query parameter that names each target's document. */
export const TARGET_ID_PARAM = {
  report: 'reportId',
  proposal: 'proposalId',
  meeting: 'meetingId',
  note: 'noteId',
} as const satisfies Record<UploadTarget, string>;

/** The first path segment of a file's address under `/api/files/` (none for a report). */
export const TARGET_FILES_SEGMENT = {
  report: null,
  proposal: 'proposals',
  meeting: 'meetings',
  note: 'notes',
} as const satisfies Record<UploadTarget, string | null>;

export const TARGET_KINDS = {
  report: ATTACHMENT_KINDS,
  proposal: PROPOSAL_FILE_KINDS,
  meeting: MEETING_FILE_KINDS,
  note: NOTE_FILE_KINDS,
} as const satisfies Record<UploadTarget, readonly string[]>;

/** The file types a target takes, where it takes fewer than every allowed type. */
export const TARGET_FILE_TYPES: Partial<Record<UploadTarget, readonly FileTypeId[]>> = {
  note: NOTE_PHOTO_TYPE_IDS,
};

/** The most files a target holds, where it is fewer than the deployment's limit. */
export const TARGET_MAX_FILES: Partial<Record<UploadTarget, number>> = { note: NOTE_MAX_PHOTOS };

/** The most files this target may hold under these limits. */
export function maxFilesOf(target: UploadTarget, limits: { maxFilesPerReport: number }): number {
  return Math.min(limits.maxFilesPerReport, TARGET_MAX_FILES[target] ?? Infinity);
}

/** Whether a target takes a file of this type. */
export function targetTakesType(target: UploadTarget, type: FileTypeId): boolean {
  return TARGET_FILE_TYPES[target]?.includes(type) ?? true;
}

export type TargetKind<T extends UploadTarget = UploadTarget> = (typeof TARGET_KINDS)[T][number];

export interface UploadAddress {
  target: UploadTarget;
  id: string;
  kind: TargetKind;
}

/** Ids that become segments of a storage path: what Firestore generates, nothing else. */
export const fileRouteIdSchema = idSchema.regex(/^[A-Za-z0-9_-]+$/);

/**
 * The target of an upload from its query: exactly one of `reportId`, `proposalId`,
 * `meetingId`, `noteId`, and a `kind` of that target; null when the query says anything else.
 */
export function uploadAddressOf(query: unknown): UploadAddress | null {
  const params = z.record(z.string(), z.unknown()).safeParse(query);
  if (!params.success) return null;
  const named = UPLOAD_TARGETS.filter((target) => TARGET_ID_PARAM[target] in params.data);
  if (named.length !== 1) return null;
  const target = named[0]!;
  const id = fileRouteIdSchema.safeParse(params.data[TARGET_ID_PARAM[target]]);
  const kind = z.enum(TARGET_KINDS[target]).safeParse(params.data.kind);
  if (!id.success || !kind.success) return null;
  return { target, id: id.data, kind: kind.data };
}

/** Where a file is read and removed: `/api/files/{reportId}/{id}`, `/api/files/proposals/{proposalId}/{id}`. */
export function fileUrl(target: UploadTarget, targetId: string, attachmentId: string): string {
  const segment = TARGET_FILES_SEGMENT[target];
  return segment
    ? `/api/files/${segment}/${targetId}/${attachmentId}`
    : `/api/files/${targetId}/${attachmentId}`;
}

/** The target of a `/api/files/…` path segment (`proposals`, `meetings`, `notes`), if it names one. */
export function targetOfSegment(segment: string): UploadTarget | null {
  const found = UPLOAD_TARGETS.find((target) => TARGET_FILES_SEGMENT[target] === segment);
  return found ?? null;
}
