import { onCall } from 'firebase-functions/https';
import { lazy } from '../shared/lazy.js';

export const reportAction = onCall(
  lazy(() => import('./report-action.handler.js'), 'handleReportAction'),
);
