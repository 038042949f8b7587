import { describe, expect, it } from 'vitest';
import { availableActions, transition } from './workflow.js';
import { proposalWorkflow } from './proposal.workflow.js';
import {
  allowedTriples,
  COUNCIL,
  everyCombination,
  fullyRelatedActor,
  OWN_ORG,
  subjectIn,
} from './workflow-matrix.test-support.js';

// DESIGN.md, "Legislative proposal": NGO members of an Expert Council submit; the council
// reviews and its chair endorses; the Secretariat puts it on the Advisory Council agenda and
// records the discussion; the Commissioner decides; the Secretariat sends it to Parliament.
const NGO = ['ngo_member', 'ngo_admin'] as const;
const ALLOWED = allowedTriples([
  ['submit', ['draft'], [...NGO]],
  ['startCouncilReview', ['submitted'], ['staff', ...NGO]],
  ['return', ['council_review'], ['staff', ...NGO]],
  ['resubmit', ['returned', 'returned_for_revision'], [...NGO]],
  ['endorse', ['council_review'], [...NGO]],
  ['schedule', ['endorsed'], ['staff']],
  ['unschedule', ['scheduled'], ['staff']],
  ['recordDiscussion', ['scheduled'], ['staff']],
  ['recommend', ['discussed'], ['commissioner']],
  ['reject', ['discussed'], ['commissioner']],
  ['returnForRevision', ['discussed'], ['commissioner']],
  ['sendToParliament', ['recommended'], ['staff', 'commissioner']],
  ['recordParliamentResult', ['sent_to_parliament'], ['staff']],
  ['close', ['sent_to_parliament'], ['staff']],
  [
    'withdraw',
    ['draft', 'submitted', 'council_review', 'returned', 'returned_for_revision'],
    [...NGO],
  ],
]);

describe('proposal workflow: every (status, action, role)', () => {
  it.each(everyCombination(proposalWorkflow))('%s · %s · %s', (status, action, role) => {
    const result = transition(
      proposalWorkflow,
      subjectIn(status),
      action,
      fullyRelatedActor(role),
      {
        orgVerified: true,
      },
    );
    expect(result.ok).toBe(ALLOWED.has(`${status} ${action} ${role}`));
    if (!result.ok) {
      expect(result.error.code).toMatch(/^WORKFLOW\./);
      expect(result.error.message.length).toBeGreaterThan(10);
    }
  });
});

describe('proposal workflow: transitions', () => {
  it('follows the main path to Parliament', () => {
    const steps = [
      ['draft', 'submit', 'ngo_member', 'submitted'],
      ['submitted', 'startCouncilReview', 'ngo_admin', 'council_review'],
      ['council_review', 'endorse', 'ngo_member', 'endorsed'],
      ['endorsed', 'schedule', 'staff', 'scheduled'],
      ['scheduled', 'recordDiscussion', 'staff', 'discussed'],
      ['discussed', 'recommend', 'commissioner', 'recommended'],
      ['recommended', 'sendToParliament', 'staff', 'sent_to_parliament'],
      ['sent_to_parliament', 'close', 'staff', 'closed'],
    ] as const;
    for (const [from, action, role, to] of steps) {
      const result = transition(
        proposalWorkflow,
        subjectIn(from),
        action,
        fullyRelatedActor(role),
        {
          orgVerified: true,
        },
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
        fullyRelatedActor('ngo_member'),
      );
      expect(result).toEqual({
        ok: true,
        value: { action: 'resubmit', from, to: 'council_review' },
      });
    }
  });

  it('records the result in Parliament without moving the proposal', () => {
    const result = transition(
      proposalWorkflow,
      subjectIn('sent_to_parliament'),
      'recordParliamentResult',
      fullyRelatedActor('staff'),
    );
    expect(result).toEqual({
      ok: true,
      value: {
        action: 'recordParliamentResult',
        from: 'sent_to_parliament',
        to: 'sent_to_parliament',
      },
    });
  });
});

describe('proposal workflow: requirements', () => {
  it('refuses submission by a member who is not on the expert council', () => {
    const actor = { ...fullyRelatedActor('ngo_member'), memberOf: ['council-other'] };
    const result = transition(proposalWorkflow, subjectIn('draft'), 'submit', actor, {
      orgVerified: true,
    });
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

  it('refuses submission while the organisation is not verified', () => {
    const result = transition(
      proposalWorkflow,
      subjectIn('draft'),
      'submit',
      fullyRelatedActor('ngo_member'),
      {
        orgVerified: false,
      },
    );
    expect(result.ok || result.error.code).toBe('WORKFLOW.ORGANISATION_NOT_VERIFIED');
    // Without a context the organisation is not known to be verified either.
    const noContext = transition(
      proposalWorkflow,
      subjectIn('draft'),
      'submit',
      fullyRelatedActor('ngo_member'),
    );
    expect(noContext.ok || noContext.error.code).toBe('WORKFLOW.ORGANISATION_NOT_VERIFIED');
  });

  it('refuses submission of another organisation’s draft', () => {
    const actor = { ...fullyRelatedActor('ngo_member'), orgId: 'org-other' };
    const result = transition(proposalWorkflow, subjectIn('draft'), 'submit', actor, {
      orgVerified: true,
    });
    expect(result.ok || result.error.code).toBe('WORKFLOW.NOT_OWN_ORGANISATION');
  });

  it('lets any co-authoring organisation withdraw', () => {
    const subject = {
      ...subjectIn('council_review' as const),
      ownerOrgIds: [OWN_ORG, 'org-coauthor'],
    };
    const coauthor = { ...fullyRelatedActor('ngo_admin'), orgId: 'org-coauthor' };
    expect(transition(proposalWorkflow, subject, 'withdraw', coauthor).ok).toBe(true);
    const outsider = { ...fullyRelatedActor('ngo_admin'), orgId: 'org-outsider' };
    const refused = transition(proposalWorkflow, subject, 'withdraw', outsider);
    expect(refused.ok || refused.error.code).toBe('WORKFLOW.NOT_OWN_ORGANISATION');
  });

  it('lets only the council chair endorse', () => {
    const member = { ...fullyRelatedActor('ngo_member'), chairOf: [] };
    const result = transition(proposalWorkflow, subjectIn('council_review'), 'endorse', member);
    expect(result.ok || result.error.code).toBe('WORKFLOW.NOT_COUNCIL_CHAIR');
    expect(result.ok || result.error.message).toContain('голова');
  });

  it('refuses the chair of a different council', () => {
    const otherChair = { ...fullyRelatedActor('ngo_admin'), chairOf: ['council-other'] };
    expect(subjectIn('council_review').councilId).toBe(COUNCIL);
    for (const action of ['startCouncilReview', 'return', 'endorse']) {
      const status = action === 'startCouncilReview' ? 'submitted' : 'council_review';
      const result = transition(proposalWorkflow, subjectIn(status), action, otherChair);
      expect(result.ok || result.error.code).toBe('WORKFLOW.NOT_COUNCIL_CHAIR');
    }
  });

  it('lets the chair endorse a proposal of another organisation (chairing is not authorship)', () => {
    const chair = { ...fullyRelatedActor('ngo_admin'), orgId: 'org-chair' };
    expect(transition(proposalWorkflow, subjectIn('council_review'), 'endorse', chair).ok).toBe(
      true,
    );
  });

  it('lets staff start and return a council review without chairing the council', () => {
    const staff = { ...fullyRelatedActor('staff'), chairOf: [], memberOf: [] };
    expect(
      transition(proposalWorkflow, subjectIn('submitted'), 'startCouncilReview', staff).ok,
    ).toBe(true);
    expect(transition(proposalWorkflow, subjectIn('council_review'), 'return', staff).ok).toBe(
      true,
    );
  });

  it('does not let staff decide on a recommendation to Parliament', () => {
    const staff = { ...fullyRelatedActor('staff'), decisionAuthority: true };
    const result = transition(proposalWorkflow, subjectIn('discussed'), 'recommend', staff);
    expect(result.ok || result.error.code).toBe('WORKFLOW.ROLE_NOT_ALLOWED');
  });
});

describe('proposal workflow: availableActions', () => {
  it('offers an author who is a council member submission or withdrawal of a draft', () => {
    const author = { ...fullyRelatedActor('ngo_member'), chairOf: [] };
    expect(
      availableActions(proposalWorkflow, subjectIn('draft'), author, { orgVerified: true }),
    ).toEqual(['submit', 'withdraw']);
    // Unverified: withdrawal is still possible, submission is not.
    expect(
      availableActions(proposalWorkflow, subjectIn('draft'), author, { orgVerified: false }),
    ).toEqual(['withdraw']);
  });

  it('offers the chair (also an author) the council actions during review', () => {
    expect(
      availableActions(
        proposalWorkflow,
        subjectIn('council_review'),
        fullyRelatedActor('ngo_admin'),
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
