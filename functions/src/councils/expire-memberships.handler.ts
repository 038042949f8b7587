import { logger } from 'firebase-functions';
import { expireMemberships } from './expire-memberships.js';

export async function runMembershipExpiry(): Promise<void> {
  logger.info('Council memberships expired', await expireMemberships());
}
