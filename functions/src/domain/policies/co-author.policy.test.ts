import { describe, expect, it } from 'vitest';
import { mayAnswerInvitation } from './co-author.policy.js';

const INVITED = '43900225';
const invitation = { orgId: INVITED, state: 'invited' as const };

describe('who answers an invitation to co-author', () => {
  it('the lead of the invited organisation: accepts once verified, declines either way', () => {
    const lead = { uid: 'l', role: 'ngo_admin' as const, orgId: INVITED };
    expect(mayAnswerInvitation(lead, invitation, 'accept', true)).toBe(true);
    expect(mayAnswerInvitation(lead, invitation, 'accept', false)).toBe(false);
    expect(mayAnswerInvitation(lead, invitation, 'decline', false)).toBe(true);
  });

  it('not its members, another organisation’s lead, staff, nor an answered invitation', () => {
    const member = { uid: 'm', role: 'ngo_member' as const, orgId: INVITED };
    const otherLead = { uid: 'o', role: 'ngo_admin' as const, orgId: '43900115' };
    const staff = { uid: 's', role: 'staff' as const };
    for (const actor of [member, otherLead, staff]) {
      expect(mayAnswerInvitation(actor, invitation, 'accept', true)).toBe(false);
      expect(mayAnswerInvitation(actor, invitation, 'decline', true)).toBe(false);
    }
    const lead = { uid: 'l', role: 'ngo_admin' as const, orgId: INVITED };
    expect(mayAnswerInvitation(lead, { ...invitation, state: 'declined' }, 'accept', true)).toBe(
      false,
    );
  });
});
