import { describe, expect, it } from 'vitest';
import {
  emailNotVerified,
  invitationProblem,
  joinRequestDecision,
  JOIN_REQUEST_RETRY_DAYS,
  maskEmail,
  openInvitationProblem,
} from './membership.js';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2026-05-10T09:00:00Z');

describe('requests to join an organisation', () => {
  it('opens the first request', () => {
    expect(joinRequestDecision(undefined, NOW)).toEqual({ kind: 'new', attempt: 1 });
  });

  it('keeps one open request: asking again while it is pending mails nobody', () => {
    expect(joinRequestDecision({ status: 'pending' }, NOW)).toEqual({ kind: 'open', attempt: 1 });
    expect(joinRequestDecision({ status: 'pending', attempt: 3 }, NOW)).toEqual({
      kind: 'open',
      attempt: 3,
    });
  });

  it('refuses a new request within 30 days of a decline, saying from when', () => {
    const decidedAtMillis = NOW - 29 * DAY;
    const decision = joinRequestDecision({ status: 'declined', decidedAtMillis, attempt: 1 }, NOW);
    expect(decision).toMatchObject({
      kind: 'refused',
      retryAtMillis: decidedAtMillis + JOIN_REQUEST_RETRY_DAYS * DAY,
    });
    if (decision.kind !== 'refused') throw new Error('expected a refusal');
    expect(decision.error.code).toBe('MEMBERSHIP.JOIN_REQUEST_DECLINED');
    expect(decision.error.message).toContain('11 травня 2026 р.');
    expect(decision.error.messageEn).toContain('11 May 2026');
  });

  it('opens the next request 30 days after a decline, or after an approval that ended', () => {
    expect(
      joinRequestDecision({ status: 'declined', decidedAtMillis: NOW - 30 * DAY, attempt: 1 }, NOW),
    ).toEqual({ kind: 'new', attempt: 2 });
    expect(joinRequestDecision({ status: 'approved', attempt: 2 }, NOW)).toEqual({
      kind: 'new',
      attempt: 3,
    });
  });
});

describe('invitations', () => {
  const open = { status: 'pending' as const, email: 'a@b.org', expiresAtMillis: NOW + DAY };

  it('does not mail an address whose invitation is still open', () => {
    const problem = openInvitationProblem([open], NOW);
    expect(problem?.code).toBe('MEMBERSHIP.ALREADY_INVITED');
    expect(problem?.message).toContain('11 травня 2026 р.');
  });

  it('invites again once the earlier invitation is used, revoked or expired', () => {
    expect(openInvitationProblem([], NOW)).toBeNull();
    expect(openInvitationProblem([{ ...open, status: 'revoked' }], NOW)).toBeNull();
    expect(openInvitationProblem([{ ...open, status: 'accepted' }], NOW)).toBeNull();
    expect(openInvitationProblem([{ ...open, expiresAtMillis: NOW }], NOW)).toBeNull();
  });

  it('accepts an invitation only for the invited address, once, before it expires', () => {
    expect(invitationProblem(open, 'A@b.org', NOW)).toBeNull();
    expect(invitationProblem(open, 'c@b.org', NOW)?.code).toBe('MEMBERSHIP.INVITATION_OTHER_EMAIL');
    expect(invitationProblem({ ...open, status: 'accepted' }, 'a@b.org', NOW)?.code).toBe(
      'MEMBERSHIP.INVITATION_USED',
    );
    expect(invitationProblem(undefined, 'a@b.org', NOW)?.code).toBe(
      'MEMBERSHIP.INVITATION_NOT_FOUND',
    );
    expect(maskEmail('maria.levchenko@example.org')).toBe('m***o@example.org');
  });
});

describe('a confirmed address', () => {
  it('says which address to confirm, in both languages', () => {
    const error = emailNotVerified('olena@example.org');
    expect(error.code).toBe('MEMBERSHIP.EMAIL_NOT_VERIFIED');
    expect(error.message).toContain('olena@example.org');
    expect(error.messageEn).toMatch(/^Confirm your email address olena@example.org/);
  });
});
