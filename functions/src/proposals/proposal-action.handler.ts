import type { CallableRequest } from 'firebase-functions/https';
import type { z } from 'zod';
import { actionResult } from '../domain/actions/action-results.js';
import { proposalActionResults } from '../domain/actions/proposal-action.results.js';
import { proposalActionInput } from '../domain/actions/proposal-action.schema.js';
import { parseInput, requireActor } from '../shared/callable-errors.js';
import { answerInvitation, inviteCoAuthor } from './co-authors.js';
import { commentOnProposal } from './proposal-comments.js';
import { decide, endorse, returnToAuthors, startCouncilReview, withdraw } from './review-steps.js';
import { submitProposal } from './submit-proposal.js';

/**
 * `proposalAction`: a legislative proposal's way from its draft through the Expert Council to
 * the Commissioner's decision. Each action runs in one transaction with its timeline event,
 * its audit entry and its emails; a refusal changes nothing and says why.
 */
export async function handleProposalAction(request: CallableRequest<unknown>) {
  const actor = await requireActor(request);
  const input = parseInput(proposalActionInput, request.data);
  // The answer goes out through its schema, the one the web client reads it with.
  return actionResult(
    'proposalAction',
    proposalActionResults,
    input.action,
    await perform(actor, input),
  );
}

function perform(
  actor: Awaited<ReturnType<typeof requireActor>>,
  input: z.output<typeof proposalActionInput>,
) {
  switch (input.action) {
    case 'submit':
      return submitProposal(actor, input.proposalId, false);
    case 'resubmit':
      return submitProposal(actor, input.proposalId, true);
    case 'startCouncilReview':
      return startCouncilReview(actor, input);
    case 'return':
      return returnToAuthors(actor, input);
    case 'endorse':
      return endorse(actor, input);
    case 'decide':
      return decide(actor, input);
    case 'withdraw':
      return withdraw(actor, input);
    case 'comment':
      return commentOnProposal(actor, input);
    case 'inviteCoAuthor':
      return inviteCoAuthor(actor, input);
    case 'acceptCoAuthorship':
    case 'declineCoAuthorship':
      return answerInvitation(actor, input);
  }
}
