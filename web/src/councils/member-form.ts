import {
  councilMembershipInputSchema,
  type CouncilRole,
} from '@domain/schemas/council-membership.schema.js';
import type { z } from 'zod';
import { dateForSchema } from '../forms/dates.js';
import { validate, type FieldLabels, type Validation } from '../forms/problems.js';
import type { Language } from '../i18n/i18n.js';

/** The form that adds a member: a person, their role, and the period, typed day first. */
export type MemberFormValues = { uid: string; role: string; from: string; to: string };

export type MemberInput = z.output<typeof councilMembershipInputSchema>;

export function validateMemberForm(
  values: MemberFormValues,
  language: Language,
  labels: FieldLabels,
): Validation<MemberInput> {
  return validate(
    councilMembershipInputSchema,
    {
      uid: values.uid || undefined,
      role: (values.role || undefined) as CouncilRole | undefined,
      from: dateForSchema(values.from) || undefined,
      to: dateForSchema(values.to) || undefined,
    },
    language,
    labels,
  );
}
