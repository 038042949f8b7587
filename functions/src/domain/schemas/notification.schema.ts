import { z } from 'zod';
import { timestampSchema } from '../fields.js';

/** `users/{uid}/notifications/{notificationId}`: the in-app list; the owner may only mark read. */
export const notificationSchema = z.object({
  kind: z.string().min(1),
  title: z.string().min(1).max(300),
  // The whole text of the notice (a decision's rationale alone may take 10,000 characters).
  body: z.string().max(12_000),
  /** Path in the web client, e.g. `/app/reports/abc`. */
  link: z.string().startsWith('/'),
  urgent: z.boolean(),
  read: z.boolean(),
  createdAt: timestampSchema,
  readAt: timestampSchema.nullable().optional(),
  /** The domain event it reports; also the key of its email, if any. */
  event: z.string().min(1),
  /** Set while a non-urgent notice waits for the recipient's daily digest. */
  digest: z.enum(['pending', 'sent']).optional(),
});
export type Notification = z.infer<typeof notificationSchema>;
