import { onDocumentWritten } from 'firebase-functions/firestore';
import { smtpPassword } from '../mail/mail-config.js';
import { lazy } from '../shared/lazy.js';

/**
 * One function for every write of a report: registration, then the statistics (two functions
 * on the same path were two invocations per write). The secret is bound because registration
 * sends the assignees' email itself. Retried: both steps are idempotent, and the handler
 * throws only what is worth another delivery (report-written.handler.ts).
 */
export const processReportWrite = onDocumentWritten(
  { document: 'reports/{reportId}', secrets: [smtpPassword], retry: true },
  lazy(() => import('./report-written.handler.js'), 'onReportWritten'),
);
