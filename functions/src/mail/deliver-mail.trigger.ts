import { onDocumentCreated } from 'firebase-functions/firestore';
import { smtpPassword } from './mail-config.js';
import { lazy } from '../shared/lazy.js';

// On creation only: the sender's own writes (the claim, the result) run no function. What is
// sent again later is sent by whoever takes it up (the sweep, a staff retry). Retried: until a
// mail is claimed, nothing else knows it is waiting (the sweep finds mails by their delivery
// state), so a sender that failed or died before the claim must get the event again.
export const deliverMail = onDocumentCreated(
  { document: 'mail/{mailId}', secrets: [smtpPassword], timeoutSeconds: 120, retry: true },
  lazy(() => import('./deliver-mail.handler.js'), 'onMailCreated'),
);
