import { z } from 'zod';

/** `counters/{kind}-{year}`: server-only registration-number counters. */
export const counterSchema = z.object({
  kind: z.enum(['report', 'proposal']),
  year: z.int().min(2000).max(2100),
  lastSequence: z.int().min(0),
});
