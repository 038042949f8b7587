import { onDocumentDeleted } from 'firebase-functions/firestore';
import { lazy } from '../shared/lazy.js';

export const removeDeletedDraft = onDocumentDeleted(
  'reports/{reportId}',
  lazy(() => import('./draft-deleted.handler.js'), 'onReportDeleted'),
);
