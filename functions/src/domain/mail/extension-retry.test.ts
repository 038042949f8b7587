import { describe, expect, it } from 'vitest';
import type { Delivery } from '../schemas/mail.schema.js';
import { backoffDelayMs, type RetryPolicy } from './delivery.js';
import {
  classifyExtensionError,
  DEACTIVATED_ERROR,
  EXTENSION_RUN_LIMIT_MS,
  LEASE_EXPIRED_ERROR,
  requeueDecision,
} from './extension-retry.js';

/**
 * `delivery.error` as the Trigger Email extension 0.2.8 writes it: `e.toString()` of the
 * nodemailer error (message, then ": " and the server's reply when there was one), or its own
 * texts for an expired lease and a refused document.
 */
const TRANSIENT = [
  'Error: connect ECONNREFUSED 127.0.0.1:1025',
  'Error: connect ECONNREFUSED 10.0.0.5:587',
  'Error: connect ETIMEDOUT 142.250.27.108:465',
  'Error: read ECONNRESET',
  'Error: getaddrinfo EAI_AGAIN smtp.example.org',
  'Error: getaddrinfo ENOTFOUND smtp.example.org',
  'Error: Connection timeout',
  'Error: Greeting never received',
  'Error: Timeout',
  'Error: Connection closed unexpectedly',
  'Error: Connection closed unexpectedly: 421 4.3.2 Service shutting down',
  'Error: Invalid greeting. response=421 Too many connections: 421 Too many connections',
  'Error: Mail command failed: 421 4.7.0 Try again later, closing connection.',
  "Error: Can't send mail - all recipients were rejected: 450 4.2.1 The user is receiving mail too quickly",
  'Error: Message failed: 451 4.3.0 Temporary local problem - please try later',
  'Error: Data command failed: 452 4.3.1 Insufficient system storage',
  'Error: Error initiating TLS - socket hang up',
  LEASE_EXPIRED_ERROR,
];

const PERMANENT = [
  "Error: Can't send mail - all recipients were rejected: 550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown",
  'Error: Invalid login: 535 5.7.8 Username and Password not accepted',
  'Error: Message failed: 552 5.3.4 Message size exceeds fixed limit',
  'Error: Mail command failed: 553 5.7.1 Sender address rejected: not owned by user; retry in 421 seconds',
  'ValidationError: Invalid email configuration: Email must have at least one recipient',
  'Error: Failed to deliver email. Expected at least 1 recipient.',
  'Error: Must specify a users collection to send using uids.',
  DEACTIVATED_ERROR,
  '',
];

describe('which failures the extension recorded are transient', () => {
  it.each(TRANSIENT)('transient: %s', (error) => {
    expect(classifyExtensionError(error)).toBe('transient');
  });

  it.each(PERMANENT)('permanent: %s', (error) => {
    expect(classifyExtensionError(error)).toBe('permanent');
  });

  it('takes a missing error as permanent: nothing says it may pass', () => {
    expect(classifyExtensionError(null)).toBe('permanent');
    expect(classifyExtensionError(undefined)).toBe('permanent');
  });
});

const POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 30_000,
  maxDelayMs: 10 * 60_000,
  leaseMs: 120_000,
};
const FAILED_AT = Date.UTC(2026, 10, 25, 9, 0, 0);

function failed(overrides: Partial<Delivery> = {}): Delivery {
  return {
    state: 'ERROR',
    attempts: 1,
    startTime: new Date(FAILED_AT - 2_000),
    endTime: new Date(FAILED_AT),
    leaseExpireTime: null,
    error: 'Error: connect ECONNREFUSED 127.0.0.1:1025',
    ...overrides,
  };
}

describe('when a failed mail goes back to the queue', () => {
  it('re-queues a transient failure once its backoff is over, and not before', () => {
    const due = FAILED_AT + backoffDelayMs(1, POLICY);
    expect(requeueDecision(failed(), due - 1, POLICY)).toEqual({ action: 'wait', dueAt: due });
    expect(requeueDecision(failed(), due, POLICY)).toEqual({ action: 'requeue', attempts: 1 });
  });

  it('waits longer after each failed attempt, up to the cap', () => {
    const waits = [1, 2, 3].map((attempts) => {
      const decision = requeueDecision(failed({ attempts }), FAILED_AT, POLICY);
      return decision.action === 'wait' ? decision.dueAt - FAILED_AT : null;
    });
    expect(waits).toEqual([30_000, 60_000, 120_000]);
    const capped = requeueDecision(failed({ attempts: 3 }), FAILED_AT, {
      ...POLICY,
      maxAttempts: 40,
      maxDelayMs: 90_000,
    });
    expect(capped).toEqual({ action: 'wait', dueAt: FAILED_AT + 90_000 });
  });

  it('leaves a permanent failure alone, however long ago it happened', () => {
    const rejected = failed({
      error:
        "Error: Can't send mail - all recipients were rejected: 550 5.1.1 Mailbox does not exist",
    });
    expect(requeueDecision(rejected, FAILED_AT + 86_400_000, POLICY)).toEqual({
      action: 'leave',
      reason: 'permanent',
    });
  });

  it('gives up after MAIL_MAX_ATTEMPTS tries', () => {
    expect(requeueDecision(failed({ attempts: 3 }), FAILED_AT + 3_600_000, POLICY)).toEqual({
      action: 'requeue',
      attempts: 3,
    });
    expect(requeueDecision(failed({ attempts: 4 }), FAILED_AT + 3_600_000, POLICY)).toEqual({
      action: 'leave',
      reason: 'exhausted',
    });
  });

  it('counts a try whose lease ran out, and waits until the extension cannot still be sending', () => {
    const leaseEnd = FAILED_AT;
    const expired = failed({
      attempts: 0,
      endTime: null,
      leaseExpireTime: new Date(leaseEnd),
      error: LEASE_EXPIRED_ERROR,
    });
    // Backoff after one try is 30 s, but the extension's function may run 120 s past its lease.
    expect(requeueDecision(expired, leaseEnd + 30_000, POLICY)).toEqual({
      action: 'wait',
      dueAt: leaseEnd + EXTENSION_RUN_LIMIT_MS,
    });
    expect(requeueDecision(expired, leaseEnd + EXTENSION_RUN_LIMIT_MS, POLICY)).toEqual({
      action: 'requeue',
      attempts: 1,
    });
    expect(requeueDecision({ ...expired, attempts: 3 }, leaseEnd + 3_600_000, POLICY)).toEqual({
      action: 'leave',
      reason: 'exhausted',
    });
  });

  it('rescues a mail left PROCESSING by a function that died, once nothing can still be sending it', () => {
    const stuck: Delivery = {
      state: 'PROCESSING',
      attempts: 0,
      startTime: new Date(FAILED_AT - 60_000),
      leaseExpireTime: new Date(FAILED_AT),
    };
    expect(requeueDecision(stuck, FAILED_AT + EXTENSION_RUN_LIMIT_MS - 1, POLICY)).toEqual({
      action: 'leave',
      reason: 'in-flight',
    });
    expect(requeueDecision(stuck, FAILED_AT + EXTENSION_RUN_LIMIT_MS, POLICY)).toEqual({
      action: 'requeue',
      attempts: 1,
    });
  });

  it('leaves every other state to the extension', () => {
    for (const state of ['PENDING', 'RETRY', 'SUCCESS'] as const) {
      expect(requeueDecision(failed({ state }), FAILED_AT + 3_600_000, POLICY)).toEqual({
        action: 'leave',
        reason: 'not-failed',
      });
    }
    expect(requeueDecision(undefined, FAILED_AT, POLICY)).toEqual({
      action: 'leave',
      reason: 'not-failed',
    });
  });
});
