import type { z } from 'zod';
import { adminSetRoleInput } from '@domain/actions/admin-set-role.schema.js';
import { orgActionInput } from '@domain/actions/org-action.schema.js';
import { emailSchema } from '@domain/fields.js';
import { roleClaimsSchema } from '@domain/roles.js';
import { userSettingsSchema } from '@domain/schemas/user.schema.js';
import type { Language } from '../i18n/i18n.js';
import type { Messages } from '../i18n/uk.js';
import { validate, type FieldLabels, type Problems, type Validation } from '../forms/problems.js';

/**
 * Forms about people: signing up, one's own settings, inviting, rejecting an organisation,
 * and the administrator's role and listing forms. Each maps what was typed to the input of
 * the write or callable, and validates it with the shared schema.
 */
function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

// ---- sign-up --------------------------------------------------------------------------------

/** Firebase accepts 6; eight is the least we ask for an account that sees others' data. */
export const MIN_PASSWORD_LENGTH = 8;

export type SignUpValues = {
  displayName: string;
  email: string;
  password: string;
  passwordAgain: string;
};

const signUpSchema = userSettingsSchema.pick({ displayName: true }).extend({ email: emailSchema });

export function validateSignUp(
  values: SignUpValues,
  language: Language,
  labels: FieldLabels,
  messages: Messages['signUp']['validation'],
): Validation<{ displayName: string; email: string; password: string }> {
  const checked = validate(
    signUpSchema,
    { displayName: values.displayName.trim(), email: values.email.trim() },
    language,
    labels,
  );
  const problems: Problems = checked.ok ? {} : { ...checked.problems };
  if (!values.password) problems.password = messages.passwordRequired;
  else if (values.password.length < MIN_PASSWORD_LENGTH) problems.password = messages.passwordShort;
  if (!values.passwordAgain) problems.passwordAgain = messages.passwordAgainRequired;
  else if (values.password && values.passwordAgain !== values.password) {
    problems.passwordAgain = messages.passwordMismatch;
  }
  if (!checked.ok || Object.keys(problems).length) return { ok: false, problems };
  return { ok: true, value: { ...checked.value, password: values.password } };
}

// ---- one's own settings ---------------------------------------------------------------------

export type SettingsValues = {
  displayName: string;
  position: string;
  language: string;
  notificationPreference: string;
};

export function settingsInput(values: SettingsValues) {
  return {
    displayName: values.displayName.trim(),
    position: optional(values.position),
    language: values.language,
    notificationPreference: values.notificationPreference,
  };
}

export function validateSettings(
  values: SettingsValues,
  language: Language,
  labels: FieldLabels,
): Validation<z.output<typeof userSettingsSchema>> {
  return validate(userSettingsSchema, settingsInput(values), language, labels);
}

// ---- orgAction forms ------------------------------------------------------------------------

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

// ---- the administrator's forms ----------------------------------------------------------------

/** Roles an administrator gives directly; NGO roles come from organisation membership. */
export const ASSIGNABLE_ROLES = ['staff', 'coordinator', 'commissioner', 'admin'] as const;
export type AssignableRole = (typeof ASSIGNABLE_ROLES)[number];

export interface RoleFormValues {
  role: string;
  decisionAuthority: boolean;
  regions: string[];
}

type AdminInput = z.input<typeof adminSetRoleInput>;
type SetRoleInput = Extract<AdminInput, { action: 'setRole' }>;

/**
 * `adminSetRole setRole` for what was chosen: regions only for a coordinator, the authority
 * to decide only for staff (and only when ticked), so the claims fit the role.
 */
export function setRoleInput(uid: string, values: RoleFormValues): SetRoleInput {
  const role = values.role as SetRoleInput['role'];
  return {
    action: 'setRole',
    uid,
    role,
    ...(role === 'coordinator' ? { regions: [...values.regions] as SetRoleInput['regions'] } : {}),
    ...(role === 'staff' && values.decisionAuthority ? { decisionAuthority: true } : {}),
  };
}

export function validateRole(
  uid: string,
  values: RoleFormValues,
  language: Language,
  labels: FieldLabels,
  messages: Messages['users']['validation'],
): Validation<SetRoleInput> {
  if (!(ASSIGNABLE_ROLES as readonly string[]).includes(values.role)) {
    return {
      ok: false,
      problems: { role: messages.roleRequired },
    };
  }
  if (values.role === 'coordinator' && values.regions.length === 0) {
    return {
      ok: false,
      problems: { regions: messages.regionsRequired },
    };
  }
  const input = setRoleInput(uid, values);
  const claims = validate(
    roleClaimsSchema,
    { role: input.role, regions: input.regions, decisionAuthority: input.decisionAuthority },
    language,
    labels,
  );
  if (!claims.ok) return claims;
  const checked = validate(adminSetRoleInput, input, language, labels);
  return checked.ok ? { ok: true, value: input } : checked;
}

export interface ListingValues {
  position: string;
  workEmail: string;
  workPhone: string;
}

export function listingInput(uid: string, values: ListingValues) {
  return {
    action: 'updateCoordinatorListing' as const,
    uid,
    position: optional(values.position),
    workEmail: optional(values.workEmail),
    workPhone: optional(values.workPhone),
  };
}

export function validateListing(
  uid: string,
  values: ListingValues,
  language: Language,
  labels: FieldLabels,
): Validation<ReturnType<typeof listingInput>> {
  const input = listingInput(uid, values);
  const checked = validate(adminSetRoleInput, input, language, labels);
  return checked.ok ? { ok: true, value: input } : checked;
}
