import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { domainError } from '../errors.js';
import { StoredDocumentError } from '../stored/stored-document.js';
import { TRIGGER_RETRY_MAX_AGE_MS, triggerRetryDecision } from './trigger-retry.js';

const now = Date.parse('2026-12-04T12:00:00Z');
const at = (msAgo: number) => ({ time: new Date(now - msAgo).toISOString() });

describe('triggerRetryDecision', () => {
  it('retries a passing failure of a recent event', () => {
    const aborted = Object.assign(new Error('10 ABORTED: too much contention'), { code: 10 });
    expect(triggerRetryDecision(aborted, at(5_000), now)).toBe('retry');
    expect(triggerRetryDecision(new Error('crashed'), at(TRIGGER_RETRY_MAX_AGE_MS), now)).toBe(
      'retry',
    );
  });

  it('gives up once the event is older than the limit, whatever the failure', () => {
    expect(triggerRetryDecision(new Error('crashed'), at(TRIGGER_RETRY_MAX_AGE_MS + 1), now)).toBe(
      'give-up',
    );
    expect(triggerRetryDecision(new Error('x'), at(61_000), now, 60_000)).toBe('give-up');
  });

  it('gives up at once on a document that does not fit its schema', () => {
    const invalid = new StoredDocumentError(
      domainError('DOCUMENT.INVALID', {
        path: 'reports/r1',
        field: 'status',
        problem: 'unknown value',
      }),
    );
    expect(triggerRetryDecision(invalid, at(1_000), now)).toBe('give-up');
    const parsed = z.object({ a: z.string() }).safeParse({});
    expect(triggerRetryDecision(parsed.error, at(1_000), now)).toBe('give-up');
  });

  it('counts an event without a time (or an unreadable one) as new', () => {
    expect(triggerRetryDecision(new Error('x'), {}, now)).toBe('retry');
    expect(triggerRetryDecision(new Error('x'), { time: 'soon' }, now)).toBe('retry');
  });
});
