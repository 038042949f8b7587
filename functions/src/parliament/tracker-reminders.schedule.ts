import { onSchedule } from 'firebase-functions/scheduler';
import { lazy } from '../shared/lazy.js';

/**
 * Daily, in the Kyiv morning: staff are reminded of each recommendation to Parliament whose
 * outcome is still open, once every 30 days.
 */
export const remindOfOpenRecommendations = onSchedule(
  { schedule: 'every day 08:30', timeZone: 'Europe/Kyiv' },
  lazy(() => import('./tracker-reminders.handler.js'), 'runTrackerReminders'),
);
