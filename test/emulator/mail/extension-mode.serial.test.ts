import { createServer } from 'node:net';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import type { FirestoreEvent, QueryDocumentSnapshot } from 'firebase-functions/firestore';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backoffDelayMs, mailIdFor } from '../../../functions/src/domain/mail/delivery.js';
import {
  DEACTIVATED_ERROR,
  EXTENSION_RUN_LIMIT_MS,
  LEASE_EXPIRED_ERROR,
} from '../../../functions/src/domain/mail/extension-retry.js';
import { onMailCreated } from '../../../functions/src/mail/deliver-mail.handler.js';
import { retryPolicy } from '../../../functions/src/mail/mail-config.js';
import { requeueFailedMail } from '../../../functions/src/mail/requeue-failed-mail.js';
import { sendMailDocument } from '../../../functions/src/mail/send-mail-document.js';
import { runMailSweep } from '../../../functions/src/mail/sweep-mail-run.handler.js';
import { sendDailyDigests } from '../../../functions/src/notifications/daily-digest.js';
import { notify, writeMailToAddress } from '../../../functions/src/notifications/notify.js';
import { registerSubmittedReport } from '../../../functions/src/reports/register-report.js';
import { adminDb, unique } from '../../support/admin.js';
import { backgroundTriggers } from '../../support/emulator-hub.js';
import { addMail } from '../../support/mail.js';
import { messagesTo } from '../../support/mailbox.js';
import { verifiedOrganisation } from '../../support/organisations.js';
import { reportContent } from '../../support/reports.js';
import { PERMANENTLY_REJECTED_DOMAIN } from '../../support/smtp-capture.js';
import { triggerEmailPayload } from '../../support/trigger-email.js';
import { createTestUser } from '../../support/users.js';

/**
 * MAIL_SENDER=extension, as in a project where Firebase's Trigger Email extension delivers.
 * The code under test runs here, in the test process, with that setting; the stack's own
 * triggers are switched off, so the outbox stays exactly as that code leaves it (the extension
 * itself is not installed on the emulators).
 */
const builtinSetting = process.env.MAIL_SENDER;
const useSender = (sender: 'builtin' | 'extension') => {
  process.env.MAIL_SENDER = sender;
};

beforeAll(async () => {
  await backgroundTriggers.disable();
  useSender('extension');
});
afterAll(async () => {
  process.env.MAIL_SENDER = builtinSetting;
  await backgroundTriggers.enable();
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function submittedReport(regionCode: 'UA-07' | 'UA-21') {
  const { orgId, member } = await verifiedOrganisation(regionCode);
  const coordinator = await createTestUser({ role: 'coordinator', regions: [regionCode] });
  const content = reportContent({
    regionCode,
    urgent: true,
    urgencyReason: 'Людину утримують без їжі та ліків',
  });
  const report = await adminDb()
    .collection('reports')
    .add({
      ...content,
      orgId,
      status: 'submitted',
      intake: 'web',
      createdBy: member.uid,
      createdAt: FieldValue.serverTimestamp(),
      updatedAt: FieldValue.serverTimestamp(),
    });
  const assigneeMail = mailIdFor(`report.assigned:${report.id}:registration`, coordinator.uid);
  return { reportId: report.id, member, coordinator, assigneeMail };
}

const mailDoc = async (id: string) => (await adminDb().doc(`mail/${id}`).get()).data();

describe('MAIL_SENDER=extension: Spilno never sends', () => {
  it('registers a report and leaves the assignee’s mail to the extension', async () => {
    const { reportId, member, coordinator, assigneeMail } = await submittedReport('UA-07');
    expect(await registerSubmittedReport(reportId)).toBe('registered');
    await pause(1500);
    for (const id of [
      assigneeMail,
      mailIdFor(`report.receipt:${reportId}`, member.uid),
      mailIdFor(`report.urgent:${reportId}`, 'demo-commissioner'),
    ]) {
      const mail = await mailDoc(id);
      expect(mail, id).toBeDefined();
      // Not claimed by anyone: our sender did not touch it.
      expect(mail!.delivery, id).toBeUndefined();
    }
    expect(await messagesTo(coordinator.email)).toEqual([]);

    // Every way into our sender refuses the mail, and leaves it as it is.
    expect(await sendMailDocument(assigneeMail)).toBe('not-ours');
    const snapshot = await adminDb().doc(`mail/${assigneeMail}`).get();
    await onMailCreated({
      data: snapshot,
      params: { mailId: assigneeMail },
    } as unknown as FirestoreEvent<QueryDocumentSnapshot, { mailId: string }>);
    expect((await mailDoc(assigneeMail))!.delivery).toBeUndefined();
    expect(await messagesTo(coordinator.email)).toEqual([]);
  });

  it('would have sent it inline with our sender in charge (the check above can fail)', async () => {
    const { reportId, coordinator, assigneeMail } = await submittedReport('UA-21');
    useSender('builtin');
    try {
      expect(await registerSubmittedReport(reportId)).toBe('registered');
    } finally {
      useSender('extension');
    }
    expect((await mailDoc(assigneeMail))!.delivery).toMatchObject({ state: 'SUCCESS' });
    expect(await messagesTo(coordinator.email)).toHaveLength(1);
  });

  it('does not run our sweeper: a due RETRY and an expired lease are the extension’s', async () => {
    const to = `${unique('sweep')}@test.spilno.test`;
    const past = Timestamp.fromMillis(Date.now() - 5_000);
    const retry = await addMail(
      to,
      { subject: 'RETRY', text: 'Лист' },
      { delivery: { state: 'RETRY', attempts: 1, nextAttemptTime: past } },
    );
    const leased = await addMail(
      to,
      { subject: 'PROCESSING', text: 'Лист' },
      { delivery: { state: 'PROCESSING', attempts: 0, leaseExpireTime: past } },
    );
    await runMailSweep();
    expect((await mailDoc(retry))!.delivery).toMatchObject({ state: 'RETRY', attempts: 1 });
    // Still within the time the extension's function may be sending it.
    expect((await mailDoc(leased))!.delivery).toMatchObject({ state: 'PROCESSING', attempts: 0 });
    expect(await messagesTo(to)).toEqual([]);
  });
});

describe('every mail Spilno writes is one the extension sends as our sender would', () => {
  it('notices, mail to an address, the digest, and everything written on this stack', async () => {
    const reader = await createTestUser({ role: 'ngo_member', orgId: '43900115' });
    await adminDb().doc(`users/${reader.uid}`).update({ notificationPreference: 'daily_digest' });
    const reportId = unique('report');
    const data = {
      reportId,
      number: 'ГО-2026-000042',
      title: 'Затримання',
      deadline: '2026-12-25',
    };
    const link = `/app/reports/${reportId}`;
    await notify([reader.uid], {
      event: `report.receipt:${reportId}`,
      template: 'report.receipt',
      data,
      link,
    });
    await notify([reader.uid], {
      event: `report.overdue:${reportId}`,
      template: 'report.overdue',
      data: { reportId, number: data.number, deadline: '2026-11-01' },
      link,
      urgent: true,
    });
    const invited = `${unique('invited')}@example.org`;
    await adminDb().runTransaction(async (tx) =>
      writeMailToAddress(tx, invited, 'en', {
        event: `invitation:${reportId}`,
        template: 'invitation',
        data: {
          orgName: 'ГО «Спільна справа»',
          inviterName: 'Олена Коваль',
          token: 'token',
          expiresAt: '2026-12-01T10:00:00.000Z',
        },
      }),
    );
    await sendDailyDigests(new Date());

    const written = (await adminDb().collection('mail').get()).docs.filter(
      (doc) =>
        typeof doc.get('event') === 'string' && !String(doc.get('event')).startsWith('test:'),
    );
    const events = new Set(written.map((doc) => String(doc.get('event')).split(':')[0]));
    for (const kind of [
      'report.overdue',
      'invitation',
      'digest',
      'report.assigned',
      'report.receipt',
    ]) {
      expect(events, kind).toContain(kind);
    }
    const refused = written.flatMap((doc) => {
      const result = triggerEmailPayload.safeParse(doc.data());
      const problems = result.success ? [] : result.error.issues.map((i) => i.message);
      if (doc.get('from') !== process.env.MAIL_FROM) problems.push(`from: ${doc.get('from')}`);
      const messageId = (doc.get('headers') as Record<string, string> | undefined)?.['Message-ID'];
      if (messageId !== `<${doc.id}@spilno>`) problems.push(`Message-ID: ${messageId}`);
      return problems.length ? [{ id: doc.id, problems }] : [];
    });
    expect(refused.map(({ id, problems }) => `${id}: ${problems.join('; ')}`)).toEqual([]);
    expect(written.length).toBeGreaterThan(20);
  });
});

/** `e.toString()` of a real nodemailer failure, which is what the extension writes to `delivery.error`. */
async function failureText(port: number, to: string): Promise<string> {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, ignoreTLS: true });
  try {
    await transport.sendMail({ from: 'noreply@spilno.test', to, subject: 's', text: 't' });
    throw new Error('the mail was accepted');
  } catch (error) {
    return String(error);
  } finally {
    transport.close();
  }
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('the retry of extension mode', () => {
  it('re-queues a transient ERROR after its backoff and leaves a permanent one alone', async () => {
    const smtpPort = Number(process.env.SPILNO_SMTP_PORT);
    const refused = await failureText(await closedPort(), 'someone@example.org');
    const rejected = await failureText(smtpPort, `nobody@${PERMANENTLY_REJECTED_DOMAIN}`);
    expect(refused).toMatch(/^Error: connect ECONNREFUSED 127\.0\.0\.1:\d+$/);
    expect(rejected).toMatch(/^Error: Can't send mail - all recipients were rejected: 550 /);

    const policy = retryPolicy();
    const failedAt = Date.now();
    const gone = await createTestUser({ role: 'staff' }, { disabled: true });
    const active = `${unique('retry')}@test.spilno.test`;
    // As the extension leaves a failed mail: ERROR, its attempts counted, the text of the error.
    const failed = (error: string, attempts = 1) => ({
      delivery: {
        state: 'ERROR',
        attempts,
        startTime: Timestamp.fromMillis(failedAt - 1_000),
        endTime: Timestamp.fromMillis(failedAt),
        leaseExpireTime: null,
        error,
      },
    });
    const message = { subject: 'Повторна спроба', text: 'Лист' };
    const ids = {
      refused: await addMail(active, message, failed(refused)),
      busy: await addMail(
        active,
        message,
        failed('Error: Message failed: 451 4.3.0 Temporary local problem - please try later', 2),
      ),
      rejected: await addMail(active, message, failed(rejected)),
      exhausted: await addMail(active, message, failed(refused, policy.maxAttempts)),
      deactivated: await addMail(gone.email, message, failed(refused)),
      someoneGone: await addMail(active, message, {
        ...failed(refused),
        to: [active, gone.email],
      }),
      lease: await addMail(active, message, {
        delivery: {
          state: 'ERROR',
          attempts: 0,
          startTime: Timestamp.fromMillis(failedAt - 61_000),
          leaseExpireTime: Timestamp.fromMillis(failedAt),
          error: LEASE_EXPIRED_ERROR,
        },
      }),
    };
    const state = async (id: string) => (await mailDoc(id))!.delivery as Record<string, unknown>;

    // Not yet: the backoff after one failed attempt is not over.
    await requeueFailedMail(failedAt + backoffDelayMs(1, policy) - 1, policy);
    for (const id of Object.values(ids)) expect((await state(id)).state).toBe('ERROR');

    await requeueFailedMail(failedAt + backoffDelayMs(1, policy), policy);
    expect(await state(ids.refused)).toMatchObject({ state: 'RETRY', attempts: 1, error: refused });
    // Two attempts already: it waits twice as long.
    expect((await state(ids.busy)).state).toBe('ERROR');
    expect(await state(ids.rejected)).toMatchObject({ state: 'ERROR', error: rejected });
    expect(await state(ids.exhausted)).toMatchObject({ state: 'ERROR', error: refused });
    expect(await state(ids.deactivated)).toMatchObject({
      state: 'ERROR',
      error: DEACTIVATED_ERROR,
    });
    expect(await mailDoc(ids.someoneGone)).toMatchObject({
      to: [active],
      delivery: { state: 'RETRY', attempts: 1 },
    });
    // The extension's function may still be sending it.
    expect((await state(ids.lease)).state).toBe('ERROR');

    await requeueFailedMail(failedAt + backoffDelayMs(2, policy), policy);
    expect(await state(ids.busy)).toMatchObject({ state: 'RETRY', attempts: 2 });
    await requeueFailedMail(failedAt + EXTENSION_RUN_LIMIT_MS, policy);
    // A try that never finished counts as one.
    expect(await state(ids.lease)).toMatchObject({ state: 'RETRY', attempts: 1 });
    // Hours later, the permanent ones are still as the extension left them.
    await requeueFailedMail(failedAt + 3 * 60 * 60_000, policy);
    expect(await state(ids.rejected)).toMatchObject({
      state: 'ERROR',
      attempts: 1,
      error: rejected,
    });
    expect((await state(ids.exhausted)).state).toBe('ERROR');
  });

  it('is what the scheduled sweeper does in extension mode', async () => {
    const policy = retryPolicy();
    const id = await addMail(
      `${unique('scheduled')}@test.spilno.test`,
      { subject: 'Планувальник', text: 'Лист' },
      {
        delivery: {
          state: 'ERROR',
          attempts: 1,
          endTime: Timestamp.fromMillis(Date.now() - backoffDelayMs(1, policy) - 1_000),
          error: 'Error: Connection timeout',
        },
      },
    );
    await runMailSweep();
    expect((await mailDoc(id))!.delivery).toMatchObject({ state: 'RETRY', attempts: 1 });
  });
});
