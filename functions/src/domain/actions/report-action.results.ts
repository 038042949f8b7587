import { z } from 'zod';
import { idSchema } from '../fields.js';
import { reportPersonalDataInputSchema } from '../schemas/report.schema.js';
import { REPORT_STATUSES } from '../workflows/report.workflow.js';
import type { ActionResults } from './action-results.js';
import type { reportActionInput } from './report-action.schema.js';

/** A workflow step: the report and its status now. */
const step = z.object({ reportId: idSchema, status: z.enum(REPORT_STATUSES) });

/** What each `reportAction` answers (docs/API.md). */
export const reportActionResults = {
  assign: step,
  startReview: step,
  requestInfo: step,
  provideInfo: step,
  resumeReview: step,
  decide: step,
  decline: step,
  recordMeasure: step.extend({ measureId: idSchema }),
  close: step,
  reopen: step,
  withdraw: step,
  viewPersonalData: z.object({
    reportId: idSchema,
    victims: reportPersonalDataInputSchema.shape.victims,
    witnesses: reportPersonalDataInputSchema.shape.witnesses,
  }),
  linkDuplicate: z.object({ reportId: idSchema, linked: idSchema }),
  /** The report registered on the organisation's behalf, submitted for registration. */
  intake: step,
  setPublicationConsent: step,
} satisfies ActionResults<z.input<typeof reportActionInput>['action']>;
