import { z } from 'zod';
import { StoredDocumentError } from '../stored/stored-document.js';

/**
 * Whether a trigger with `retry: true` throws a step's failure (Cloud Functions delivers the
 * event again, with backoff, for up to seven days) or logs it and lets the event go. A
 * failure that the same event cannot get past (a stored document that does not fit its
 * schema) is not retried; any other is (a transaction lost to contention, Firestore
 * unavailable, an instance that died), but only while the event is younger than `maxAgeMs`,
 * so that a failure nobody foresaw cannot loop for a week.
 */
export type RetryDecision = 'retry' | 'give-up';

/** A day: longer than any Firestore outage worth waiting for, shorter than the platform's week. */
export const TRIGGER_RETRY_MAX_AGE_MS = 24 * 60 * 60_000;

export function triggerRetryDecision(
  error: unknown,
  event: { time?: string | undefined },
  now: number,
  maxAgeMs = TRIGGER_RETRY_MAX_AGE_MS,
): RetryDecision {
  if (isPermanent(error)) return 'give-up';
  // An event without a time (one built by hand) counts as new.
  const written = event.time ? Date.parse(event.time) : Number.NaN;
  if (Number.isFinite(written) && now - written > maxAgeMs) return 'give-up';
  return 'retry';
}

function isPermanent(error: unknown): boolean {
  return error instanceof StoredDocumentError || error instanceof z.ZodError;
}
