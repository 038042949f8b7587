import { z } from 'zod';

/**
 * What Firebase's Trigger Email extension (firestore-send-email 0.2.8) reads from a mail
 * document and sends as it stands, restated from its source (functions/src/validation.ts, the
 * `mailOptions` of `deliver` in index.ts) rather than taken from Spilno's own schema, so that
 * Spilno's documents are checked against the extension's contract:
 *  - `to`, `cc`, `bcc`: a string or an array of strings, at least one recipient;
 *  - `from`, `replyTo`: strings, used as given (without `from` its DEFAULT_FROM applies);
 *  - `headers`: passed to nodemailer as they are;
 *  - `message`: `subject` and `text` or `html` (attachments are sent too, but ours sends none).
 *    Its check of `message` is not strict and `deliver` hands `message` to nodemailer as it
 *    stands, so nodemailer's `icalEvent` (a meeting's invitation) is sent as ours sends it.
 * The extension also accepts `toUids`/`ccUids`/`bccUids` (looked up without asking whether the
 * account is active), `template` (rendered from its own templates collection: empty for us),
 * `sendGrid` and `categories`; those it would send differently from Spilno's sender, so they
 * are refused here. Keys it ignores (Spilno's `event`, `urgent`) and the `delivery` map both
 * senders write are allowed.
 */
const recipient = z.union([z.string().min(1), z.array(z.string().min(1))]);

export const triggerEmailPayload = z
  .strictObject({
    to: recipient.optional(),
    cc: recipient.optional(),
    bcc: recipient.optional(),
    from: z.string().min(1),
    replyTo: z.string().optional(),
    headers: z.record(z.string(), z.string()),
    message: z
      .strictObject({
        subject: z.string(),
        text: z.string().nullable().optional(),
        html: z.string().nullable().optional(),
        icalEvent: z
          .strictObject({
            method: z.enum(['REQUEST', 'CANCEL']),
            filename: z.string().optional(),
            content: z.string().min(1),
          })
          .optional(),
      })
      .refine((m) => !!m.text || !!m.html, "At least one of 'text' or 'html'"),
    event: z.string().optional(),
    urgent: z.boolean().optional(),
    delivery: z.record(z.string(), z.unknown()).optional(),
  })
  .refine(
    (mail) => [mail.to, mail.cc, mail.bcc].some((r) => (Array.isArray(r) ? r.length > 0 : !!r)),
    'Email must have at least one recipient',
  );
