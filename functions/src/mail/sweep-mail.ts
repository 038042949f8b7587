import { Timestamp } from 'firebase-admin/firestore';
import { needsSweep } from '../domain/mail/delivery.js';
import { db } from '../shared/firebase.js';
import { deliveryOf } from './mail-store.js';

const BATCH = 300;

/**
 * Puts back to PENDING the mails whose retry is due and those whose sender died holding the
 * lease; the delivery trigger then sends them. Each is reset in its own transaction so that a
 * mail claimed meanwhile is left alone.
 */
export async function sweepMail(now = Date.now()): Promise<{ requeued: number }> {
  const due = Timestamp.fromMillis(now);
  const [retries, expired] = await Promise.all([
    db()
      .collection('mail')
      .where('delivery.state', '==', 'RETRY')
      .where('delivery.nextAttemptTime', '<=', due)
      .limit(BATCH)
      .get(),
    db()
      .collection('mail')
      .where('delivery.state', '==', 'PROCESSING')
      .where('delivery.leaseExpireTime', '<=', due)
      .limit(BATCH)
      .get(),
  ]);
  let requeued = 0;
  for (const doc of [...retries.docs, ...expired.docs]) {
    const reset = await db().runTransaction(async (tx) => {
      const delivery = deliveryOf(await tx.get(doc.ref));
      if (!needsSweep(delivery, now)) return false;
      tx.update(doc.ref, {
        'delivery.state': 'PENDING',
        'delivery.leaseExpireTime': null,
        'delivery.nextAttemptTime': null,
      });
      return true;
    });
    if (reset) requeued++;
  }
  return { requeued };
}
