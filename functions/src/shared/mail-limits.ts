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
  refusal: { message: string; messageEn: string };
}

/** Takes a unit of each limit, or none and throws `resource-exhausted` for the first refusal. */
async function take(tx: Transaction, limits: readonly Limit[]): Promise<void> {
  const decisions = await takeRateLimitsIn(tx, limits);
  const index = decisions.findIndex((decision) => !decision.allowed);
  if (index < 0) return;
  const { policy, refusal } = limits[index]!;
  const retryAfterSeconds = Math.ceil(decisions[index]!.retryAfterMs / 1000);
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  const hours = Math.ceil(minutes / 60);
  const [wait, waitEn] =
    minutes < 120 ? [`${minutes} хв`, `${minutes} min`] : [`${hours} год`, `${hours} h`];
  throw new HttpsError('resource-exhausted', `${refusal.message} Спробуйте через ${wait}.`, {
    code: 'RATE_LIMITED',
    messageEn: `${refusal.messageEn} Try again in ${waitEn}.`,
    limit: policy.limit,
    retryAfterSeconds,
  });
}

function mailingLimit(uid: string): Limit {
  const policy = mailingActionsPerUserPolicy(setting(mailingActionsPerUserPerHour, 100));
  return {
    policy,
    subject: uid,
    refusal: {
      message: `Забагато дій, що надсилають листи: не більше ${policy.limit} на годину.`,
      messageEn: `Too many actions that send mail: at most ${policy.limit} an hour.`,
    },
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
      refusal: {
        message: `Посилання для підтвердження адреси надсилається не більше ${policy.limit} разів на годину.`,
        messageEn: `The confirmation link is sent at most ${policy.limit} times an hour.`,
      },
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
      refusal: {
        message: `Організація може надіслати не більше ${policy.limit} запрошень на день.`,
        messageEn: `An organisation can send at most ${policy.limit} invitations a day.`,
      },
    },
    mailingLimit(uid),
  ]);
}
