import { logger } from 'firebase-functions';
import type { Change, DocumentSnapshot, FirestoreEvent } from 'firebase-functions/firestore';
import { triggerRetryDecision } from '../domain/events/trigger-retry.js';
import { registerIfSubmitted } from './register-report-event.handler.js';
import { countReportChange } from './report-statistics.handler.js';

type ReportWritten = FirestoreEvent<Change<DocumentSnapshot> | undefined, { reportId: string }>;

/**
 * `processReportWrite`: registers a report that became `submitted`, then counts the change in
 * the statistics. Each step runs whatever the other did (a failed registration must not lose
 * the count, nor the reverse); the first failure worth retrying is thrown after both, and the
 * platform delivers the event again: registration then finds the report moved on, and the
 * statistics' ledger counts the event once.
 */
export async function onReportWritten(event: ReportWritten): Promise<void> {
  const failures = [
    await failureOf('registration', () => registerIfSubmitted(event)),
    await failureOf('statistics', () => countReportChange(event)),
  ].flatMap((failure) =>
    failure
      ? [{ ...failure, decision: triggerRetryDecision(failure.error, event, Date.now()) }]
      : [],
  );
  for (const failure of failures) {
    if (failure.decision === 'retry') continue;
    logger.error('Report step failed; the event is not retried for it', {
      reportId: event.params.reportId,
      eventId: event.id,
      step: failure.step,
      error: failure.error instanceof Error ? failure.error.message : String(failure.error),
    });
  }
  const retried = failures.find((failure) => failure.decision === 'retry');
  if (retried) throw retried.error;
}

async function failureOf(
  step: string,
  run: () => Promise<unknown>,
): Promise<{ step: string; error: unknown } | undefined> {
  try {
    await run();
    return undefined;
  } catch (error) {
    return { step, error };
  }
}
