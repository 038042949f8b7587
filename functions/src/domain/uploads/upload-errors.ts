import { domainError, type DomainError } from '../errors.js';
import { NOTE_STATUS_LABELS, type NoteStatus } from '../schemas/note.schema.js';
import { meetingWorkflow, type MeetingStatus } from '../workflows/meeting.workflow.js';
import { proposalWorkflow, type ProposalStatus } from '../workflows/proposal.workflow.js';
import { reportWorkflow, type ReportStatus } from '../workflows/report.workflow.js';
import type { FileType, FileTypeId } from './file-types.js';
import type { SniffRefusal } from './sniff-file-type.js';

/**
 * Why an upload or a download was refused: entries of the error catalogue
 * (`errors/upload.errors.ts`), made by name where they are decided.
 */
export type UploadErrorCode = Extract<DomainError['code'], `UPLOAD.${string}`>;
export type UploadError = DomainError<UploadErrorCode>;

export const uploadErrors = {
  badRequest: (missing: 'query' | 'file_name') => domainError('UPLOAD.BAD_REQUEST', { missing }),
  emptyFile: () => domainError('UPLOAD.EMPTY_FILE'),
  tooLarge: (maxFileBytes: number) => domainError('UPLOAD.TOO_LARGE', { maxFileBytes }),
  typeNotAllowed: (refusal: SniffRefusal) => domainError('UPLOAD.TYPE_NOT_ALLOWED', { refusal }),
  typeMismatch: (declared: FileType, actual: FileType) =>
    domainError('UPLOAD.TYPE_MISMATCH', { declared: declared.id, actual: actual.id }),
  tooManyFiles: (maxFilesPerReport: number) =>
    domainError('UPLOAD.TOO_MANY_FILES', { maxFilesPerReport }),
  rateLimited: (limitPerHour: number, retryAfterMs: number) =>
    domainError('UPLOAD.RATE_LIMITED', { limitPerHour, retryAfterMs }),
  notOwnOrganisation: () => domainError('UPLOAD.NOT_ALLOWED', { reason: 'not_own_organisation' }),
  notInRegion: () => domainError('UPLOAD.NOT_ALLOWED', { reason: 'not_in_region' }),
  kindNotForRole: () => domainError('UPLOAD.NOT_ALLOWED', { reason: 'kind_not_for_role' }),
  draftIsPrivate: () => domainError('UPLOAD.NOT_ALLOWED', { reason: 'draft_is_private' }),
  roleNotAllowed: () => domainError('UPLOAD.NOT_ALLOWED', { reason: 'role_not_allowed' }),
  notAllowedInState: (status: ReportStatus) =>
    domainError('UPLOAD.NOT_ALLOWED_IN_STATE', { status: reportWorkflow.statusLabels[status] }),
  removalOnlyFromDraft: () => domainError('UPLOAD.REMOVAL_ONLY_FROM_DRAFT'),
  reportNotFound: () => domainError('UPLOAD.REPORT_NOT_FOUND'),
  fileNotFound: () => domainError('UPLOAD.FILE_NOT_FOUND'),
  // A proposal's or a meeting's files (policies/files.policy.ts).
  proposalNotReadable: () => domainError('UPLOAD.NOT_ALLOWED', { reason: 'proposal_not_readable' }),
  notProposalAuthor: () => domainError('UPLOAD.NOT_ALLOWED', { reason: 'not_proposal_author' }),
  meetingNotReadable: () => domainError('UPLOAD.NOT_ALLOWED', { reason: 'meeting_not_readable' }),
  minutesByStaffOnly: () => domainError('UPLOAD.NOT_ALLOWED', { reason: 'minutes_by_staff_only' }),
  // A note's photos (policies/files.policy.ts).
  noteNotReadable: () => domainError('UPLOAD.NOT_ALLOWED', { reason: 'note_not_readable' }),
  notePhotosByOrganisation: () =>
    domainError('UPLOAD.NOT_ALLOWED', { reason: 'note_photos_by_organisation' }),
  typeNotForTarget: (target: 'note', actual: FileTypeId) =>
    domainError('UPLOAD.TYPE_NOT_FOR_TARGET', { target, actual }),
  targetNotAllowedInState: <T extends 'proposal' | 'meeting' | 'note'>(
    target: T,
    status: T extends 'proposal'
      ? ProposalStatus
      : T extends 'meeting'
        ? MeetingStatus
        : NoteStatus,
  ) =>
    domainError('UPLOAD.TARGET_NOT_ALLOWED_IN_STATE', {
      target,
      status:
        target === 'proposal'
          ? proposalWorkflow.statusLabels[status as ProposalStatus]
          : target === 'meeting'
            ? meetingWorkflow.statusLabels[status as MeetingStatus]
            : NOTE_STATUS_LABELS[status as NoteStatus],
    }),
  targetRemovalNotAllowed: (target: 'proposal' | 'meeting') =>
    domainError('UPLOAD.TARGET_REMOVAL_NOT_ALLOWED', { target }),
  targetTooManyFiles: (target: 'proposal' | 'meeting' | 'note', maxFiles: number) =>
    domainError('UPLOAD.TARGET_TOO_MANY_FILES', { target, maxFiles }),
  targetNotFound: (target: 'proposal' | 'meeting' | 'note') =>
    domainError('UPLOAD.TARGET_NOT_FOUND', { target }),
};
