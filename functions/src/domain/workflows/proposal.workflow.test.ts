import { describe, expect, it } from 'vitest';
import { availableActions, transition } from './workflow.js';
import { proposalWorkflow } from './proposal.workflow.js';
import {
  allowedQuadruples,
  COUNCIL,
  fullyRelatedActor,
  matrixMismatches,
  OWN_ORG,
  RELATIONS,
  relatedActor,
  statusActionPairs,
  subjectIn,
  type Relation,
} from './workflow-matrix.test-support.js';

// DESIGN.md, "Legislative proposal", and issue 11: authors who sit on the Expert Council
// submit and resubmit; any author invites co-authors and withdraws; the council's chair (or
// staff) reviews and returns, only the chair endorses; staff put it on an agenda and record
// the discussion; the Commissioner decides; staff (or the Commissioner) send it to Parliament,
// staff follow the bill and close. "Authors" are the lead and the co-authors that accepted.
const ANY: readonly Relation[] = RELATIONS;
const AUTHORS: readonly Relation[] = ['author', 'authorMember', 'authorChair'];
const SITTING_AUTHORS: readonly Relation[] = ['authorMember', 'authorChair'];
const CHAIRS: readonly Relation[] = ['chair', 'authorChair'];
const ngo = (relations: readonly Relation[]) => ({ ngo_member: relations, ngo_admin: relations });

const ALLOWED = allowedQuadruples([
  ['submit', ['draft'], ngo(SITTING_AUTHORS)],
  ['inviteCoAuthor', ['draft', 'returned', 'returned_for_revision'], ngo(AUTHORS)],
  ['startCouncilReview', ['submitted'], { staff: ANY, ...ngo(CHAIRS) }],
  ['return', ['council_review'], { staff: ANY, ...ngo(CHAIRS) }],
  ['resubmit', ['returned', 'returned_for_revision'], ngo(SITTING_AUTHORS)],
  ['endorse', ['council_review'], ngo(CHAIRS)],
  ['schedule', ['endorsed'], { staff: ANY }],
  ['unschedule', ['scheduled'], { staff: ANY }],
  ['recordDiscussion', ['scheduled'], { staff: ANY }],
  ['recommend', ['discussed'], { commissioner: ANY }],
  ['reject', ['discussed'], { commissioner: ANY }],
  ['returnForRevision', ['discussed'], { commissioner: ANY }],
  ['sendToParliament', ['recommended'], { staff: ANY, commissioner: ANY }],
  ['recordParliamentResult', ['sent_to_parliament'], { staff: ANY }],
  ['close', ['sent_to_parliament'], { staff: ANY }],
  [
    'withdraw',
    ['submitted', 'council_review', 'returned', 'endorsed', 'returned_for_revision'],
    ngo(AUTHORS),
  ],
]);

describe('proposal workflow: every (status, action, role, relation)', () => {
  it.each(statusActionPairs(proposalWorkflow))(
    '%s · %s, for every role and relation',
    (status, action) => {
      expect(matrixMismatches(proposalWorkflow, status, action, ALLOWED)).toEqual([]);
    },
  );
});

describe('proposal workflow: transitions', () => {
  it('follows the main path to Parliament', () => {
    const steps = [
      ['draft', 'submit', 'ngo_member', 'authorMember', 'submitted'],
      ['submitted', 'startCouncilReview', 'ngo_admin', 'chair', 'council_review'],
      ['council_review', 'endorse', 'ngo_member', 'chair', 'endorsed'],
      ['endorsed', 'schedule', 'staff', 'none', 'scheduled'],
      ['scheduled', 'recordDiscussion', 'staff', 'none', 'discussed'],
      ['discussed', 'recommend', 'commissioner', 'none', 'recommended'],
      ['recommended', 'sendToParliament', 'staff', 'none', 'sent_to_parliament'],
      ['sent_to_parliament', 'close', 'staff', 'none', 'closed'],
    ] as const;
    for (const [from, action, role, relation, to] of steps) {
      const result = transition(
        proposalWorkflow,
        subjectIn(from),
        action,
        relatedActor(role, relation),
        { orgVerified: true },
      );
      expect(result).toEqual({ ok: true, value: { action, from, to } });
    }
  });

  it('returns to the council from both kinds of return', () => {
    for (const from of ['returned', 'returned_for_revision'] as const) {
      const result = transition(
        proposalWorkflow,
        subjectIn(from),
        'resubmit',
        relatedActor('ngo_member', 'authorMember'),
        { orgVerified: true },
      );
      expect(result).toEqual({
        ok: true,
        value: { action: 'resubmit', from, to: 'council_review' },
      });
    }
  });

  it('records the result in Parliament and invites co-authors without moving the proposal', () => {
    expect(
      transition(
        proposalWorkflow,
        subjectIn('sent_to_parliament'),
        'recordParliamentResult',
        fullyRelatedActor('staff'),
      ),
    ).toEqual({
      ok: true,
      value: {
        action: 'recordParliamentResult',
        from: 'sent_to_parliament',
        to: 'sent_to_parliament',
      },
    });
    expect(
      transition(
        proposalWorkflow,
        subjectIn('returned'),
        'inviteCoAuthor',
        relatedActor('ngo_member', 'author'),
      ),
    ).toEqual({ ok: true, value: { action: 'inviteCoAuthor', from: 'returned', to: 'returned' } });
  });
});

describe('proposal workflow: requirements', () => {
  it('refuses submission by an author who does not sit on the expert council', () => {
    const result = transition(
      proposalWorkflow,
      subjectIn('draft'),
      'submit',
      relatedActor('ngo_member', 'author'),
      { orgVerified: true },
    );
    expect(result.ok || result.error.code).toBe('WORKFLOW.NOT_COUNCIL_MEMBER');
    expect(result.ok || result.error.message).toContain('члени відповідної експертної ради');
  });

  it('refuses submission of a proposal that names no council', () => {
    const subject = { ...subjectIn('draft' as const), councilId: undefined };
    const result = transition(proposalWorkflow, subject, 'submit', fullyRelatedActor('ngo_admin'), {
      orgVerified: true,
    });
    expect(result.ok || result.error.code).toBe('WORKFLOW.NOT_COUNCIL_MEMBER');
  });

  it('refuses submission and resubmission while the organisation is not verified', () => {
    for (const [status, action] of [
      ['draft', 'submit'],
      ['returned', 'resubmit'],
    ] as const) {
      const actor = relatedActor('ngo_member', 'authorMember');
      const result = transition(proposalWorkflow, subjectIn(status), action, actor, {
        orgVerified: false,
      });
      expect(result.ok || result.error.code).toBe('WORKFLOW.ORGANISATION_NOT_VERIFIED');
      // Without a context the organisation is not known to be verified either.
      const noContext = transition(proposalWorkflow, subjectIn(status), action, actor);
      expect(noContext.ok || noContext.error.code).toBe('WORKFLOW.ORGANISATION_NOT_VERIFIED');
    }
  });

  it('refuses a council member whose organisation is not among the authors', () => {
    const result = transition(
      proposalWorkflow,
      subjectIn('draft'),
      'submit',
      relatedActor('ngo_admin', 'member'),
      { orgVerified: true },
    );
    expect(result.ok || result.error.code).toBe('WORKFLOW.NOT_OWN_ORGANISATION');
  });

  it('lets any co-author that accepted withdraw, and not an organisation that did not', () => {
    const subject = {
      ...subjectIn('council_review' as const),
      ownerOrgIds: [OWN_ORG, 'org-coauthor'],
    };
    const coauthor = { ...fullyRelatedActor('ngo_admin'), orgId: 'org-coauthor' };
    expect(transition(proposalWorkflow, subject, 'withdraw', coauthor).ok).toBe(true);
    // An invited organisation that has not accepted is not among the owners.
    const invited = { ...fullyRelatedActor('ngo_admin'), orgId: 'org-invited' };
    const refused = transition(proposalWorkflow, subject, 'withdraw', invited);
    expect(refused.ok || refused.error.code).toBe('WORKFLOW.NOT_OWN_ORGANISATION');
  });

  it('lets only the council chair endorse, and refuses the chair of a different council', () => {
    const member = transition(
      proposalWorkflow,
      subjectIn('council_review'),
      'endorse',
      relatedActor('ngo_member', 'authorMember'),
    );
    expect(member.ok || member.error.code).toBe('WORKFLOW.NOT_COUNCIL_CHAIR');
    expect(member.ok || member.error.message).toContain('голова');
    expect(subjectIn('council_review').councilId).toBe(COUNCIL);
    for (const action of ['startCouncilReview', 'return', 'endorse']) {
      const status = action === 'startCouncilReview' ? 'submitted' : 'council_review';
      const result = transition(
        proposalWorkflow,
        subjectIn(status),
        action,
        relatedActor('ngo_admin', 'otherChair'),
      );
      expect(result.ok || result.error.code).toBe('WORKFLOW.NOT_COUNCIL_CHAIR');
    }
  });

  it('does not let staff decide on a recommendation to Parliament, even with authority on reports', () => {
    const staff = { ...fullyRelatedActor('staff'), decisionAuthority: true };
    const result = transition(proposalWorkflow, subjectIn('discussed'), 'recommend', staff);
    expect(result.ok || result.error.code).toBe('WORKFLOW.ROLE_NOT_ALLOWED');
  });

  it('does not let authors withdraw a proposal already on an agenda or decided', () => {
    for (const status of ['scheduled', 'discussed', 'recommended', 'sent_to_parliament'] as const) {
      const result = transition(
        proposalWorkflow,
        subjectIn(status),
        'withdraw',
        fullyRelatedActor('ngo_admin'),
      );
      expect(result.ok || result.error.code).toBe('WORKFLOW.NOT_ALLOWED_IN_STATE');
    }
  });
});

describe('proposal workflow: availableActions', () => {
  it('offers a sitting author submission or an invitation on a draft', () => {
    const author = relatedActor('ngo_member', 'authorMember');
    expect(
      availableActions(proposalWorkflow, subjectIn('draft'), author, { orgVerified: true }),
    ).toEqual(['submit', 'inviteCoAuthor']);
    // Unverified: inviting is still possible, submission is not.
    expect(
      availableActions(proposalWorkflow, subjectIn('draft'), author, { orgVerified: false }),
    ).toEqual(['inviteCoAuthor']);
  });

  it('offers the chair (also an author) the council actions during review', () => {
    expect(
      availableActions(
        proposalWorkflow,
        subjectIn('council_review'),
        relatedActor('ngo_admin', 'authorChair'),
      ),
    ).toEqual(['return', 'endorse', 'withdraw']);
  });

  it('offers the Commissioner the three decisions after the discussion', () => {
    expect(
      availableActions(proposalWorkflow, subjectIn('discussed'), fullyRelatedActor('commissioner')),
    ).toEqual(['recommend', 'reject', 'returnForRevision']);
  });

  it('offers staff the agenda actions and the Parliament follow-up', () => {
    const staff = fullyRelatedActor('staff');
    expect(availableActions(proposalWorkflow, subjectIn('endorsed'), staff)).toEqual(['schedule']);
    expect(availableActions(proposalWorkflow, subjectIn('scheduled'), staff)).toEqual([
      'unschedule',
      'recordDiscussion',
    ]);
    expect(availableActions(proposalWorkflow, subjectIn('sent_to_parliament'), staff)).toEqual([
      'recordParliamentResult',
      'close',
    ]);
  });

  it('offers nothing on a closed, rejected or withdrawn proposal', () => {
    for (const status of ['closed', 'rejected', 'withdrawn'] as const) {
      for (const role of ['ngo_admin', 'staff', 'commissioner', 'admin'] as const) {
        expect(
          availableActions(proposalWorkflow, subjectIn(status), fullyRelatedActor(role)),
        ).toEqual([]);
      }
    }
  });
});
