import { FieldPath, FieldValue } from 'firebase-admin/firestore';
import { millisOf, type TimestampLike } from '../domain/fields.js';
import type { CallableRequest } from 'firebase-functions/https';
import type { z } from 'zod';
import { actionResult } from '../domain/actions/action-results.js';
import { mailActionResults } from '../domain/actions/mail-action.results.js';
import { mailActionInput } from '../domain/actions/mail-action.schema.js';
import { recordAudit } from '../audit/write-audit.js';
import { parseInput, requireActor, refusal } from '../shared/callable-errors.js';
import { db } from '../shared/firebase.js';
import type { mailLogEntrySchema as storedMailLogEntrySchema } from '../domain/schemas/mail.schema.js';
import { mailLog, mailRef, outbox } from './mail-store.js';
import { activeRecipients, storedRecipients } from './active-recipients.js';
import { takeMailingUnit } from '../shared/mail-limits.js';
import { sendNow } from './send-now.js';

/**
 * `mailAction`: the delivery log. Clients cannot read the outbox (it holds addresses and
 * texts of every notice), so staff and admins see it through here: who, what subject, which
 * state, the error; and they can send a failed mail again (at once, answering with the state it
 * is left in).
 */
export async function handleMailAction(request: CallableRequest<unknown>) {
  const actor = await requireActor(request);
  if (!['staff', 'admin'].includes(actor.role)) {
    throw refusal('MAIL.STAFF_ONLY');
  }
  const input = parseInput(mailActionInput, request.data);
  // The answer goes out through its schema, the one the web client reads it with.
  return actionResult(
    'mailAction',
    mailActionResults,
    input.action,
    input.action === 'list' ? await listMails(input) : await retryMail(actor, input),
  );
}

type StoredMailLogEntry = z.output<typeof storedMailLogEntrySchema>;

type Input<A extends z.output<typeof mailActionInput>['action']> = Extract<
  z.output<typeof mailActionInput>,
  { action: A }
>;

async function listMails(input: Input<'list'>) {
  let query = mailLog().orderBy(FieldPath.documentId()).limit(input.limit);
  if (input.state) query = query.where('delivery.state', '==', input.state);
  if (input.after) query = query.startAfter(input.after);
  const page = await query.get();
  return {
    mails: page.docs.map((doc) => logEntryOf(doc.id, doc.data())),
    next: page.size === input.limit ? (page.docs.at(-1)?.id ?? null) : null,
  };
}

/** A mail as the delivery log shows it (`mailLogEntrySchema` of the results). */
function logEntryOf(id: string, stored: StoredMailLogEntry) {
  const { to, message, event, urgent, delivery } = stored;
  return {
    id,
    to: Array.isArray(to) ? to : to ? [to] : [],
    subject: message?.subject ?? '',
    event: event ?? null,
    urgent: urgent === true,
    state: delivery?.state ?? 'PENDING',
    attempts: delivery?.attempts ?? 0,
    error: delivery?.error ?? null,
    endTime: iso(delivery?.endTime),
    nextAttemptTime: iso(delivery?.nextAttemptTime),
  };
}

async function retryMail(actor: Awaited<ReturnType<typeof requireActor>>, input: Input<'retry'>) {
  const ref = mailRef(input.mailId);
  // A resend is a new write: nobody deactivated since is written to (whichever sender sends).
  const recipients = storedRecipients((await ref.get()).data());
  const active = recipients && (await activeRecipients(recipients));
  await db().runTransaction(async (tx) => {
    const mail = (await tx.get(ref)).data();
    if (!mail) throw refusal('MAIL.NOT_FOUND');
    if (mail.delivery?.state !== 'ERROR') {
      throw refusal('MAIL.NOT_FAILED');
    }
    if (!active) {
      throw refusal('MAIL.NO_ACTIVE_RECIPIENT');
    }
    await takeMailingUnit(tx, actor.uid);
    tx.update(outbox().doc(input.mailId), {
      ...active,
      'delivery.state': 'PENDING',
      'delivery.attempts': 0,
      'delivery.error': null,
      'delivery.nextAttemptTime': null,
      'delivery.leaseExpireTime': null,
      'delivery.retriedBy': actor.uid,
      'delivery.retriedAt': FieldValue.serverTimestamp(),
    });
  });
  await recordAudit({
    chain: `mail:${input.mailId}`,
    actor: { uid: actor.uid, role: actor.role },
    action: 'mail.retried',
    target: { type: 'mail', id: input.mailId },
  });
  // Sent from here: the delivery trigger runs on a mail's creation only. If this send does not
  // happen, the sweep takes the PENDING mail up; the claim lets only one of them send.
  await sendNow([input.mailId]);
  const stored = (await mailLog().doc(input.mailId).get()).data();
  if (!stored) throw refusal('MAIL.NOT_FOUND');
  const entry = logEntryOf(input.mailId, stored);
  return { mailId: input.mailId, state: entry.state, mail: entry };
}

function iso(value: TimestampLike | Date | null | undefined): string | null {
  return value ? new Date(millisOf(value)).toISOString() : null;
}
