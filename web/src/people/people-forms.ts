import type { z } from 'zod';
import { emailSchema } from '@domain/fields.js';
import { userSettingsSchema } from '@domain/schemas/user.schema.js';
import type { Language } from '../i18n/i18n.js';
import type { Messages } from '../i18n/uk.js';
import { optional } from '../forms/form-text.js';
import { validate, type FieldLabels, type Problems, type Validation } from '../forms/problems.js';

/**
 * A person's own forms: signing up and one's own settings. Each maps what was typed to the
 * input of the write, and validates it with the shared schema. (The administrator's forms
 * are in role-forms.ts, apart: their schemas take phone numbers, whose library only those
 * pages should load.)
 */

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
