import { Timestamp } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import {
  mailingActionsPerUserPolicy,
  windowStartOf,
} from '../../../functions/src/domain/rate-limit.js';
import { adminDb, unique } from '../../support/admin.js';
import { closedAfterEach, confirmEmail, signIn, signUp } from '../../support/client.js';
import { eventually, messagesTo } from '../../support/mailbox.js';
import {
  freshEdrpou,
  organisationProfile,
  organisationWithNewLead,
} from '../../support/organisations.js';
import { createTestUser } from '../../support/users.js';
import { createReport } from '../uploads/upload-helpers.js';

/**
 * Security review, finding 2: the platform mailed with a stranger's text, without limit. A new
 * account could register an existing ЄДРПОУ again and again (each call mailed the lead, with
 * the caller's chosen name in the subject), the lead of an unverified organisation (anyone, in
 * one call) invited outside addresses without limit, and nothing checked that an account's
 * address was its owner's.
 */
const track = closedAfterEach();

const newEmail = (prefix = 'person') => `${unique(prefix)}@test.spilno.test`.toLowerCase();
const applicant = { displayName: 'Чужа Людина' };

const registered = (status: 'pending' | 'verified' = 'verified') =>
  organisationWithNewLead(track, { status });

describe('a confirmed address comes first', () => {
  it('refuses an unconfirmed account registering, asking to join or accepting, and mails nobody', async () => {
    const { orgId, lead, leadEmail } = await registered();
    const stranger = await track(signUp(newEmail('stranger'), { confirmed: false }));
    const refusal = {
      code: 'functions/failed-precondition',
      details: { code: 'MEMBERSHIP.EMAIL_NOT_VERIFIED' },
    };
    const fresh = freshEdrpou();
    await expect(
      stranger.call('orgAction', {
        action: 'register',
        organisation: organisationProfile(fresh),
        applicant,
      }),
    ).rejects.toMatchObject(refusal);
    expect((await adminDb().doc(`organisations/${fresh}`).get()).exists).toBe(false);
    await expect(
      stranger.call('orgAction', {
        action: 'register',
        organisation: organisationProfile(orgId),
        applicant,
      }),
    ).rejects.toMatchObject(refusal);
    expect(
      (await adminDb().doc(`organisations/${orgId}/joinRequests/${stranger.uid}`).get()).exists,
    ).toBe(false);

    const email = stranger.auth.currentUser!.email!;
    await lead.call('orgAction', { action: 'invite', orgId, email });
    // The link from the invitation as the platform wrote it to the outbox.
    const mailed = await adminDb().collection('mail').where('to', '==', email).get();
    const token = mailed.docs
      .map((d) => /\/app\/join\/([A-Za-z0-9_-]+)/.exec(String(d.get('message.text')))?.[1])
      .find(Boolean);
    expect(token).toBeDefined();
    await expect(
      stranger.call('orgAction', { action: 'acceptInvitation', token, applicant }),
    ).rejects.toMatchObject(refusal);
    expect(
      (await adminDb().doc(`organisations/${orgId}/members/${stranger.uid}`).get()).exists,
    ).toBe(false);
    // Nothing in the outbox for the lead carries the stranger's name.
    const toLead = await adminDb().collection('mail').where('to', '==', leadEmail).get();
    expect(toLead.size).toBeGreaterThan(0);
    expect(
      toLead.docs.some((d) => String(d.get('message.subject')).includes(applicant.displayName)),
    ).toBe(false);

    // Once the address is confirmed through the mailed link, the same person may accept.
    await confirmEmail(stranger);
    await expect(
      stranger.call('orgAction', { action: 'acceptInvitation', token, applicant }),
    ).resolves.toEqual({ orgId });
  }, 60_000);

  it('mails the link through the outbox in the person’s language, at most five an hour', async () => {
    const email = newEmail('english');
    const person = await track(signUp(email, { confirmed: false }));
    await adminDb().doc(`users/${person.uid}`).set(
      {
        email,
        displayName: 'Olena Koval',
        language: 'en',
        notificationPreference: 'immediate',
        disabled: false,
        createdAt: Timestamp.now(),
        updatedAt: Timestamp.now(),
      },
      { merge: true },
    );
    for (let sent = 1; sent <= 5; sent++) {
      await expect(
        person.call('accountAction', {
          action: 'sendEmailVerification',
          next: '/app/register-organisation',
        }),
      ).resolves.toEqual({ email, verified: false, sent: true });
    }
    const mails = await eventually(async () => {
      const received = await messagesTo(email);
      return received.length === 5 ? received : undefined;
    });
    expect(new Set(mails.map((m) => m.subject))).toEqual(
      new Set(['Confirm your email address on Spilno']),
    );
    const queued = await adminDb().collection('mail').where('to', '==', email).get();
    expect(queued.size).toBe(5);
    expect(
      queued.docs.every((d) =>
        String(d.get('event')).startsWith(`account.verify_email:${person.uid}:`),
      ),
    ).toBe(true);
    expect(mails[0]!.text).toMatch(
      /\/app\/verify-email\?code=[^&\s]+&next=%2Fapp%2Fregister-organisation/,
    );

    await expect(
      person.call('accountAction', { action: 'sendEmailVerification' }),
    ).rejects.toMatchObject({
      code: 'functions/resource-exhausted',
      details: { code: 'RATE_LIMITED', limit: 5 },
    });
    expect((await adminDb().collection('mail').where('to', '==', email).get()).size).toBe(5);
  });
});

describe('one open request to join per person and organisation', () => {
  it('mails the lead once per request, and after a decline only 30 days later', async () => {
    const { orgId, lead, leadEmail } = await registered();
    const person = await track(signUp(newEmail('joiner')));
    const ask = () =>
      person.call<{ outcome: string }>('orgAction', {
        action: 'register',
        organisation: organisationProfile(orgId),
        applicant,
      });
    expect(await ask()).toEqual({ orgId, outcome: 'join_requested' });
    expect(await ask()).toEqual({ orgId, outcome: 'join_requested' });
    const requestsMailed = async () =>
      (await adminDb().collection('mail').where('to', '==', leadEmail).get()).docs.filter((d) =>
        String(d.get('event')).startsWith(`organisation.join_requested:${orgId}:${person.uid}:`),
      );
    expect((await requestsMailed()).map((d) => d.get('event'))).toEqual([
      `organisation.join_requested:${orgId}:${person.uid}:1`,
    ]);

    await lead.call('orgAction', { action: 'declineJoinRequest', orgId, uid: person.uid });
    await expect(ask()).rejects.toMatchObject({
      code: 'functions/failed-precondition',
      details: { code: 'MEMBERSHIP.JOIN_REQUEST_DECLINED' },
      message: expect.stringContaining('Подати новий можна з'),
    });
    const request = adminDb().doc(`organisations/${orgId}/joinRequests/${person.uid}`);
    expect((await request.get()).get('status')).toBe('declined');

    await request.update({
      decidedAt: Timestamp.fromMillis(Date.now() - 31 * 24 * 60 * 60 * 1000),
    });
    expect(await ask()).toEqual({ orgId, outcome: 'join_requested' });
    expect((await request.get()).data()).toMatchObject({ status: 'pending', attempt: 2 });
    expect((await requestsMailed()).map((d) => d.get('event')).sort()).toEqual([
      `organisation.join_requested:${orgId}:${person.uid}:1`,
      `organisation.join_requested:${orgId}:${person.uid}:2`,
    ]);
  });
});

describe('invitations', () => {
  it('are sent only by a verified organisation', async () => {
    const { orgId, lead } = await registered('pending');
    const email = newEmail('outsider');
    await expect(lead.call('orgAction', { action: 'invite', orgId, email })).rejects.toMatchObject({
      code: 'functions/failed-precondition',
      details: { code: 'WORKFLOW.ORGANISATION_NOT_VERIFIED' },
    });
    expect((await adminDb().collection('invitations').where('orgId', '==', orgId).get()).size).toBe(
      0,
    );
  });

  it('mail an address once while its invitation is open, and at most 20 a day', async () => {
    const { orgId, lead } = await registered();
    const email = newEmail('twice');
    const first = await lead.call<{ invitationId: string }>('orgAction', {
      action: 'invite',
      orgId,
      email,
    });
    await expect(lead.call('orgAction', { action: 'invite', orgId, email })).rejects.toMatchObject({
      code: 'functions/already-exists',
      details: { code: 'MEMBERSHIP.ALREADY_INVITED' },
    });
    await lead.call('orgAction', {
      action: 'revokeInvitation',
      orgId,
      invitationId: first.invitationId,
    });
    await lead.call('orgAction', { action: 'invite', orgId, email });

    for (let sent = 3; sent <= 20; sent++) {
      await lead.call('orgAction', { action: 'invite', orgId, email: newEmail(`bulk${sent}`) });
    }
    const oneTooMany = newEmail('over');
    await expect(
      lead.call('orgAction', { action: 'invite', orgId, email: oneTooMany }),
    ).rejects.toMatchObject({
      code: 'functions/resource-exhausted',
      details: { code: 'RATE_LIMITED', limit: 20 },
      message: expect.stringContaining('не більше 20 запрошень на день'),
    });
    const invitations = await adminDb().collection('invitations').where('orgId', '==', orgId).get();
    expect(invitations.size).toBe(20);
    expect(invitations.docs.some((d) => d.get('email') === oneTooMany)).toBe(false);
    expect((await adminDb().collection('mail').where('to', '==', oneTooMany).get()).size).toBe(0);
  });
});

describe('a per-user limit on actions that send mail', () => {
  /** Fills a person's hourly count, as if they had made the platform mail that much. */
  async function exhaust(uid: string) {
    // The test stack's limit (functions/.env has 100; the stack raises it for the demo accounts).
    const policy = mailingActionsPerUserPolicy(
      Number(process.env.MAILING_ACTIONS_PER_USER_PER_HOUR),
    );
    await adminDb()
      .doc(`rateLimits/mailing-actions-per-user:${uid}`)
      .set({
        windowStartMs: windowStartOf(policy, Date.now()),
        count: policy.limit,
        previousCount: 0,
      });
    return {
      code: 'functions/resource-exhausted',
      details: { code: 'RATE_LIMITED', limit: policy.limit },
    };
  }

  it('refuses an invitation past the limit, and writes nothing', async () => {
    const { orgId, lead } = await registered();
    const refusal = await exhaust(lead.uid);
    const email = newEmail('limited');
    await expect(lead.call('orgAction', { action: 'invite', orgId, email })).rejects.toMatchObject(
      refusal,
    );
    expect((await adminDb().collection('invitations').where('email', '==', email).get()).size).toBe(
      0,
    );
  });

  it('refuses a report’s step past the limit: the report stays as it was', async () => {
    const staff = await createTestUser({ role: 'staff' });
    const reportId = await createReport();
    const refusal = await exhaust(staff.uid);
    const client = await track(signIn(staff.email));
    await expect(
      client.call('reportAction', { action: 'startReview', reportId }),
    ).rejects.toMatchObject(refusal);
    expect((await adminDb().doc(`reports/${reportId}`).get()).get('status')).toBe('registered');
    expect((await adminDb().collection(`reports/${reportId}/events`).get()).size).toBe(0);
  });
});
