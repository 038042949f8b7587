import type { Transaction } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/https';
import { defineInt } from 'firebase-functions/params';
import { INVITATIONS_PER_ORG_PER_DAY } from '../domain/membership.js';
import {
  invitationsPerOrgPolicy,
  mailingActionsPerUserPolicy,
  verificationMailsPerUserPolicy,
  type RateLimitPolicy,
} from '../domain/rate-limit.js';
import { domainError } from '../domain/errors.js';
import { takeRateLimitsIn } from './rate-limit.js';

/**
 * Limits on the mail a person can make the platform send (security review, finding 2). Each
 * unit is taken inside the transaction that writes the mail, so a refused action takes none.
 * Settings in functions/.env; a missing or nonsensical value falls back to the default.
 */
const mailingActionsPerUserPerHour = defineInt('MAILING_ACTIONS_PER_USER_PER_HOUR', {
  default: 100,
});
const verificationMailsPerUserPerHour = defineInt('VERIFICATION_MAILS_PER_USER_PER_HOUR', {
  default: 5,
});
const invitationsPerOrgPerDay = defineInt('INVITATIONS_PER_ORG_PER_DAY', {
  default: INVITATIONS_PER_ORG_PER_DAY,
});

function setting(param: { value(): number }, fallback: number): number {
  const value = param.value();
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

interface Limit {
  policy: RateLimitPolicy;
  subject: string;
  /** What the limit is on, as the error catalogue's `RATE_LIMITED` says it. */
  what: 'mailing' | 'verification' | 'invitations';
}

/** Takes a unit of each limit, or none and throws `resource-exhausted` for the first refusal. */
async function take(tx: Transaction, limits: readonly Limit[]): Promise<void> {
  const decisions = await takeRateLimitsIn(tx, limits);
  const index = decisions.findIndex((decision) => !decision.allowed);
  if (index < 0) return;
  const { policy, what } = limits[index]!;
  const retryAfterSeconds = Math.ceil(decisions[index]!.retryAfterMs / 1000);
  const refused = domainError('RATE_LIMITED', { what, limit: policy.limit, retryAfterSeconds });
  throw new HttpsError('resource-exhausted', refused.message, {
    code: refused.code,
    messageEn: refused.messageEn,
    params: refused.params,
    limit: policy.limit,
    retryAfterSeconds,
  });
}

function mailingLimit(uid: string): Limit {
  const policy = mailingActionsPerUserPolicy(setting(mailingActionsPerUserPerHour, 100));
  return {
    policy,
    subject: uid,
    what: 'mailing',
  };
}

/** One action through a callable that sends mail, by this person. */
export function takeMailingUnit(tx: Transaction, uid: string): Promise<void> {
  return take(tx, [mailingLimit(uid)]);
}

/** One link to confirm this person's address. */
export function takeVerificationMailUnit(tx: Transaction, uid: string): Promise<void> {
  const policy = verificationMailsPerUserPolicy(setting(verificationMailsPerUserPerHour, 5));
  return take(tx, [
    {
      policy,
      subject: uid,
      what: 'verification',
    },
  ]);
}

/** One invitation from this organisation today (in Kyiv), sent by this person. */
export function takeInvitationUnits(tx: Transaction, orgId: string, uid: string): Promise<void> {
  const policy = invitationsPerOrgPolicy(
    setting(invitationsPerOrgPerDay, INVITATIONS_PER_ORG_PER_DAY),
    new Date(),
  );
  return take(tx, [
    {
      policy,
      subject: orgId,
      what: 'invitations',
    },
    mailingLimit(uid),
  ]);
}
