/**
 * Ukrainian phone numbers as people write them — «0501234567», «050 123 45 67»,
 * «(050) 123-45-67», «+380 50 123 45 67», «380501234567» — read by libphonenumber-js and
 * stored in E.164 («+380501234567»), so that every copy of a number is spelled one way and a
 * `tel:` link dials it from anywhere.
 *
 * Kept out of fields.ts: the library and its (smallest) metadata take tens of milliseconds to
 * import, which only the handlers and pages that take a phone number should pay.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { z } from 'zod';
import { codedIssue } from './errors/field-issue.js';

/** The number in E.164, or null when the text is not a valid Ukrainian phone number. */
export function ukrainianPhoneE164(typed: string): string | null {
  // `extract: false`: the whole text must be the number, not merely contain one.
  const parsed = parsePhoneNumberFromString(typed.trim(), { defaultCountry: 'UA', extract: false });
  return parsed?.country === 'UA' && parsed.isValid() ? parsed.number : null;
}

/** A phone field of a schema: what was typed in, E.164 out. */
export const phoneSchema = z.string().transform((typed, context) => {
  const e164 = ukrainianPhoneE164(typed);
  if (e164) return e164;
  context.addIssue({ code: 'custom', ...codedIssue('FIELD.PHONE') });
  return z.NEVER;
});
