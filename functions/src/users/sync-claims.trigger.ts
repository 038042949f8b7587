import { onDocumentWritten } from 'firebase-functions/firestore';
import { lazy } from '../shared/lazy.js';

export const syncUserClaims = onDocumentWritten(
  'users/{uid}',
  lazy(() => import('./sync-claims-event.handler.js'), 'onUserWritten'),
);
