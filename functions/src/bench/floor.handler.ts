import type { FirestoreEvent, QueryDocumentSnapshot } from 'firebase-functions/firestore';
import { z } from 'zod';
import { emailSchema } from '../domain/fields.js';
import { mailIdFor } from '../domain/mail/delivery.js';
import { outboxMail } from '../domain/mail/outbox.js';
import { mailFrom } from '../mail/mail-config.js';
import { db } from '../shared/firebase.js';

/** `benchFloor/{eventId}`: who the floor's one mail goes to. */
export const floorEventSchema = z.object({ to: emailSchema });

/** The id of the floor event's mail (the benchmark waits for its delivery). */
export const floorMailId = (eventId: string, to: string) => mailIdFor(`bench.floor:${eventId}`, to);

/** One plain write, no read and no transaction: the least a notice can do. */
export async function onFloorEventCreated(
  event: FirestoreEvent<QueryDocumentSnapshot | undefined, { eventId: string }>,
): Promise<void> {
  if (!event.data) return;
  const { to } = floorEventSchema.parse(event.data.data());
  const mailId = floorMailId(event.params.eventId, to);
  const rendered = { subject: 'Floor', text: 'Floor event.', html: '<p>Floor event.</p>' };
  await db()
    .doc(`mail/${mailId}`)
    .set(outboxMail({ mailId, to, rendered, from: mailFrom.value(), event: mailId }));
}
