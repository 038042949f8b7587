import { domainError, type DomainError } from '../errors.js';
import type { Actor } from '../roles.js';
import {
  organisationWorkflow,
  type OrganisationAction,
  type OrganisationStatus,
} from '../workflows/organisation.workflow.js';
import { availableActions } from '../workflows/workflow.js';

/**
 * Who may do what with an organisation beyond its state machine. Pure; shared by the
 * `orgAction` callable and the organisation pages.
 */

/** Who is asking: a role (none yet for a person without one) and their organisation. */
export interface OrgActor {
  role: Actor['role'] | null;
  orgId?: string | null | undefined;
}

/** The organisation's lead, or a system administrator acting for it. */
export function orgLeadRefusal(actor: OrgActor, orgId: string): DomainError | null {
  if (actor.role === 'admin') return null;
  if (actor.role === 'ngo_admin' && actor.orgId === orgId) return null;
  return domainError('ORG.LEAD_ONLY');
}

export function mayLeadOrganisation(actor: OrgActor, orgId: string): boolean {
  return orgLeadRefusal(actor, orgId) === null;
}

/** The review actions (verify, reject, resubmit) this person may take on the organisation now. */
export function organisationReviewActions(
  actor: Actor,
  organisation: { id: string; status: OrganisationStatus },
): OrganisationAction[] {
  return availableActions(
    organisationWorkflow,
    { status: organisation.status, ownerOrgIds: [organisation.id] },
    actor,
  );
}

/** Whether this person decides registrations (verifies or rejects): the workflow says who. */
export function mayReviewOrganisations(actor: OrgActor): boolean {
  return (
    actor.role !== null && Object.hasOwn(organisationWorkflow.actions.verify.allow, actor.role)
  );
}
