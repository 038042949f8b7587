import type { Actor } from '../roles.js';
import type { NoteStatus } from '../schemas/note.schema.js';
import { uploadErrors, type UploadError } from '../uploads/upload-errors.js';
import type { MeetingStatus } from '../workflows/meeting.workflow.js';
import { isEditableStatus, isProposalAuthor, mayReadProposal } from './proposal.policy.js';
import type { ProposalAccessView } from './proposal.policy.js';
import { mayReadMeeting, type MeetingAccessView } from './meeting.policy.js';

/**
 * Who may read, add and remove the files of a legislative proposal and of a council meeting
 * (`/api/uploads`, `/api/files/…`); the report's are in uploads/upload-policy.ts. Each answer
 * is the refusal to send, or null when the person may.
 *
 * A proposal's files are read by whoever may read the proposal (its authors alone while it is
 * a draft). They are added by its authors (the lead organisation and the co-authors that
 * accepted; an organisation only invited is not one) while the proposal is with them: a draft,
 * or returned by the council or the Commissioner, and not locked. A file is removed by the
 * authors on the same terms, and only if no submitted version holds it (added after the last
 * submission): what the council saw stays.
 *
 * A meeting's files (its minutes) are read by whoever may read the meeting, and added or
 * removed by the Secretariat's staff while the meeting is planned or held, before its minutes
 * are published.
 *
 * A note's photos (an NGO's note about its work) are read by the note's organisation and the
 * Secretariat (staff and the Commissioner), and added or removed by a member of the
 * organisation while the note is open, before it is sent: what staff received stays.
 */
export interface ProposalFileFacts extends ProposalAccessView {
  /** The draft is locked while the council or the Commissioner has the proposal. */
  locked: boolean;
  /** When it was last submitted (ms), or null if never. */
  lastSubmittedAt: number | null;
}

export function proposalFileReadRefusal(
  actor: Actor,
  proposal: ProposalFileFacts,
): UploadError | null {
  return mayReadProposal(actor, proposal) ? null : uploadErrors.proposalNotReadable();
}

export function proposalUploadRefusal(
  actor: Actor,
  proposal: ProposalFileFacts,
): UploadError | null {
  if (!isProposalAuthor(actor, proposal)) {
    return proposalFileReadRefusal(actor, proposal) ?? uploadErrors.notProposalAuthor();
  }
  if (!isEditableStatus(proposal.status) || proposal.locked) {
    return uploadErrors.targetNotAllowedInState('proposal', proposal.status);
  }
  return null;
}

export function proposalFileRemovalRefusal(
  actor: Actor,
  proposal: ProposalFileFacts,
  /** The file, or null for whether this person may remove any file of it now. */
  file: { uploadedAt: number } | null,
): UploadError | null {
  const refusal = proposalUploadRefusal(actor, proposal);
  if (refusal || !file) return refusal;
  if (proposal.lastSubmittedAt !== null && file.uploadedAt <= proposal.lastSubmittedAt) {
    return uploadErrors.targetRemovalNotAllowed('proposal');
  }
  return null;
}

/** Statuses in which the Secretariat adds or removes a meeting's files. */
export const MEETING_FILE_STATUSES: readonly MeetingStatus[] = ['planned', 'held'];

export function meetingFileReadRefusal(
  actor: Actor,
  meeting: MeetingAccessView,
): UploadError | null {
  return mayReadMeeting(actor, meeting) ? null : uploadErrors.meetingNotReadable();
}

export function meetingUploadRefusal(actor: Actor, meeting: MeetingAccessView): UploadError | null {
  if (actor.role !== 'staff') {
    return meetingFileReadRefusal(actor, meeting) ?? uploadErrors.minutesByStaffOnly();
  }
  if (!MEETING_FILE_STATUSES.includes(meeting.status)) {
    return uploadErrors.targetNotAllowedInState('meeting', meeting.status);
  }
  return null;
}

/** Removing a meeting's file: as adding one (a wrong scan replaced before publication). */
export const meetingFileRemovalRefusal = meetingUploadRefusal;

/** What the decision needs of a note, read from `notes/{noteId}`. */
export interface NoteFileFacts {
  orgId: string;
  status: NoteStatus;
}

const isNoteOrganisation = (actor: Actor, note: NoteFileFacts) =>
  (actor.role === 'ngo_member' || actor.role === 'ngo_admin') && actor.orgId === note.orgId;

export function noteFileReadRefusal(actor: Actor, note: NoteFileFacts): UploadError | null {
  if (isNoteOrganisation(actor, note)) return null;
  return actor.role === 'staff' || actor.role === 'commissioner'
    ? null
    : uploadErrors.noteNotReadable();
}

export function noteUploadRefusal(actor: Actor, note: NoteFileFacts): UploadError | null {
  if (!isNoteOrganisation(actor, note)) {
    return noteFileReadRefusal(actor, note) ?? uploadErrors.notePhotosByOrganisation();
  }
  if (note.status !== 'open') return uploadErrors.targetNotAllowedInState('note', note.status);
  return null;
}

/** Removing a note's photo: as adding one (a wrong photo taken off before the note is sent). */
export const noteFileRemovalRefusal = noteUploadRefusal;
