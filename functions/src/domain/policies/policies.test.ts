import { describe, expect, it } from 'vitest';
import type { Actor } from '../roles.js';
import { mayApplyToCouncil, mayManageCouncils, mayReadCouncilMembers } from './council.policy.js';
import { mayReadMeeting, mayRecordMeeting, mayScheduleMeeting } from './meeting.policy.js';
import {
  commentSide,
  isProposalPublic,
  mayComment,
  mayDeleteProposalDraft,
  mayEditProposalDraft,
  mayEndorse,
  mayReadProposal,
  mayTakeProposalAction,
  type ProposalAccessView,
} from './proposal.policy.js';
import { PROPOSAL_STATUSES } from '../workflows/proposal.workflow.js';
import { ROLES } from '../roles.js';

const EXPERT = 'expert-detention';
const ADVISORY = 'advisory';
const LEAD = 'org-lead';
const COAUTHOR = 'org-coauthor';
const INVITED = 'org-invited';

const person = (role: Actor['role'], extra: Partial<Actor> = {}): Actor => ({
  uid: `u-${role}`,
  role,
  ...extra,
});
const lead = person('ngo_member', { orgId: LEAD });
const coauthor = person('ngo_admin', { orgId: COAUTHOR });
/** A council member whose organisation was invited to co-author and has not accepted. */
const invited = person('ngo_admin', { orgId: INVITED, memberOf: [] });
const expertMember = person('ngo_member', { orgId: 'org-x', memberOf: [EXPERT] });
const advisoryMember = person('ngo_member', { orgId: 'org-y', memberOf: [ADVISORY] });
const staff = person('staff');
const commissioner = person('commissioner');

const proposal = (
  status: ProposalAccessView['status'],
  extra: Partial<ProposalAccessView> = {},
): ProposalAccessView => ({
  status,
  councilId: EXPERT,
  orgIds: [LEAD, COAUTHOR],
  ...extra,
});

describe('mayReadProposal', () => {
  it('keeps a draft to its authors, the co-authors that accepted among them', () => {
    const draft = proposal('draft');
    expect(mayReadProposal(lead, draft)).toBe(true);
    expect(mayReadProposal(coauthor, draft)).toBe(true);
    for (const other of [
      invited,
      expertMember,
      advisoryMember,
      staff,
      commissioner,
      person('admin'),
      person('coordinator', { regions: ['UA-30'] }),
    ]) {
      expect(mayReadProposal(other, draft), other.uid).toBe(false);
    }
  });

  it('opens a submitted proposal to its council and the Secretariat, not to an invited organisation', () => {
    const submitted = proposal('council_review');
    expect(mayReadProposal(expertMember, submitted)).toBe(true);
    expect(mayReadProposal(staff, submitted)).toBe(true);
    expect(mayReadProposal(commissioner, submitted)).toBe(true);
    expect(mayReadProposal(invited, submitted)).toBe(false);
    expect(mayReadProposal(advisoryMember, submitted)).toBe(false);
    expect(mayReadProposal(person('admin'), submitted)).toBe(false);
    expect(mayReadProposal(person('coordinator', { regions: ['UA-30'] }), submitted)).toBe(false);
  });

  it('opens it to the members of the council whose meeting has it on the agenda, and keeps that after', () => {
    expect(
      mayReadProposal(advisoryMember, proposal('scheduled', { agenda: { councilId: ADVISORY } })),
    ).toBe(true);
    expect(
      mayReadProposal(
        advisoryMember,
        proposal('recommended', { discussion: { councilId: ADVISORY } }),
      ),
    ).toBe(true);
  });
});

describe('drafts', () => {
  it('are edited by authors while unlocked, never by others', () => {
    const draft = { orgIds: [LEAD, COAUTHOR], locked: false };
    expect(mayEditProposalDraft(lead, draft)).toBe(true);
    expect(mayEditProposalDraft(coauthor, draft)).toBe(true);
    expect(mayEditProposalDraft(invited, draft)).toBe(false);
    expect(mayEditProposalDraft(staff, draft)).toBe(false);
    expect(mayEditProposalDraft(lead, { ...draft, locked: true })).toBe(false);
  });

  it('are deleted by authors before the first submission only; an invited organisation cannot', () => {
    const draft = { orgIds: [LEAD] };
    expect(mayDeleteProposalDraft(lead, draft, false)).toBe(true);
    expect(mayDeleteProposalDraft(lead, draft, true)).toBe(false);
    expect(mayDeleteProposalDraft(invited, draft, false)).toBe(false);
    // A staff account that happens to carry an orgId is not an author.
    expect(mayDeleteProposalDraft(person('staff', { orgId: LEAD }), draft, false)).toBe(false);
  });
});

describe('comments', () => {
  it('are open while the proposal is under review, to the council, the Secretariat and the authors', () => {
    for (const status of PROPOSAL_STATUSES) {
      const open = ['submitted', 'council_review', 'returned', 'returned_for_revision'].includes(
        status,
      );
      expect(mayComment(expertMember, proposal(status)), status).toBe(open);
      expect(mayComment(staff, proposal(status)), status).toBe(open);
      expect(mayComment(lead, proposal(status)), status).toBe(open);
      expect(mayComment(invited, proposal(status)), status).toBe(false);
      expect(mayComment(advisoryMember, proposal(status)), status).toBe(false);
    }
  });

  it('say which side they come from', () => {
    const p = proposal('council_review');
    expect(commentSide(lead, p)).toBe('author');
    expect(commentSide(expertMember, p)).toBe('council');
    expect(commentSide(commissioner, p)).toBe('secretariat');
  });
});

describe('workflow answers for the interface', () => {
  it('lets the chair endorse and asks the workflow for every other action', () => {
    const chair = person('ngo_admin', {
      orgId: 'org-chair',
      memberOf: [EXPERT],
      chairOf: [EXPERT],
    });
    expect(mayEndorse(chair, proposal('council_review'))).toBe(true);
    expect(mayEndorse(expertMember, proposal('council_review'))).toBe(false);
    const sittingAuthor = { ...lead, memberOf: [EXPERT] };
    expect(
      mayTakeProposalAction(sittingAuthor, proposal('draft'), 'submit', { orgVerified: true }),
    ).toBe(true);
    expect(
      mayTakeProposalAction(sittingAuthor, proposal('draft'), 'submit', { orgVerified: false }),
    ).toBe(false);
    // An invited organisation sitting on the council still cannot submit someone else's draft.
    expect(
      mayTakeProposalAction({ ...invited, memberOf: [EXPERT] }, proposal('draft'), 'submit', {
        orgVerified: true,
      }),
    ).toBe(false);
  });

  it('makes a proposal public once discussed, unless withdrawn', () => {
    expect(isProposalPublic(proposal('scheduled'))).toBe(false);
    expect(isProposalPublic(proposal('discussed', { discussion: { councilId: ADVISORY } }))).toBe(
      true,
    );
    expect(
      isProposalPublic(proposal('council_review', { discussion: { councilId: ADVISORY } })),
    ).toBe(true);
    expect(isProposalPublic(proposal('withdrawn', { discussion: { councilId: ADVISORY } }))).toBe(
      false,
    );
  });
});

describe('council policies', () => {
  it('leave the management of councils to administrators', () => {
    for (const role of ROLES) expect(mayManageCouncils(person(role)), role).toBe(role === 'admin');
  });

  it('show a council’s people to its members, the Secretariat and administrators', () => {
    expect(mayReadCouncilMembers(expertMember, EXPERT)).toBe(true);
    expect(mayReadCouncilMembers(expertMember, ADVISORY)).toBe(false);
    expect(mayReadCouncilMembers(person('admin'), EXPERT)).toBe(true);
    expect(mayReadCouncilMembers(staff, EXPERT)).toBe(true);
    expect(mayReadCouncilMembers(person('coordinator'), EXPERT)).toBe(false);
  });

  const context = { councilKind: 'expert' as const, orgVerified: true, pendingApplication: false };

  it('let a member of a verified NGO apply to an expert council', () => {
    expect(mayApplyToCouncil(lead, EXPERT, context)).toEqual({ ok: true, value: true });
  });

  it.each([
    ['a staff member', staff, context, 'COUNCIL.APPLICANT_NOT_NGO'],
    [
      'to the Advisory Council',
      lead,
      { ...context, councilKind: 'advisory' as const },
      'COUNCIL.BY_APPOINTMENT',
    ],
    [
      'from an unverified NGO',
      lead,
      { ...context, orgVerified: false },
      'WORKFLOW.ORGANISATION_NOT_VERIFIED',
    ],
    ['as a member already', expertMember, context, 'COUNCIL.ALREADY_MEMBER'],
    ['twice', lead, { ...context, pendingApplication: true }, 'COUNCIL.APPLICATION_PENDING'],
  ])('refuse an application %s', (_what, actor, ctx, code) => {
    const result = mayApplyToCouncil(actor, EXPERT, ctx);
    expect(result.ok || result.error.code).toBe(code);
    expect(result.ok || result.error.message).toMatch(/\p{Script=Cyrillic}/u);
  });
});

describe('meeting policies', () => {
  const planned = { status: 'planned' as const, councilId: ADVISORY };

  it('let staff schedule and record meetings, nobody else', () => {
    for (const role of ROLES) {
      expect(mayScheduleMeeting(person(role)), role).toBe(role === 'staff');
      expect(
        mayRecordMeeting(person(role, { memberOf: [ADVISORY], chairOf: [ADVISORY] }), planned),
        role,
      ).toBe(role === 'staff');
    }
    expect(mayRecordMeeting(staff, { ...planned, status: 'held' })).toBe(false);
  });

  it('show a meeting to its council’s members and the office', () => {
    expect(mayReadMeeting(advisoryMember, planned)).toBe(true);
    expect(mayReadMeeting(expertMember, planned)).toBe(false);
    expect(mayReadMeeting(person('admin'), planned)).toBe(true);
    expect(mayReadMeeting(commissioner, planned)).toBe(true);
  });
});
