/**
 * The public statistics kept by triggers agree exactly with a recompute from the records
 * (issue 12). A report goes the real path — the NGO submits, the registration trigger
 * registers it, a coordinator starts the review, the Commissioner decides, staff record a
 * measure — and a proposal is sent to Parliament and given a result (written as the
 * proposal's server actions write it); after each, the aggregates kept by the triggers equal
 * what `npm run stats:recompute` computes, and moved by exactly the contributions of these
 * records. Serial: the comparison needs a database nobody else writes to meanwhile.
 */
import { Timestamp } from 'firebase-admin/firestore';
import type { Change, DocumentSnapshot, FirestoreEvent } from 'firebase-functions/firestore';
import { doc, setDoc } from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDaysBetween, kyivDate } from '../../../functions/src/domain/kyiv-time.js';
import type { StatsIncrements } from '../../../functions/src/domain/stats/statistics-increments.js';
import { onMeasureChangedForStatistics } from '../../../functions/src/stats/measure-statistics.handler.js';
import {
  readStoredStatistics,
  recomputeStatistics,
} from '../../../functions/src/stats/recompute-statistics.js';
import { main as recomputeScript } from '../../../scripts/stats-recompute.js';
import { adminDb, unique } from '../../support/admin.js';
import { signIn, type SignedInClient } from '../../support/client.js';
import { quietDigest } from '../../support/digest.js';
import { eventually } from '../../support/mailbox.js';
import { verifiedOrganisation } from '../../support/organisations.js';
import { reportInStatus, submittedReportDocument } from '../../support/reports.js';

const year = kyivDate(new Date()).slice(0, 4);
const clients: SignedInClient[] = [];
async function as(email: string) {
  const client = await signIn(email);
  clients.push(client);
  return client;
}

/** `after - before` of the counters of one aggregate, zeros left out. */
function delta(before: StatsIncrements, after: StatsIncrements, docId: string) {
  const was = before.get(docId) ?? {};
  const is = after.get(docId) ?? {};
  const moved: Record<string, number> = {};
  for (const path of new Set([...Object.keys(was), ...Object.keys(is)])) {
    const by = (is[path] ?? 0) - (was[path] ?? 0);
    if (by !== 0) moved[path] = by;
  }
  return moved;
}

/** The stored aggregates once the triggers have caught up with the records. */
async function agreed(what: string) {
  return eventually(
    async () => {
      const { drift } = await recomputeStatistics({ write: false });
      return drift.length === 0 ? readStoredStatistics() : undefined;
    },
    { what: `the statistics to agree with a recompute (${what})`, timeoutMs: 60_000 },
  );
}

let baseline: StatsIncrements;
const proposalId = unique('stats-proposal');

beforeAll(async () => {
  // Earlier serial tests run code with the stack's triggers off; repair what they left, once
  // everything is quiet, so the comparison starts from agreement.
  await quietDigest();
  await recomputeStatistics({ write: true });
  baseline = await agreed('baseline');
}, 120_000);

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  // Not a proposal that fits its schema: never left behind for the tests that follow.
  await adminDb().doc(`proposals/${proposalId}`).delete();
});

describe('statistics kept by triggers', () => {
  it('count a report registered, decided and its measure, as the recompute does', async () => {
    const org = await verifiedOrganisation('UA-30');
    const ngo = await as(org.member.email);
    const reportId = unique('stats-report');
    await setDoc(doc(ngo.db, 'reports', reportId), {
      ...submittedReportDocument(org.orgId, ngo.uid),
      area: 'prevention',
    });
    await reportInStatus(reportId, ['registered']);
    const coordinator = await as('coordinator-kyiv@spilno.test');
    await coordinator.call('reportAction', { action: 'startReview', reportId });
    const commissioner = await as('commissioner@spilno.test');
    await commissioner.call('reportAction', {
      action: 'decide',
      reportId,
      forms: ['submission', 'monitoring_visit'],
      rationale: 'Затримання без протоколу порушує статтю 29 Конституції України.',
    });
    const staff = await as('staff1@spilno.test');
    await staff.call('reportAction', {
      action: 'recordMeasure',
      reportId,
      measure: {
        type: 'submission_sent',
        date: kyivDate(new Date()),
        addressee: 'Начальнику ГУНП',
      },
    });

    const after = await agreed('a report');
    const stored = (await adminDb().doc(`reports/${reportId}`).get()).data()!;
    const registeredOn = kyivDate((stored.registeredAt as Timestamp).toDate());
    const decidedOn = kyivDate((stored.decision.decidedAt as Timestamp).toDate());
    const days = calendarDaysBetween(registeredOn, decidedOn);
    const expected = {
      'reports.received': 1,
      'reports.byRegion.UA-30': 1,
      'reports.byArea.prevention': 1,
      [`reports.byMonth.${registeredOn.slice(0, 7)}`]: 1,
      'reports.decided': 1,
      'reports.decisionsByForm.submission': 1,
      'reports.decisionsByForm.monitoring_visit': 1,
      [`reports.daysToDecision.${days}`]: 1,
      'reports.withinTerm': 1,
      'measures.total': 1,
      'measures.byType.submission_sent': 1,
    };
    expect(delta(baseline, after, 'all')).toEqual(expected);
    expect(delta(baseline, after, year)).toEqual(expected);
    baseline = after;
  });

  it('count a proposal, its recommendation to Parliament and the result; and its removal', async () => {
    const ref = adminDb().doc(`proposals/${proposalId}`);
    await ref.set({
      status: 'sent_to_parliament',
      councilId: 'stats-test-council',
      number: 'ЗП-2026-999999',
      submittedAt: Timestamp.fromDate(new Date('2026-02-03T10:00:00Z')),
      recommendation: { sentOn: '2026-03-10', outgoingNumber: '01-12/3456' },
    });
    let after = await agreed('a proposal sent to Parliament');
    expect(delta(baseline, after, '2026')).toMatchObject({
      'proposals.submitted': 1,
      'proposals.byStage.sent_to_parliament': 1,
      'recommendations.sent': 1,
    });
    const sent = after;
    await ref.update({ tracker: { stages: [], outcome: 'partly' }, status: 'closed' });
    after = await agreed('its result');
    expect(delta(sent, after, 'all')).toEqual({
      'proposals.byStage.sent_to_parliament': -1,
      'proposals.byStage.closed': 1,
      'recommendations.byOutcome.partly': 1,
    });
    await ref.delete();
    after = await agreed('its removal');
    expect(delta(baseline, after, 'all')).toEqual({});
    expect(delta(baseline, after, '2026')).toEqual({});
  });

  it('count an event delivered twice once', async () => {
    const source = adminDb().doc(`statsTest/${unique('measure')}`);
    await source.set({ type: 'monitoring_visit', date: '1999-05-04' });
    const [present, absent] = await Promise.all([
      source.get(),
      adminDb()
        .doc(`statsTest/${unique('none')}`)
        .get(),
    ]);
    const event = (id: string, before: DocumentSnapshot, after: DocumentSnapshot) =>
      ({
        id,
        params: { reportId: 'r', measureId: 'm' },
        data: { before, after },
      }) as unknown as FirestoreEvent<
        Change<DocumentSnapshot>,
        { reportId: string; measureId: string }
      >;
    const counted = async () =>
      (await adminDb().doc('stats/1999').get()).get('measures.byType.monitoring_visit') ?? 0;

    const recorded = event(unique('event'), absent, present);
    await onMeasureChangedForStatistics(recorded);
    await onMeasureChangedForStatistics(recorded);
    expect(await counted()).toBe(1);
    const removed = event(unique('event'), present, absent);
    await onMeasureChangedForStatistics(removed);
    await onMeasureChangedForStatistics(removed);
    expect(await counted()).toBe(0);
    await Promise.all([source.delete(), adminDb().doc('stats/1999').delete()]);
  });

  it('are repaired by the recompute script when they drift', async () => {
    const all = adminDb().doc('stats/all');
    const received = ((await all.get()).get('reports.received') as number) ?? 0;
    await all.update({ 'reports.received': received + 5, 'measures.byType.bogus': 2 });
    await adminDb()
      .doc('stats/1998')
      .set({ reports: { received: 3 } });
    expect((await recomputeStatistics({ write: false })).drift).toEqual([
      '1998 reports.received: 3 → 0',
      `all measures.byType.bogus: 2 → 0`,
      `all reports.received: ${received + 5} → ${received}`,
    ]);

    expect(await recomputeScript([])).toBe(0);
    expect((await recomputeStatistics({ write: false })).drift).toEqual([]);
    expect((await all.get()).get('reports.received')).toBe(received);
    expect((await adminDb().doc('stats/1998').get()).exists).toBe(false);
    expect(await readStoredStatistics()).toEqual(baseline);
  });
});
