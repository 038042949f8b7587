import { logger } from 'firebase-functions';
import type { Change, DocumentSnapshot, FirestoreEvent } from 'firebase-functions/firestore';
import { runEachStep } from '../domain/events/each-step.js';
import { triggerRetryDecision } from '../domain/events/trigger-retry.js';
import { registerIfSubmitted } from './register-report-event.handler.js';
import { countReportChange } from './report-statistics.handler.js';

/**
 * `processReportWrite`: registers a report that became `submitted`, then counts the change in
 * the statistics, each step whatever the other did. A failure worth retrying is thrown after
 * both, and the platform delivers the event again: registration then finds the report moved
 * on, and the statistics' ledger counts the event once. One not worth it (a document that does
 * not fit its schema, an event a day old) is logged instead, so that it cannot loop.
 */
export async function onReportWritten(
  event: FirestoreEvent<Change<DocumentSnapshot> | undefined, { reportId: string }>,
): Promise<void> {
  const { retry, gaveUp } = await runEachStep(
    [
      { name: 'registration', run: () => registerIfSubmitted(event) },
      { name: 'statistics', run: () => countReportChange(event) },
    ],
    (error) => triggerRetryDecision(error, event, Date.now()),
  );
  for (const failure of gaveUp) {
    logger.error('Report step failed; the event is not retried for it', {
      reportId: event.params.reportId,
      eventId: event.id,
      step: failure.step,
      error: failure.error instanceof Error ? failure.error.message : String(failure.error),
    });
  }
  if (retry) throw retry.error;
}
