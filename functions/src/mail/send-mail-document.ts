import { logger } from 'firebase-functions';
import {
  claimedDelivery,
  deliveredDelivery,
  failedDelivery,
  isClaimable,
  type SmtpFailure,
} from '../domain/mail/delivery.js';
import { outgoingMessage, recipientsOf } from '../domain/mail/outbox.js';
import { mailSchema, type Delivery } from '../domain/schemas/mail.schema.js';
import { describeProblems, fieldProblems } from '../domain/validation.js';
import { db } from '../shared/firebase.js';
import { mailRef } from './mail-store.js';
import { activeRecipients } from './active-recipients.js';
import { builtinSenderEnabled, retryPolicy } from './mail-config.js';
import { resetSmtpTransport, smtpTransport } from './smtp-transport.js';
import { faultPoint } from '../shared/fault-points.js';

/** `not-ours`: the Trigger Email extension delivers (MAIL_SENDER=extension); nothing was done. */
export type SendOutcome = 'sent' | 'retry' | 'error' | 'not-claimable' | 'not-ours';

/**
 * Sends one mail of the outbox. The mail is first claimed in a transaction (PROCESSING with a
 * lease), so that of two triggers or senders racing only one sends; the result is written
 * back only while the claim is still ours. When the extension is in charge this sender never
 * touches the outbox: two senders with two SMTP configurations would race for every mail.
 */
export async function sendMailDocument(mailId: string): Promise<SendOutcome> {
  if (!builtinSenderEnabled()) return 'not-ours';
  const ref = mailRef(mailId);
  const policy = retryPolicy();
  // A crash here leaves the mail as it was written: only its trigger's retry sends it.
  faultPoint('sendMail.beforeClaim');
  const claim = await db().runTransaction(async (tx) => {
    const mail = (await tx.get(ref)).data();
    if (!mail) return null;
    const previous = mail.delivery;
    if (!isClaimable(previous, Date.now())) return null;
    const claimed = claimedDelivery(previous, Date.now(), policy);
    tx.update(ref, { delivery: claimed });
    return { mail, claimed };
  });
  if (!claim) return 'not-claimable';
  // A crash from here on leaves the mail PROCESSING: the sweep puts it back once the lease ends.
  faultPoint('sendMail.afterClaim');

  try {
    const composed = await compose(mailId, claim.mail);
    const transport = await smtpTransport();
    const info = await transport.sendMail(composed);
    await finish(
      ref,
      claim.claimed,
      deliveredDelivery(claim.claimed, Date.now(), {
        messageId: info.messageId ?? null,
        accepted: (info.accepted ?? []).map(String),
        rejected: (info.rejected ?? []).map(String),
        pending: ((info as { pending?: unknown[] }).pending ?? []).map(String),
        response: info.response ?? null,
      }),
    );
    return 'sent';
  } catch (error) {
    const failure = asSmtpFailure(error);
    const next = failedDelivery(claim.claimed, failure, Date.now(), policy);
    if (next.state === 'RETRY') resetSmtpTransport();
    await finish(ref, claim.claimed, next);
    logger.warn('Mail not delivered', {
      mailId,
      state: next.state,
      error: next.error,
      attempts: next.attempts,
    });
    return next.state === 'RETRY' ? 'retry' : 'error';
  }
}

/** Writes the outcome only if the lease is still ours (a slow send may have been reclaimed). */
async function finish(
  ref: ReturnType<typeof mailRef>,
  claimed: Delivery,
  outcome: Delivery,
): Promise<void> {
  await db().runTransaction(async (tx) => {
    const current = (await tx.get(ref)).data()?.delivery;
    if (current?.state !== 'PROCESSING' || current.attempts !== claimed.attempts) return;
    tx.update(ref, { delivery: outcome });
  });
}

/**
 * The message as the document says, to the recipients whose accounts are still active. What
 * is wrong with the document is final (EMESSAGE); a failed look-up of the accounts is not.
 */
async function compose(mailId: string, raw: Record<string, unknown>) {
  const { delivery: _delivery, ...fields } = raw;
  const parsed = mailSchema.safeParse(fields);
  if (!parsed.success) throw badMessage(describeProblems(fieldProblems(parsed.error)));
  const recipients = await activeRecipients(recipientsOf(parsed.data));
  if (!recipients) throw badMessage('Every recipient’s account is deactivated');
  try {
    return outgoingMessage(mailId, parsed.data, recipients);
  } catch (error) {
    throw badMessage(error instanceof Error ? error.message : String(error));
  }
}

const badMessage = (message: string) => Object.assign(new Error(message), { code: 'EMESSAGE' });

function asSmtpFailure(error: unknown): SmtpFailure {
  const e = error as { code?: unknown; responseCode?: unknown; message?: unknown };
  return {
    code: typeof e.code === 'string' ? e.code : undefined,
    responseCode: typeof e.responseCode === 'number' ? e.responseCode : undefined,
    message: typeof e.message === 'string' ? e.message : String(error),
  };
}
