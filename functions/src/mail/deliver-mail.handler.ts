import type { FirestoreEvent, QueryDocumentSnapshot } from 'firebase-functions/firestore';
import { isClaimable } from '../domain/mail/delivery.js';
import { retryOrLog } from '../shared/trigger-failure.js';
import { builtinSenderEnabled } from './mail-config.js';
import { deliveryOf } from './mail-store.js';
import { sendMailDocument } from './send-mail-document.js';

/**
 * Sends every new mail of the outbox. Only its creation runs this: a mail failed or left by a
 * dead sender is sent again by the sweep (sweep-mail.ts), one failed for good by staff
 * (mailAction retry), each through the same claim. A failure before the claim (Firestore
 * unavailable, a transaction lost) is thrown for the platform to deliver the event again, as
 * long as it is worth it (domain/events/trigger-retry.ts); an SMTP failure is not a failure
 * here: the sender records it, and the sweep retries it.
 */
export async function onMailCreated(
  event: FirestoreEvent<QueryDocumentSnapshot | undefined, { mailId: string }>,
): Promise<void> {
  const created = event.data;
  if (!created?.exists || !builtinSenderEnabled()) return;
  try {
    if (!isClaimable(deliveryOf(created), Date.now())) return;
    await sendMailDocument(event.params.mailId);
  } catch (error) {
    retryOrLog(error, event, 'Mail not sent', { mailId: event.params.mailId });
  }
}
