import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { logger } from 'firebase-functions';
import { describe, expect, it, vi } from 'vitest';
import { mailIdFor } from '../../../functions/src/domain/mail/delivery.js';
import { sendMailDocument } from '../../../functions/src/mail/send-mail-document.js';
import { sweepMail } from '../../../functions/src/mail/sweep-mail.js';
import { sendDailyDigests } from '../../../functions/src/notifications/daily-digest.js';
import { notify, type Notice } from '../../../functions/src/notifications/notify.js';
import { adminDb, unique } from '../../support/admin.js';
import { addMail, mailInState } from '../../support/mail.js';
import { eventually, messagesTo } from '../../support/mailbox.js';
import { PERMANENTLY_REJECTED_DOMAIN } from '../../support/smtp-capture.js';
import { signIn } from '../../support/client.js';
import { createTestUser } from '../../support/users.js';

const address = (prefix: string) => `${unique(prefix)}@test.spilno.test`.toLowerCase();

function receiptNotice(reportId: string): Notice<'report.receipt'> {
  return {
    event: `report.registered:${reportId}`,
    template: 'report.receipt',
    data: {
      reportId,
      number: 'ГО-2026-000042',
      title: 'Незаконне затримання активіста',
      deadline: '2026-12-25',
    },
    link: `/app/reports/${reportId}`,
  };
}

async function userWith(
  language: 'uk' | 'en',
  preference: 'immediate' | 'daily_digest' = 'immediate',
) {
  const user = await createTestUser({ role: 'ngo_member', orgId: '43900115' });
  await adminDb().doc(`users/${user.uid}`).update({ language, notificationPreference: preference });
  return user;
}

describe('mail outbox delivery over SMTP', () => {
  it('sends a mail written to the outbox once and records SUCCESS with the SMTP answer', async () => {
    const to = address('plain');
    const id = await addMail(to, { subject: 'Перевірка доставки', text: 'Текст листа' });
    const mail = await mailInState(id, ['SUCCESS']);
    const delivery = mail.delivery as {
      attempts: number;
      info: { accepted: string[]; messageId: string };
    };
    expect(delivery.attempts).toBe(1);
    expect(delivery.info.accepted).toEqual([to]);
    expect(delivery.info.messageId).toBe(`<${id}@spilno>`);

    const received = await eventually(async () => {
      const messages = await messagesTo(to);
      return messages.length ? messages : undefined;
    });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      subject: 'Перевірка доставки',
      text: 'Текст листа',
      // What the document says, as the Trigger Email extension would send it too.
      from: `"Спільно" <noreply@spilno.test>`,
      messageId: `<${id}@spilno>`,
    });
  });

  it('renders notices in each recipient’s language with a deep link and an in-app notification', async () => {
    const ukrainian = await userWith('uk');
    const english = await userWith('en');
    const reportId = unique('report');
    await notify([ukrainian.uid, english.uid], receiptNotice(reportId));

    const [uk] = await eventually(async () => nonEmpty(await messagesTo(ukrainian.email)));
    const [en] = await eventually(async () => nonEmpty(await messagesTo(english.email)));
    expect(uk!.subject).toBe('Звернення зареєстровано за № ГО-2026-000042');
    expect(uk!.text).toContain('25 грудня 2026');
    expect(uk!.html).toContain('<html lang="uk">');
    expect(en!.subject).toBe('Report registered as ГО-2026-000042');
    expect(en!.html).toContain('<html lang="en">');
    for (const message of [uk!, en!]) {
      expect(message.text).toContain(`${process.env.WEB_BASE_URL}/app/reports/${reportId}`);
      expect(message.html).toContain(`href="${process.env.WEB_BASE_URL}/app/reports/${reportId}"`);
    }
    const notification = await adminDb()
      .doc(
        `users/${english.uid}/notifications/${mailIdFor(`report.registered:${reportId}`, english.uid)}`,
      )
      .get();
    expect(notification.data()).toMatchObject({
      title: 'Report registered as ГО-2026-000042',
      read: false,
      urgent: false,
    });
  });

  it('refuses, with the reason, a mail the extension would render differently', async () => {
    const to = address('template');
    const ref = adminDb().collection('mail').doc();
    const sentAs = {
      from: 'Спільно <noreply@spilno.test>',
      headers: { 'Message-ID': `<${ref.id}@spilno>` },
    };
    // The extension would send this one empty (it renders templates from its own collection).
    await ref.set({
      to,
      ...sentAs,
      template: { name: 'organisation.verified', data: { orgId: '43900115', name: 'ПІ' } },
    });
    const byUid = await adminDb()
      .collection('mail')
      .add({ toUids: ['demo-staff1'], ...sentAs, message: { subject: 'За uid', text: 'Лист' } });
    const withoutFrom = await adminDb()
      .collection('mail')
      .add({ to, message: { subject: 'Без відправника', text: 'Лист' } });
    const errors = await Promise.all(
      [ref.id, byUid.id, withoutFrom.id].map(async (id) => {
        const mail = await mailInState(id, ['ERROR', 'SUCCESS']);
        return mail.delivery as { state: string; error: string };
      }),
    );
    expect(errors.map((e) => e.state)).toEqual(['ERROR', 'ERROR', 'ERROR']);
    expect(errors[0]!.error).toContain('`template` is not written');
    expect(errors[1]!.error).toContain('`toUids` is not written');
    expect(errors[2]!.error).toContain('A mail needs `from`');
    expect(errors[2]!.error).toContain('Message-ID');
    expect(await messagesTo(to)).toEqual([]);
  });

  it('sends one email when the same event is notified twice and senders race', async () => {
    const recipient = await userWith('uk');
    const reportId = unique('report');
    await Promise.all([
      notify([recipient.uid], receiptNotice(reportId)),
      notify([recipient.uid], receiptNotice(reportId)),
    ]);
    const mailId = mailIdFor(`report.registered:${reportId}`, recipient.uid);
    // The deployed trigger and five direct senders all try to send the same mail.
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => sendMailDocument(mailId)));
    await mailInState(mailId, ['SUCCESS']);
    await notify([recipient.uid], receiptNotice(reportId)); // a replay after delivery
    await new Promise((r) => setTimeout(r, 1500));
    expect(outcomes.filter((o) => o === 'sent').length).toBeLessThanOrEqual(1);
    expect(await messagesTo(recipient.email)).toHaveLength(1);
    expect((await adminDb().doc(`mail/${mailId}`).get()).get('delivery.attempts')).toBe(1);
  });

  it('ends in ERROR with the reason when the recipient is refused permanently', async () => {
    const id = await addMail(`nobody@${PERMANENTLY_REJECTED_DOMAIN}`, {
      subject: 'Не дійде',
      text: 'Немає скриньки',
    });
    const mail = await mailInState(id, ['ERROR', 'SUCCESS']);
    const delivery = mail.delivery as { state: string; attempts: number; error: string };
    expect(delivery.state).toBe('ERROR');
    expect(delivery.attempts).toBe(1);
    expect(delivery.error).toContain('550');
  });

  it('writes no mail for a deactivated account, and sends none to one deactivated after the writing', async () => {
    const active = await userWith('uk');
    const deactivated = await createTestUser({ role: 'staff' }, { disabled: true });
    // Written: the addresses are resolved now, and a deactivated account is skipped.
    const reportId = unique('report');
    await notify([active.uid, deactivated.uid], receiptNotice(reportId));
    const event = `report.registered:${reportId}`;
    await mailInState(mailIdFor(event, active.uid), ['SUCCESS']);
    expect(
      (
        await adminDb()
          .doc(`mail/${mailIdFor(event, deactivated.uid)}`)
          .get()
      ).exists,
    ).toBe(false);

    // Sent: a mail written before the account was deactivated goes to nobody who is gone.
    const both = await addMail(
      active.email,
      { subject: 'Двом адресатам', text: 'Лист' },
      { to: [active.email, deactivated.email] },
    );
    const onlyGone = await addMail(deactivated.email, { subject: 'Не надсилати', text: 'Лист' });
    const sent = await mailInState(both, ['SUCCESS', 'ERROR']);
    expect((sent.delivery as { info: { accepted: string[] } }).info.accepted).toEqual([
      active.email,
    ]);
    const refused = await mailInState(onlyGone, ['ERROR', 'SUCCESS']);
    expect(refused.delivery).toMatchObject({
      state: 'ERROR',
      error: 'EMESSAGE: Every recipient’s account is deactivated',
    });
    expect(await messagesTo(deactivated.email)).toEqual([]);
  });

  it('reads a recipient by what a notice needs: one whose needed fields do not fit is left out and logged', async () => {
    // Fields a notice does not read may be odd (a profile made before `createdAt` was kept).
    const unrelated = await userWith('en');
    await adminDb()
      .doc(`users/${unrelated.uid}`)
      .update({ createdAt: FieldValue.delete(), displayName: FieldValue.delete() });
    const odd = await userWith('uk');
    await adminDb().doc(`users/${odd.uid}`).update({ language: 'de' });
    const warned = vi.spyOn(logger, 'warn');
    try {
      const reportId = unique('report');
      await notify([unrelated.uid, odd.uid], receiptNotice(reportId));
      const event = `report.registered:${reportId}`;
      await mailInState(mailIdFor(event, unrelated.uid), ['SUCCESS']);
      expect(
        (
          await adminDb()
            .doc(`mail/${mailIdFor(event, odd.uid)}`)
            .get()
        ).exists,
      ).toBe(false);
      expect(warned).toHaveBeenCalledWith(
        expect.stringContaining('Recipient left out'),
        expect.objectContaining({ path: `users/${odd.uid}`, field: 'language' }),
      );
    } finally {
      warned.mockRestore();
    }
  });

  it('recovers a mail whose sender died holding the lease, through the sweeper', async () => {
    const to = address('lease');
    // A sender claimed this mail and crashed: PROCESSING with a lease that runs out in 2 s.
    const id = await addMail(
      to,
      { subject: 'Після збою', text: 'Лист після збою відправника' },
      {
        delivery: {
          state: 'PROCESSING',
          attempts: 1,
          startTime: FieldValue.serverTimestamp(),
          leaseExpireTime: Timestamp.fromMillis(Date.now() + 2000),
        },
      },
    );
    await new Promise((r) => setTimeout(r, 1000));
    expect((await adminDb().doc(`mail/${id}`).get()).get('delivery.state')).toBe('PROCESSING');
    await new Promise((r) => setTimeout(r, 1500));
    const { retried } = await sweepMail();
    expect(retried).toBeGreaterThanOrEqual(1);
    // The sweep sent it itself: nothing else runs on a mail after its creation.
    expect((await adminDb().doc(`mail/${id}`).get()).get('delivery.state')).toBe('SUCCESS');
    const mail = await mailInState(id, ['SUCCESS']);
    expect((mail.delivery as { attempts: number }).attempts).toBe(2);
    expect(await messagesTo(to)).toHaveLength(1);
  });

  it('sweeps on when one mail’s delivery does not fit, leaving only that one out', async () => {
    const lapsed = () => ({
      state: 'PROCESSING',
      startTime: FieldValue.serverTimestamp(),
      leaseExpireTime: Timestamp.fromMillis(Date.now() - 1000),
    });
    const broken = await addMail(
      address('broken'),
      { subject: 'Зламаний запис', text: 'Лист' },
      { delivery: { ...lapsed(), attempts: 'багато' } },
    );
    const to = address('sweep-on');
    const id = await addMail(
      to,
      { subject: 'Після збою', text: 'Лист' },
      { delivery: { ...lapsed(), attempts: 1 } },
    );
    try {
      // Before, the odd mail made every run of the sweep fail, and nothing due was sent.
      await expect(sweepMail()).resolves.toMatchObject({ retried: expect.any(Number) });
      await mailInState(id, ['SUCCESS']);
      expect(await messagesTo(to)).toHaveLength(1);
      const left = await adminDb().doc(`mail/${broken}`).get();
      expect(left.get('delivery.state')).toBe('PROCESSING');
    } finally {
      // Not left for the other files' sweeps, which run on the same outbox.
      await adminDb().doc(`mail/${broken}`).delete();
    }
  });

  it('holds non-urgent notices for the daily digest but sends urgent ones at once', async () => {
    const reader = await userWith('uk', 'daily_digest');
    const routine = receiptNotice(unique('report'));
    const urgent: Notice<'report.overdue'> = {
      event: `report.overdue:${unique('report')}`,
      template: 'report.overdue',
      data: { reportId: 'r1', number: 'ГО-2026-000007', deadline: '2026-11-01' },
      link: '/app/reports/r1',
      urgent: true,
    };
    await notify([reader.uid], routine);
    await notify([reader.uid], urgent);
    const [first] = await eventually(async () => nonEmpty(await messagesTo(reader.email)));
    expect(first!.subject).toBe('ПРОСТРОЧЕНО: звернення ГО-2026-000007');
    expect(
      (
        await adminDb()
          .doc(`mail/${mailIdFor(routine.event, reader.uid)}`)
          .get()
      ).exists,
    ).toBe(false);

    const summary = await sendDailyDigests(new Date('2026-11-25T06:00:00Z'));
    expect(summary.notices).toBeGreaterThanOrEqual(1);
    const digest = await eventually(async () =>
      (await messagesTo(reader.email)).find((m) => m.subject.startsWith('Спільно: зведення')),
    );
    expect(digest.text).toContain('Звернення зареєстровано за № ГО-2026-000042');
    const again = await sendDailyDigests(new Date('2026-11-25T06:00:00Z'));
    await new Promise((r) => setTimeout(r, 1000));
    expect(
      (await messagesTo(reader.email)).filter((m) => m.subject.startsWith('Спільно: зведення')),
    ).toHaveLength(1);
    expect(again.mails).toBe(0);
  });
});

function nonEmpty<T>(items: T[]): T[] | undefined {
  return items.length ? items : undefined;
}

describe('delivery log (mailAction)', () => {
  it('shows staff the failed mails with the reason, and sends one again on request', async () => {
    const mailId = await addMail(`gone@${PERMANENTLY_REJECTED_DOMAIN}`, {
      subject: 'Для журналу',
      text: 'Лист',
    });
    await mailInState(mailId, ['ERROR']);
    const staff = await signIn('staff2@spilno.test');
    try {
      let found: { id: string; state: string; error: string | null; subject: string } | undefined;
      let after: string | null | undefined;
      do {
        const page: { mails: (typeof found & object)[]; next: string | null } = await staff.call(
          'mailAction',
          {
            action: 'list',
            state: 'ERROR',
            ...(after ? { after } : {}),
          },
        );
        found = page.mails.find((m) => m.id === mailId);
        after = page.next;
      } while (!found && after);
      expect(found).toMatchObject({
        state: 'ERROR',
        subject: 'Для журналу',
        error: expect.stringContaining('550'),
      });

      // Sent again by the callable itself, which answers with the outcome (refused again) and
      // the mail as the log now shows it: this attempt's count and error, not the last ones.
      expect(await staff.call('mailAction', { action: 'retry', mailId: mailId })).toEqual({
        mailId,
        state: 'ERROR',
        mail: expect.objectContaining({
          id: mailId,
          state: 'ERROR',
          attempts: 1,
          subject: 'Для журналу',
          error: expect.stringContaining('550'),
        }),
      });
      const retried = await mailInState(mailId, ['ERROR'], 20_000);
      expect((retried.delivery as { attempts: number }).attempts).toBe(1);
      expect((retried.delivery as { retriedBy: string }).retriedBy).toBe(staff.uid);
      await expect(
        staff.call('mailAction', { action: 'retry', mailId: unique('none') }),
      ).rejects.toMatchObject({
        code: 'functions/not-found',
      });
    } finally {
      await staff.close();
    }
  });

  it('does not send a failed mail again to an account deactivated meanwhile', async () => {
    const gone = await createTestUser({ role: 'staff' }, { disabled: true });
    const mailId = await addMail(gone.email, { subject: 'Колишньому працівникові', text: 'Лист' });
    await mailInState(mailId, ['ERROR']);
    const staff = await signIn('staff2@spilno.test');
    try {
      await expect(staff.call('mailAction', { action: 'retry', mailId })).rejects.toMatchObject({
        code: 'functions/failed-precondition',
        details: { code: 'MAIL.NO_ACTIVE_RECIPIENT' },
      });
      expect((await adminDb().doc(`mail/${mailId}`).get()).get('delivery.state')).toBe('ERROR');
    } finally {
      await staff.close();
    }
  });

  it('refuses the delivery log to NGOs and coordinators', async () => {
    for (const email of ['ngo-admin@spilno.test', 'coordinator-kyiv@spilno.test']) {
      const client = await signIn(email);
      try {
        await expect(client.call('mailAction', { action: 'list' })).rejects.toMatchObject({
          code: 'functions/permission-denied',
        });
      } finally {
        await client.close();
      }
    }
  });
});
