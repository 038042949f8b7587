import type { DocumentSnapshot } from 'firebase-admin/firestore';
import type { Change, FirestoreEvent } from 'firebase-functions/firestore';
import { statsIncrements } from '../domain/stats/statistics-increments.js';
import { proposalStatsFactsOf } from '../domain/stats/statistics-sources.js';
import { applyStatsIncrementsOnce } from './public-statistics-writer.js';

/**
 * Proposals by stage, and recommendations sent to Parliament with their results, in the
 * public statistics: every change of a proposal's stage, recommendation or legislative result.
 */
export async function onProposalChangedForStatistics(
  event: FirestoreEvent<Change<DocumentSnapshot> | undefined, { proposalId: string }>,
): Promise<void> {
  await applyStatsIncrementsOnce(
    `proposalStatistics_${event.id}`,
    { proposalId: event.params.proposalId },
    statsIncrements({
      of: 'proposal',
      before: proposalStatsFactsOf(event.data?.before.data()),
      after: proposalStatsFactsOf(event.data?.after.data()),
    }),
  );
}
