import { onDocumentWritten } from 'firebase-functions/firestore';
import { lazy } from '../shared/lazy.js';

export const updateReportStatistics = onDocumentWritten(
  // Safe to retry (a transaction lost to contention on stats/all): the event ledger counts once.
  { document: 'reports/{reportId}', retry: true },
  lazy(() => import('./report-statistics.handler.js'), 'onReportChangedForStatistics'),
);
