import { onDocumentWritten } from 'firebase-functions/firestore';
import { lazy } from '../shared/lazy.js';

export const updateCoordinatorDirectory = onDocumentWritten(
  'coordinators/{uid}',
  lazy(() => import('./coordinator-directory.handler.js'), 'onCoordinatorListingWritten'),
);
