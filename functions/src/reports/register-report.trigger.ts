import { onDocumentWritten } from 'firebase-functions/firestore';
import { smtpPassword } from '../mail/mail-config.js';
import { lazy } from '../shared/lazy.js';

// The secret is bound because registration sends the assignee's email itself.
export const registerReport = onDocumentWritten(
  { document: 'reports/{reportId}', secrets: [smtpPassword] },
  lazy(() => import('./register-report-event.handler.js'), 'onReportWritten'),
);
