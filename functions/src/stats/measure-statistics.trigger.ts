import { onDocumentWritten } from 'firebase-functions/firestore';
import { lazy } from '../shared/lazy.js';

export const updateMeasureStatistics = onDocumentWritten(
  // Safe to retry (a transaction lost to contention on stats/all): the event ledger counts once.
  { document: 'reports/{reportId}/measures/{measureId}', retry: true },
  lazy(() => import('./measure-statistics.handler.js'), 'onMeasureChangedForStatistics'),
);
