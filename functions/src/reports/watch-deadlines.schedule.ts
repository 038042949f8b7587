import { onSchedule } from 'firebase-functions/scheduler';
import { lazy } from '../shared/lazy.js';

export const watchReportDeadlines = onSchedule(
  { schedule: 'every 1 hours', timeZone: 'Europe/Kyiv' },
  lazy(() => import('./watch-deadlines.handler.js'), 'runDeadlineWatch'),
);
