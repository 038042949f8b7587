import type { z } from 'zod';
import {
  applicantSchema,
  orgActionInput,
  profileUpdateSchema,
  registerOrganisationInput,
} from '@domain/actions/org-action.schema.js';
import { organisationProfileSchema } from '@domain/schemas/organisation.schema.js';
import type { Language } from '../i18n/i18n.js';
import { optional } from '../forms/form-text.js';
import { validate, type FieldLabels, type Validation } from '../forms/problems.js';

/**
 * The organisation form: what the person typed (strings, ticks) and the input of
 * `orgAction` it becomes. Validation is the shared schema's, the same the server applies.
 * (Type aliases, not interfaces, so that they are the values of a form model, ui/form-model.ts.)
 */
export type OrganisationFormValues = {
  name: string;
  shortName: string;
  edrpou: string;
  legalForm: string;
  regionCode: string;
  areas: string[];
  website: string;
  publicEmail: string;
  publicPhone: string;
  listedInDirectory: boolean;
};

export type ApplicantFormValues = {
  displayName: string;
  position: string;
};

export const EMPTY_ORGANISATION: OrganisationFormValues = {
  name: '',
  shortName: '',
  edrpou: '',
  legalForm: '',
  regionCode: '',
  areas: [],
  website: '',
  publicEmail: '',
  publicPhone: '',
  listedInDirectory: false,
};

/** The form filled in with an organisation as it is (to edit or correct it). */
export function organisationFormValues(organisation: {
  name: string;
  shortName: string;
  edrpou: string;
  legalForm: string;
  regionCode: string;
  areas: readonly string[];
  website: string | null;
  publicEmail: string;
  publicPhone: string | null;
  listedInDirectory: boolean;
}): OrganisationFormValues {
  return {
    name: organisation.name,
    shortName: organisation.shortName,
    edrpou: organisation.edrpou,
    legalForm: organisation.legalForm,
    regionCode: organisation.regionCode,
    areas: [...organisation.areas],
    website: organisation.website ?? '',
    publicEmail: organisation.publicEmail,
    publicPhone: organisation.publicPhone ?? '',
    listedInDirectory: organisation.listedInDirectory,
  };
}

/** People often type a site without its scheme: `vpg.org.ua` means `https://vpg.org.ua`. */
export function normaliseWebsite(value: string): string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  return /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
}

/** The organisation as the schema (and `orgAction`) takes it. */
export function organisationInput(values: OrganisationFormValues) {
  return {
    name: values.name.trim(),
    shortName: values.shortName.trim(),
    // Codes are often copied with spaces: «4390 0115».
    edrpou: values.edrpou.replace(/\s+/g, ''),
    legalForm: values.legalForm,
    regionCode: values.regionCode,
    areas: [...values.areas],
    website: normaliseWebsite(values.website),
    publicEmail: values.publicEmail.trim(),
    publicPhone: optional(values.publicPhone),
    listedInDirectory: values.listedInDirectory,
  };
}

/** The profile without its EDRPOU code (the organisation's identity never changes). */
export function profileUpdateInput(values: OrganisationFormValues) {
  const { edrpou: _edrpou, ...profile } = organisationInput(values);
  return profile;
}

export function applicantInput(values: ApplicantFormValues) {
  return { displayName: values.displayName.trim(), position: optional(values.position) };
}

/**
 * The whole registration as `orgAction register` takes it (before validation, which checks
 * the codes; `validateRegistration` gives the typed input).
 */
export function registerInput(
  organisation: OrganisationFormValues,
  applicant: ApplicantFormValues,
) {
  return {
    action: 'register' as const,
    organisation: organisationInput(organisation),
    applicant: applicantInput(applicant),
  };
}

export function validateOrganisation(
  values: OrganisationFormValues,
  language: Language,
  labels: FieldLabels,
): Validation<z.output<typeof organisationProfileSchema>> {
  return validate(organisationProfileSchema, organisationInput(values), language, labels);
}

export function validateProfileUpdate(
  values: OrganisationFormValues,
  language: Language,
  labels: FieldLabels,
): Validation<z.output<typeof profileUpdateSchema>> {
  return validate(profileUpdateSchema, profileUpdateInput(values), language, labels);
}

export function validateApplicant(
  values: ApplicantFormValues,
  language: Language,
  labels: FieldLabels,
): Validation<z.output<typeof applicantSchema>> {
  return validate(applicantSchema, applicantInput(values), language, labels);
}

/** The registration checked as a whole; problems keyed `organisation.name`, `applicant.position`. */
export function validateRegistration(
  organisation: OrganisationFormValues,
  applicant: ApplicantFormValues,
  language: Language,
  labels: FieldLabels,
): Validation<z.output<typeof registerOrganisationInput>> {
  return validate(
    registerOrganisationInput,
    registerInput(organisation, applicant),
    language,
    labels,
  );
}

// ---- the lead's and the Secretariat's orgAction forms ---------------------------------------

type OrgActionInput = z.input<typeof orgActionInput>;
type OrgAction<A extends OrgActionInput['action']> = Extract<OrgActionInput, { action: A }>;

export function inviteInput(orgId: string, values: { email: string; language: string }) {
  return {
    action: 'invite' as const,
    orgId,
    email: values.email.trim(),
    language: values.language,
  };
}

export function validateInvite(
  orgId: string,
  values: { email: string; language: string },
  language: Language,
  labels: FieldLabels,
): Validation<OrgAction<'invite'>> {
  return validate(orgActionInput, inviteInput(orgId, values), language, labels) as Validation<
    OrgAction<'invite'>
  >;
}

export function rejectInput(orgId: string, reason: string) {
  return { action: 'reject' as const, orgId, reason: reason.trim() };
}

export function validateReject(
  orgId: string,
  reason: string,
  language: Language,
  labels: FieldLabels,
): Validation<OrgAction<'reject'>> {
  return validate(orgActionInput, rejectInput(orgId, reason), language, labels) as Validation<
    OrgAction<'reject'>
  >;
}
