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
