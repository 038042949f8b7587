import { logger } from 'firebase-functions';
import { remindOfOpenRecommendations } from './tracker-reminders.js';

export async function runTrackerReminders(): Promise<void> {
  logger.info('Reminders of open recommendations sent', await remindOfOpenRecommendations());
}
