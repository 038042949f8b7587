import { z } from 'zod';
import { timestampSchema } from '../fields.js';
import { REPORT_STATUSES } from '../workflows/report.workflow.js';

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

const tally = z.int().min(0).default(0);
const tallies = z.record(z.string(), z.int().min(0)).default({});

/**
 * `stats/all` and `stats/{year}`: the public statistics, kept by triggers with increments
 * (stats/statistics-increments.ts), so the statistics page costs two reads. A counter never
 * incremented is absent and reads as 0.
 */
export const publicStatisticsSchema = z.object({
  reports: z
    .object({
      received: tally,
      byRegion: tallies,
      byArea: tallies,
      /** `YYYY-MM` → reports registered that month. */
      byMonth: tallies,
      decided: tally,
      declined: tally,
      decisionsByForm: tallies,
      /** Days from registration to decision → decisions: a histogram, so a median can be kept. */
      daysToDecision: tallies,
      withinTerm: tally,
      afterTerm: tally,
    })
    .prefault({}),
  measures: z.object({ total: tally, byType: tallies }).prefault({}),
  proposals: z.object({ submitted: tally, byStage: tallies }).prefault({}),
  /** Sent to Parliament, and each legislative result (`adopted`, `partly`, `not_adopted`). */
  recommendations: z.object({ sent: tally, byOutcome: tallies }).prefault({}),
  publications: z.object({ live: tally, retracted: tally, byKind: tallies }).prefault({}),
  updatedAt: timestampSchema.optional(),
});
export type PublicStatistics = z.infer<typeof publicStatisticsSchema>;

/**
 * `regionStats/{regionCode}`: a region's working figures for the dashboard, kept by the
 * statistics trigger with increments, so a field appears only once something was counted in
 * it. A backlog is not floored at zero: triggers applied out of order may take one below for a
 * moment, and the dashboard shows what is stored rather than refusing it.
 */
export const regionStatsSchema = z.object({
  open: z.partialRecord(z.enum(REPORT_STATUSES), z.int()).default({}),
  urgentOpen: z.int().default(0),
  /** How many reports were decided in so many calendar days: `{ "12": 3 }`. */
  daysToDecision: z
    .record(z.string().regex(/^\d+$/, 'Днів до рішення: ціле число'), z.int().min(0))
    .default({}),
});
export type RegionStats = z.infer<typeof regionStatsSchema>;
