import { describe, expect, it } from 'vitest';
import {
  consumeRateLimit,
  DAY_MS,
  HOUR_MS,
  rateLimitKey,
  submissionsPerOrgPolicy,
  invitationsPerOrgPolicy,
  mailingActionsPerUserPolicy,
  verificationMailsPerUserPolicy,
  uploadsPerUserPolicy,
  windowStartOf,
  type RateLimitPolicy,
  type RateLimitState,
} from './rate-limit.js';

const T0 = Date.UTC(2026, 2, 10, 9, 0, 0); // on an hour boundary
const MINUTE = 60_000;

/** Takes units one by one at the given times, returning which were allowed. */
function run(policy: RateLimitPolicy, times: number[], start?: RateLimitState) {
  let state = start;
  return times.map((now) => {
    const decision = consumeRateLimit(policy, state, now);
    state = decision.state;
    return decision;
  });
}

describe('fixed window', () => {
  const policy: RateLimitPolicy = { scope: 't', limit: 3, windowMs: HOUR_MS, mode: 'fixed' };

  it('allows the limit within a window, refuses the next, and starts again at the boundary', () => {
    const decisions = run(policy, [T0, T0 + 1, T0 + 2, T0 + 3, T0 + HOUR_MS - 1, T0 + HOUR_MS]);
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false, false, true]);
    expect(decisions.map((d) => d.remaining)).toEqual([2, 1, 0, 0, 0, 2]);
    expect(decisions[3]!.retryAfterMs).toBe(HOUR_MS - 3);
    expect(decisions[4]!.retryAfterMs).toBe(1);
    expect(decisions[5]!.retryAfterMs).toBe(0);
  });

  it('lets a burst across a boundary through twice: the cost of simplicity', () => {
    const decisions = run(policy, [
      T0 + HOUR_MS - 3,
      T0 + HOUR_MS - 2,
      T0 + HOUR_MS - 1,
      T0 + HOUR_MS,
      T0 + HOUR_MS + 1,
      T0 + HOUR_MS + 2,
    ]);
    expect(decisions.every((d) => d.allowed)).toBe(true);
  });

  it('aligns windows to an offset, e.g. a local midnight', () => {
    const kyivDay: RateLimitPolicy = { ...policy, windowMs: DAY_MS, offsetMs: -2 * HOUR_MS };
    expect(windowStartOf(kyivDay, Date.UTC(2026, 2, 10, 21, 59))).toBe(Date.UTC(2026, 2, 9, 22, 0));
    expect(windowStartOf(kyivDay, Date.UTC(2026, 2, 10, 22, 0))).toBe(Date.UTC(2026, 2, 10, 22, 0));
  });
});

describe('sliding window', () => {
  const policy: RateLimitPolicy = { scope: 't', limit: 4, windowMs: HOUR_MS, mode: 'sliding' };

  it('refuses a burst across a boundary that a fixed window would let through', () => {
    const times = [
      T0 + 59 * MINUTE,
      T0 + 59 * MINUTE,
      T0 + 59 * MINUTE,
      T0 + 59 * MINUTE,
      T0 + HOUR_MS + MINUTE,
    ];
    expect(run(policy, times).map((d) => d.allowed)).toEqual([true, true, true, true, false]);
  });

  it('lets the previous window fade: half of it counts halfway through the next', () => {
    const full = run(policy, [T0, T0, T0, T0]).at(-1)!.state;
    // Halfway through the next hour the 4 earlier uploads count as 2: two more fit, not three.
    const later = run(policy, [T0 + 1.5 * HOUR_MS, T0 + 1.5 * HOUR_MS, T0 + 1.5 * HOUR_MS], full);
    expect(later.map((d) => d.allowed)).toEqual([true, true, false]);
  });

  it('says when the next unit fits, and is right about it', () => {
    const full = run(policy, [
      T0 + 30 * MINUTE,
      T0 + 30 * MINUTE,
      T0 + 30 * MINUTE,
      T0 + 30 * MINUTE,
    ]).at(-1)!.state;
    const refused = consumeRateLimit(policy, full, T0 + 40 * MINUTE);
    expect(refused.allowed).toBe(false);
    // Next window at 1 − (4 − 1)/4 = a quarter of the way through: T0 + 75 min.
    expect(refused.retryAfterMs).toBe(35 * MINUTE);
    expect(
      consumeRateLimit(policy, full, T0 + 40 * MINUTE + refused.retryAfterMs - 1).allowed,
    ).toBe(false);
    expect(consumeRateLimit(policy, full, T0 + 40 * MINUTE + refused.retryAfterMs).allowed).toBe(
      true,
    );
  });

  it('forgets everything after two quiet windows', () => {
    const full = run(policy, [T0, T0, T0, T0]).at(-1)!.state;
    expect(consumeRateLimit(policy, full, T0 + 2 * HOUR_MS)).toMatchObject({
      allowed: true,
      remaining: 3,
      state: { windowStartMs: T0 + 2 * HOUR_MS, count: 1, previousCount: 0 },
    });
  });

  it('keeps counting when the clock steps back a little', () => {
    const state = run(policy, [T0 + HOUR_MS + 1, T0 + HOUR_MS + 2]).at(-1)!.state;
    const decision = consumeRateLimit(policy, state, T0 + HOUR_MS - 10);
    expect(decision.state.count).toBe(3);
  });
});

describe('policies and keys', () => {
  it('has the upload policy the product needs', () => {
    expect(uploadsPerUserPolicy(60)).toEqual({
      scope: 'uploads-per-user',
      limit: 60,
      windowMs: HOUR_MS,
      mode: 'sliding',
    });
  });

  it('starts an organisation’s submission day at Kyiv midnight, winter and summer', () => {
    // 00:30 in Kyiv on 10 January (UTC+2) and on 10 July (UTC+3).
    const winter = new Date('2026-01-09T22:30:00Z');
    const summer = new Date('2026-07-09T21:30:00Z');
    expect(windowStartOf(submissionsPerOrgPolicy(20, winter), winter.getTime())).toBe(
      Date.parse('2026-01-09T22:00:00Z'),
    );
    expect(windowStartOf(submissionsPerOrgPolicy(20, summer), summer.getTime())).toBe(
      Date.parse('2026-07-09T21:00:00Z'),
    );
    // 23:30 in Kyiv on 9 July is still the previous day.
    const lateEvening = new Date('2026-07-09T20:30:00Z');
    expect(windowStartOf(submissionsPerOrgPolicy(20, lateEvening), lateEvening.getTime())).toBe(
      Date.parse('2026-07-08T21:00:00Z'),
    );
  });

  it('counts an organisation’s invitations by the Kyiv day, apart from its submissions', () => {
    const at = new Date('2026-07-09T21:30:00Z');
    const invitations = invitationsPerOrgPolicy(20, at);
    expect(invitations).toMatchObject({ scope: 'invitations-per-org', limit: 20, mode: 'fixed' });
    expect(windowStartOf(invitations, at.getTime())).toBe(Date.parse('2026-07-09T21:00:00Z'));
    expect(rateLimitKey(invitations, '12345678')).not.toBe(
      rateLimitKey(submissionsPerOrgPolicy(20, at), '12345678'),
    );
  });

  it('has per-user hourly policies for actions that send mail and for confirmation links', () => {
    expect(mailingActionsPerUserPolicy(100)).toEqual({
      scope: 'mailing-actions-per-user',
      limit: 100,
      windowMs: HOUR_MS,
      mode: 'sliding',
    });
    expect(verificationMailsPerUserPolicy(5)).toMatchObject({
      scope: 'verification-mails-per-user',
      limit: 5,
      windowMs: HOUR_MS,
    });
  });

  it('starts a fresh count on the day after the spring clock change', () => {
    // 02:30 in Kyiv on Sunday 29 March 2026 is still UTC+2; by Monday it is UTC+3.
    const sunday = new Date('2026-03-29T00:30:00Z');
    const monday = new Date('2026-03-30T07:00:00Z');
    let state: RateLimitState | undefined;
    for (let i = 0; i < 2; i++) {
      const taken = consumeRateLimit(submissionsPerOrgPolicy(2, sunday), state, sunday.getTime());
      expect(taken.allowed).toBe(true);
      state = taken.state;
    }
    const next = consumeRateLimit(submissionsPerOrgPolicy(2, monday), state, monday.getTime());
    expect(next.allowed).toBe(true);
    expect(next.state.count).toBe(1);
  });

  it('keys a subject’s document, refusing what cannot be a document id', () => {
    expect(rateLimitKey(uploadsPerUserPolicy(60), 'demo-ngo-member')).toBe(
      'uploads-per-user:demo-ngo-member',
    );
    expect(() => rateLimitKey(uploadsPerUserPolicy(60), 'a/b')).toThrow();
    expect(() => rateLimitKey({ ...uploadsPerUserPolicy(60), scope: 'Bad Scope' }, 'x')).toThrow();
  });

  it('refuses a nonsensical limit instead of allowing everything', () => {
    expect(() => consumeRateLimit({ ...uploadsPerUserPolicy(0) }, undefined, T0)).toThrow();
  });
});
