import { z } from 'zod';
import { documentIdSchema, idSchema } from '../fields.js';
import { proposalSchema } from '../schemas/proposal.schema.js';
import type { ProposalStatus } from '../workflows/proposal.workflow.js';
import type { ActionResults } from './action-results.js';
import type { proposalActionInput } from './proposal-action.schema.js';

const proposalId = idSchema;
/** `{proposalId}__{orgId}`: two ids, so longer than one. */
const invitationId = documentIdSchema(300);

/**
 * A step of the proposal's workflow: the proposal, its status now and its number (given at the
 * first submission, so every step after it has one).
 */
export const proposalStepSchema = <S extends ProposalStatus>(...statuses: [S, ...S[]]) =>
  z.object({ proposalId, status: z.enum(statuses), number: proposalSchema.shape.number });

const coAuthorship = <S extends 'invited' | 'accepted' | 'declined'>(state: S) =>
  z.object({ proposalId, invitationId, state: z.literal(state) });

/** What each `proposalAction` answers (docs/API.md). */
export const proposalActionResults = {
  submit: proposalStepSchema('submitted'),
  resubmit: proposalStepSchema('council_review'),
  startCouncilReview: proposalStepSchema('council_review'),
  return: proposalStepSchema('returned'),
  endorse: proposalStepSchema('endorsed'),
  decide: proposalStepSchema('recommended', 'rejected', 'returned_for_revision'),
  withdraw: proposalStepSchema('withdrawn'),
  comment: z.object({ proposalId, commentId: idSchema }),
  inviteCoAuthor: coAuthorship('invited'),
  acceptCoAuthorship: coAuthorship('accepted'),
  declineCoAuthorship: coAuthorship('declined'),
} satisfies ActionResults<z.input<typeof proposalActionInput>['action']>;
