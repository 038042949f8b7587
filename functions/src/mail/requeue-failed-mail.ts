import { Timestamp, type Query, type QueryDocumentSnapshot } from 'firebase-admin/firestore';
import type { RetryPolicy } from '../domain/mail/delivery.js';
import {
  DEACTIVATED_ERROR,
  EXTENSION_RUN_LIMIT_MS,
  LEASE_EXPIRED_ERROR,
  requeueDecision,
} from '../domain/mail/extension-retry.js';
import type { Recipients } from '../domain/mail/outbox.js';
import { db } from '../shared/firebase.js';
import { activeRecipients, storedRecipients } from './active-recipients.js';
import { retryPolicy } from './mail-config.js';
import { deliveryOf, sweptDeliveries } from './mail-store.js';

const PAGE = 300;
/** Failures are looked at for a day past their longest backoff, so a stopped scheduler loses none. */
const LOOK_BACK_MS = 24 * 60 * 60_000;

/**
 * With MAIL_SENDER=extension: puts back to the queue (RETRY, which the extension sends at once)
 * every mail whose failure was transient and whose backoff is over, up to MAIL_MAX_ATTEMPTS.
 * Permanent failures are left as the extension wrote them. Each mail is re-queued in its own
 * transaction, only if its delivery is still what was decided on.
 */
export async function requeueFailedMail(
  now = Date.now(),
  policy: RetryPolicy = retryPolicy(),
): Promise<{ requeued: number; recipientsGone: number }> {
  const since = Timestamp.fromMillis(now - policy.maxDelayMs - LOOK_BACK_MS);
  const outbox = db().collection('mail');
  // The extension's own failures carry their end time; a lease that ran out keeps its expiry.
  const candidates = new Map<string, QueryDocumentSnapshot>();
  for (const query of [
    outbox.where('delivery.state', '==', 'ERROR').where('delivery.endTime', '>=', since),
    outbox
      .where('delivery.state', 'in', ['ERROR', 'PROCESSING'])
      .where('delivery.leaseExpireTime', '>=', since)
      .where('delivery.leaseExpireTime', '<=', Timestamp.fromMillis(now - EXTENSION_RUN_LIMIT_MS)),
  ]) {
    for await (const doc of everyDocument(query)) candidates.set(doc.id, doc);
  }

  let requeued = 0;
  let recipientsGone = 0;
  for (const { doc, delivery } of sweptDeliveries([...candidates.values()])) {
    const decided = requeueDecision(delivery, now, policy);
    const recipients = storedRecipients(doc.data());
    if (decided.action !== 'requeue' || !recipients) continue;
    const active = await activeRecipients(recipients);
    const outcome = await db().runTransaction(async (tx) => {
      const current = deliveryOf(await tx.get(doc.ref));
      const again = requeueDecision(current, now, policy);
      if (again.action !== 'requeue' || again.attempts !== decided.attempts) return null;
      if (!active) {
        tx.update(doc.ref, { 'delivery.error': DEACTIVATED_ERROR });
        return 'recipients-gone';
      }
      tx.update(doc.ref, {
        // Someone deactivated since the mail was written is no longer written to.
        ...(countOf(active) < countOf(recipients) ? active : {}),
        'delivery.state': 'RETRY',
        'delivery.attempts': again.attempts,
        'delivery.leaseExpireTime': null,
        ...(delivery?.state === 'PROCESSING' ? { 'delivery.error': LEASE_EXPIRED_ERROR } : {}),
      });
      return 'requeued';
    });
    if (outcome === 'requeued') requeued++;
    if (outcome === 'recipients-gone') recipientsGone++;
  }
  return { requeued, recipientsGone };
}

const countOf = ({ to, cc, bcc }: Recipients) => to.length + cc.length + bcc.length;

async function* everyDocument(query: Query): AsyncGenerator<QueryDocumentSnapshot> {
  let last: QueryDocumentSnapshot | undefined;
  for (;;) {
    const page = await (last ? query.startAfter(last) : query).limit(PAGE).get();
    yield* page.docs;
    if (page.size < PAGE) return;
    last = page.docs[page.size - 1];
  }
}
