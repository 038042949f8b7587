import { FieldValue, type DocumentSnapshot } from 'firebase-admin/firestore';
import { type Change, type FirestoreEvent } from 'firebase-functions/firestore';
import { publicStatsIncrements, regionStatsIncrements } from '../domain/reports/statistics.js';
import { statsIncrements } from '../domain/stats/statistics-increments.js';
import { dashboardReportFactsOf, reportStatsFactsOf } from '../domain/stats/statistics-sources.js';
import { db } from '../shared/firebase.js';
import { writeStatsIncrements } from '../stats/public-statistics-writer.js';

function asUpdate(increments: Record<string, number>) {
  return Object.fromEntries(
    Object.entries(increments).map(([key, by]) => [key, FieldValue.increment(by)]),
  );
}

/**
 * The statistics step of `processReportWrite` (report-written.handler.ts). Keeps the aggregate
 * statistics: `stats/public` (the staff dashboard's totals),
 * `stats/all` and `stats/{year}` for public monitoring, and `regionStats/{regionCode}` for the
 * regional dashboards, by increments computed from the change alone. A replayed event would
 * count twice, so the increments are applied once per event id, recorded in the same
 * transaction. (The ledger's key is kept from `updateReportStatistics`, which this step was.)
 */
export async function countReportChange(
  event: FirestoreEvent<Change<DocumentSnapshot> | undefined, { reportId: string }>,
): Promise<void> {
  const before = dashboardReportFactsOf(event.data?.before.data());
  const after = dashboardReportFactsOf(event.data?.after.data());
  const publicIncrements = publicStatsIncrements(before, after);
  const regional = regionStatsIncrements(before, after);
  const monitoring = statsIncrements({
    of: 'report',
    before: reportStatsFactsOf(event.data?.before.data()),
    after: reportStatsFactsOf(event.data?.after.data()),
  });
  if (Object.keys(publicIncrements).length === 0 && regional.size === 0 && monitoring.size === 0)
    return;
  const ledger = db().doc(`eventLedger/statistics_${event.id}`);
  await db().runTransaction(async (tx) => {
    if ((await tx.get(ledger)).exists) return;
    tx.create(ledger, { reportId: event.params.reportId, at: FieldValue.serverTimestamp() });
    if (Object.keys(publicIncrements).length) {
      tx.set(db().doc('stats/public'), {}, { merge: true });
      tx.update(db().doc('stats/public'), {
        ...asUpdate(publicIncrements),
        updatedAt: FieldValue.serverTimestamp(),
      });
    }
    writeStatsIncrements(tx, monitoring);
    for (const [region, increments] of regional) {
      const ref = db().doc(`regionStats/${region}`);
      tx.set(ref, { regionCode: region }, { merge: true });
      tx.update(ref, { ...asUpdate(increments), updatedAt: FieldValue.serverTimestamp() });
    }
  });
}
