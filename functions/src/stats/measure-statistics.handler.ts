import type { DocumentSnapshot } from 'firebase-admin/firestore';
import type { Change, FirestoreEvent } from 'firebase-functions/firestore';
import { statsIncrements } from '../domain/stats/statistics-increments.js';
import { measureStatsFactsOf } from '../domain/stats/statistics-sources.js';
import { applyStatsIncrementsOnce } from './public-statistics-writer.js';

/** Measures by type in the public statistics: a measure recorded, corrected or removed. */
export async function onMeasureChangedForStatistics(
  event: FirestoreEvent<
    Change<DocumentSnapshot> | undefined,
    { reportId: string; measureId: string }
  >,
): Promise<void> {
  await applyStatsIncrementsOnce(
    `measureStatistics_${event.id}`,
    { reportId: event.params.reportId, measureId: event.params.measureId },
    statsIncrements({
      of: 'measure',
      before: measureStatsFactsOf(event.data?.before.data()),
      after: measureStatsFactsOf(event.data?.after.data()),
    }),
  );
}
