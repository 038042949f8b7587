import { createHash } from 'node:crypto';
import type { CallableRequest } from 'firebase-functions/https';
import type { z } from 'zod';
import { accountActionInput } from '../domain/actions/account-action.schema.js';
import { accountActionResults } from '../domain/actions/account-action.results.js';
import { actionResult } from '../domain/actions/action-results.js';
import { writeMailToAddress } from '../notifications/notify.js';
import { parseInput, requireCaller, refusal } from '../shared/callable-errors.js';
import { auth, db } from '../shared/firebase.js';
import { takeVerificationMailUnit } from '../shared/mail-limits.js';

/**
 * `accountAction`: the signed-in person's own account. `sendEmailVerification` mails them a
 * link to confirm their address, through the outbox like every other mail, in their language
 * (at most 5 an hour). The link's one-time code comes from Firebase Auth
 * (`generateEmailVerificationLink`); the link itself opens the web client's
 * `/app/verify-email`, which applies the code and brings the person back to `next`.
 */
export async function handleAccountAction(request: CallableRequest<unknown>) {
  const caller = await requireCaller(request);
  const input = parseInput(accountActionInput, request.data);
  // The answer goes out through its schema, the one the web client reads it with.
  return actionResult(
    'accountAction',
    accountActionResults,
    input.action,
    await sendEmailVerification(caller, input),
  );
}

async function sendEmailVerification(
  caller: Awaited<ReturnType<typeof requireCaller>>,
  input: z.output<typeof accountActionInput>,
) {
  const user = await auth().getUser(caller.uid);
  if (!user.email) {
    throw refusal('ACCOUNT.NO_EMAIL');
  }
  if (user.emailVerified) return { email: user.email, verified: true, sent: false };

  // The unit is taken before Auth makes a link, so that a refused request costs Auth nothing.
  await db().runTransaction((tx) => takeVerificationMailUnit(tx, caller.uid));
  const code = new URL(await auth().generateEmailVerificationLink(user.email)).searchParams.get(
    'oobCode',
  );
  if (!code) throw new Error('Firebase Auth gave a confirmation link without an oobCode');
  const language =
    input.language ?? (caller.profile?.language === 'en' ? ('en' as const) : ('uk' as const));
  const email = user.email;
  await db().runTransaction(async (tx) =>
    writeMailToAddress(tx, email, language, {
      // Each link is its own event: a second request mails a second, fresh link.
      event: `account.verify_email:${caller.uid}:${createHash('sha256').update(code).digest('hex').slice(0, 16)}`,
      template: 'account.verify_email',
      data: { code, ...(input.next ? { next: input.next } : {}) },
    }),
  );
  return { email, verified: false, sent: true };
}
