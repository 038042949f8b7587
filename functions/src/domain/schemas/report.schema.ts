import { z } from 'zod';
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
} from '../fields.js';
import { kyivDate } from '../kyiv-time.js';
import { REPORT_STATUSES } from '../workflows/report.workflow.js';

/** What the NGO writes in the report form: the one schema for the form, the rules and the trigger. */
const reportContentFields = z.object({
  title: text(5, 200, 'Коротка назва'),
  description: text(30, 20_000, 'Що сталося'),
  incidentDate: isoDateSchema.refine((date) => date <= kyivDate(new Date()), {
    message: 'Дата події не може бути в майбутньому',
  }),
  regionCode: regionCodeSchema,
  locality: text(2, 200, 'Населений пункт'),
  violator: z.object({
    kind: violatorKindSchema,
    name: text(2, 300, 'Хто порушив права'),
  }),
  rights: z
    .array(rightCodeSchema)
    .min(1, 'Оберіть хоча б одне порушене право')
    .max(10, 'Оберіть не більше 10 прав'),
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
      message:
        'Поясніть, чому звернення термінове: загроза життю, здоров’ю чи особі, позбавленій волі',
    });
  }
}

export const reportContentSchema = reportContentFields.superRefine(urgencyIsExplained);
export type ReportContent = z.infer<typeof reportContentSchema>;

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
  forms: z.array(responseFormSchema).min(1, 'Оберіть хоча б одну форму реагування'),
  rationale: text(10, 10_000, 'Обґрунтування'),
  decidedBy: uidSchema,
  decidedAt: timestampSchema,
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
    submittedAt: timestampSchema.optional(),
    registeredAt: timestampSchema.optional(),
    assignees: z.array(uidSchema).optional(),
    responseDeadline: timestampSchema.optional(),
    deadlinePausedAt: timestampSchema.nullable().optional(),
    decision: reportDecisionSchema.optional(),
    declineReason: optionalText(5000, 'Причина відмови'),
    outcome: outcomeSchema.optional(),
    closedAt: timestampSchema.optional(),
    /** Reminders already sent, as days before the deadline (7, 3, 1). */
    remindersSent: z.array(z.int()).optional(),
    /** When the Commissioner was told the report is overdue. */
    escalatedAt: timestampSchema.optional(),
    /** Reports staff linked as the same incident (from another organisation, say). */
    linkedReports: z.array(idSchema).optional(),
    withdrawReason: optionalText(2000, 'Причина'),
    /** Why the server refused a submission that slipped past the form; the report goes back to draft. */
    submissionProblems: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    ...auditedFields,
  })
  .superRefine(urgencyIsExplained);
export type Report = z.infer<typeof reportSchema>;

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
