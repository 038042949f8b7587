import { z } from 'zod';
import { regionCodeSchema } from '../catalogues/catalogue-schemas.js';
import { emailSchema, idSchema, optionalText, text, timestampSchema } from '../fields.js';
import { roleSchema } from '../roles.js';

export const LANGUAGES = ['uk', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);

export const NOTIFICATION_PREFERENCES = ['immediate', 'daily_digest'] as const;

/** The part of a profile its owner may edit. */
export const userSettingsSchema = z.object({
  displayName: text(2, 200, 'Ім’я та прізвище'),
  position: optionalText(200, 'Посада'),
  language: languageSchema,
  /** Urgent notices are always sent at once; this governs the rest. */
  notificationPreference: z.enum(NOTIFICATION_PREFERENCES),
});

/**
 * `users/{uid}`. Role fields mirror the custom claims for queries and for the interface;
 * the claims on the token are what rules trust. `claimsUpdatedAt` changes whenever the
 * claims do, so an open session knows to refresh its token.
 */
export const userProfileSchema = userSettingsSchema.extend({
  email: emailSchema,
  role: roleSchema.optional(),
  orgId: idSchema.optional(),
  regions: z.array(regionCodeSchema).optional(),
  decisionAuthority: z.boolean().optional(),
  disabled: z.boolean(),
  claimsUpdatedAt: timestampSchema.optional(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type UserProfile = z.infer<typeof userProfileSchema>;
