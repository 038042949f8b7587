import { onDocumentWritten } from 'firebase-functions/firestore';
import { lazy } from '../shared/lazy.js';

export const updatePublicationStatistics = onDocumentWritten(
  // Safe to retry (a transaction lost to contention on stats/all): the event ledger counts once.
  { document: 'publications/{publicationId}', retry: true },
  lazy(() => import('./publication-statistics.handler.js'), 'onPublicRecordChanged'),
);
