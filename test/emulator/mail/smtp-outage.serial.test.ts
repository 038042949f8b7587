import { describe, expect, it } from 'vitest';
import { sweepMail } from '../../../functions/src/mail/sweep-mail.js';
import { adminDb, unique } from '../../support/admin.js';
import { addMail, mailInState } from '../../support/mail.js';
import { eventually, messagesTo, smtpOutage } from '../../support/mailbox.js';

describe('SMTP outage', () => {
  it('keeps every mail while the server refuses connections and delivers each once when it is back', async () => {
    await smtpOutage.start();
    try {
      const recipients = Array.from({ length: 5 }, () =>
        `${unique('outage')}@test.spilno.test`.toLowerCase(),
      );
      const ids = await Promise.all(
        recipients.map((to, i) => addMail(to, { subject: `Лист ${i + 1}`, text: 'Під час збою' })),
      );
      for (const id of ids) {
        const mail = await mailInState(id, ['RETRY', 'ERROR', 'SUCCESS']);
        expect(mail.delivery).toMatchObject({ state: 'RETRY', attempts: 1 });
        expect(String((mail.delivery as { error: string }).error)).toMatch(
          /ECONNREFUSED|ECONNECTION|ESOCKET/,
        );
      }
      // Still down at the next sweep: another failed attempt, still kept for retry.
      await new Promise((r) => setTimeout(r, 2500));
      await sweepMail();
      for (const id of ids) {
        await eventually(async () => {
          const snapshot = await adminDb().doc(`mail/${id}`).get();
          return snapshot.get('delivery.state') === 'RETRY' &&
            snapshot.get('delivery.attempts') === 2
            ? true
            : undefined;
        });
      }
      await smtpOutage.end();
      await new Promise((r) => setTimeout(r, 2500));
      await sweepMail();
      for (const id of ids) await mailInState(id, ['SUCCESS']);
      for (const to of recipients) expect(await messagesTo(to)).toHaveLength(1);
    } finally {
      await smtpOutage.end();
    }
  });
});
