import { FieldValue, type DocumentData, type QuerySnapshot } from 'firebase-admin/firestore';
import { publicStatisticsSchema } from '../domain/schemas/stats.schema.js';
import type { StatsRecords } from '../domain/stats/statistics-facts.js';
import { recompute, type StatsIncrements } from '../domain/stats/statistics-increments.js';
import {
  measureStatsFactsOf,
  proposalStatsFactsOf,
  publicationStatsFactsOf,
  reportStatsFactsOf,
} from '../domain/stats/statistics-sources.js';
import { countersOf, statisticsDocument } from '../domain/stats/statistics-view.js';
import { storedConverter } from '../domain/stored/stored-document.js';
import { db } from '../shared/firebase.js';

/** The ids of the public statistics' aggregates: `all` and the years (not `stats/public`). */
export const STATISTICS_DOC_ID = /^(all|\d{4})$/;

function factsOf<T>(snapshot: QuerySnapshot<DocumentData>, read: (data: DocumentData) => T) {
  return snapshot.docs.flatMap((doc) => {
    const facts = read(doc.data());
    return facts === undefined ? [] : [facts as NonNullable<T>];
  });
}

/** Every record the statistics count, read whole: for the recompute only, never a page. */
export async function readStatsRecords(): Promise<StatsRecords> {
  const [reports, measures, proposals, publications] = await Promise.all([
    db().collection('reports').get(),
    db().collectionGroup('measures').get(),
    db().collection('proposals').get(),
    db().collection('publications').get(),
  ]);
  const reportMeasures = measures.docs.filter(
    (doc) => doc.ref.parent.parent?.parent.id === 'reports',
  );
  return {
    reports: factsOf(reports, reportStatsFactsOf),
    measures: reportMeasures.flatMap((doc) => measureStatsFactsOf(doc.data()) ?? []),
    proposals: factsOf(proposals, proposalStatsFactsOf),
    publications: factsOf(publications, publicationStatsFactsOf),
  };
}

/** The stored aggregates as counters by document id (zeros dropped), through their schema. */
export async function readStoredStatistics(): Promise<StatsIncrements> {
  const refs = (await db().collection('stats').listDocuments()).filter((ref) =>
    STATISTICS_DOC_ID.test(ref.id),
  );
  const aggregates: StatsIncrements = new Map();
  if (refs.length === 0) return aggregates;
  const converter = storedConverter(publicStatisticsSchema);
  const snapshots = await db().getAll(...refs.map((ref) => ref.withConverter(converter)));
  for (const snapshot of snapshots) {
    const data = snapshot.data();
    if (!data) continue;
    const counters = countersOf({ ...data, updatedAt: undefined });
    if (Object.keys(counters).length > 0) aggregates.set(snapshot.id, counters);
  }
  return aggregates;
}

/** Each counter path where stored and recomputed differ: `doc path: stored → recomputed`. */
export function statisticsDrift(stored: StatsIncrements, recomputed: StatsIncrements): string[] {
  const drift: string[] = [];
  for (const doc of new Set([...stored.keys(), ...recomputed.keys()])) {
    const was = stored.get(doc) ?? {};
    const is = recomputed.get(doc) ?? {};
    for (const path of new Set([...Object.keys(was), ...Object.keys(is)])) {
      if ((was[path] ?? 0) !== (is[path] ?? 0))
        drift.push(`${doc} ${path}: ${was[path] ?? 0} → ${is[path] ?? 0}`);
    }
  }
  return drift.sort();
}

export interface RecomputeResult {
  recomputed: StatsIncrements;
  drift: string[];
  written: boolean;
}

/**
 * Rebuilds `stats/all` and `stats/{year}` from the records with the same pure code the
 * triggers use (domain/stats), to repair drift: each aggregate is replaced whole, and a year
 * that no longer counts anything is deleted. Writes only when `write` and something drifted.
 * Run it when no record is changing: a trigger that lands between the read and the write
 * would be counted twice or lost, which a second run repairs.
 */
export async function recomputeStatistics({ write }: { write: boolean }): Promise<RecomputeResult> {
  const [records, stored] = await Promise.all([readStatsRecords(), readStoredStatistics()]);
  const recomputed = recompute(records);
  const drift = statisticsDrift(stored, recomputed);
  if (!write || drift.length === 0) return { recomputed, drift, written: false };
  const batch = db().batch();
  for (const [docId, counters] of recomputed) {
    batch.set(db().doc(`stats/${docId}`), {
      ...statisticsDocument(counters),
      updatedAt: FieldValue.serverTimestamp(),
    });
  }
  for (const docId of stored.keys())
    if (!recomputed.has(docId)) batch.delete(db().doc(`stats/${docId}`));
  await batch.commit();
  return { recomputed, drift, written: true };
}
