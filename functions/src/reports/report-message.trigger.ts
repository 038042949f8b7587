import { onDocumentCreated } from 'firebase-functions/firestore';
import { smtpPassword } from '../mail/mail-config.js';
import { lazy } from '../shared/lazy.js';

// The secret is bound because the handler sends the other side's email itself.
export const notifyReportMessage = onDocumentCreated(
  { document: 'reports/{reportId}/messages/{messageId}', secrets: [smtpPassword] },
  lazy(() => import('./report-message.handler.js'), 'onReportMessageCreated'),
);
