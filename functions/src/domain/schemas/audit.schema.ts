import { z } from 'zod';
import { idSchema, timestampSchema } from '../fields.js';

/**
 * `audit/{entryId}`: append-only. Entries about one subject (a report, an organisation, a
 * user) form a hash chain: each carries the SHA-256 of the previous entry of the same chain,
 * so later tampering with any entry is detectable.
 */
export const auditEntrySchema = z.object({
  chain: z.string().min(1),
  sequence: z.int().min(1),
  at: z.iso.datetime(),
  actor: z.object({ uid: z.string().min(1), role: z.string().min(1) }),
  action: z.string().min(1),
  target: z.object({ type: z.string().min(1), id: idSchema }),
  details: z.record(z.string(), z.unknown()).default({}),
  prevHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  recordedAt: timestampSchema.optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
