import { z } from 'zod';
import { areaCodeSchema } from '../catalogues/catalogue-schemas.js';
import { legalFormSchema } from '../catalogues/catalogue-schemas.js';
import { regionCodeSchema } from '../catalogues/catalogue-schemas.js';
import {
  auditedFields,
  edrpouSchema,
  emailSchema,
  optionalText,
  text,
  timestampSchema,
  uidSchema,
  urlSchema,
} from '../fields.js';
import { phoneSchema } from '../phone.js';
import { ORGANISATION_STATUSES } from '../workflows/organisation.workflow.js';
import { codedIssue } from '../errors/field-issue.js';

/**
 * What an NGO tells about itself when it registers or edits its profile. The document id
 * of an organisation is its EDRPOU code, so a code can be registered only once.
 */
export const organisationProfileSchema = z.object({
  name: text(3, 300, 'Повна назва'),
  shortName: text(2, 100, 'Скорочена назва'),
  edrpou: edrpouSchema,
  legalForm: legalFormSchema,
  regionCode: regionCodeSchema,
  areas: z
    .array(areaCodeSchema)
    .refine((areas) => areas.length > 0, codedIssue('ORG.AREAS_REQUIRED')),
  website: urlSchema.optional(),
  publicEmail: emailSchema,
  publicPhone: phoneSchema.optional(),
  /** Consent to appear in the public directory of partner organisations. */
  listedInDirectory: z.boolean(),
});
export type OrganisationProfile = z.infer<typeof organisationProfileSchema>;

export const organisationSchema = organisationProfileSchema.extend({
  status: z.enum(ORGANISATION_STATUSES),
  statusReason: optionalText(2000, 'Причина'),
  verifiedAt: timestampSchema.optional(),
  verifiedBy: uidSchema.optional(),
  ...auditedFields,
});
export type Organisation = z.infer<typeof organisationSchema>;

/** `organisations/{orgId}/members/{uid}`: who belongs to the organisation and as what. */
export const organisationMemberSchema = z.object({
  uid: uidSchema,
  displayName: text(2, 200, 'Ім’я'),
  email: emailSchema,
  position: optionalText(200, 'Посада'),
  role: z.enum(['ngo_admin', 'ngo_member']),
  joinedAt: timestampSchema,
});
export type OrganisationMember = z.infer<typeof organisationMemberSchema>;
