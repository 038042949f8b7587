import type { Actor } from '../roles.js';
import type { CoAuthorState } from '../schemas/proposal-co-author.schema.js';
import { coAuthorWorkflow, type CoAuthorAction } from '../workflows/co-author.workflow.js';
import { transition } from '../workflows/workflow.js';

/**
 * Answering an invitation to co-author a proposal: the lead of the invited organisation, while
 * it is not answered; accepting needs the organisation verified. The workflow's answer, for
 * the interface (the server asks the same workflow in `proposalAction`).
 */
export function mayAnswerInvitation(
  actor: Actor,
  invitation: { orgId: string; state: CoAuthorState },
  answer: CoAuthorAction,
  orgVerified: boolean,
): boolean {
  return transition(
    coAuthorWorkflow,
    { status: invitation.state, ownerOrgIds: [invitation.orgId] },
    answer,
    actor,
    { orgVerified },
  ).ok;
}
