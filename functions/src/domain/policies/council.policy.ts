import { withCouncilRelations, type MembershipPeriod } from '../councils/memberships.js';
import { domainError, fail, ok, type Result } from '../errors.js';
import type { Actor } from '../roles.js';
import type { CouncilKind } from '../schemas/council.schema.js';

/**
 * Who may do what with councils beyond the workflows. The actor carries their council
 * relations for the day (councils/memberships.ts, withCouncilRelations). Shared by the server
 * and the interface.
 */
const isNgo = (actor: Actor) => actor.role === 'ngo_member' || actor.role === 'ngo_admin';
const isSecretariat = (actor: Actor) => actor.role === 'staff' || actor.role === 'commissioner';

export { isCouncilChair, isCouncilMember } from '../councils/memberships.js';

/**
 * How a person stands to one council: its chair, its secretary, one of its members (on the
 * day their relations were resolved for), the Secretariat (staff, the Commissioner), or none
 * of these. A council role comes before the office: a Commissioner's officer who sits on a
 * council acts there as its member.
 */
export const COUNCIL_RELATIONS = ['chair', 'secretary', 'member', 'secretariat', 'none'] as const;
export type CouncilRelation = (typeof COUNCIL_RELATIONS)[number];

export function councilRelation(actor: Actor, councilId: string): CouncilRelation {
  if (actor.chairOf?.includes(councilId)) return 'chair';
  if (actor.secretaryOf?.includes(councilId)) return 'secretary';
  if (actor.memberOf?.includes(councilId)) return 'member';
  return isSecretariat(actor) ? 'secretariat' : 'none';
}

/**
 * The person with their relations to one council, from their own membership period there
 * (what the interface reads: `councils/{id}/members/{uid}`), on `date` (Kyiv, YYYY-MM-DD). A
 * period not begun or already over gives no relation.
 */
export function actorOnCouncil(
  actor: Actor,
  councilId: string,
  membership: Omit<MembershipPeriod, 'councilId'> | null,
  date: string,
): Actor {
  return withCouncilRelations(actor, membership ? [{ ...membership, councilId }] : [], date);
}

/** A council's meetings (plans, attendance, minutes) are read by its members and the office. */
export function mayReadCouncilMeetings(actor: Actor, councilId: string): boolean {
  return actor.role === 'admin' || councilRelation(actor, councilId) !== 'none';
}

/** The Secretariat reads every proposal; others their organisation's and their councils'. */
export function readsEveryProposal(actor: Actor): boolean {
  return isSecretariat(actor);
}

/** Councils and their memberships are managed by administrators. */
export function mayManageCouncils(actor: Actor): boolean {
  return actor.role === 'admin';
}

/** The people of a council (names, organisations, contacts) are seen by its members and the office. */
export function mayReadCouncilMembers(actor: Actor, councilId: string): boolean {
  return (
    isSecretariat(actor) || actor.role === 'admin' || Boolean(actor.memberOf?.includes(councilId))
  );
}

export interface ApplicationContext {
  councilKind: CouncilKind;
  orgVerified: boolean;
  /** The person already has a pending application to this council. */
  pendingApplication: boolean;
}

/**
 * Whether this person may apply to join the council: a member of a verified NGO, to an Expert
 * Council (the Advisory Council is formed by appointment), not a member already, without an
 * application still pending.
 */
export function mayApplyToCouncil(
  actor: Actor,
  councilId: string,
  context: ApplicationContext,
): Result<true> {
  if (!isNgo(actor)) {
    return fail(domainError('COUNCIL.APPLICANT_NOT_NGO'));
  }
  if (context.councilKind !== 'expert') {
    return fail(domainError('COUNCIL.BY_APPOINTMENT'));
  }
  if (!context.orgVerified) {
    return fail(domainError('WORKFLOW.ORGANISATION_NOT_VERIFIED', { for: 'apply' }));
  }
  if (actor.memberOf?.includes(councilId)) {
    return fail(domainError('COUNCIL.ALREADY_MEMBER'));
  }
  if (context.pendingApplication) {
    return fail(domainError('COUNCIL.APPLICATION_PENDING'));
  }
  return ok(true);
}
