import { onDocumentWritten } from 'firebase-functions/firestore';
import { lazy } from '../shared/lazy.js';

export const updatePublicationStatistics = onDocumentWritten(
  'publications/{publicationId}',
  lazy(() => import('./publication-statistics.handler.js'), 'onPublicRecordChanged'),
);
