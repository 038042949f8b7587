import { z } from 'zod';
import { timestampSchema } from '../fields.js';
import { REPORT_STATUSES } from '../workflows/report.workflow.js';

/**
 * `reports/{reportId}/events/{eventId}`: the report's timeline as its readers see it (the NGO
 * included): what happened, when, from which side, and the status it led to. The audit log
 * keeps who exactly and everything else; this carries nothing the NGO may not read.
 */
export const reportEventSchema = z.object({
  type: z.string().min(1),
  at: timestampSchema,
  side: z.enum(['ngo', 'secretariat', 'system']),
  fromStatus: z.enum(REPORT_STATUSES).optional(),
  toStatus: z.enum(REPORT_STATUSES).optional(),
  /** A short public note: the decline reason, the information requested, the outcome note. */
  note: z.string().max(10_000).optional(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type ReportEvent = z.infer<typeof reportEventSchema>;
