import type { DocumentSnapshot } from 'firebase-admin/firestore';
import { logger } from 'firebase-functions';
import {
  mailDeliveryPartSchema,
  mailLogEntrySchema,
  type Delivery,
} from '../domain/schemas/mail.schema.js';
import { readEachStored, readStored, storedConverter } from '../domain/stored/stored-document.js';
import { db } from '../shared/firebase.js';

/**
 * `mail/{mailId}`, the outbox, read through its schemas: the senders and sweepers read the
 * delivery part (`mailDeliveryPartSchema`), the delivery log what it lists (`mailLogEntrySchema`).
 * A delivery that does not fit fails with `DOCUMENT.INVALID`, naming the mail and the field.
 * Writes of the delivery go through `update` with dotted paths, which converters do not see.
 */
export const outbox = () => db().collection('mail');
export const mailRef = (mailId: string) =>
  outbox().doc(mailId).withConverter(storedConverter(mailDeliveryPartSchema));
export const mailLog = () => outbox().withConverter(storedConverter(mailLogEntrySchema));

/**
 * The deliveries of a sweep's mails, each read on its own: a mail whose delivery does not fit
 * is left out and logged (naming the field), not the whole sweep.
 */
export function sweptDeliveries<T extends DocumentSnapshot>(docs: readonly T[]) {
  return readEachStored(mailDeliveryPartSchema, docs, (refused) =>
    logger.error('Mail sweep: a mail left out, its delivery does not fit', refused.error.params),
  ).map(({ snapshot, value }) => ({ doc: snapshot, delivery: value.delivery }));
}

/** The delivery state of a stored mail (a trigger's snapshot, a query's document). */
export function deliveryOf(snapshot: DocumentSnapshot): Delivery | undefined {
  if (!snapshot.exists) return undefined;
  return readStored(mailDeliveryPartSchema, snapshot.ref.path, snapshot.data()).delivery;
}
