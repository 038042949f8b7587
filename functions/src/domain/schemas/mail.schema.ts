import { z } from 'zod';
import { emailSchema, timestampSchema } from '../fields.js';

/**
 * The delivery state of a mail, written by whichever sender is in charge (MAIL_SENDER): ours,
 * or Firebase's Trigger Email extension, whose shape this follows.
 */
export const DELIVERY_STATES = ['PENDING', 'PROCESSING', 'SUCCESS', 'ERROR', 'RETRY'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

const recipients = z.union([emailSchema, z.array(emailSchema)]);
/** Who a mail goes to: addresses only, as both senders read them. */
export const mailRecipientsSchema = z.object({
  to: recipients.optional(),
  cc: recipients.optional(),
  bcc: recipients.optional(),
});

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
  /** The extension's TTL, when it is configured with one. */
  expireAt: timestampSchema.nullable().optional(),
  /** Set when staff sent a failed mail again from the delivery log. */
  retriedBy: z.string().optional(),
  retriedAt: timestampSchema.optional(),
});
export type Delivery = z.infer<typeof deliverySchema>;

/**
 * What the senders and the sweepers read of a stored mail: its delivery state, typed, the rest
 * kept as it is (a mail that breaks `mailSchema` is still claimed, then refused as EMESSAGE).
 */
export const mailDeliveryPartSchema = z.looseObject({ delivery: deliverySchema.optional() });

/**
 * What the delivery log shows of a stored mail. Loose on purpose: a mail the sender refused
 * (EMESSAGE, say an address that is not one) must still be listed, with its error.
 */
export const mailLogEntrySchema = z.object({
  to: z.union([z.string(), z.array(z.string())]).optional(),
  message: z.object({ subject: z.string().optional() }).optional(),
  event: z.string().optional(),
  urgent: z.boolean().optional(),
  delivery: deliverySchema.optional(),
});
export type MailLogEntry = z.infer<typeof mailLogEntrySchema>;

/** The Message-ID Spilno gives a mail: its outbox id, so that a reply or a bounce leads back to it. */
export function messageIdFor(mailId: string): string {
  return `<${mailId}@spilno>`;
}
const MESSAGE_ID = /^<[^<>\s@]+@spilno>$/;
const NEEDS_MESSAGE_ID = 'A mail needs string headers with `Message-ID: <{mailId}@spilno>`';

/**
 * Fields the Trigger Email extension (firestore-send-email 0.2.8) would render differently
 * from Spilno's own sender, so Spilno never writes them: the extension reads `toUids` without
 * asking whether the account is still active, renders `template` only from a templates
 * collection of its own (an empty mail, marked SUCCESS), and anything else (`sendGrid`,
 * `categories`, attachments) our sender does not send at all.
 */
const NOT_WRITTEN = {
  uids: (field: string) =>
    z
      .never({
        error: `\`${field}\` is not written: Spilno resolves addresses when it writes a mail, skipping deactivated accounts; put the address in \`${field.replace('Uids', '')}\``,
      })
      .optional(),
  template: z
    .never({
      error:
        '`template` is not written: the Trigger Email extension would send it empty; render the template into `message`',
    })
    .optional(),
};
const unknownKeys = (what: string) => ({
  error: (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys'
      ? `${what} has fields Spilno does not write (both senders must render it the same): ${(issue.keys ?? []).join(', ')}`
      : undefined,
});

/**
 * `mail/{mailId}`: the outbox, in the part of the Trigger Email extension's shape that both
 * senders (ours and the extension) render the same way: addresses already resolved, a
 * rendered `message`, `from` and the Message-ID header set. Clients can neither read nor write it.
 */
export const mailSchema = z
  .strictObject(
    {
      ...mailRecipientsSchema.shape,
      toUids: NOT_WRITTEN.uids('toUids'),
      ccUids: NOT_WRITTEN.uids('ccUids'),
      bccUids: NOT_WRITTEN.uids('bccUids'),
      from: z.string({ error: 'A mail needs `from` (MAIL_FROM)' }).min(1),
      replyTo: z.string().optional(),
      headers: z
        .record(z.string(), z.string(), { error: NEEDS_MESSAGE_ID })
        .refine((headers) => MESSAGE_ID.test(headers['Message-ID'] ?? ''), NEEDS_MESSAGE_ID),
      message: z
        .strictObject(
          {
            subject: z.string().min(1).max(500),
            text: z.string().optional(),
            html: z.string().optional(),
            /**
             * A calendar invitation as the mail's `text/calendar` part (nodemailer's
             * `icalEvent`, which the Trigger Email extension passes on as well): a meeting's
             * REQUEST or CANCEL, made for this recipient.
             */
            icalEvent: z
              .strictObject({
                method: z.enum(['REQUEST', 'CANCEL']),
                filename: z.string().min(1).max(100).optional(),
                content: z.string().min(1).max(100_000),
              })
              .optional(),
          },
          unknownKeys('`message`'),
        )
        .refine((m) => m.text || m.html, { message: 'A message needs text or html' }),
      template: NOT_WRITTEN.template,
      /** Urgent notices bypass a recipient's daily-digest preference. */
      urgent: z.boolean().optional(),
      /** The domain event this mail reports, for tracing (the id is derived from it). */
      event: z.string().optional(),
      delivery: deliverySchema.optional(),
    },
    unknownKeys('A mail'),
  )
  .refine((mail) => [mail.to, mail.cc, mail.bcc].some((r) => r !== undefined && r.length > 0), {
    message: 'A mail needs an address in `to`, `cc` or `bcc`',
    path: ['to'],
  });
export type Mail = z.infer<typeof mailSchema>;
