import { onSchedule } from 'firebase-functions/scheduler';
import { smtpPassword } from './mail-config.js';
import { lazy } from '../shared/lazy.js';

// The secret is bound because the sweep sends what it takes up (sweep-mail.ts).
export const sweepMailOutbox = onSchedule(
  {
    schedule: 'every 1 minutes',
    timeZone: 'Europe/Kyiv',
    secrets: [smtpPassword],
    timeoutSeconds: 300,
  },
  lazy(() => import('./sweep-mail-run.handler.js'), 'runMailSweep'),
);
