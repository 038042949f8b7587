import { onDocumentWritten } from 'firebase-functions/firestore';
import { smtpPassword } from './mail-config.js';
import { lazy } from '../shared/lazy.js';

export const deliverMail = onDocumentWritten(
  { document: 'mail/{mailId}', secrets: [smtpPassword], timeoutSeconds: 120 },
  lazy(() => import('./deliver-mail.handler.js'), 'onMailWritten'),
);
