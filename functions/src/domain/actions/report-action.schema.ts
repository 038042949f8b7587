import { z } from 'zod';
import {
  outcomeSchema,
  intakeChannelSchema,
  responseFormSchema,
} from '../catalogues/catalogue-schemas.js';
import { idSchema, optionalText, text, uidSchema } from '../fields.js';
import { measureInputSchema } from '../schemas/measure.schema.js';
import { reportContentSchema, reportPersonalDataInputSchema } from '../schemas/report.schema.js';
import { codedIssue } from '../errors/field-issue.js';

/**
 * Input of the `reportAction` callable: one variant per action on a report. The staff forms
 * and the NGO's actions validate with the same schemas.
 */
const reportId = idSchema;

export const reportActionInput = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('assign'),
    reportId,
    assignees: z
      .array(uidSchema)
      .max(10)
      .refine((assignees) => assignees.length > 0, codedIssue('REPORT.ASSIGNEE_REQUIRED')),
  }),
  z.object({ action: z.literal('startReview'), reportId }),
  z.object({
    action: z.literal('requestInfo'),
    reportId,
    request: text(10, 10_000, 'Запит інформації'),
  }),
  z.object({ action: z.literal('provideInfo'), reportId, answer: text(1, 10_000, 'Відповідь') }),
  z.object({ action: z.literal('resumeReview'), reportId, note: optionalText(2000, 'Примітка') }),
  z.object({
    action: z.literal('decide'),
    reportId,
    forms: z
      .array(responseFormSchema)
      .refine((forms) => forms.length > 0, codedIssue('REPORT.FORMS_REQUIRED')),
    rationale: text(10, 10_000, 'Обґрунтування'),
  }),
  z.object({ action: z.literal('decline'), reportId, reason: text(10, 5000, 'Причина відмови') }),
  z.object({ action: z.literal('recordMeasure'), reportId, measure: measureInputSchema }),
  z.object({
    action: z.literal('close'),
    reportId,
    outcome: outcomeSchema,
    note: optionalText(5000, 'Підсумок'),
  }),
  z.object({ action: z.literal('reopen'), reportId, reason: text(10, 5000, 'Нові обставини') }),
  z.object({ action: z.literal('withdraw'), reportId, reason: optionalText(2000, 'Причина') }),
  z.object({ action: z.literal('viewPersonalData'), reportId }),
  z.object({ action: z.literal('linkDuplicate'), reportId, otherReportId: idSchema }),
  z.object({ action: z.literal('setPublicationConsent'), reportId, consent: z.boolean() }),
  z.object({
    action: z.literal('intake'),
    orgId: idSchema,
    channel: intakeChannelSchema.exclude(['web']),
    report: reportContentSchema,
    personalData: reportPersonalDataInputSchema.optional(),
  }),
]);
export type ReportActionInput = z.infer<typeof reportActionInput>;
export type ReportActionName = ReportActionInput['action'];
