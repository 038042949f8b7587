import { z } from 'zod';
import { DELIVERY_STATES } from '../schemas/mail.schema.js';
import type { ActionResults } from './action-results.js';
import { mailIdSchema, type mailActionInput } from './mail-action.schema.js';

/** An ISO time, or null where the delivery has none yet. */
const isoTime = z.iso.datetime().nullable();

/** One mail of the delivery log, as `mailAction list` gives it: no text, no addresses but `to`. */
export const mailLogEntrySchema = z.object({
  id: mailIdSchema,
  to: z.array(z.string()),
  subject: z.string(),
  /** The domain event the mail reports, if it was written with one. */
  event: z.string().nullable(),
  urgent: z.boolean(),
  state: z.enum(DELIVERY_STATES),
  attempts: z.int().min(0),
  error: z.string().nullable(),
  endTime: isoTime,
  nextAttemptTime: isoTime,
});

/** What each `mailAction` answers (docs/API.md). */
export const mailActionResults = {
  /** `next`: the id to ask the following page `after`, null on the last page. */
  list: z.object({ mails: z.array(mailLogEntrySchema), next: mailIdSchema.nullable() }),
  /**
   * `state`: the delivery once the mail was sent again (PENDING when the extension sends);
   * `mail`: the mail as the log now shows it (its attempts, and the new error or none).
   */
  retry: z.object({
    mailId: mailIdSchema,
    state: z.enum(DELIVERY_STATES),
    mail: mailLogEntrySchema,
  }),
} satisfies ActionResults<z.input<typeof mailActionInput>['action']>;
