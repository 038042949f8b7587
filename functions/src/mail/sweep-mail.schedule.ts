import { onSchedule } from 'firebase-functions/scheduler';
import { lazy } from '../shared/lazy.js';

export const sweepMailOutbox = onSchedule(
  { schedule: 'every 1 minutes', timeZone: 'Europe/Kyiv' },
  lazy(() => import('./sweep-mail-run.handler.js'), 'runMailSweep'),
);
