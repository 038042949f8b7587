import { z } from 'zod';

/**
 * `auditChains/{chain}`: the head of one audit chain, its last entry's sequence and hash, read
 * in the transaction that appends the next entry (audit/write-audit.ts). Server only.
 */
export const auditChainHeadSchema = z.object({
  chain: z.string().min(1),
  sequence: z.int().min(1),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AuditChainHead = z.infer<typeof auditChainHeadSchema>;
