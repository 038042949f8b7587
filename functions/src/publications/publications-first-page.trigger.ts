import { onDocumentWritten } from 'firebase-functions/firestore';
import { lazy } from '../shared/lazy.js';

export const updatePublicationsFirstPage = onDocumentWritten(
  // Safe to retry: the rebuild reads the records as they are and rewrites the same page.
  { document: 'publications/{publicationId}', retry: true },
  lazy(() => import('./publications-first-page.handler.js'), 'onPublicRecordWritten'),
);
