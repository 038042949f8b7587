import { z } from 'zod';
import { MAX_REPORT_SEARCH_KEYS } from '../reports/report-search.js';
import { areaCodeSchema } from '../catalogues/catalogue-schemas.js';
import { regionCodeSchema } from '../catalogues/catalogue-schemas.js';
import { responseFormSchema } from '../catalogues/catalogue-schemas.js';
import {
  intakeChannelSchema,
  outcomeSchema,
  violatorKindSchema,
} from '../catalogues/catalogue-schemas.js';
import { rightCodeSchema } from '../catalogues/catalogue-schemas.js';
import {
  auditedFields,
  idSchema,
  isoDateSchema,
  optionalText,
  text,
  timestampSchema,
  uidSchema,
  validFields,
} from '../fields.js';
import { kyivDate } from '../kyiv-time.js';
import { REPORT_STATUSES } from '../workflows/report.workflow.js';
import { codedIssue } from '../errors/field-issue.js';
import { publicationConsentSchema } from './publication.schema.js';

/** What the NGO writes in the report form: the one schema for the form, the rules and the trigger. */
const reportContentFields = z.object({
  title: text(5, 200, 'Коротка назва'),
  description: text(30, 20_000, 'Що сталося'),
  incidentDate: isoDateSchema.refine(
    (date) => date <= kyivDate(new Date()),
    codedIssue('REPORT.INCIDENT_IN_FUTURE'),
  ),
  regionCode: regionCodeSchema,
  locality: text(2, 200, 'Населений пункт'),
  violator: z.object({
    kind: violatorKindSchema,
    name: text(2, 300, 'Хто порушив права'),
  }),
  rights: z
    .array(rightCodeSchema)
    .refine((rights) => rights.length > 0, codedIssue('REPORT.RIGHTS_REQUIRED'))
    .refine((rights) => rights.length <= 10, codedIssue('REPORT.TOO_MANY_RIGHTS')),
  area: areaCodeSchema,
  victimsCount: z
    .int({ error: 'Кількість постраждалих — ціле число' })
    .min(0, 'Кількість постраждалих не може бути від’ємною')
    .max(1_000_000, 'Перевірте кількість постраждалих'),
  vulnerableGroups: z.object({
    children: z.boolean(),
    disabilities: z.boolean(),
    deprivedOfLiberty: z.boolean(),
  }),
  urgent: z.boolean(),
  urgencyReason: optionalText(2000, 'Чому це терміново'),
  consentToPublish: z.boolean(),
});

function urgencyIsExplained(
  report: { urgent: boolean; urgencyReason?: string | undefined },
  ctx: z.RefinementCtx,
) {
  if (report.urgent && !report.urgencyReason) {
    ctx.addIssue({
      code: 'custom',
      path: ['urgencyReason'],
      ...codedIssue('REPORT.URGENCY_UNEXPLAINED'),
    });
  }
}

export const reportContentSchema = reportContentFields.superRefine(urgencyIsExplained);
export type ReportContent = z.infer<typeof reportContentSchema>;

/**
 * A draft on the server: the fields filled in so far, each valid on its own. Whatever is still
 * half typed stays on the device until it is (nothing typed is lost, and the organisation can
 * attach evidence before the form is complete).
 */
export const reportDraftContentSchema = reportContentFields.partial();
export type ReportDraftContent = z.infer<typeof reportDraftContentSchema>;

/** The content fields, in the schema's order. */
export const REPORT_CONTENT_KEYS = Object.keys(
  reportContentFields.shape,
) as (keyof ReportContent)[];

/** The fields of a half-filled report that are valid already: what its draft keeps on the server. */
export function validDraftContent(input: Record<string, unknown>): ReportDraftContent {
  return validFields(reportContentFields.shape, input);
}

/** Fields a client writes when it creates a report; everything else is the server's. */
export const REPORT_CLIENT_FIELDS = [
  'title',
  'description',
  'incidentDate',
  'regionCode',
  'locality',
  'violator',
  'rights',
  'area',
  'victimsCount',
  'vulnerableGroups',
  'urgent',
  'urgencyReason',
  'consentToPublish',
  'orgId',
  'status',
  'intake',
  'createdBy',
  'createdAt',
  'updatedAt',
] as const;

export const reportDecisionSchema = z.object({
  forms: z
    .array(responseFormSchema)
    .refine((forms) => forms.length > 0, codedIssue('REPORT.FORMS_REQUIRED')),
  rationale: text(10, 10_000, 'Обґрунтування'),
  decidedBy: uidSchema,
  decidedAt: timestampSchema,
});

/** Why the registration sent a submission back: at a field, or about the whole report. */
const submissionProblemSchema = z.object({
  field: z.string(),
  message: z.string(),
  messageEn: z.string().optional(),
  /** The problem's code in the error catalogue, and what its sentence is made from. */
  code: z.string().optional(),
  params: z.record(z.string(), z.unknown()).optional(),
});

/** `reports/{reportId}`: the report with its workflow state, owned by the server after submission. */
export const reportSchema = reportContentFields
  .extend({
    orgId: idSchema,
    status: z.enum(REPORT_STATUSES),
    intake: intakeChannelSchema,
    /** Staff who registered a report that came by post, phone or email. */
    intakeBy: uidSchema.optional(),
    number: z.string().optional(),
    /** The title's terms and the number, set at registration (domain/reports/report-search.ts). */
    searchKeys: z.array(z.string().min(1).max(80)).max(MAX_REPORT_SEARCH_KEYS).optional(),
    submittedAt: timestampSchema.optional(),
    registeredAt: timestampSchema.optional(),
    assignees: z.array(uidSchema).optional(),
    responseDeadline: timestampSchema.optional(),
    deadlinePausedAt: timestampSchema.nullable().optional(),
    decision: reportDecisionSchema.optional(),
    declineReason: optionalText(5000, 'Причина відмови'),
    declinedAt: timestampSchema.optional(),
    declinedBy: uidSchema.optional(),
    outcome: outcomeSchema.optional(),
    closingNote: optionalText(5000, 'Підсумок'),
    closedAt: timestampSchema.optional(),
    /** When staff reopened the closed report on new facts (a new response term starts then). */
    reopenedAt: timestampSchema.optional(),
    /** Reminders already sent, as days before the deadline (7, 3, 1). */
    remindersSent: z.array(z.int()).optional(),
    /** When the Commissioner was told the report is overdue. */
    escalatedAt: timestampSchema.optional(),
    /** Reports staff linked as the same incident (from another organisation, say). */
    linkedReports: z.array(idSchema).optional(),
    withdrawReason: optionalText(2000, 'Причина'),
    /**
     * The consent to publishing an anonymised summary of the outcome, with who gave it and
     * when: set from `consentToPublish` at registration, changed by the NGO through
     * `reportAction` `setPublicationConsent` until the outcome is published.
     */
    publicationConsent: publicationConsentSchema.optional(),
    /** Why the server refused a submission that slipped past the form; the report goes back to draft. */
    submissionProblems: z.array(submissionProblemSchema).optional(),
    ...auditedFields,
  })
  .superRefine(urgencyIsExplained);
export type Report = z.infer<typeof reportSchema>;

/** `reports/{reportId}` while it is the organisation's draft: any content field may be missing. */
export const reportDraftSchema = reportDraftContentSchema
  .extend({
    orgId: idSchema,
    status: z.literal('draft'),
    intake: z.literal('web'),
    submittedAt: timestampSchema.optional(),
    submissionProblems: z.array(submissionProblemSchema).optional(),
    ...auditedFields,
  })
  // The rules let the organisation write exactly these fields while it is a draft.
  .strict();
export type ReportDraft = z.infer<typeof reportDraftSchema>;

const personSchema = z.object({
  fullName: text(2, 200, 'Прізвище, ім’я, по батькові'),
  birthYear: z.int().min(1900).max(2100).optional(),
  contact: optionalText(300, 'Контакти'),
  notes: optionalText(2000, 'Примітки'),
});

/** Victims and witnesses as typed in the restricted section of the form. */
export const reportPersonalDataInputSchema = z.object({
  victims: z.array(personSchema).max(200),
  witnesses: z.array(personSchema).max(200),
});

/**
 * `reports/{reportId}/private/personalData`: victims and witnesses. Readable by the
 * organisation; staff see it only through the server, which audits every view. Never published.
 */
export const reportPersonalDataSchema = z.object({
  orgId: idSchema,
  victims: z.array(personSchema).max(200),
  witnesses: z.array(personSchema).max(200),
  createdBy: uidSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type ReportPersonalData = z.infer<typeof reportPersonalDataSchema>;

export const MESSAGE_KINDS = ['message', 'info_request', 'info_response'] as const;

/** `reports/{reportId}/messages/{messageId}`: the thread between the NGO and the Secretariat. */
export const reportMessageSchema = z.object({
  orgId: idSchema,
  side: z.enum(['ngo', 'secretariat']),
  kind: z.enum(MESSAGE_KINDS),
  text: text(1, 10_000, 'Повідомлення'),
  attachmentIds: z.array(idSchema).max(20).default([]),
  authorUid: uidSchema,
  authorName: text(1, 200, 'Автор'),
  createdAt: timestampSchema,
});
export type ReportMessage = z.infer<typeof reportMessageSchema>;
