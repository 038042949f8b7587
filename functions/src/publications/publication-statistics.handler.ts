import { FieldValue, type DocumentSnapshot } from 'firebase-admin/firestore';
import type { Change, FirestoreEvent } from 'firebase-functions/firestore';
import { millisOf } from '../domain/fields.js';
import { publicationSchema } from '../domain/schemas/publication.schema.js';
import { readStored } from '../domain/stored/stored-document.js';
import { kyivDate } from '../domain/kyiv-time.js';
import type { PublicationStatsFacts } from '../domain/stats/statistics-facts.js';
import { statsIncrements } from '../domain/stats/statistics-increments.js';
import { db } from '../shared/firebase.js';

/** What a public record counts for: its kind, whether it is live, the day it was published. */
export function publicationFactsOf(
  snapshot: DocumentSnapshot | undefined,
): PublicationStatsFacts | undefined {
  if (!snapshot?.exists) return undefined;
  const record = readStored(publicationSchema, snapshot.ref.path, snapshot.data());
  return {
    kind: record.kind,
    status: record.status,
    publishedOn: kyivDate(new Date(millisOf(record.publishedAt))),
  };
}

/**
 * Keeps the publications' part of the public statistics (`stats/all`, `stats/{year}`:
 * `publications.live`, `.retracted`, `.byKind.*`) by increments computed from the change of a
 * public record alone, once per event id (recorded in the same transaction).
 */
export async function onPublicRecordChanged(
  event: FirestoreEvent<Change<DocumentSnapshot> | undefined, { publicationId: string }>,
): Promise<void> {
  const increments = statsIncrements({
    of: 'publication',
    before: publicationFactsOf(event.data?.before),
    after: publicationFactsOf(event.data?.after),
  });
  if (increments.size === 0) return;
  const ledger = db().doc(`eventLedger/publicationStatistics_${event.id}`);
  await db().runTransaction(async (tx) => {
    if ((await tx.get(ledger)).exists) return;
    tx.create(ledger, {
      publicationId: event.params.publicationId,
      at: FieldValue.serverTimestamp(),
    });
    for (const [docId, counters] of increments) {
      const ref = db().doc(`stats/${docId}`);
      // Dotted paths are nested fields only in an update; the set makes sure there is one.
      tx.set(ref, {}, { merge: true });
      tx.update(ref, {
        ...Object.fromEntries(
          Object.entries(counters).map(([path, by]) => [path, FieldValue.increment(by)]),
        ),
        updatedAt: FieldValue.serverTimestamp(),
      });
    }
  });
}
