import { FieldValue, type Transaction } from 'firebase-admin/firestore';
import type { StatsIncrements } from '../domain/stats/statistics-increments.js';
import { db } from '../shared/firebase.js';

/**
 * Moves the public statistics (`stats/all`, `stats/{year}`) by the increments of one change,
 * inside the caller's transaction. Dotted paths are nested fields only in an update; the
 * merge-set before it makes sure the document exists.
 */
export function writeStatsIncrements(tx: Transaction, increments: StatsIncrements): void {
  for (const [docId, counters] of increments) {
    const ref = db().doc(`stats/${docId}`);
    tx.set(ref, {}, { merge: true });
    tx.update(ref, {
      ...Object.fromEntries(
        Object.entries(counters).map(([path, by]) => [path, FieldValue.increment(by)]),
      ),
      updatedAt: FieldValue.serverTimestamp(),
    });
  }
}

/**
 * Applies the increments once per event: the event ledger entry `eventLedger/{ledgerId}` is
 * created in the same transaction, so a trigger delivered twice counts once.
 */
export async function applyStatsIncrementsOnce(
  ledgerId: string,
  source: Record<string, string>,
  increments: StatsIncrements,
): Promise<void> {
  if (increments.size === 0) return;
  const ledger = db().doc(`eventLedger/${ledgerId}`);
  await db().runTransaction(async (tx) => {
    if ((await tx.get(ledger)).exists) return;
    tx.create(ledger, { ...source, at: FieldValue.serverTimestamp() });
    writeStatsIncrements(tx, increments);
  });
}
