import { logger } from 'firebase-functions';
import { onSchedule } from 'firebase-functions/scheduler';
import { watchDeadlines } from './watch-deadlines.js';

export const watchReportDeadlines = onSchedule(
  { schedule: 'every 1 hours', timeZone: 'Europe/Kyiv' },
  async () => {
    logger.info('Deadline watch', await watchDeadlines());
  },
);
