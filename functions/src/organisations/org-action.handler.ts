import { type CallableRequest } from 'firebase-functions/https';
import type { z } from 'zod';
import { actionResult } from '../domain/actions/action-results.js';
import { orgActionResults } from '../domain/actions/org-action.results.js';
import { orgActionInput } from '../domain/actions/org-action.schema.js';
import { parseInput, requireCaller } from '../shared/callable-errors.js';
import { acceptInvitation, inviteMember, revokeInvitation } from './invitations.js';
import { decideJoinRequest, removeMember, transferLead } from './membership.js';
import { registerOrganisation } from './register-organisation.js';
import { reviewOrganisation } from './review-organisation.js';
import { updateOrganisationProfile } from './update-organisation-profile.js';

/** `orgAction`: the life of an organisation and its membership, one action per call. */
export async function handleOrgAction(request: CallableRequest<unknown>) {
  const caller = await requireCaller(request);
  const input = parseInput(orgActionInput, request.data);
  // The answer goes out through its schema, the one the web client reads it with.
  return actionResult('orgAction', orgActionResults, input.action, await perform(caller, input));
}

function perform(
  caller: Awaited<ReturnType<typeof requireCaller>>,
  input: z.output<typeof orgActionInput>,
) {
  switch (input.action) {
    case 'register':
      return registerOrganisation(caller, input);
    case 'verify':
    case 'reject':
    case 'resubmit':
      return reviewOrganisation(caller, input);
    case 'updateProfile':
      return updateOrganisationProfile(caller, input);
    case 'invite':
      return inviteMember(caller, input);
    case 'revokeInvitation':
      return revokeInvitation(caller, input);
    case 'acceptInvitation':
      return acceptInvitation(caller, input);
    case 'approveJoinRequest':
    case 'declineJoinRequest':
      return decideJoinRequest(caller, input);
    case 'removeMember':
      return removeMember(caller, input);
    case 'transferAdmin':
      return transferLead(caller, input);
  }
}
