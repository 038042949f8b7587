import { doc, setDoc } from 'firebase/firestore';
import { afterAll, describe, expect, it } from 'vitest';
import { parseRegistrationNumber } from '../../../functions/src/domain/registration-number.js';
import { sweepMail } from '../../../functions/src/mail/sweep-mail.js';
import { adminDb } from '../../support/admin.js';
import { signIn, type SignedInClient } from '../../support/client.js';
import { eventually, smtpOutage } from '../../support/mailbox.js';
import { verifiedOrganisation } from '../../support/organisations.js';
import { reportContent, reportInStatus, submittedReportDocument } from '../../support/reports.js';
import { createTestUser } from '../../support/users.js';
import {
  counterOfYear,
  expectedRegistrationMails,
  faultGroup,
  registrationMails,
  smtpCounts,
  snapshotOf,
} from './fault-kit.js';

/**
 * SMTP refuses connections for a while in the middle of a burst of reports submitted by
 * several NGO users through the web SDK, registered by the stack's own functions. Once SMTP is
 * back and the sweep has run, every assignee notice and every receipt has arrived exactly
 * once, and the numbers are unique and gap-free.
 */
const group = faultGroup('SMTP down');
const clients: SignedInClient[] = [];
afterAll(async () => {
  await smtpOutage.end();
  await Promise.all(clients.map((c) => c.close()));
});

const ORGANISATIONS = 4;
const REPORTS_PER_USER = 3;
const REGION = 'UA-26';

describe('SMTP down during a burst of reports', { timeout: 180_000 }, () => {
  it('delivers every notice and receipt once after SMTP returns', () =>
    group.case(async () => {
      // A region of the burst's own, with one coordinator: three mails per report.
      const coordinator = await createTestUser({ role: 'coordinator', regions: [REGION] });
      const orgs = await Promise.all(
        Array.from({ length: ORGANISATIONS }, () => verifiedOrganisation(REGION)),
      );
      // Two NGO users of each organisation, signed in as browsers.
      const users = await Promise.all(
        orgs.flatMap((org) =>
          [org.lead, org.member].map(async (person) => {
            const client = await signIn(person.email);
            clients.push(client);
            return { client, orgId: org.orgId };
          }),
        ),
      );
      const submit = (round: number) =>
        Promise.all(
          users.map(async ({ client, orgId }) => {
            const ref = doc(client.db, 'reports', `burst-${round}-${client.uid}`);
            await setDoc(
              ref,
              submittedReportDocument(orgId, client.uid, reportContent({ regionCode: REGION })),
            );
            return ref.id;
          }),
        );
      const counter = await counterOfYear();

      // The first round with SMTP up, the next while it is down, the last after it is back.
      const reportIds = await submit(0);
      await smtpOutage.start();
      try {
        for (let round = 1; round < REPORTS_PER_USER - 1; round++) {
          reportIds.push(...(await submit(round)));
        }
        const during = reportIds.slice(users.length);
        await Promise.all(during.map((id) => reportInStatus(id, ['registered'], 60_000)));
        // Nothing sent while down: the mails wait for a retry, none given up.
        const waiting = (await Promise.all(during.map(registrationMails))).flat();
        for (const id of waiting) {
          const state = (await snapshotOf(`mail/${id}`)).get('delivery.state') as unknown;
          expect(['PENDING', 'PROCESSING', 'RETRY', undefined]).toContain(state);
        }
      } finally {
        await smtpOutage.end();
      }
      reportIds.push(...(await submit(REPORTS_PER_USER - 1)));
      await Promise.all(reportIds.map((id) => reportInStatus(id, ['registered'], 60_000)));

      // Unique, gap-free numbers: exactly the counter's next ones.
      const numbers = await Promise.all(
        reportIds.map(async (id) => String((await snapshotOf(`reports/${id}`)).get('number'))),
      );
      const sequences = numbers
        .map((n) => parseRegistrationNumber(n)!.sequence)
        .sort((a, b) => a - b);
      expect(sequences).toEqual(reportIds.map((_, i) => counter + 1 + i));

      // The sweep (every minute in production) sends the failed mails again itself.
      const expected = (await Promise.all(reportIds.map(expectedRegistrationMails))).flat();
      const written = (await Promise.all(reportIds.map(registrationMails))).flat();
      expect(written).toEqual(expect.arrayContaining(expected));
      for (const id of reportIds) {
        expect((await snapshotOf(`reports/${id}`)).get('assignees')).toEqual([coordinator.uid]);
      }
      await eventually(
        async () => {
          await sweepMail();
          const counts = await smtpCounts(written);
          return [...counts.values()].every((n) => n > 0) ? true : undefined;
        },
        { timeoutMs: 90_000, intervalMs: 1500, what: 'every mail of the burst at SMTP' },
      ).catch(() => undefined);
      // A little longer, so that a late duplicate would be seen too.
      await new Promise((r) => setTimeout(r, 3000));
      const counts = await smtpCounts(written);
      const arrived = new Set(written.filter((id) => counts.get(id)! > 0));
      const lost = group.lost(written, arrived);
      expect(lost).toEqual([]);
      const duplicated = written.filter((id) => counts.get(id)! > 1);
      expect(duplicated).toEqual([]);
      expect(reportIds).toHaveLength(ORGANISATIONS * 2 * REPORTS_PER_USER);
      const given = await adminDb().collection('mail').where('delivery.state', '==', 'ERROR').get();
      expect(given.docs.filter((d) => written.includes(d.id))).toEqual([]);
    }));
});
