import { onDocumentUpdated } from 'firebase-functions/firestore';
import { lazy } from '../shared/lazy.js';

export const publishApprovedPublication = onDocumentUpdated(
  'publicationDrafts/{publicationId}',
  lazy(() => import('./publish-publication.handler.js'), 'onPublicationApproved'),
);
