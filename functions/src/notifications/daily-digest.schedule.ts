import { logger } from 'firebase-functions';
import { onSchedule } from 'firebase-functions/scheduler';
import { sendDailyDigests } from './daily-digest.js';

export const sendDailyDigest = onSchedule(
  { schedule: 'every day 08:00', timeZone: 'Europe/Kyiv' },
  async () => {
    logger.info('Daily digest sent', await sendDailyDigests());
  },
);
