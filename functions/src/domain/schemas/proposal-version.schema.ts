import { z } from 'zod';
import { timestampSchema, uidSchema } from '../fields.js';
import { proposalContentSchema } from './proposal-content.schema.js';
import { proposalAuthorSchema } from './proposal.schema.js';

/**
 * `proposals/{proposalId}/versions/{version}`: the content exactly as submitted, kept
 * unchanged, one per submission and resubmission (`1`, `2`, …), so the council can see what
 * changed since the version it returned. Created by the server, never updated or deleted.
 */
export const proposalVersionSchema = z.object({
  version: z.int().min(1),
  kind: z.enum(['submission', 'resubmission']),
  content: proposalContentSchema,
  authors: z.array(proposalAuthorSchema).min(1),
  submittedBy: uidSchema,
  submittedAt: timestampSchema,
});
export type ProposalVersion = z.infer<typeof proposalVersionSchema>;

/** Version ids are their numbers, so they sort and never collide. */
export const versionId = (version: number) => String(version);
