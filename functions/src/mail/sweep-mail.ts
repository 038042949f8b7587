import { Timestamp } from 'firebase-admin/firestore';
import { logger } from 'firebase-functions';
import { needsSweep } from '../domain/mail/delivery.js';
import { db } from '../shared/firebase.js';
import { sweptDeliveries } from './mail-store.js';
import { sendMailDocument, type SendOutcome } from './send-mail-document.js';

const BATCH = 300;
/** Sends at once; nodemailer's pool (smtp-transport.ts) holds three connections. */
const CONCURRENCY = 6;
/** No new send is begun after this: the schedule's timeout (300 s) leaves room for the last. */
const BUDGET_MS = 3 * 60_000;

/**
 * Sends again the mails whose retry is due, those whose sender died holding the lease, and
 * those put back to PENDING: the delivery trigger runs on a mail's creation only, so nothing
 * else would. Each goes through the sender's claim, so a mail another sender took meanwhile
 * is left alone and none is sent twice. Returns how many it took up (sent or failed again).
 */
export async function sweepMail(now = Date.now()): Promise<{ retried: number }> {
  const due = Timestamp.fromMillis(now);
  const outbox = db().collection('mail');
  const found = await Promise.all([
    outbox
      .where('delivery.state', '==', 'RETRY')
      .where('delivery.nextAttemptTime', '<=', due)
      .limit(BATCH)
      .get(),
    outbox
      .where('delivery.state', '==', 'PROCESSING')
      .where('delivery.leaseExpireTime', '<=', due)
      .limit(BATCH)
      .get(),
    outbox.where('delivery.state', '==', 'PENDING').limit(BATCH).get(),
  ]);
  const ids = sweptDeliveries(found.flatMap((page) => page.docs))
    .filter(({ delivery }) => needsSweep(delivery, now))
    .map(({ doc }) => doc.id);

  const stopAt = Date.now() + BUDGET_MS;
  const outcomes: SendOutcome[] = [];
  let next = 0;
  const worker = async () => {
    while (next < ids.length && Date.now() < stopAt) {
      const mailId = ids[next++]!;
      // One mail's trouble (a claim lost to a concurrent sweep) does not stop the others'.
      outcomes.push(
        await sendMailDocument(mailId).catch((error: unknown) => {
          logger.warn('Mail sweep: not sent this time', { mailId, error });
          return 'not-claimable' as const;
        }),
      );
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { retried: outcomes.filter((o) => o === 'sent' || o === 'retry' || o === 'error').length };
}
