import type { CallableRequest } from 'firebase-functions/https';
import type { z } from 'zod';
import { actionResult } from '../domain/actions/action-results.js';
import { councilActionResults } from '../domain/actions/council-action.results.js';
import { councilActionInput } from '../domain/actions/council-action.schema.js';
import { mayManageCouncils } from '../domain/policies/council.policy.js';
import { parseInput, refusal, requireActor } from '../shared/callable-errors.js';
import { applyToCouncil, decideApplication } from './council-applications.js';
import { addMember, createCouncil, endMembership, updateCouncil } from './manage-councils.js';

/**
 * `councilAction`: administrators keep the Advisory Council and the Expert Councils and their
 * memberships; NGO members apply to an Expert Council; its chair or staff decide. Each action
 * runs in one transaction with its audit entry and its emails; a refusal changes nothing.
 */
export async function handleCouncilAction(request: CallableRequest<unknown>) {
  const actor = await requireActor(request);
  const input = parseInput(councilActionInput, request.data);
  const administrative =
    input.action === 'create' ||
    input.action === 'update' ||
    input.action === 'addMember' ||
    input.action === 'endMembership';
  if (administrative && !mayManageCouncils(actor)) throw refusal('COUNCIL.ADMIN_ONLY');
  // The answer goes out through its schema, the one the web client reads it with.
  return actionResult(
    'councilAction',
    councilActionResults,
    input.action,
    await perform(actor, input),
  );
}

function perform(
  actor: Awaited<ReturnType<typeof requireActor>>,
  input: z.output<typeof councilActionInput>,
) {
  switch (input.action) {
    case 'create':
      return createCouncil(actor, input);
    case 'update':
      return updateCouncil(actor, input);
    case 'addMember':
      return addMember(actor, input);
    case 'endMembership':
      return endMembership(actor, input);
    case 'apply':
      return applyToCouncil(actor, input);
    case 'acceptApplication':
    case 'declineApplication':
      return decideApplication(actor, input);
  }
}
