import type { Delivery } from '../schemas/mail.schema.js';

/**
 * Delivery decisions for the mail outbox, pure so that the policy is tested without a
 * clock or an SMTP server. The shape follows Firebase's Trigger Email extension.
 */
export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  leaseMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 12,
  baseDelayMs: 30_000,
  maxDelayMs: 60 * 60_000,
  leaseMs: 2 * 60_000,
};

/** Exponential backoff after the n-th failed attempt (1-based), capped. */
export function backoffDelayMs(
  attempts: number,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): number {
  const exponent = Math.max(0, attempts - 1);
  return Math.min(policy.baseDelayMs * 2 ** Math.min(exponent, 30), policy.maxDelayMs);
}

export type FailureKind = 'transient' | 'permanent';

/** The parts of a nodemailer error that tell a passing problem from a final one. */
export interface SmtpFailure {
  code?: string | undefined;
  responseCode?: number | undefined;
  message: string;
}

const TRANSIENT_CODES = new Set([
  'ECONNECTION',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ESOCKET',
  'EDNS',
  'ETLS',
  'EPROTOCOL',
  // A wrong password is an operator's mistake that will be fixed; keep the mail until then.
  'EAUTH',
]);

export function classifySmtpFailure(failure: SmtpFailure): FailureKind {
  if (failure.responseCode !== undefined) {
    if (failure.responseCode >= 500) return 'permanent';
    if (failure.responseCode >= 400) return 'transient';
  }
  if (failure.code && TRANSIENT_CODES.has(failure.code)) return 'transient';
  if (failure.code === 'EENVELOPE' || failure.code === 'EMESSAGE') return 'permanent';
  return 'transient';
}

/** A claim is possible on a new mail, a pending one, or a retry that has come due. */
export function isClaimable(delivery: Delivery | undefined, now: number): boolean {
  if (!delivery) return true;
  if (delivery.state === 'PENDING') return true;
  if (delivery.state === 'RETRY') return millis(delivery.nextAttemptTime) <= now;
  if (delivery.state === 'PROCESSING') return millis(delivery.leaseExpireTime) <= now;
  return false;
}

/**
 * What the sweeper takes up and sends: due retries, expired leases, and a mail put back to
 * PENDING (a staff retry whose own send did not happen). A mail with no delivery yet is its
 * creation trigger's.
 */
export function needsSweep(delivery: Delivery | undefined, now: number): boolean {
  if (!delivery) return false;
  if (delivery.state === 'PENDING') return true;
  if (delivery.state === 'RETRY') return millis(delivery.nextAttemptTime) <= now;
  if (delivery.state === 'PROCESSING') return millis(delivery.leaseExpireTime) <= now;
  return false;
}

export function claimedDelivery(
  previous: Delivery | undefined,
  now: number,
  policy: RetryPolicy,
): Delivery {
  return {
    ...(previous ?? {}),
    state: 'PROCESSING',
    attempts: (previous?.attempts ?? 0) + 1,
    startTime: new Date(now),
    endTime: null,
    leaseExpireTime: new Date(now + policy.leaseMs),
    nextAttemptTime: null,
    error: null,
  };
}

export function deliveredDelivery(
  claimed: Delivery,
  now: number,
  info: NonNullable<Delivery['info']>,
): Delivery {
  return {
    ...claimed,
    state: 'SUCCESS',
    endTime: new Date(now),
    leaseExpireTime: null,
    error: null,
    info,
  };
}

export function failedDelivery(
  claimed: Delivery,
  failure: SmtpFailure,
  now: number,
  policy: RetryPolicy,
): Delivery {
  const kind = classifySmtpFailure(failure);
  const exhausted = claimed.attempts >= policy.maxAttempts;
  const error = `${failure.code ?? 'ERROR'}${failure.responseCode ? ` ${failure.responseCode}` : ''}: ${failure.message}`;
  if (kind === 'permanent' || exhausted) {
    return {
      ...claimed,
      state: 'ERROR',
      endTime: new Date(now),
      leaseExpireTime: null,
      nextAttemptTime: null,
      error:
        exhausted && kind === 'transient'
          ? `${error} (gave up after ${claimed.attempts} attempts)`
          : error,
    };
  }
  return {
    ...claimed,
    state: 'RETRY',
    endTime: new Date(now),
    leaseExpireTime: null,
    nextAttemptTime: new Date(now + backoffDelayMs(claimed.attempts, policy)),
    error,
  };
}

/** A delivery time in milliseconds; a missing one counts as long past. */
export function millis(value: Delivery['nextAttemptTime']): number {
  if (!value) return 0;
  return value instanceof Date ? value.getTime() : value.toMillis();
}

/**
 * A mail id derived from the domain event and the recipient, so that re-running the event
 * (a trigger delivered twice) creates no second mail. Firestore ids may not contain `/`.
 */
export function mailIdFor(event: string, recipient: string): string {
  const safe = (part: string) => part.replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 300);
  return `${safe(event)}__${safe(recipient)}`;
}
