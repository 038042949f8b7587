import type { Timestamp } from 'firebase-admin/firestore';
import { doc, getDoc } from 'firebase/firestore';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { reportSchema } from '../../../functions/src/domain/schemas/report.schema.js';
import { onMailCreated } from '../../../functions/src/mail/deliver-mail.handler.js';
import { sendMailDocument } from '../../../functions/src/mail/send-mail-document.js';
import { sweepMail } from '../../../functions/src/mail/sweep-mail.js';
import { onPublicationApproved } from '../../../functions/src/publications/publish-publication.handler.js';
import { onReportWritten } from '../../../functions/src/reports/report-written.handler.js';
import { onReportMessageCreated } from '../../../functions/src/reports/report-message.handler.js';
import {
  armFault,
  disarmFaults,
  InjectedFault,
  type FaultPointName,
} from '../../../functions/src/shared/fault-points.js';
import { adminDb, unique } from '../../support/admin.js';
import { signIn, type SignedInClient } from '../../support/client.js';
import { backgroundTriggers } from '../../support/emulator-hub.js';
import { addMail } from '../../support/mail.js';
import {
  approvedNote,
  auditActions,
  counterOfYear,
  createdEvent,
  deliverInProcess,
  expectEachDeliveredOnce,
  expectedRegistrationMails,
  faultGroup,
  mailIdsOf,
  newEventId,
  organisationWithCoordinator,
  registrationMails,
  smtpCounts,
  snapshotOf,
  submittedReport,
  threadMessage,
  writtenEvent,
  writtenFor,
} from './fault-kit.js';

/**
 * A crash half-way through each multi-step handler: a fault point (functions/src/shared/
 * fault-points.ts) armed in this process makes the handler throw after its first write; what
 * people could read meanwhile is checked; then the fault is disarmed and the handler runs
 * again, as Cloud Functions retries it, and the whole outcome must be there exactly once.
 * The stack's own triggers are off, so only these runs write.
 */
const group = faultGroup('a crash half-way');
const clients: SignedInClient[] = [];
beforeAll(() => backgroundTriggers.disable());
afterEach(() => disarmFaults());
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await backgroundTriggers.enable();
});

async function as(email: string) {
  const client = await signIn(email);
  clients.push(client);
  return client;
}

/** Runs `handler` with `point` armed: it must crash there, and nowhere else. */
async function crashesAt(point: FaultPointName, handler: () => Promise<unknown>) {
  armFault(point);
  try {
    await expect(handler()).rejects.toBeInstanceOf(InjectedFault);
  } finally {
    disarmFaults();
  }
}

const eachDeliveredOnce = (mails: string[]) => expectEachDeliveredOnce(group, mails);

async function submittedWithEvent() {
  const org = await organisationWithCoordinator('UA-65');
  const reportId = await submittedReport(org, 'UA-65');
  const event = writtenEvent(
    newEventId(),
    await snapshotOf(`none/${reportId}`),
    await snapshotOf(`reports/${reportId}`),
    { reportId },
  );
  return { org, reportId, event };
}

describe('a crash half-way, then the retry', { timeout: 120_000 }, () => {
  it('registration, inside its transaction: nothing was written; the retry registers once', () =>
    group.case(async () => {
      const { org, reportId, event } = await submittedWithEvent();
      const counter = await counterOfYear();
      await crashesAt('reportRegistration.afterNumber', () => onReportWritten(event));

      // The NGO reads its report, through the rules, as it was submitted: no number, no trace.
      const ngo = await as(org.member.email);
      const seen = await getDoc(doc(ngo.db, 'reports', reportId));
      expect(reportSchema.parse(seen.data())).toMatchObject({ status: 'submitted' });
      expect(seen.get('number')).toBeUndefined();
      expect(await counterOfYear()).toBe(counter);
      expect(await auditActions(`report:${reportId}`)).toEqual([]);
      expect(await registrationMails(reportId)).toEqual([]);

      await onReportWritten(event);
      const registered = await snapshotOf(`reports/${reportId}`);
      expect(registered.get('status')).toBe('registered');
      expect(await counterOfYear()).toBe(counter + 1);
      expect(await auditActions(`report:${reportId}`)).toEqual(['report.registered']);
      const mails = await expectedRegistrationMails(reportId);
      expect((await registrationMails(reportId)).sort()).toEqual(
        expect.arrayContaining([...mails].sort()),
      );
      await deliverInProcess(await registrationMails(reportId));
      await eachDeliveredOnce(await registrationMails(reportId));
    }));

  it('registration, before its inline mail: the report is whole; its mails go once', () =>
    group.case(async () => {
      const { reportId, event } = await submittedWithEvent();
      const counter = await counterOfYear();
      await crashesAt('reportRegistration.beforeInlineSend', () => onReportWritten(event));

      // Meanwhile the registration is complete: number, audit entry, notices, mails waiting.
      const registered = await snapshotOf(`reports/${reportId}`);
      expect(reportSchema.parse(registered.data())).toMatchObject({ status: 'registered' });
      expect(await auditActions(`report:${reportId}`)).toEqual(['report.registered']);
      const mails = await registrationMails(reportId);
      expect(mails.sort()).toEqual(
        expect.arrayContaining(await expectedRegistrationMails(reportId)),
      );
      expect([...(await smtpCounts(mails)).values()].every((n) => n === 0)).toBe(true);

      // The retry finds it registered and writes nothing; the outbox trigger sends each mail.
      await onReportWritten(event);
      expect(await counterOfYear()).toBe(counter + 1);
      expect(await auditActions(`report:${reportId}`)).toEqual(['report.registered']);
      await deliverInProcess(mails);
      await eachDeliveredOnce(mails);
    }));

  it('a thread message: no notice before the retry, one after', () =>
    group.case(async () => {
      const { org, reportId, event } = await submittedWithEvent();
      await onReportWritten(event);
      const message = await threadMessage(org, reportId, 'Надсилаємо копію відповіді поліції.');
      const created = createdEvent(await message.get(), { reportId, messageId: message.id });
      const told = `report.message:${reportId}:${message.id}`;
      await crashesAt('notifyReportMessage.afterNotices', () => onReportMessageCreated(created));
      expect(await writtenFor(told)).toEqual({ mails: 0, notices: 0 });

      await onReportMessageCreated(created);
      const assignees = ((await snapshotOf(`reports/${reportId}`)).get('assignees') as string[])
        .length;
      expect(await writtenFor(told)).toEqual({ mails: assignees, notices: assignees });
      const mails = await mailIdsOf(told);
      await deliverInProcess(mails);
      await eachDeliveredOnce(mails);
    }));

  it('publishing: neither crash leaves a record or an entry; the retry publishes once', () =>
    group.case(async () => {
      const org = await organisationWithCoordinator('UA-65');
      const member = await as(org.member.email);
      const { id, pending, approved } = await approvedNote(
        member,
        await as('staff1@spilno.test'),
        await as('commissioner@spilno.test'),
        'Круглий стіл про права переселенців',
      );
      const event = writtenEvent(newEventId(), pending, approved, { publicationId: id });
      const nothingPublished = async () => {
        expect((await snapshotOf(`publications/${id}`)).exists).toBe(false);
        expect((await snapshotOf(`publicationDrafts/${id}`)).get('status')).toBe('approved');
        expect(await auditActions(`publication:${id}`)).not.toContain('publication.published');
      };
      await crashesAt('publishPublication.afterAttachments', () => onPublicationApproved(event));
      await nothingPublished();
      await crashesAt('publishPublication.afterRecord', () => onPublicationApproved(event));
      await nothingPublished();

      await onPublicationApproved(event);
      expect((await snapshotOf(`publications/${id}`)).get('status')).toBe('published');
      expect((await snapshotOf(`publicationDrafts/${id}`)).get('status')).toBe('published');
      const published = (await auditActions(`publication:${id}`)).filter(
        (a) => a === 'publication.published',
      );
      expect(published).toHaveLength(1);
      const told = await adminDb()
        .collection('mail')
        .where('event', '>=', `publication.published:${id}:`)
        .where('event', '<', `publication.published:${id}:\uf8ff`)
        .get();
      expect(told.size).toBeGreaterThan(0);
      await deliverInProcess(told.docs.map((d) => d.id));
      await eachDeliveredOnce(told.docs.map((d) => d.id));
    }));

  it('mail delivery, before the claim: left as written, then sent once by the trigger’s retry', () =>
    group.case(async () => {
      const to = `${unique('crash')}@test.spilno.test`.toLowerCase();
      const mailId = await addMail(to, {
        subject: 'Перед відправленням',
        text: 'Лист, відправник якого впав до початку',
      });
      const event = createdEvent(await snapshotOf(`mail/${mailId}`), { mailId });
      // Thrown, so that the platform delivers the event again (deliverMail has retry: true).
      await crashesAt('sendMail.beforeClaim', () => onMailCreated(event));
      expect((await snapshotOf(`mail/${mailId}`)).get('delivery')).toBeUndefined();
      await onMailCreated(event);
      expect((await snapshotOf(`mail/${mailId}`)).get('delivery.state')).toBe('SUCCESS');
      await onMailCreated(event);
      await eachDeliveredOnce([mailId]);
    }));

  it('mail delivery, after the claim: kept, then sent once when the lease ends', () =>
    group.case(async () => {
      const to = `${unique('crash')}@test.spilno.test`.toLowerCase();
      const mailId = await addMail(to, {
        subject: 'Після збою',
        text: 'Лист після збою відправника',
      });
      await crashesAt('sendMail.afterClaim', () => sendMailDocument(mailId));
      const held = await snapshotOf(`mail/${mailId}`);
      expect(held.get('delivery.state')).toBe('PROCESSING');
      // A retry while the lease runs does nothing: the claim may still be another sender's.
      expect(await sendMailDocument(mailId)).toBe('not-claimable');
      const leaseEnds = (held.get('delivery.leaseExpireTime') as Timestamp).toMillis();
      await new Promise((r) => setTimeout(r, Math.max(0, leaseEnds - Date.now() + 200)));
      expect((await sweepMail()).retried).toBeGreaterThanOrEqual(1);
      expect((await snapshotOf(`mail/${mailId}`)).get('delivery.state')).toBe('SUCCESS');
      expect(await sendMailDocument(mailId)).toBe('not-claimable');
      await eachDeliveredOnce([mailId]);
    }));
});
