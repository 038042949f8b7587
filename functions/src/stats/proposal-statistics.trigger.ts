import { onDocumentWritten } from 'firebase-functions/firestore';
import { lazy } from '../shared/lazy.js';

export const updateProposalStatistics = onDocumentWritten(
  // Safe to retry (a transaction lost to contention on stats/all): the event ledger counts once.
  { document: 'proposals/{proposalId}', retry: true },
  lazy(() => import('./proposal-statistics.handler.js'), 'onProposalChangedForStatistics'),
);
