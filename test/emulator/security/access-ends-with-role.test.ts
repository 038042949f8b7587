import { FieldValue } from 'firebase-admin/firestore';
import { collection, doc, getDoc, getDocs, query, where } from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { pdf } from '../../../functions/src/domain/uploads/file-fixtures.test-support.js';
import { adminAuth, adminDb } from '../../support/admin.js';
import { closedAfterEach, signIn } from '../../support/client.js';
import { verifiedOrganisation } from '../../support/organisations.js';
import { createTestUser } from '../../support/users.js';
import { createReport, download, upload } from '../uploads/upload-helpers.js';

/**
 * Security review, finding 1: a removed member kept full access until their ID token expired,
 * because the rules, the callables and the file routes trusted the token's claims. Each test
 * keeps the token the person had before the change, as an attacker would, and tries again.
 */
const track = closedAfterEach();

async function person(email: string) {
  const client = await track(signIn(email));
  // Token times have one-second resolution: a revocation in the same second as the sign-in
  // would not touch this token, and the test is about a token from before the change.
  await new Promise((resolve) => setTimeout(resolve, 1100));
  return { client, oldToken: await client.auth.currentUser!.getIdToken() };
}

const admin = () => track(signIn('admin@spilno.test'));

/** A registered report of the organisation, with its victims' data and one evidence file. */
async function reportWithFile(orgId: string, memberUid: string, memberToken: string) {
  const reportId = await createReport({ orgId, createdBy: memberUid });
  await adminDb()
    .doc(`reports/${reportId}/private/personalData`)
    .set({
      orgId,
      victims: [{ fullName: 'Постраждала Особа' }],
      witnesses: [],
      createdBy: memberUid,
      createdAt: FieldValue.serverTimestamp(),
      updatedAt: FieldValue.serverTimestamp(),
    });
  const stored = await upload({
    token: memberToken,
    reportId,
    name: 'скарга.pdf',
    data: pdf(),
    contentType: 'application/pdf',
  });
  expect(stored.status, JSON.stringify(stored.body)).toBe(201);
  return { reportId, attachmentId: stored.body.attachment!.id };
}

/** The old token is revoked: the file routes, which check revocation, refuse it outright. */
async function expectRevoked(uid: string, oldToken: string) {
  await expect(adminAuth().verifyIdToken(oldToken, true)).rejects.toMatchObject({
    code: 'auth/id-token-revoked',
  });
  expect((await adminAuth().getUser(uid)).tokensValidAfterTime).toBeDefined();
}

async function expectFilesRefused(oldToken: string, reportId: string, attachmentId: string) {
  const fetched = await download(oldToken, reportId, attachmentId);
  expect(fetched.status).toBe(401);
  expect(fetched.bytes.length).toBeLessThan(pdf().length);
  const stored = await upload({
    token: oldToken,
    reportId,
    kind: 'measure_document',
    name: 'ще.pdf',
    data: pdf(),
    contentType: 'application/pdf',
  });
  expect(stored.status).toBe(401);
  expect(stored.body.error?.code).toBe('AUTH.SIGN_IN_REQUIRED');
}

describe('access follows the stored profile at the next request', () => {
  it('refuses a removed member’s old token: personal data, listing, files, reportAction', async () => {
    const { orgId, lead, member } = await verifiedOrganisation();
    const { client, oldToken } = await person(member.email);
    const { reportId, attachmentId } = await reportWithFile(orgId, member.uid, oldToken);
    const personalData = doc(client.db, `reports/${reportId}/private/personalData`);
    const ownReports = query(collection(client.db, 'reports'), where('orgId', '==', orgId));
    // Before: all of it works with this token.
    expect((await getDoc(personalData)).get('victims')).toHaveLength(1);
    expect((await getDocs(ownReports)).size).toBe(1);
    expect((await download(oldToken, reportId, attachmentId)).status).toBe(200);

    const leadClient = await track(signIn(lead.email));
    await leadClient.call('orgAction', { action: 'removeMember', orgId, uid: member.uid });

    await expect(getDoc(personalData)).rejects.toMatchObject({ code: 'permission-denied' });
    await expect(getDocs(ownReports)).rejects.toMatchObject({ code: 'permission-denied' });
    await expectFilesRefused(oldToken, reportId, attachmentId);
    await expect(
      client.call('reportAction', { action: 'withdraw', reportId, reason: 'Більше не потрібно' }),
    ).rejects.toMatchObject({
      code: 'functions/permission-denied',
      details: { code: 'AUTH.NO_ROLE' },
    });
    expect((await adminDb().doc(`reports/${reportId}`).get()).get('status')).toBe('registered');
    await expectRevoked(member.uid, oldToken);
  });

  it('refuses staff whose role was cleared', async () => {
    const staff = await createTestUser({ role: 'staff' });
    const { orgId, member } = await verifiedOrganisation();
    const memberToken = (await person(member.email)).oldToken;
    const { reportId, attachmentId } = await reportWithFile(orgId, member.uid, memberToken);
    const { client, oldToken } = await person(staff.email);
    expect((await getDoc(doc(client.db, 'reports', reportId))).exists()).toBe(true);
    expect((await download(oldToken, reportId, attachmentId)).status).toBe(200);

    await (await admin()).call('adminSetRole', { action: 'clearRole', uid: staff.uid });

    await expect(getDoc(doc(client.db, 'reports', reportId))).rejects.toMatchObject({
      code: 'permission-denied',
    });
    await expect(getDocs(collection(client.db, 'reports'))).rejects.toMatchObject({
      code: 'permission-denied',
    });
    await expectFilesRefused(oldToken, reportId, attachmentId);
    await expect(
      client.call('reportAction', { action: 'startReview', reportId }),
    ).rejects.toMatchObject({ code: 'functions/permission-denied' });
    expect((await adminDb().doc(`reports/${reportId}`).get()).get('status')).toBe('registered');
    await expectRevoked(staff.uid, oldToken);
  });

  it('refuses a coordinator the reports of a region taken away, and gives the new one at once', async () => {
    const coordinator = await createTestUser({ role: 'coordinator', regions: ['UA-30'] });
    const { orgId, member } = await verifiedOrganisation('UA-30');
    const memberToken = (await person(member.email)).oldToken;
    const { reportId, attachmentId } = await reportWithFile(orgId, member.uid, memberToken);
    await adminDb()
      .doc(`reports/${reportId}`)
      .update({ assignees: [coordinator.uid] });
    const lviv = await createReport({ regionCode: 'UA-46' });
    const { client, oldToken } = await person(coordinator.email);
    expect(
      await client.call('reportAction', { action: 'viewPersonalData', reportId }),
    ).toMatchObject({ victims: [{ fullName: 'Постраждала Особа' }] });
    await expect(getDoc(doc(client.db, 'reports', lviv))).rejects.toMatchObject({
      code: 'permission-denied',
    });

    await (
      await admin()
    ).call('adminSetRole', {
      action: 'setRole',
      uid: coordinator.uid,
      role: 'coordinator',
      regions: ['UA-46'],
    });

    await expect(getDoc(doc(client.db, 'reports', reportId))).rejects.toMatchObject({
      code: 'permission-denied',
    });
    await expect(
      getDocs(query(collection(client.db, 'reports'), where('regionCode', '==', 'UA-30'))),
    ).rejects.toMatchObject({ code: 'permission-denied' });
    await expect(
      client.call('reportAction', { action: 'viewPersonalData', reportId }),
    ).rejects.toMatchObject({
      code: 'functions/permission-denied',
      details: { code: 'WORKFLOW.NOT_IN_REGION' },
    });
    await expectFilesRefused(oldToken, reportId, attachmentId);
    // The region given is theirs at the next request, with the same old token.
    expect((await getDoc(doc(client.db, 'reports', lviv))).exists()).toBe(true);
    await expectRevoked(coordinator.uid, oldToken);
  });
});
