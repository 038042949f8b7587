import { z } from 'zod';
import { idSchema, optionalText, text } from '../fields.js';
import { proposalCommentInputSchema } from '../schemas/proposal-comment.schema.js';
import { PROPOSAL_DECISIONS } from '../schemas/proposal.schema.js';

const onProposal = { proposalId: idSchema };

/**
 * Input of the `proposalAction` callable, one variant per action: the authors submit and
 * resubmit their draft, invite co-authors and withdraw; the council's chair (or staff) takes
 * it into review, returns it or (the chair) endorses it; council members, the Secretariat and
 * the authors comment; the lead of an invited organisation answers; the Commissioner decides.
 * The web forms validate with the same schemas.
 */
export const proposalActionInput = z.discriminatedUnion('action', [
  z.object({ action: z.literal('submit'), ...onProposal }),
  z.object({ action: z.literal('resubmit'), ...onProposal }),
  z.object({ action: z.literal('startCouncilReview'), ...onProposal }),
  z.object({
    action: z.literal('return'),
    ...onProposal,
    reason: text(10, 5000, 'Причина повернення'),
  }),
  z.object({
    action: z.literal('endorse'),
    ...onProposal,
    note: optionalText(5000, 'Коментар голови'),
  }),
  z.object({
    action: z.literal('decide'),
    ...onProposal,
    decision: z.enum(PROPOSAL_DECISIONS, { error: 'Оберіть рішення' }),
    rationale: text(10, 10_000, 'Обґрунтування рішення'),
  }),
  z.object({
    action: z.literal('withdraw'),
    ...onProposal,
    reason: optionalText(2000, 'Причина відкликання'),
  }),
  z.object({ action: z.literal('comment'), ...onProposal, ...proposalCommentInputSchema.shape }),
  z.object({ action: z.literal('inviteCoAuthor'), ...onProposal, orgId: idSchema }),
  z.object({ action: z.literal('acceptCoAuthorship'), invitationId: z.string().min(3).max(300) }),
  z.object({ action: z.literal('declineCoAuthorship'), invitationId: z.string().min(3).max(300) }),
]);
export type ProposalActionInput = z.infer<typeof proposalActionInput>;
export type ProposalActionName = ProposalActionInput['action'];

/** The workflow action behind the Commissioner's decision. */
export const DECISION_ACTIONS = {
  recommend: 'recommend',
  reject: 'reject',
  return_for_revision: 'returnForRevision',
} as const;
