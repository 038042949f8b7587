import { describe, expect, it } from 'vitest';
import { ROLES, type Actor, type Role } from '../roles.js';
import {
  mayLeadOrganisation,
  mayReviewOrganisations,
  orgLeadRefusal,
  organisationReviewActions,
} from './organisation.policy.js';

const ORG = 'org-1';
const person = (role: Role, orgId?: string): Actor => ({ uid: `u-${role}`, role, orgId });

describe('organisation policy, over every role', () => {
  it.each(ROLES)('lets %s lead the organisation only as its lead or an administrator', (role) => {
    const may = role === 'admin' || role === 'ngo_admin';
    expect(mayLeadOrganisation(person(role, ORG), ORG)).toBe(may);
    expect(mayLeadOrganisation(person(role, 'org-other'), ORG)).toBe(role === 'admin');
    if (!may) expect(orgLeadRefusal(person(role, ORG), ORG)?.code).toBe('ORG.LEAD_ONLY');
  });

  it.each(ROLES)('offers %s the review actions the workflow allows', (role) => {
    const pending = organisationReviewActions(person(role, ORG), { id: ORG, status: 'pending' });
    const rejected = organisationReviewActions(person(role, ORG), { id: ORG, status: 'rejected' });
    const reviewer = role === 'staff' || role === 'admin';
    expect(pending).toEqual(reviewer ? ['verify', 'reject'] : []);
    expect(rejected).toEqual(role === 'ngo_admin' ? ['resubmit'] : []);
    expect(
      organisationReviewActions(person(role, 'org-other'), { id: ORG, status: 'rejected' }),
    ).toEqual([]);
  });
});

describe('who decides registrations', () => {
  it.each(ROLES)('is staff or an administrator, not %s otherwise', (role) => {
    expect(mayReviewOrganisations({ role })).toBe(role === 'staff' || role === 'admin');
  });
  it('is nobody without a role', () => {
    expect(mayReviewOrganisations({ role: null })).toBe(false);
    expect(mayLeadOrganisation({ role: null }, ORG)).toBe(false);
  });
});
