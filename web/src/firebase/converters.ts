import { organisationSchema } from '@domain/schemas/organisation.schema.js';
import { reportSchemaFor } from '@domain/stored/stored-report.js';
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
