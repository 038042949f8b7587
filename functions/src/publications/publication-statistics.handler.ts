import type { DocumentSnapshot } from 'firebase-admin/firestore';
import type { Change, FirestoreEvent } from 'firebase-functions/firestore';
import { publicationSchema } from '../domain/schemas/publication.schema.js';
import { statsIncrements } from '../domain/stats/statistics-increments.js';
import { readStored } from '../domain/stored/stored-document.js';
import { publicationStatsFactsOf } from '../domain/stats/statistics-sources.js';
import { applyStatsIncrementsOnce } from '../stats/public-statistics-writer.js';

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
    before: factsOf(event.data?.before),
    after: factsOf(event.data?.after),
  });
  await applyStatsIncrementsOnce(
    `publicationStatistics_${event.id}`,
    { publicationId: event.params.publicationId },
    increments,
  );
}

/** A public record's facts, read once it fits its schema (a record that does not is refused). */
function factsOf(snapshot: DocumentSnapshot | undefined) {
  if (!snapshot?.exists) return undefined;
  const data = snapshot.data();
  readStored(publicationSchema, snapshot.ref.path, data);
  return publicationStatsFactsOf(data);
}
