import { z } from 'zod';
import { emailSchema, timestampSchema, uidSchema } from '../fields.js';

/**
 * `mail/{mailId}`: the outbox, in the shape of Firebase's Trigger Email extension so that
 * the extension can replace our sender in production. Clients can neither read nor write it.
 */
export const DELIVERY_STATES = ['PENDING', 'PROCESSING', 'SUCCESS', 'ERROR', 'RETRY'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

const recipients = z.union([emailSchema, z.array(emailSchema)]);

export const deliverySchema = z.object({
  state: z.enum(DELIVERY_STATES),
  attempts: z.int().min(0),
  startTime: timestampSchema.nullable().optional(),
  endTime: timestampSchema.nullable().optional(),
  leaseExpireTime: timestampSchema.nullable().optional(),
  /** When a RETRY becomes due again. */
  nextAttemptTime: timestampSchema.nullable().optional(),
  error: z.string().nullable().optional(),
  info: z
    .object({
      messageId: z.string().nullable().optional(),
      accepted: z.array(z.string()).optional(),
      rejected: z.array(z.string()).optional(),
      pending: z.array(z.string()).optional(),
      response: z.string().nullable().optional(),
    })
    .nullable()
    .optional(),
  /** Set when staff sent a failed mail again from the delivery log. */
  retriedBy: z.string().optional(),
  retriedAt: timestampSchema.optional(),
});
export type Delivery = z.infer<typeof deliverySchema>;

export const mailSchema = z
  .object({
    to: recipients.optional(),
    cc: recipients.optional(),
    bcc: recipients.optional(),
    toUids: z.array(uidSchema).optional(),
    ccUids: z.array(uidSchema).optional(),
    bccUids: z.array(uidSchema).optional(),
    from: z.string().optional(),
    replyTo: z.string().optional(),
    headers: z.record(z.string(), z.string()).optional(),
    message: z
      .object({
        subject: z.string().min(1).max(500),
        text: z.string().optional(),
        html: z.string().optional(),
      })
      .refine((m) => m.text || m.html, { message: 'A message needs text or html' })
      .optional(),
    template: z
      .object({ name: z.string().min(1), data: z.record(z.string(), z.unknown()).default({}) })
      .optional(),
    /** Urgent notices bypass a recipient's daily-digest preference. */
    urgent: z.boolean().optional(),
    /** The domain event this mail reports, for tracing (the id is derived from it). */
    event: z.string().optional(),
    delivery: deliverySchema.optional(),
  })
  .refine((mail) => mail.to || mail.toUids?.length, {
    message: 'A mail needs `to` or `toUids`',
    path: ['to'],
  })
  .refine((mail) => mail.message || mail.template, {
    message: 'A mail needs `message` or `template`',
    path: ['message'],
  });
export type Mail = z.infer<typeof mailSchema>;
