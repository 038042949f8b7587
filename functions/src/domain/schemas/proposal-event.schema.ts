import { z } from 'zod';
import { timestampSchema } from '../fields.js';
import { PROPOSAL_STATUSES } from '../workflows/proposal.workflow.js';
import { COMMENT_SIDES } from './proposal-comment.schema.js';

/**
 * `proposals/{proposalId}/events/{eventId}`: the proposal's timeline as its readers see it:
 * which step, when, from which side, the status it led to, and its public note (the reason
 * of a return, the chair's note, the Commissioner's rationale). The audit log keeps who.
 */
export const proposalEventSchema = z.object({
  type: z.string().min(1),
  at: timestampSchema,
  side: z.enum(COMMENT_SIDES),
  fromStatus: z.enum(PROPOSAL_STATUSES),
  toStatus: z.enum(PROPOSAL_STATUSES),
  version: z.int().min(1).optional(),
  note: z.string().max(10_000).optional(),
});
export type ProposalEvent = z.infer<typeof proposalEventSchema>;
