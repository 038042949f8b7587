import { notificationSchema } from '../schemas/notification.schema.js';
import { userProfileSchema } from '../schemas/user.schema.js';

/**
 * Projections of `users/{uid}` and its notifications: a reader needs only the fields it uses to
 * fit, so that a person is not lost to a notice because an unrelated field is odd.
 */

/** A profile as a notice reads it: where to, whether at all, in which language, when. */
export const recipientProfileSchema = userProfileSchema.pick({
  email: true,
  disabled: true,
  language: true,
  notificationPreference: true,
});

/** An account as the mail sender asks whether it is still active. */
export const accountStateSchema = userProfileSchema.pick({ email: true, disabled: true });

/** A notice as the daily digest lists it. */
export const digestItemSchema = notificationSchema.pick({ title: true, link: true, digest: true });
