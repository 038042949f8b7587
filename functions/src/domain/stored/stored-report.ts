import { z } from 'zod';
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
