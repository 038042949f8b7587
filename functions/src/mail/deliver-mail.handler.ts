import { type FirestoreEvent } from 'firebase-functions/firestore';
import type { Change, DocumentSnapshot } from 'firebase-functions/firestore';
import { isClaimable } from '../domain/mail/delivery.js';
import { builtinSenderEnabled } from './mail-config.js';
import { deliveryOf } from './mail-store.js';
import { sendMailDocument } from './send-mail-document.js';

/**
 * Sends every new mail of the outbox, and every mail the sweeper puts back to PENDING. Its
 * own writes (PROCESSING, SUCCESS, RETRY, ERROR) fire it again and end here at once.
 */
export async function onMailWritten(
  event: FirestoreEvent<Change<DocumentSnapshot> | undefined, { mailId: string }>,
): Promise<void> {
  const after = event.data?.after;
  if (!after?.exists || !builtinSenderEnabled()) return;
  if (!isClaimable(deliveryOf(after), Date.now())) return;
  await sendMailDocument(event.params.mailId);
}
