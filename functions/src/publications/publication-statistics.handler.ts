import type { DocumentSnapshot } from 'firebase-admin/firestore';
import type { Change, FirestoreEvent } from 'firebase-functions/firestore';
import { statsIncrements } from '../domain/stats/statistics-increments.js';
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
    before: publicationStatsFactsOf(event.data?.before.data()),
    after: publicationStatsFactsOf(event.data?.after.data()),
  });
  await applyStatsIncrementsOnce(
    `publicationStatistics_${event.id}`,
    { publicationId: event.params.publicationId },
    increments,
  );
}
