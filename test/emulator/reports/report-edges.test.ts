import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { doc, setDoc } from 'firebase/firestore';
import { afterAll, describe, expect, it } from 'vitest';
import { adminDb, unique } from '../../support/admin.js';
import { signIn, type SignedInClient } from '../../support/client.js';
import { eventually, messagesTo } from '../../support/mailbox.js';
import {
  freshEdrpou,
  organisationProfile,
  verifiedOrganisation,
} from '../../support/organisations.js';
import {
  reportContent,
  reportInStatus,
  saveDraft,
  submittedReportDocument,
} from '../../support/reports.js';

/**
 * The edges of a report's path that the main walk-through does not cross: what may not be
 * withdrawn, what intake on an organisation's behalf may and may not do, a reopened report's
 * new term, and a measure's document that is not the report's.
 */
const clients: SignedInClient[] = [];
async function client(email: string) {
  const signedIn = await signIn(email);
  clients.push(signedIn);
  return signedIn;
}
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
});

/** A registered report of a fresh Kyiv organisation, submitted by its member. */
async function registeredReport() {
  const org = await verifiedOrganisation('UA-30');
  const ngo = await client(org.member.email);
  const id = unique('report');
  await setDoc(doc(ngo.db, 'reports', id), submittedReportDocument(org.orgId, ngo.uid));
  const registered = await reportInStatus(id, ['registered']);
  return { org, ngo, id, number: String(registered.get('number')) };
}

/** Takes the report into review and decides it, as staff with the Commissioner's authority. */
async function decidedByStaff(reportId: string) {
  const staff1 = await client('staff1@spilno.test');
  await staff1.call('reportAction', { action: 'startReview', reportId });
  await staff1.call('reportAction', {
    action: 'decide',
    reportId,
    forms: ['submission'],
    rationale: 'Затримання без протоколу порушує статтю 29 Конституції України.',
  });
  return staff1;
}

const refusal = (code: string) => ({ details: expect.objectContaining({ code }) });

describe('report edges', () => {
  it('lets the NGO withdraw before a decision but not after it, and never a draft', async () => {
    const { ngo, id, org } = await registeredReport();
    await decidedByStaff(id);
    await expect(
      ngo.call('reportAction', { action: 'withdraw', reportId: id }),
    ).rejects.toMatchObject(refusal('WORKFLOW.NOT_ALLOWED_IN_STATE'));
    expect((await adminDb().doc(`reports/${id}`).get()).get('status')).toBe('decided');

    // A draft is deleted, not withdrawn: a withdrawn report would be the Secretariat's to read.
    // It is not a report at all until submitted (`reportDrafts`), so no action finds it.
    const draft = unique('report');
    await saveDraft(ngo.db, draft, org.orgId, ngo.uid);
    await expect(
      ngo.call('reportAction', { action: 'withdraw', reportId: draft }),
    ).rejects.toMatchObject(refusal('REPORT.NOT_FOUND'));
    expect((await adminDb().doc(`reportDrafts/${draft}`).get()).get('status')).toBe('draft');
    expect((await adminDb().doc(`reports/${draft}`).get()).exists).toBe(false);
  });

  it('refuses intake for an organisation not verified yet, and creates nothing', async () => {
    const orgId = freshEdrpou();
    await adminDb()
      .doc(`organisations/${orgId}`)
      .set({
        ...organisationProfile(orgId, { regionCode: 'UA-30' }),
        status: 'pending',
        createdBy: 'test',
        createdAt: FieldValue.serverTimestamp(),
        updatedAt: FieldValue.serverTimestamp(),
      });
    const staff2 = await client('staff2@spilno.test');
    await expect(
      staff2.call('reportAction', {
        action: 'intake',
        orgId,
        channel: 'post',
        report: reportContent(),
      }),
    ).rejects.toMatchObject(refusal('WORKFLOW.ORGANISATION_NOT_VERIFIED'));
    expect((await adminDb().collection('reports').where('orgId', '==', orgId).get()).size).toBe(0);
  });

  it('registers intake on an organisation’s behalf even when its own daily submissions are spent', async () => {
    const org = await verifiedOrganisation('UA-07');
    const ngo = await client(org.member.email);
    const content = reportContent({ regionCode: 'UA-07' });
    // The test stack allows 8 submissions a day (scripts/lib/test-stack.mjs).
    const ids = Array.from({ length: 8 }, () => unique('report'));
    for (const id of ids) {
      await setDoc(
        doc(ngo.db, 'reports', id),
        submittedReportDocument(org.orgId, ngo.uid, content),
      );
    }
    await Promise.all(ids.map((id) => reportInStatus(id, ['registered'])));
    const staff2 = await client('staff2@spilno.test');
    const { reportId } = await staff2.call<{ reportId: string }>('reportAction', {
      action: 'intake',
      orgId: org.orgId,
      channel: 'phone',
      report: content,
    });
    const registered = await reportInStatus(reportId, ['registered', 'draft']);
    expect(registered.get('status')).toBe('registered');
    expect(registered.get('intake')).toBe('phone');
  });

  it('starts a new term when a closed report is reopened, and tells the NGO', async () => {
    const { id, number, org } = await registeredReport();
    const staff1 = await decidedByStaff(id);
    await staff1.call('reportAction', { action: 'close', reportId: id, outcome: 'restored' });
    // As if the old term had run out long ago, with its reminders and escalation.
    await adminDb()
      .doc(`reports/${id}`)
      .update({
        responseDeadline: Timestamp.fromDate(new Date('2026-01-31T21:59:59Z')),
        remindersSent: [7, 3, 1],
        escalatedAt: Timestamp.fromDate(new Date('2026-02-01T08:00:00Z')),
      });

    await staff1.call('reportAction', {
      action: 'reopen',
      reportId: id,
      reason: 'Організація повідомила, що затримання повторилося 20 листопада.',
    });
    const reopened = await adminDb().doc(`reports/${id}`).get();
    expect(reopened.get('status')).toBe('in_review');
    const days =
      ((reopened.get('responseDeadline') as Timestamp).toMillis() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29);
    expect(days).toBeLessThan(31.1);
    expect(reopened.get('remindersSent')).toBeUndefined();
    expect(reopened.get('escalatedAt')).toBeUndefined();
    expect(reopened.get('outcome')).toBeUndefined();
    const told = await eventually(
      async () =>
        (await messagesTo(org.member.email)).find(
          (m) => m.subject.includes(number) && m.text.includes('повторилося 20 листопада'),
        ),
      { what: 'the NGO told of the reopening' },
    );
    expect(told.subject).toContain('На розгляді');
  });

  it('refuses a measure whose document is not a measure document of this report', async () => {
    const { id } = await registeredReport();
    const staff1 = await decidedByStaff(id);
    const measure = {
      type: 'submission_sent',
      date: '2026-11-20',
      addressee: 'Начальнику ГУНП у м. Києві',
    };
    await expect(
      staff1.call('reportAction', {
        action: 'recordMeasure',
        reportId: id,
        measure: { ...measure, documentAttachmentId: 'someone-elses-file' },
      }),
    ).rejects.toMatchObject(refusal('REPORT.BAD_MEASURE_DOCUMENT'));
    expect((await adminDb().collection(`reports/${id}/measures`).get()).size).toBe(0);
    await staff1.call('reportAction', { action: 'recordMeasure', reportId: id, measure });
    expect((await adminDb().collection(`reports/${id}/measures`).get()).size).toBe(1);
  });
});
