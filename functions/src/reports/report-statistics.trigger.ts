import { onDocumentWritten } from 'firebase-functions/firestore';
import { lazy } from '../shared/lazy.js';

export const updateReportStatistics = onDocumentWritten(
  'reports/{reportId}',
  lazy(() => import('./report-statistics.handler.js'), 'onReportChangedForStatistics'),
);
