import { onSchedule } from 'firebase-functions/scheduler';
import { lazy } from '../shared/lazy.js';

export const sendDailyDigest = onSchedule(
  { schedule: 'every day 08:00', timeZone: 'Europe/Kyiv' },
  lazy(() => import('./daily-digest.handler.js'), 'runDailyDigest'),
);
