import { logger } from 'firebase-functions';
import { watchDeadlines } from './watch-deadlines.js';

export async function runDeadlineWatch(): Promise<void> {
  logger.info('Deadline watch', await watchDeadlines());
}
