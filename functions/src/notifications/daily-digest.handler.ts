import { logger } from 'firebase-functions';
import { sendDailyDigests } from './daily-digest.js';

export async function runDailyDigest(): Promise<void> {
  logger.info('Daily digest sent', await sendDailyDigests());
}
