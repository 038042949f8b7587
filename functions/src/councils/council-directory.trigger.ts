import { onDocumentWritten } from 'firebase-functions/firestore';
import { lazy } from '../shared/lazy.js';

export const updateCouncilDirectory = onDocumentWritten(
  'councils/{councilId}',
  lazy(() => import('./council-directory.handler.js'), 'onCouncilWritten'),
);
