import { onDocumentCreated } from 'firebase-functions/firestore';
import { lazy } from '../shared/lazy.js';

export const notifyReportMessage = onDocumentCreated(
  'reports/{reportId}/messages/{messageId}',
  lazy(() => import('./report-message.handler.js'), 'onReportMessageCreated'),
);
