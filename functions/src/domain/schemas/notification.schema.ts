import { z } from 'zod';
import { timestampSchema } from '../fields.js';

/** `users/{uid}/notifications/{notificationId}`: the in-app list; the owner may only mark read. */
export const notificationSchema = z.object({
  kind: z.string().min(1),
  title: z.string().min(1).max(300),
  body: z.string().max(2000),
  /** Path in the web client, e.g. `/app/reports/abc`. */
  link: z.string().startsWith('/'),
  urgent: z.boolean(),
  read: z.boolean(),
  createdAt: timestampSchema,
  readAt: timestampSchema.nullable().optional(),
});
export type Notification = z.infer<typeof notificationSchema>;
