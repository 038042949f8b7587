import { z } from 'zod';
import { timestampSchema } from '../fields.js';

const counts = z.record(z.string(), z.int().min(0));

/**
 * `stats/public`: one aggregate document for public monitoring, kept by triggers, so the
 * statistics page costs one read however many records there are.
 */
export const publicStatsSchema = z.object({
  reports: z.object({
    received: z.int().min(0),
    byYear: counts,
    byRegion: counts,
    byArea: counts,
    byStatus: counts,
    decisionsByForm: counts,
    decided: z.int().min(0),
    declined: z.int().min(0),
    /** Sum of days from registration to decision, to derive the mean without rereading. */
    daysToDecisionTotal: z.int().min(0),
    deadlinesMet: z.int().min(0),
    deadlinesMissed: z.int().min(0),
  }),
  proposals: z.object({
    submitted: z.int().min(0),
    sentToParliament: z.int().min(0),
    adopted: z.int().min(0),
  }),
  publications: z.int().min(0),
  updatedAt: timestampSchema,
});
export type PublicStats = z.infer<typeof publicStatsSchema>;
