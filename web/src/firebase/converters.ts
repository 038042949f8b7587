import { measureSchema } from '@domain/schemas/measure.schema.js';
import { organisationSchema } from '@domain/schemas/organisation.schema.js';
import { reportMessageSchema, reportPersonalDataSchema } from '@domain/schemas/report.schema.js';
import { reportEventSchema } from '@domain/schemas/report-event.schema.js';
import { responseTemplateSchema } from '@domain/schemas/response-template.schema.js';
import { reportSchemaFor, reportTriageSchema } from '@domain/stored/stored-report.js';
import { userProfileSchema } from '@domain/schemas/user.schema.js';
import { typed, typedBy } from './typed.js';

/**
 * The converters of the documents the web client reads, each from the document's one schema
 * in the domain (typed.ts). The web client imports the server's types through them: what a
 * read gives is `UserProfile`, `Report` or `ReportDraft`, never a hand-cast field.
 */

/** `users/{uid}`. */
export const profileConverter = typed(userProfileSchema);

/** `reports/{reportId}`: the organisation's draft while it is one, the report after. */
export const reportConverter = typedBy(reportSchemaFor);

/** `organisations/{orgId}`, only its names: what lists of reports show of whose each is. */
export const organisationNamesConverter = typed(
  organisationSchema.pick({ name: true, shortName: true }),
);

/** `organisations/{orgId}`: the whole organisation, for the pages that show or review it. */
export const organisationConverter = typed(organisationSchema);

/** `reports/{reportId}/events/{eventId}`: the report's timeline. */
export const reportEventConverter = typed(reportEventSchema);

/** `reports/{reportId}/messages/{messageId}`: the thread. */
export const reportMessageConverter = typed(reportMessageSchema);

/** `reports/{reportId}/measures/{measureId}`. */
export const measureConverter = typed(measureSchema);

/** `responseTemplates/{templateId}`. */
export const responseTemplateConverter = typed(responseTemplateSchema);

/** `reports/{reportId}/private/personalData`: victims and witnesses (the organisation reads it). */
export const personalDataConverter = typed(reportPersonalDataSchema);

/**
 * `reportDrafts/{reportId}/private/personalData`: the same, except that a draft first saved
 * without people gets them later by a merge that names no creator (see `saveReportDraft`).
 */
export const draftPersonalDataConverter = typed(
  reportPersonalDataSchema.partial({ createdBy: true, createdAt: true }),
);

/**
 * `reports/{reportId}/internal/triage`: possible duplicates (server-written; an entry that is
 * not well formed is dropped, as the server reads it).
 */
export const triageConverter = typed(reportTriageSchema);
