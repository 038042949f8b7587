import { onDocumentWritten } from 'firebase-functions/firestore';
import { lazy } from '../shared/lazy.js';

export const updateProposalStatistics = onDocumentWritten(
  'proposals/{proposalId}',
  lazy(() => import('./proposal-statistics.handler.js'), 'onProposalChangedForStatistics'),
);
