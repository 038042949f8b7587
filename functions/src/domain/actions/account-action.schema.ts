import { z } from 'zod';
import { languageSchema } from '../schemas/user.schema.js';

/**
 * A page of the signed-in app to come back to after confirming the address (an invitation,
 * the registration form): a path only, never another site.
 */
export const appPathSchema = z
  .string()
  .max(300)
  .regex(/^\/app\/[A-Za-z0-9/_-]*$/, 'Очікувалася адреса сторінки застосунку, /app/…');

/** Input of the `accountAction` callable: the signed-in person's own account. */
export const accountActionInput = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('sendEmailVerification'),
    /** The language of the page the person is on; their profile's otherwise. */
    language: languageSchema.optional(),
    next: appPathSchema.optional(),
  }),
]);
export type AccountActionInput = z.infer<typeof accountActionInput>;
