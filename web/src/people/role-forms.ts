import type { z } from 'zod';
import { adminSetRoleInput } from '@domain/actions/admin-set-role.schema.js';
import { roleClaimsSchema } from '@domain/roles.js';
import { optional } from '../forms/form-text.js';
import { validate, type FieldLabels, type Validation } from '../forms/problems.js';
import type { Language } from '../i18n/i18n.js';
import type { Messages } from '../i18n/uk.js';

/**
 * The administrator's forms about a person (`adminSetRole`): the role, and a coordinator's
 * public contacts. Each maps what was chosen or typed to the callable's input, and validates
 * it with the shared schema.
 */

/** Roles an administrator gives directly; NGO roles come from organisation membership. */
export const ASSIGNABLE_ROLES = ['staff', 'coordinator', 'commissioner', 'admin'] as const;
export type AssignableRole = (typeof ASSIGNABLE_ROLES)[number];

export type RoleFormValues = {
  role: string;
  decisionAuthority: boolean;
  regions: string[];
};

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

export type ListingValues = {
  position: string;
  workEmail: string;
  workPhone: string;
};

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
