import type { DocumentReference } from 'firebase-admin/firestore';
import { logger } from 'firebase-functions';
import {
  claimedDelivery,
  deliveredDelivery,
  failedDelivery,
  isClaimable,
  type SmtpFailure,
} from '../domain/mail/delivery.js';
import { isTemplateName, renderTemplate } from '../domain/mail/templates.js';
import { mailSchema, type Delivery, type Mail } from '../domain/schemas/mail.schema.js';
import { describeProblems, fieldProblems } from '../domain/validation.js';
import { db } from '../shared/firebase.js';
import { retryPolicy, webBaseUrl } from './mail-config.js';
import { defaultFrom, resetSmtpTransport, smtpTransport } from './smtp-transport.js';

export type SendOutcome = 'sent' | 'retry' | 'error' | 'not-claimable';

/**
 * Sends one mail of the outbox. The mail is first claimed in a transaction (PROCESSING with a
 * lease), so that of two triggers or senders racing only one sends; the result is written
 * back only while the claim is still ours.
 */
export async function sendMailDocument(mailId: string): Promise<SendOutcome> {
  const ref = db().doc(`mail/${mailId}`);
  const policy = retryPolicy();
  const claim = await db().runTransaction(async (tx) => {
    const snapshot = await tx.get(ref);
    if (!snapshot.exists) return null;
    const previous = snapshot.get('delivery') as Delivery | undefined;
    if (!isClaimable(previous, Date.now())) return null;
    const claimed = claimedDelivery(previous, Date.now(), policy);
    tx.update(ref, { delivery: claimed });
    return { mail: snapshot.data() as Record<string, unknown>, claimed };
  });
  if (!claim) return 'not-claimable';

  let composed: Awaited<ReturnType<typeof compose>>;
  try {
    composed = await compose(claim.mail);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await finish(
      ref,
      claim.claimed,
      failedDelivery(claim.claimed, { code: 'EMESSAGE', message }, Date.now(), policy),
    );
    logger.error('Mail cannot be composed', { mailId, error: message });
    return 'error';
  }

  try {
    const transport = await smtpTransport();
    const info = await transport.sendMail({ ...composed, messageId: `<${mailId}@spilno>` });
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
async function finish(ref: DocumentReference, claimed: Delivery, outcome: Delivery): Promise<void> {
  await db().runTransaction(async (tx) => {
    const current = (await tx.get(ref)).get('delivery') as Delivery | undefined;
    if (current?.state !== 'PROCESSING' || current.attempts !== claimed.attempts) return;
    tx.update(ref, { delivery: outcome });
  });
}

async function compose(raw: Record<string, unknown>) {
  const { delivery: _delivery, ...fields } = raw;
  const parsed = mailSchema.safeParse(fields);
  if (!parsed.success) throw new Error(describeProblems(fieldProblems(parsed.error)));
  const mail: Mail = parsed.data;
  const toUidEmails = await emailsOf(mail.toUids ?? []);
  const to = [...asList(mail.to), ...toUidEmails];
  if (to.length === 0) throw new Error('No recipient has an active account with an email address');
  const message = mail.message ?? renderFromTemplate(mail);
  return {
    from: mail.from ?? defaultFrom(),
    replyTo: mail.replyTo,
    to,
    cc: [...asList(mail.cc), ...(await emailsOf(mail.ccUids ?? []))],
    bcc: [...asList(mail.bcc), ...(await emailsOf(mail.bccUids ?? []))],
    subject: message.subject,
    text: message.text,
    html: message.html,
    headers: mail.headers,
  };
}

function renderFromTemplate(mail: Mail) {
  if (!mail.template) throw new Error('A mail needs `message` or `template`');
  if (!isTemplateName(mail.template.name))
    throw new Error(`Unknown template "${mail.template.name}"`);
  const language = mail.template.data.language === 'en' ? 'en' : 'uk';
  return renderTemplate(mail.template.name, mail.template.data, language, webBaseUrl.value());
}

function asList(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** Current addresses of active users; a deactivated account receives nothing. */
async function emailsOf(uids: string[]): Promise<string[]> {
  if (uids.length === 0) return [];
  const snapshots = await db().getAll(...uids.map((uid) => db().doc(`users/${uid}`)));
  return snapshots
    .filter((s) => s.exists && s.get('disabled') !== true && typeof s.get('email') === 'string')
    .map((s) => s.get('email') as string);
}

function asSmtpFailure(error: unknown): SmtpFailure {
  const e = error as { code?: unknown; responseCode?: unknown; message?: unknown };
  return {
    code: typeof e.code === 'string' ? e.code : undefined,
    responseCode: typeof e.responseCode === 'number' ? e.responseCode : undefined,
    message: typeof e.message === 'string' ? e.message : String(error),
  };
}
