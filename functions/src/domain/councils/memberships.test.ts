import { describe, expect, it } from 'vitest';
import type { CouncilMembership } from '../schemas/council-membership.schema.js';
import { councilMembershipSchema } from '../schemas/council-membership.schema.js';
import {
  activeMembershipId,
  councilRelations,
  dayBefore,
  endedMembershipId,
  endMembership,
  isActiveOn,
  isCouncilChair,
  isCouncilMember,
  membersOn,
  newMembershipProblem,
  withCouncilRelations,
  type MembershipPeriod,
} from './memberships.js';

const HISTORY: MembershipPeriod[] = [
  {
    councilId: 'expert-children',
    uid: 'olena',
    role: 'chair',
    from: '2025-01-15',
    to: '2026-06-30',
  },
  { councilId: 'expert-children', uid: 'olena', role: 'member', from: '2026-07-01' },
  { councilId: 'expert-children', uid: 'taras', role: 'chair', from: '2026-07-01' },
  { councilId: 'advisory', uid: 'olena', role: 'member', from: '2025-03-01', to: '2027-02-28' },
  { councilId: 'advisory', uid: 'iryna', role: 'secretary', from: '2026-01-01' },
];

describe('membership on a day', () => {
  it('counts the first and the last day of a period', () => {
    const period = { from: '2026-01-01', to: '2026-12-31' };
    expect(isActiveOn(period, '2025-12-31')).toBe(false);
    expect(isActiveOn(period, '2026-01-01')).toBe(true);
    expect(isActiveOn(period, '2026-12-31')).toBe(true);
    expect(isActiveOn(period, '2027-01-01')).toBe(false);
    expect(isActiveOn({ from: '2026-01-01' }, '2099-01-01')).toBe(true);
  });

  it('resolves who chairs and who sits on each council on each day', () => {
    expect(councilRelations(HISTORY, 'olena', '2026-06-30')).toEqual({
      memberOf: ['expert-children', 'advisory'],
      chairOf: ['expert-children'],
      secretaryOf: [],
    });
    // From 1 July Olena is an ordinary member and Taras chairs.
    expect(isCouncilChair(HISTORY, 'olena', 'expert-children', '2026-07-01')).toBe(false);
    expect(isCouncilMember(HISTORY, 'olena', 'expert-children', '2026-07-01')).toBe(true);
    expect(isCouncilChair(HISTORY, 'taras', 'expert-children', '2026-07-01')).toBe(true);
    expect(isCouncilMember(HISTORY, 'taras', 'expert-children', '2026-06-30')).toBe(false);
    expect(councilRelations(HISTORY, 'iryna', '2026-05-05').secretaryOf).toEqual(['advisory']);
    expect(councilRelations(HISTORY, 'nobody', '2026-05-05')).toEqual({
      memberOf: [],
      chairOf: [],
      secretaryOf: [],
    });
  });

  it('gives the actor the relations the workflows check', () => {
    const actor = withCouncilRelations(
      { uid: 'olena', role: 'ngo_admin', orgId: 'o1' },
      HISTORY,
      '2027-03-01',
    );
    expect(actor).toEqual({
      uid: 'olena',
      role: 'ngo_admin',
      orgId: 'o1',
      memberOf: ['expert-children'],
      chairOf: [],
      secretaryOf: [],
    });
  });

  it('lists the council’s members on a day once each', () => {
    expect(membersOn(HISTORY, 'expert-children', '2026-08-01').sort()).toEqual(['olena', 'taras']);
    expect(membersOn(HISTORY, 'expert-children', '2025-01-14')).toEqual([]);
  });
});

describe('changing memberships', () => {
  it('refuses a second membership of the same person in an overlapping period', () => {
    expect(
      newMembershipProblem(HISTORY, {
        councilId: 'advisory',
        uid: 'olena',
        role: 'member',
        from: '2027-01-01',
      })?.message,
    ).toMatch(/вже є членом ради/);
    expect(
      newMembershipProblem(HISTORY, {
        councilId: 'advisory',
        uid: 'olena',
        role: 'member',
        from: '2027-03-01',
      }),
    ).toBeNull();
  });

  it('refuses a second chair at the same time, and accepts one after', () => {
    const next = {
      councilId: 'expert-children',
      uid: 'maria',
      role: 'chair' as const,
      from: '2026-09-01',
    };
    expect(newMembershipProblem(HISTORY, next)?.message).toMatch(/вже є голова/);
    expect(newMembershipProblem(HISTORY, { ...next, role: 'member' })).toBeNull();
    expect(
      newMembershipProblem(HISTORY, { ...next, from: '2024-01-01', to: '2025-01-14' }),
    ).toBeNull();
  });

  const current: CouncilMembership = {
    uid: 'olena',
    displayName: 'Олена Коваль',
    email: 'olena@example.org',
    orgId: '43900115',
    role: 'member',
    from: '2026-07-01',
    createdBy: 'admin',
    createdAt: new Date('2026-06-20T09:00:00Z'),
    updatedAt: new Date('2026-06-20T09:00:00Z'),
  };

  it('keeps an ended membership as history under its own id, and frees the current one', () => {
    const ended = endMembership(
      current,
      '2026-12-31',
      'admin',
      'Вийшла з ради за власним бажанням',
    );
    expect(ended).toEqual({
      deleteId: 'olena',
      historyId: 'olena__2026-07-01',
      history: {
        ...current,
        to: '2026-12-31',
        endedBy: 'admin',
        endReason: 'Вийшла з ради за власним бажанням',
      },
    });
    if ('history' in ended)
      expect(councilMembershipSchema.safeParse(ended.history).success).toBe(true);
    expect(activeMembershipId('olena')).toBe('olena');
    expect(endedMembershipId('olena', '2026-07-01')).toBe('olena__2026-07-01');
  });

  it('refuses to end a membership before it started or after it already ended', () => {
    expect(endMembership(current, '2026-06-30', 'admin')).toMatchObject({
      problem: {
        code: 'COUNCIL.MEMBERSHIP_CONFLICT',
        message: 'Членство не може закінчитися раніше, ніж почалося',
      },
    });
    expect(endMembership({ ...current, to: '2026-09-30' }, '2026-10-31', 'admin')).toHaveProperty(
      'problem',
    );
  });

  it('ends the old role the day before the new one starts', () => {
    expect(dayBefore('2026-03-01')).toBe('2026-02-28');
  });
});
