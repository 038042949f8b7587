import { describe, expect, it } from 'vitest';
import { ROLES, type Actor, type Role } from '../roles.js';
import type { CouncilRole } from '../schemas/council-membership.schema.js';
import {
  actorOnCouncil,
  councilRelation,
  mayManageCouncils,
  mayReadCouncilMeetings,
  mayReadCouncilMembers,
  readsEveryProposal,
  type CouncilRelation,
} from './council.policy.js';

const COUNCIL = 'expert-detention';
const OTHER = 'expert-health';
const DAY = '2026-12-04';

const person = (role: Role): Actor => ({
  uid: `u-${role}`,
  role,
  ...(role === 'ngo_member' || role === 'ngo_admin' ? { orgId: 'org-1' } : {}),
});

/** The person with a membership in `councilRole` running on DAY (or none). */
const seated = (role: Role, councilRole: CouncilRole | null, councilId = COUNCIL): Actor =>
  actorOnCouncil(
    person(role),
    councilId,
    councilRole ? { uid: `u-${role}`, role: councilRole, from: '2026-01-01' } : null,
    DAY,
  );

const SECRETARIAT: readonly Role[] = ['staff', 'commissioner'];
const SEATS: readonly (CouncilRole | null)[] = ['chair', 'secretary', 'member', null];

describe('council relations, over every role and every seat', () => {
  const cases = ROLES.flatMap((role) => SEATS.map((seat) => [role, seat] as const));

  it.each(cases)('%s seated as %s', (role, seat) => {
    const actor = seated(role, seat);
    const expected: CouncilRelation = seat ?? (SECRETARIAT.includes(role) ? 'secretariat' : 'none');
    expect(councilRelation(actor, COUNCIL)).toBe(expected);
    // A seat on another council says nothing about this one.
    expect(councilRelation(seated(role, seat, OTHER), COUNCIL)).toBe(
      SECRETARIAT.includes(role) ? 'secretariat' : 'none',
    );
    expect(mayReadCouncilMeetings(actor, COUNCIL)).toBe(
      seat !== null || SECRETARIAT.includes(role) || role === 'admin',
    );
    expect(mayReadCouncilMembers(actor, COUNCIL)).toBe(mayReadCouncilMeetings(actor, COUNCIL));
    expect(mayManageCouncils(actor)).toBe(role === 'admin');
    expect(readsEveryProposal(actor)).toBe(SECRETARIAT.includes(role));
  });

  it('counts every chair and secretary as a member too', () => {
    for (const seat of ['chair', 'secretary'] as const) {
      const actor = seated('ngo_member', seat);
      expect(actor.memberOf).toEqual([COUNCIL]);
      expect(seat === 'chair' ? actor.chairOf : actor.secretaryOf).toEqual([COUNCIL]);
    }
  });

  it('gives no relation for a period not begun or already over', () => {
    const future = actorOnCouncil(
      person('ngo_member'),
      COUNCIL,
      { uid: 'u-ngo_member', role: 'chair', from: '2027-01-01' },
      DAY,
    );
    const past = actorOnCouncil(
      person('ngo_member'),
      COUNCIL,
      { uid: 'u-ngo_member', role: 'chair', from: '2025-01-01', to: '2026-12-03' },
      DAY,
    );
    const lastDay = actorOnCouncil(
      person('ngo_member'),
      COUNCIL,
      { uid: 'u-ngo_member', role: 'chair', from: '2025-01-01', to: DAY },
      DAY,
    );
    expect(councilRelation(future, COUNCIL)).toBe('none');
    expect(councilRelation(past, COUNCIL)).toBe('none');
    expect(councilRelation(lastDay, COUNCIL)).toBe('chair');
  });

  it('does not take someone else’s membership for the person’s own', () => {
    const actor = actorOnCouncil(
      person('ngo_member'),
      COUNCIL,
      { uid: 'u-someone-else', role: 'chair', from: '2026-01-01' },
      DAY,
    );
    expect(councilRelation(actor, COUNCIL)).toBe('none');
  });
});
