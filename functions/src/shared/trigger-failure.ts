import { logger } from 'firebase-functions';
import { triggerRetryDecision } from '../domain/events/trigger-retry.js';

/**
 * The end of a retried trigger's failure: thrown, for the platform to deliver the event again,
 * while that is worth it (domain/events/trigger-retry.ts); otherwise logged as an error with
 * what it was about, and the event let go, so that it cannot loop.
 */
export function retryOrLog(
  error: unknown,
  event: { id: string; time?: string | undefined },
  what: string,
  about: Record<string, unknown>,
): void {
  if (triggerRetryDecision(error, event, Date.now()) === 'retry') throw error;
  logger.error(`${what}; the event is not retried`, {
    ...about,
    eventId: event.id,
    error: error instanceof Error ? error.message : String(error),
  });
}
