import type { Delivery } from '../schemas/mail.schema.js';
import {
  backoffDelayMs,
  classifySmtpFailure,
  millis,
  type FailureKind,
  type RetryPolicy,
} from './delivery.js';

/**
 * Spilno's part of the retry promise when Firebase's Trigger Email extension delivers
 * (MAIL_SENDER=extension). The extension (firestore-send-email 0.2.8) makes every failure
 * final: it writes ERROR with `e.toString()` of the nodemailer error, and ERROR with
 * LEASE_EXPIRED_ERROR when it finds a mail still PROCESSING past its lease. It sends a RETRY
 * mail at once, as it would a PENDING one. So Spilno decides which failures were transient and
 * writes RETRY when their backoff is over.
 */
export const LEASE_EXPIRED_ERROR = 'Message processing lease expired.';

/** Written instead of a retry when nobody the mail was for still has an active account. */
export const DEACTIVATED_ERROR = 'Not sent again: every recipient’s account is deactivated';

/**
 * How long the extension's function may still be sending after its lease ran out: it claims
 * with a 60 s lease and runs at most 120 s (its timeoutSeconds), so past the lease plus this
 * nothing is sending any more, and sending again cannot make a second copy.
 */
export const EXTENSION_RUN_LIMIT_MS = 120_000;

/** nodemailer's server replies, as the extension writes them: "Error: Message failed: 451 4.3.0 …". */
const SERVER_REPLY = /(?:: |response=)([45]\d\d)(?=[\s-]|$)/;
/** Network failures: connection refused or reset, timeouts, DNS, TLS set-up. */
const NETWORK_FAILURE = new RegExp(
  [
    '\\b(?:ECONNREFUSED|ECONNRESET|ETIMEDOUT|ETIMEOUT|EPIPE|EHOSTUNREACH|ENETUNREACH|ENETDOWN|EAI_AGAIN|ENOTFOUND)\\b',
    'Connection timeout',
    'Greeting never received',
    '^Error: Timeout$',
    'Connection closed unexpectedly',
    'Error initiating TLS',
    'socket hang up',
  ].join('|'),
);

/**
 * Whether the failure the extension recorded may pass: a network failure, a 4xx reply, an
 * expired lease. A 5xx reply, a refused document and anything not recognised are permanent,
 * and left for staff to look at in the delivery log.
 */
export function classifyExtensionError(error: string | null | undefined): FailureKind {
  if (!error) return 'permanent';
  if (error === LEASE_EXPIRED_ERROR) return 'transient';
  const reply = SERVER_REPLY.exec(error);
  if (reply) return classifySmtpFailure({ responseCode: Number(reply[1]), message: error });
  return NETWORK_FAILURE.test(error) ? 'transient' : 'permanent';
}

export type RequeueDecision =
  /** Write RETRY now, with `attempts` as the number of tries so far. */
  | { action: 'requeue'; attempts: number }
  /** Transient, but its backoff is not over yet. */
  | { action: 'wait'; dueAt: number }
  | { action: 'leave'; reason: 'not-failed' | 'in-flight' | 'permanent' | 'exhausted' };

/**
 * What to do with one mail of the outbox while the extension delivers. A mail still PROCESSING
 * long past its lease (the extension's function died) counts as a lease that ran out, as does
 * the extension's own ERROR for it; such a try never reached the extension's count of
 * attempts, so it is counted here.
 */
export function requeueDecision(
  delivery: Delivery | undefined,
  now: number,
  policy: RetryPolicy,
): RequeueDecision {
  if (delivery?.state !== 'ERROR' && delivery?.state !== 'PROCESSING') {
    return { action: 'leave', reason: 'not-failed' };
  }
  const leaseEnd = millis(delivery.leaseExpireTime);
  if (delivery.state === 'PROCESSING' && leaseEnd + EXTENSION_RUN_LIMIT_MS > now) {
    return { action: 'leave', reason: 'in-flight' };
  }
  const leaseRanOut = delivery.state === 'PROCESSING' || delivery.error === LEASE_EXPIRED_ERROR;
  if (!leaseRanOut && classifyExtensionError(delivery.error) === 'permanent') {
    return { action: 'leave', reason: 'permanent' };
  }
  const attempts = delivery.attempts + (leaseRanOut ? 1 : 0);
  if (attempts >= policy.maxAttempts) return { action: 'leave', reason: 'exhausted' };
  const backoff = backoffDelayMs(attempts, policy);
  const dueAt = leaseRanOut
    ? leaseEnd + Math.max(backoff, EXTENSION_RUN_LIMIT_MS)
    : millis(delivery.endTime) + backoff;
  return dueAt <= now ? { action: 'requeue', attempts } : { action: 'wait', dueAt };
}
