import { z } from 'zod';
import { storedDuplicates } from '../reports/duplicates.js';
import { reportDraftSchema, reportSchema } from '../schemas/report.schema.js';

/**
 * The schema of a stored `reports/{id}`, picked by its data: the organisation's draft while it
 * is one (`reportDraftSchema`), the report after (`reportSchema`). The server's repository
 * (reports/report-store.ts) and the web's converter read reports through it.
 */
export function reportSchemaFor(data: unknown): typeof reportDraftSchema | typeof reportSchema {
  return isDraft(data) ? reportDraftSchema : reportSchema;
}

function isDraft(data: unknown): boolean {
  return typeof data === 'object' && data !== null && 'status' in data && data.status === 'draft';
}

/**
 * The parts of a report that who-is-told reads: its organisation and author (the NGO side),
 * its assignees (the Secretariat side). Each field as `reportSchema` defines it, the rest left
 * aside, so that a submission the registration is about to send back can still be answered.
 */
export const reportPartiesSchema = z.object({
  orgId: reportSchema.shape.orgId,
  createdBy: reportSchema.shape.createdBy,
  assignees: reportSchema.shape.assignees,
});
export type ReportParties = z.infer<typeof reportPartiesSchema>;

/** A report's state alone: what is asked of every report before anything else. */
export const reportStatusSchema = z.object({ status: reportSchema.shape.status });

/**
 * What the registration reads of a submission before it has checked the rest (which may not
 * fit): its state, its organisation, how it came in and who sent it (`createdBy` may be
 * missing: the check says so). The title is read leniently ON PURPOSE, for the notice of a
 * refusal, which may be about the title itself.
 */
export const reportSubmissionSchema = reportStatusSchema.extend({
  orgId: reportSchema.shape.orgId,
  intake: reportSchema.shape.intake,
  createdBy: reportSchema.shape.createdBy.optional(),
  title: z.string().optional().catch(undefined),
});
export type ReportSubmission = z.infer<typeof reportSubmissionSchema>;

/**
 * A submission the registration sends back to the drafts, read leniently ON PURPOSE: it is
 * sent back because it does not fit `reportSchema`. Only what goes back with it besides its
 * content (its organisation, author and dates) must fit here; the content goes back field by
 * field (`validDraftContent`), each that fits on its own.
 */
export const refusedSubmissionSchema = z.object({
  orgId: reportSchema.shape.orgId,
  createdBy: reportSchema.shape.createdBy,
  submittedAt: reportSchema.shape.submittedAt,
  createdAt: reportSchema.shape.createdAt.optional(),
});

/** Another report weighed as a possible duplicate: what `findDuplicates` compares, its number. */
export const duplicateCandidateSchema = reportStatusSchema.extend({
  orgId: reportSchema.shape.orgId,
  regionCode: reportSchema.shape.regionCode,
  incidentDate: reportSchema.shape.incidentDate,
  violator: reportSchema.shape.violator,
  number: reportSchema.shape.number,
});

/**
 * `reports/{id}/internal/triage`: the possible duplicates, server-written. Entries that are not
 * well formed are dropped rather than refused (`storedDuplicates`), so a merge can repair them.
 */
export const reportTriageSchema = z.object({
  possibleDuplicates: z.unknown().optional().transform(storedDuplicates),
});

/** What a publication of a report's outcome reads of it: its state, number, NGO and consent. */
export const reportOutcomeSourceSchema = reportStatusSchema.extend({
  number: reportSchema.shape.number,
  orgId: reportSchema.shape.orgId,
  consentToPublish: reportSchema.shape.consentToPublish,
});
