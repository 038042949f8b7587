import { describe, expect, it } from 'vitest';
import { ROLES, type Actor, type Role } from '../roles.js';
import { NOTE_STATUSES, type NoteStatus } from '../schemas/note.schema.js';
import { MEETING_STATUSES, type MeetingStatus } from '../workflows/meeting.workflow.js';
import { PROPOSAL_STATUSES, type ProposalStatus } from '../workflows/proposal.workflow.js';
import {
  meetingFileReadRefusal,
  meetingFileRemovalRefusal,
  meetingUploadRefusal,
  noteFileReadRefusal,
  noteFileRemovalRefusal,
  noteUploadRefusal,
  proposalFileReadRefusal,
  proposalFileRemovalRefusal,
  proposalUploadRefusal,
  type ProposalFileFacts,
} from './files.policy.js';

const LEAD = '43900115';
const CO_AUTHOR = '43900225';
const INVITED = '43900336';
const COUNCIL = 'council-liberty';
const SUBMITTED_AT = Date.parse('2026-11-02T10:00:00Z');

const actors = {
  leadMember: { uid: 'a', role: 'ngo_member', orgId: LEAD },
  coAuthorLead: { uid: 'b', role: 'ngo_admin', orgId: CO_AUTHOR },
  // Invited, not (yet) accepted: not among `orgIds`.
  invitedLead: { uid: 'c', role: 'ngo_admin', orgId: INVITED },
  councilMember: { uid: 'd', role: 'ngo_member', orgId: '43900447', memberOf: [COUNCIL] },
  staff: { uid: 's', role: 'staff' },
  commissioner: { uid: 'k', role: 'commissioner' },
  admin: { uid: 'x', role: 'admin' },
} satisfies Record<string, Actor>;

function proposal(status: ProposalStatus, locked = status !== 'draft'): ProposalFileFacts {
  const editable = ['draft', 'returned', 'returned_for_revision'].includes(status);
  return {
    status,
    councilId: COUNCIL,
    orgIds: [LEAD, CO_AUTHOR],
    locked: editable ? locked && status !== 'returned' && status !== 'returned_for_revision' : true,
    lastSubmittedAt: status === 'draft' ? null : SUBMITTED_AT,
  };
}

const uploadable = (actor: Actor) =>
  PROPOSAL_STATUSES.filter((s) => proposalUploadRefusal(actor, proposal(s)) === null);

describe('who may add files to a proposal', () => {
  it('its authors (the lead and a co-author that accepted), while it is a draft or returned to them', () => {
    const expected = ['draft', 'returned', 'returned_for_revision'];
    expect(uploadable(actors.leadMember)).toEqual(expected);
    expect(uploadable(actors.coAuthorLead)).toEqual(expected);
  });

  it('nobody else: an organisation only invited, council members, the Secretariat', () => {
    for (const actor of [
      actors.invitedLead,
      actors.councilMember,
      actors.staff,
      actors.commissioner,
      actors.admin,
    ]) {
      expect(uploadable(actor)).toEqual([]);
    }
    // An invited organisation is told it may not read the proposal, not why it may not write.
    expect(proposalUploadRefusal(actors.invitedLead, proposal('draft'))?.params).toEqual({
      reason: 'proposal_not_readable',
    });
    // A council member reads the submitted proposal, but is not an author.
    expect(proposalUploadRefusal(actors.councilMember, proposal('council_review'))?.params).toEqual(
      { reason: 'not_proposal_author' },
    );
  });

  it('not while the draft is locked (with the council), whatever the status says', () => {
    const lockedDraft = { ...proposal('returned'), locked: true };
    expect(proposalUploadRefusal(actors.leadMember, lockedDraft)?.code).toBe(
      'UPLOAD.TARGET_NOT_ALLOWED_IN_STATE',
    );
    expect(proposalUploadRefusal(actors.leadMember, proposal('endorsed'))?.message).toContain(
      'Схвалено',
    );
  });
});

describe('who may read a proposal’s files', () => {
  it('its authors always; the council and the Secretariat once it is submitted; never the invited', () => {
    expect(proposalFileReadRefusal(actors.leadMember, proposal('draft'))).toBeNull();
    expect(proposalFileReadRefusal(actors.coAuthorLead, proposal('draft'))).toBeNull();
    expect(proposalFileReadRefusal(actors.staff, proposal('draft'))).not.toBeNull();
    expect(proposalFileReadRefusal(actors.councilMember, proposal('draft'))).not.toBeNull();
    expect(proposalFileReadRefusal(actors.staff, proposal('council_review'))).toBeNull();
    expect(proposalFileReadRefusal(actors.councilMember, proposal('council_review'))).toBeNull();
    for (const status of PROPOSAL_STATUSES) {
      expect(proposalFileReadRefusal(actors.invitedLead, proposal(status))).not.toBeNull();
    }
  });
});

describe('who may remove a proposal’s file', () => {
  const before = { uploadedAt: SUBMITTED_AT - 1 };
  const after = { uploadedAt: SUBMITTED_AT + 1 };

  it('the authors, from a draft never submitted, any file', () => {
    expect(proposalFileRemovalRefusal(actors.coAuthorLead, proposal('draft'), before)).toBeNull();
    expect(
      proposalFileRemovalRefusal(actors.invitedLead, proposal('draft'), before),
    ).not.toBeNull();
  });

  it('from a returned proposal only a file added since the last submission', () => {
    const returned = proposal('returned');
    expect(proposalFileRemovalRefusal(actors.leadMember, returned, after)).toBeNull();
    expect(proposalFileRemovalRefusal(actors.leadMember, returned, before)?.code).toBe(
      'UPLOAD.TARGET_REMOVAL_NOT_ALLOWED',
    );
    // Without a file: whether they may remove any.
    expect(proposalFileRemovalRefusal(actors.leadMember, returned, null)).toBeNull();
    expect(
      proposalFileRemovalRefusal(actors.leadMember, proposal('endorsed'), null),
    ).not.toBeNull();
  });
});

describe('a meeting’s files (its minutes)', () => {
  const meeting = (status: MeetingStatus) => ({ status, councilId: COUNCIL });
  const allowed = (actor: Actor, decide: typeof meetingUploadRefusal) =>
    MEETING_STATUSES.filter((s) => decide(actor, meeting(s)) === null);

  it('are added and removed by staff while the meeting is planned or held', () => {
    expect(allowed(actors.staff, meetingUploadRefusal)).toEqual(['planned', 'held']);
    expect(allowed(actors.staff, meetingFileRemovalRefusal)).toEqual(['planned', 'held']);
    for (const actor of [
      actors.commissioner,
      actors.admin,
      actors.councilMember,
      actors.leadMember,
    ]) {
      expect(allowed(actor, meetingUploadRefusal)).toEqual([]);
    }
    expect(meetingUploadRefusal(actors.councilMember, meeting('held'))?.params).toEqual({
      reason: 'minutes_by_staff_only',
    });
    expect(meetingUploadRefusal(actors.leadMember, meeting('held'))?.params).toEqual({
      reason: 'meeting_not_readable',
    });
  });

  it('are read by the council’s members and the Secretariat, not by other NGOs', () => {
    expect(meetingFileReadRefusal(actors.councilMember, meeting('held'))).toBeNull();
    expect(meetingFileReadRefusal(actors.commissioner, meeting('held'))).toBeNull();
    expect(meetingFileReadRefusal(actors.leadMember, meeting('held'))).not.toBeNull();
  });
});

describe('a note’s photos', () => {
  const OWN = LEAD;
  const note = (status: NoteStatus) => ({ orgId: OWN, status });
  /** One person of each role: of the note's organisation where the role has one. */
  const ofRole = (role: Role, orgId = OWN): Actor =>
    role === 'ngo_member' || role === 'ngo_admin'
      ? { uid: `u-${role}`, role, orgId }
      : { uid: `u-${role}`, role, ...(role === 'coordinator' ? { regions: ['UA-32'] } : {}) };
  const open = (decide: typeof noteUploadRefusal, actor: Actor) =>
    NOTE_STATUSES.filter((status) => decide(actor, note(status)) === null);

  it('are added and removed by a member of its organisation, only while the note is open', () => {
    for (const role of ROLES) {
      const expected = role === 'ngo_member' || role === 'ngo_admin' ? ['open'] : [];
      expect(open(noteUploadRefusal, ofRole(role)), role).toEqual(expected);
      expect(open(noteFileRemovalRefusal, ofRole(role)), role).toEqual(expected);
    }
    const sent = noteUploadRefusal(ofRole('ngo_member'), note('sent'));
    expect(sent?.code).toBe('UPLOAD.TARGET_NOT_ALLOWED_IN_STATE');
    expect(sent?.message).toBe('До замітки в статусі «Надіслано» не можна додавати файли.');
  });

  it('not by a member of another organisation, in any state', () => {
    for (const role of ['ngo_member', 'ngo_admin'] as const) {
      for (const status of NOTE_STATUSES) {
        expect(noteUploadRefusal(ofRole(role, INVITED), note(status))?.params).toEqual({
          reason: 'note_not_readable',
        });
      }
    }
  });

  it('staff and the Commissioner read them but do not add them', () => {
    for (const role of ['staff', 'commissioner'] as const) {
      for (const status of NOTE_STATUSES) {
        expect(noteFileReadRefusal(ofRole(role), note(status))).toBeNull();
        expect(noteUploadRefusal(ofRole(role), note(status))?.params).toEqual({
          reason: 'note_photos_by_organisation',
        });
      }
    }
  });

  it('are read by its organisation and the Secretariat, by no one else', () => {
    const readers = ROLES.filter((role) =>
      NOTE_STATUSES.every((status) => noteFileReadRefusal(ofRole(role), note(status)) === null),
    );
    expect(readers).toEqual(['ngo_member', 'ngo_admin', 'staff', 'commissioner']);
    for (const role of ['coordinator', 'admin'] as const) {
      expect(noteFileReadRefusal(ofRole(role), note('sent'))?.params).toEqual({
        reason: 'note_not_readable',
      });
    }
    expect(noteFileReadRefusal(ofRole('ngo_admin', INVITED), note('sent'))).not.toBeNull();
  });
});
