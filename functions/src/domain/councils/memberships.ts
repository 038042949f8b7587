import { domainError, type DomainError } from '../errors.js';
import { addCalendarDays } from '../kyiv-time.js';
import type { Actor } from '../roles.js';
import type { CouncilMembership, CouncilRole } from '../schemas/council-membership.schema.js';

/**
 * Council membership over time. A membership is one period (from, to inclusive, Kyiv dates)
 * in one role. The current one lives at `councils/{councilId}/members/{uid}` — the path the
 * security rules check — and an ended one is moved to `members/{uid}__{from}`, so history is
 * kept and a person can join again. The relations an actor has on a day (chair of, member
 * of) are what the workflows and policies ask.
 */
export interface MembershipPeriod {
  councilId: string;
  uid: string;
  role: CouncilRole;
  from: string;
  to?: string | undefined;
}

export const activeMembershipId = (uid: string) => uid;
export const endedMembershipId = (uid: string, from: string) => `${uid}__${from}`;

export function isActiveOn(period: Pick<MembershipPeriod, 'from' | 'to'>, date: string): boolean {
  return period.from <= date && (!period.to || date <= period.to);
}

export interface CouncilRelations {
  memberOf: string[];
  chairOf: string[];
  secretaryOf: string[];
}

/** The councils a person belongs to on a day, and those they chair or are secretary of. */
export function councilRelations(
  memberships: readonly MembershipPeriod[],
  uid: string,
  date: string,
): CouncilRelations {
  const active = memberships.filter((m) => m.uid === uid && isActiveOn(m, date));
  const councils = (role?: CouncilRole) => [
    ...new Set(active.filter((m) => !role || m.role === role).map((m) => m.councilId)),
  ];
  return { memberOf: councils(), chairOf: councils('chair'), secretaryOf: councils('secretary') };
}

/** The actor with the council relations the workflows check, resolved for a day. */
export function withCouncilRelations(
  actor: Actor,
  memberships: readonly MembershipPeriod[],
  date: string,
): Actor {
  const { memberOf, chairOf, secretaryOf } = councilRelations(memberships, actor.uid, date);
  return { ...actor, memberOf, chairOf, secretaryOf };
}

export function isCouncilMember(
  memberships: readonly MembershipPeriod[],
  uid: string,
  councilId: string,
  date: string,
): boolean {
  return councilRelations(memberships, uid, date).memberOf.includes(councilId);
}

export function isCouncilChair(
  memberships: readonly MembershipPeriod[],
  uid: string,
  councilId: string,
  date: string,
): boolean {
  return councilRelations(memberships, uid, date).chairOf.includes(councilId);
}

/** The council's members on a day: who is invited to its meetings and counts for its quorum. */
export function membersOn(
  memberships: readonly MembershipPeriod[],
  councilId: string,
  date: string,
): string[] {
  return [
    ...new Set(
      memberships.filter((m) => m.councilId === councilId && isActiveOn(m, date)).map((m) => m.uid),
    ),
  ];
}

/** Why a new membership period cannot start, or null. */
export function newMembershipProblem(
  memberships: readonly MembershipPeriod[],
  next: MembershipPeriod,
): DomainError | null {
  const overlaps = (m: MembershipPeriod) =>
    m.councilId === next.councilId &&
    m.from <= (next.to ?? '9999-12-31') &&
    next.from <= (m.to ?? '9999-12-31');
  if (memberships.some((m) => m.uid === next.uid && overlaps(m))) {
    return domainError('COUNCIL.MEMBERSHIP_CONFLICT', { reason: 'overlap' });
  }
  if (next.role === 'chair' && memberships.some((m) => m.role === 'chair' && overlaps(m))) {
    return domainError('COUNCIL.MEMBERSHIP_CONFLICT', { reason: 'chair_taken' });
  }
  return null;
}

/**
 * Ending the current membership on a day: the document to delete (the current one) and the
 * one to write in its place as history. The end may not come before the start; ending on the
 * start day is a membership of one day.
 */
export function endMembership(
  current: CouncilMembership,
  to: string,
  endedBy: string,
  endReason?: string,
): { deleteId: string; historyId: string; history: CouncilMembership } | { problem: DomainError } {
  if (to < current.from) {
    return { problem: domainError('COUNCIL.MEMBERSHIP_CONFLICT', { reason: 'end_before_start' }) };
  }
  if (current.to && current.to < to) {
    return { problem: domainError('COUNCIL.MEMBERSHIP_CONFLICT', { reason: 'already_ended' }) };
  }
  return {
    deleteId: activeMembershipId(current.uid),
    historyId: endedMembershipId(current.uid, current.from),
    history: { ...current, to, endedBy, ...(endReason ? { endReason } : {}) },
  };
}

/** The last day of a membership whose role changes on `date` (the new role starts that day). */
export function dayBefore(date: string): string {
  return addCalendarDays(date, -1);
}
