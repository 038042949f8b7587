import { onDocumentWritten } from 'firebase-functions/firestore';
import { lazy } from '../shared/lazy.js';

export const updatePartnerDirectory = onDocumentWritten(
  'organisations/{orgId}',
  lazy(() => import('./partner-directory.handler.js'), 'onOrganisationWritten'),
);
