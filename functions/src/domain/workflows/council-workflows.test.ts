import { describe, expect, it } from 'vitest';
import { transition } from './workflow.js';
import { coAuthorWorkflow } from './co-author.workflow.js';
import { councilApplicationWorkflow } from './council-application.workflow.js';
import { councilWorkflow } from './council.workflow.js';
import {
  allowedQuadruples,
  matrixMismatches,
  OWN_ORG,
  RELATIONS,
  relatedActor,
  statusActionPairs,
  subjectIn,
  type Relation,
} from './workflow-matrix.test-support.js';

// A co-authorship is answered by the lead of the invited organisation (the subject's owner);
// accepting also needs the organisation verified. An application to an Expert Council is
// decided by its chair or by staff.
const INVITED: readonly Relation[] = ['author', 'authorMember', 'authorChair'];
const CO_AUTHOR_ALLOWED = allowedQuadruples([
  ['accept', ['invited'], { ngo_admin: INVITED }],
  ['decline', ['invited'], { ngo_admin: INVITED }],
]);

const CHAIRS: readonly Relation[] = ['chair', 'authorChair'];
const ANY: readonly Relation[] = RELATIONS;
const APPLICATION_ALLOWED = allowedQuadruples([
  ['accept', ['pending'], { staff: ANY, ngo_member: CHAIRS, ngo_admin: CHAIRS }],
  ['decline', ['pending'], { staff: ANY, ngo_member: CHAIRS, ngo_admin: CHAIRS }],
]);

// Councils and their memberships are kept by administrators only, whatever their relation to
// the council (a chair does not edit the council); memberships expire by the platform's job.
const COUNCIL_ALLOWED = allowedQuadruples([
  ['update', ['active'], { admin: ANY }],
  ['addMember', ['active'], { admin: ANY }],
  ['endMembership', ['active'], { admin: ANY }],
  ['expireMemberships', ['active'], { system: ANY }],
]);

describe('council: every (status, action, role, relation)', () => {
  it.each(statusActionPairs(councilWorkflow))('%s · %s', (status, action) => {
    expect(matrixMismatches(councilWorkflow, status, action, COUNCIL_ALLOWED)).toEqual([]);
  });

  it('refuses the council’s own chair an administrative change, by role', () => {
    const result = transition(
      councilWorkflow,
      subjectIn('active'),
      'addMember',
      relatedActor('ngo_admin', 'chair'),
    );
    expect(result.ok || result.error.code).toBe('WORKFLOW.ROLE_NOT_ALLOWED');
  });
});

describe('co-author invitation: every (status, action, role, relation)', () => {
  it.each(statusActionPairs(coAuthorWorkflow))('%s · %s', (status, action) => {
    expect(matrixMismatches(coAuthorWorkflow, status, action, CO_AUTHOR_ALLOWED)).toEqual([]);
  });

  it('does not let a member (not the lead) of the invited organisation answer', () => {
    const result = transition(
      coAuthorWorkflow,
      subjectIn('invited'),
      'accept',
      relatedActor('ngo_member', 'author'),
      {
        orgVerified: true,
      },
    );
    expect(result.ok || result.error.code).toBe('WORKFLOW.ROLE_NOT_ALLOWED');
  });

  it('lets an unverified organisation decline but not accept', () => {
    const lead = relatedActor('ngo_admin', 'author');
    const accept = transition(coAuthorWorkflow, subjectIn('invited'), 'accept', lead, {
      orgVerified: false,
    });
    expect(accept.ok || accept.error.code).toBe('WORKFLOW.ORGANISATION_NOT_VERIFIED');
    expect(transition(coAuthorWorkflow, subjectIn('invited'), 'decline', lead).ok).toBe(true);
  });

  it('refuses the lead of the inviting organisation answering for the invited one', () => {
    const subject = { ...subjectIn('invited' as const), ownerOrgIds: ['org-invited'] };
    const inviter = relatedActor('ngo_admin', 'author');
    expect(inviter.orgId).toBe(OWN_ORG);
    const result = transition(coAuthorWorkflow, subject, 'accept', inviter, { orgVerified: true });
    expect(result.ok || result.error.code).toBe('WORKFLOW.NOT_OWN_ORGANISATION');
  });
});

describe('council application: every (status, action, role, relation)', () => {
  it.each(statusActionPairs(councilApplicationWorkflow))('%s · %s', (status, action) => {
    expect(
      matrixMismatches(councilApplicationWorkflow, status, action, APPLICATION_ALLOWED),
    ).toEqual([]);
  });

  it('refuses the chair of another council', () => {
    const result = transition(
      councilApplicationWorkflow,
      subjectIn('pending'),
      'accept',
      relatedActor('ngo_admin', 'otherChair'),
    );
    expect(result.ok || result.error.code).toBe('WORKFLOW.NOT_COUNCIL_CHAIR');
  });

  it('moves pending → accepted | declined, once', () => {
    const staff = relatedActor('staff', 'none');
    expect(transition(councilApplicationWorkflow, subjectIn('pending'), 'decline', staff)).toEqual({
      ok: true,
      value: { action: 'decline', from: 'pending', to: 'declined' },
    });
    const again = transition(councilApplicationWorkflow, subjectIn('accepted'), 'decline', staff);
    expect(again.ok || again.error.code).toBe('WORKFLOW.NOT_ALLOWED_IN_STATE');
  });
});
