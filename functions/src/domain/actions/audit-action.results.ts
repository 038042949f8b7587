import { z } from 'zod';
import type { ActionResults } from './action-results.js';
import { auditChainSchema, type auditActionInput } from './audit-action.schema.js';

/** What `auditAction` answers (docs/API.md): the chain whole, or where it breaks first. */
export const auditActionResults = {
  verifyChain: z.discriminatedUnion('intact', [
    z.object({ chain: auditChainSchema, intact: z.literal(true), length: z.int().min(0) }),
    z.object({
      chain: auditChainSchema,
      intact: z.literal(false),
      sequence: z.int().min(1),
      reason: z.enum(['hash_mismatch', 'broken_link', 'gap', 'truncated']),
    }),
  ]),
} satisfies ActionResults<z.input<typeof auditActionInput>['action']>;
