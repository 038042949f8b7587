import { Timestamp } from 'firebase-admin/firestore';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { kyivDate } from '../../../functions/src/domain/kyiv-time.js';
import { sweepMail } from '../../../functions/src/mail/sweep-mail.js';
import { sendDailyDigests } from '../../../functions/src/notifications/daily-digest.js';
import { registerSubmittedReport } from '../../../functions/src/reports/register-report.js';
import { watchDeadlines } from '../../../functions/src/reports/watch-deadlines.js';
import {
  armFault,
  disarmFaults,
  InjectedFault,
} from '../../../functions/src/shared/fault-points.js';
import { adminDb, unique } from '../../support/admin.js';
import { backgroundTriggers } from '../../support/emulator-hub.js';
import { addMail } from '../../support/mail.js';
import { messagesTo } from '../../support/mailbox.js';
import { twiceInAMinute } from '../../support/scheduled-runs.js';
import { createTestUser } from '../../support/users.js';
import {
  auditActions,
  deliverInProcess,
  expectEachDeliveredOnce,
  faultGroup,
  mailIdsOf,
  organisationWithCoordinator,
  snapshotOf,
  submittedReport,
  writtenFor,
} from './fault-kit.js';

/**
 * The scheduled functions run twice in the same minute (a retried or overlapping schedule),
 * twice at once, and after a crash between two items: each reminder, escalation and digest
 * goes out once. Run in this process with the stack's triggers off.
 */
const group = faultGroup('scheduled work');
beforeAll(() => backgroundTriggers.disable());
afterEach(() => disarmFaults());
afterAll(() => backgroundTriggers.enable());

const DAY_MS = 24 * 60 * 60 * 1000;

/** A registered report of UA-05 whose response deadline is `fromNow` away. */
async function reportDueIn(fromNow: number) {
  const org = await organisationWithCoordinator('UA-05');
  const reportId = await submittedReport(org, 'UA-05');
  expect(await registerSubmittedReport(reportId)).toBe('registered');
  await adminDb()
    .doc(`reports/${reportId}`)
    .update({ responseDeadline: Timestamp.fromMillis(Date.now() + fromNow) });
  return reportId;
}

/** Each mail delivered (twice over), and each received once. */
async function eachOnce(mails: string[]) {
  await deliverInProcess(mails);
  await deliverInProcess(mails);
  await expectEachDeliveredOnce(group, mails);
}

/** A person on the daily digest with `count` notices waiting for it. */
async function digestReader(count: number) {
  const person = await createTestUser({ role: 'staff' });
  await adminDb().doc(`users/${person.uid}`).update({ notificationPreference: 'daily_digest' });
  await waitingNotices(person.uid, count);
  return person;
}

async function waitingNotices(uid: string, count: number) {
  for (let i = 0; i < count; i++) {
    const event = unique('notice');
    await adminDb()
      .doc(`users/${uid}/notifications/${event}`)
      .set({
        kind: 'report.message',
        event,
        title: `Нове повідомлення ${event}`,
        body: 'Організація написала у зверненні.',
        link: '/app/reports/r',
        urgent: false,
        read: false,
        createdAt: Timestamp.now(),
        digest: 'pending',
      });
  }
}

const digestMails = async (email: string) =>
  (await adminDb().collection('mail').where('to', '==', email).get()).docs.filter((d) =>
    String(d.get('event')).startsWith('digest:'),
  );

describe('scheduled work run twice', { timeout: 120_000 }, () => {
  it('the deadline watch: one reminder, one escalation, one audit entry', () =>
    group.case(async () => {
      const soon = await reportDueIn(2 * DAY_MS);
      const overdue = await reportDueIn(-DAY_MS);
      const now = new Date();
      await twiceInAMinute(() => watchDeadlines(now));

      expect((await snapshotOf(`reports/${soon}`)).get('remindersSent')).toEqual([3]);
      const reminder = await adminDb()
        .collection('mail')
        .where('event', '>=', `report.deadline_reminder:${soon}:`)
        .where('event', '<', `report.deadline_reminder:${soon}:\uf8ff`)
        .get();
      const assignees = ((await snapshotOf(`reports/${soon}`)).get('assignees') as string[]).length;
      expect(reminder.size).toBe(assignees);

      expect(await auditActions(`report:${overdue}`)).toEqual([
        'report.registered',
        'report.escalated_overdue',
      ]);
      const escalation = await writtenFor(`report.overdue:${overdue}`);
      expect(escalation.mails).toBeGreaterThan(0);
      expect(escalation.notices).toBe(escalation.mails);
      await eachOnce([
        ...reminder.docs.map((d) => d.id),
        ...(await mailIdsOf(`report.overdue:${overdue}`)),
      ]);
    }));

  it('the deadline watch, crashed after its first report: the retry does the rest once', () =>
    group.case(async () => {
      const first = await reportDueIn(-DAY_MS);
      const second = await reportDueIn(-DAY_MS);
      const now = new Date();
      armFault('watchDeadlines.afterFirstReport');
      await expect(watchDeadlines(now)).rejects.toBeInstanceOf(InjectedFault);
      disarmFaults();
      await twiceInAMinute(() => watchDeadlines(now));
      for (const reportId of [first, second]) {
        const entries = await auditActions(`report:${reportId}`);
        expect(entries.filter((a) => a === 'report.escalated_overdue')).toHaveLength(1);
        await eachOnce(await mailIdsOf(`report.overdue:${reportId}`));
      }
    }));

  it('the daily digest: one mail per reader; a notice arriving between runs gets its own', () =>
    group.case(async () => {
      const reader = await digestReader(3);
      const now = new Date();
      await twiceInAMinute(() => sendDailyDigests(now));
      const first = await digestMails(reader.email);
      expect(first).toHaveLength(1);
      await eachOnce(first.map((d) => d.id));

      // Another notice within the minute: a mail of its own, the one already sent untouched.
      await waitingNotices(reader.uid, 1);
      await twiceInAMinute(() => sendDailyDigests(now));
      const both = await digestMails(reader.email);
      expect(both).toHaveLength(2);
      const second = both.filter((d) => d.id !== first[0]!.id);
      expect(second[0]!.get('event')).toBe(`digest:${kyivDate(now)}`);
      await eachOnce(both.map((d) => d.id));
      const waiting = await adminDb()
        .collection(`users/${reader.uid}/notifications`)
        .where('digest', '==', 'pending')
        .get();
      expect(waiting.size).toBe(0);
      const received = await messagesTo(reader.email);
      expect(received).toHaveLength(2);
      const titles = (
        await adminDb().collection(`users/${reader.uid}/notifications`).get()
      ).docs.map((d) => String(d.get('title')));
      // Every notice is in exactly one of the two mails.
      for (const title of titles) {
        expect(received.filter((m) => m.text.includes(title))).toHaveLength(1);
      }
    }));

  it('the daily digest, crashed after its first mail: each reader gets one', () =>
    group.case(async () => {
      const readers = [await digestReader(2), await digestReader(2)];
      const now = new Date();
      armFault('dailyDigest.afterFirstMail');
      await expect(sendDailyDigests(now)).rejects.toBeInstanceOf(InjectedFault);
      disarmFaults();
      await twiceInAMinute(() => sendDailyDigests(now));
      for (const reader of readers) {
        const mails = await digestMails(reader.email);
        expect(mails).toHaveLength(1);
        await eachOnce(mails.map((d) => d.id));
      }
    }));

  it('the mail sweep: a due retry sent once', () =>
    group.case(async () => {
      const to = `${unique('sweep')}@test.spilno.test`.toLowerCase();
      const mailId = await addMail(
        to,
        { subject: 'Повторна спроба', text: 'Лист після збою' },
        {
          delivery: {
            state: 'RETRY',
            attempts: 1,
            nextAttemptTime: Timestamp.fromMillis(Date.now() - 1000),
          },
        },
      );
      await twiceInAMinute(() => sweepMail());
      expect((await snapshotOf(`mail/${mailId}`)).get('delivery.state')).toBe('SUCCESS');
      await eachOnce([mailId]);
    }));
});
