import { onDocumentWritten } from 'firebase-functions/firestore';
import { lazy } from '../shared/lazy.js';

export const updateMeasureStatistics = onDocumentWritten(
  'reports/{reportId}/measures/{measureId}',
  lazy(() => import('./measure-statistics.handler.js'), 'onMeasureChangedForStatistics'),
);
