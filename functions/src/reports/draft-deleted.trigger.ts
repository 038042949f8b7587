import { onDocumentDeleted } from 'firebase-functions/firestore';
import { lazy } from '../shared/lazy.js';

// Deletions of a draft only: an autosave (a create or an update) runs no function.
export const removeDeletedDraft = onDocumentDeleted(
  'reportDrafts/{reportId}',
  lazy(() => import('./draft-deleted.handler.js'), 'onReportDraftDeleted'),
);
