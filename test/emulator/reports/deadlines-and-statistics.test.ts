import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { doc, setDoc } from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { watchDeadlines } from '../../../functions/src/reports/watch-deadlines.js';
import { adminDb, unique } from '../../support/admin.js';
import { signIn } from '../../support/client.js';
import { eventually, messagesTo } from '../../support/mailbox.js';
import { verifiedOrganisation } from '../../support/organisations.js';
import { reportContent, reportInStatus, submittedReportDocument } from '../../support/reports.js';

const DAY = 24 * 60 * 60 * 1000;

/** A report in review as the server would leave it, with a deadline of our choosing. */
async function reportInReview(deadline: Date, overrides: Record<string, unknown> = {}) {
  const { orgId, member } = await verifiedOrganisation('UA-46');
  const id = unique('report');
  const number = `ГО-2026-9${String(Math.floor(Math.random() * 99_999)).padStart(5, '0')}`;
  await adminDb()
    .doc(`reports/${id}`)
    .set({
      ...reportContent({ regionCode: 'UA-46' }),
      orgId,
      status: 'in_review',
      intake: 'web',
      number,
      assignees: ['demo-coordinator-lviv'],
      registeredAt: Timestamp.fromMillis(deadline.getTime() - 30 * DAY),
      responseDeadline: Timestamp.fromDate(deadline),
      deadlinePausedAt: null,
      createdBy: member.uid,
      createdAt: FieldValue.serverTimestamp(),
      updatedAt: FieldValue.serverTimestamp(),
      ...overrides,
    });
  return { id, number };
}

describe('deadline reminders and escalation (the core of the hourly schedule)', () => {
  it('reminds the assignees once per threshold, and leaves reports waiting for the NGO alone', async () => {
    const now = new Date();
    const soon = await reportInReview(new Date(now.getTime() + 2 * DAY));
    const paused = await reportInReview(new Date(now.getTime() + 2 * DAY), {
      status: 'in_review',
      deadlinePausedAt: Timestamp.now(),
    });

    await watchDeadlines(now);
    const reminder = await eventually(async () =>
      (await messagesTo('coordinator-lviv@spilno.test')).find((m) =>
        m.subject.includes(soon.number),
      ),
    );
    expect(reminder.subject).toMatch(/^Нагадування/);
    expect((await adminDb().doc(`reports/${soon.id}`).get()).get('remindersSent')).toEqual([3]);

    await watchDeadlines(now);
    await new Promise((r) => setTimeout(r, 1000));
    expect(
      (await messagesTo('coordinator-lviv@spilno.test')).filter((m) =>
        m.subject.includes(soon.number),
      ),
    ).toHaveLength(1);
    expect(
      (await messagesTo('coordinator-lviv@spilno.test')).some((m) =>
        m.subject.includes(paused.number),
      ),
    ).toBe(false);
  });

  it('escalates an overdue report to the Commissioner once, as urgent', async () => {
    const now = new Date();
    const late = await reportInReview(new Date(now.getTime() - DAY));
    const first = await watchDeadlines(now);
    expect(first.escalations).toBeGreaterThanOrEqual(1);
    const escalation = await eventually(async () =>
      (await messagesTo('commissioner@spilno.test')).find(
        (m) => m.subject === `ПРОСТРОЧЕНО: звернення ${late.number}`,
      ),
    );
    expect(escalation.text).toContain('рішення ще немає');
    const report = await adminDb().doc(`reports/${late.id}`).get();
    expect(report.get('escalatedAt')).toBeInstanceOf(Timestamp);

    await watchDeadlines(now);
    await new Promise((r) => setTimeout(r, 1000));
    expect(
      (await messagesTo('commissioner@spilno.test')).filter((m) => m.subject.includes(late.number)),
    ).toHaveLength(1);
  });
});

describe('statistics kept by increments', () => {
  it('counts a registered report for the public and in its region, and its decision', async () => {
    // Zakarpattia: no other test reports there, so the counts move by this test alone.
    const region = 'UA-21';
    const statsBefore = (await adminDb().doc('stats/public').get()).data() ?? {};
    const regionBefore = (await adminDb().doc(`regionStats/${region}`).get()).data() ?? {};
    const received = (statsBefore.reports?.byRegion?.[region] as number | undefined) ?? 0;

    const { orgId, member } = await verifiedOrganisation(region);
    const client = await signIn(member.email);
    const id = unique('report');
    await setDoc(
      doc(client.db, 'reports', id),
      submittedReportDocument(
        orgId,
        client.uid,
        reportContent({ regionCode: region, area: 'prevention' }),
      ),
    );
    await reportInStatus(id, ['registered']);
    await client.close();

    await expect
      .poll(
        async () => (await adminDb().doc('stats/public').get()).get(`reports.byRegion.${region}`),
        { timeout: 15_000 },
      )
      .toBe(received + 1);
    await expect
      .poll(
        async () => (await adminDb().doc(`regionStats/${region}`).get()).get('open.registered'),
        { timeout: 15_000 },
      )
      .toBe(((regionBefore.open?.registered as number | undefined) ?? 0) + 1);

    const commissioner = await signIn('commissioner@spilno.test');
    await adminDb().doc(`reports/${id}`).update({ status: 'in_review' });
    await commissioner.call('reportAction', {
      action: 'decide',
      reportId: id,
      forms: ['explain_remedies'],
      rationale: 'Організації роз’яснено порядок оскарження.',
    });
    await commissioner.close();
    // Decided the day it was registered: one more decision at 0 days, for the regional median.
    await expect
      .poll(
        async () => (await adminDb().doc(`regionStats/${region}`).get()).get('daysToDecision.0'),
        { timeout: 15_000 },
      )
      .toBe(((regionBefore.daysToDecision?.['0'] as number | undefined) ?? 0) + 1);
    const stats = (await adminDb().doc('stats/public').get()).data()!;
    expect(stats.reports.decisionsByForm.explain_remedies).toBeGreaterThanOrEqual(1);
  });
});
