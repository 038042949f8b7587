import { deleteDoc, doc } from 'firebase/firestore';
import { afterAll, describe, expect, it } from 'vitest';
import { adminDb, unique } from '../../support/admin.js';
import { signIn } from '../../support/client.js';
import { eventually } from '../../support/mailbox.js';
import { verifiedOrganisation } from '../../support/organisations.js';
import { reportInStatus, saveDraft, submitDraft } from '../../support/reports.js';
import { pdf } from '../../../functions/src/domain/uploads/file-fixtures.test-support.js';
import { closeClients, createReport, leftBehind, newMember, upload } from './upload-helpers.js';

afterAll(closeClients);

describe('deleting a draft', () => {
  it('takes its files and personal data along, and nobody else’s', async () => {
    const member = await newMember();
    const draft = await createReport({ status: 'draft', createdBy: member.uid });
    const kept = await createReport({ status: 'draft', createdBy: member.uid });
    for (const reportId of [draft, draft, kept]) {
      const answer = await upload({
        token: member.token,
        reportId,
        name: 'Скарга.pdf',
        data: pdf(),
      });
      expect(answer.status).toBe(201);
    }
    // Personal data the client's batch left behind (an older client, say) goes too.
    await adminDb()
      .doc(`reportDrafts/${draft}/private/personalData`)
      .set({
        orgId: (await adminDb().doc(`reportDrafts/${draft}`).get()).get('orgId'),
        victims: [],
        witnesses: [],
      });
    expect((await leftBehind(draft)).blobs).toHaveLength(2);

    // As the web client deletes it, but without its personal data.
    const client = await signIn(member.email);
    await deleteDoc(doc(client.db, 'reportDrafts', draft));
    await client.close();

    await eventually(
      async () => {
        const left = await leftBehind(draft);
        return left.records.length === 0 && left.blobs.length === 0 ? left : undefined;
      },
      // The trigger's first run may start cold; within the test's 30 s.
      { what: 'the deleted draft’s files to go', timeoutMs: 25_000 },
    );
    await eventually(
      async () =>
        (await adminDb().doc(`reportDrafts/${draft}/private/personalData`).get()).exists
          ? undefined
          : true,
      { what: 'the deleted draft’s personal data to go' },
    );
    const other = await leftBehind(kept);
    expect([other.records.length, other.blobs.length]).toEqual([1, 1]);
  });

  it('keeps the files of a draft that was submitted (its deletion is the submission’s)', async () => {
    // An organisation of its own: the demo one may have spent its daily submissions.
    const { orgId, member } = await verifiedOrganisation('UA-30');
    const client = await signIn(member.email);
    try {
      const draft = unique('report');
      await saveDraft(client.db, draft, orgId, client.uid);
      const token = await client.auth.currentUser!.getIdToken();
      const answer = await upload({ token, reportId: draft, name: 'Скарга.pdf', data: pdf() });
      expect(answer.status).toBe(201);
      await submitDraft(client.db, draft, orgId, client.uid);
      await reportInStatus(draft, ['registered']);
      // Long enough for the deletion trigger to have run: the file is still there.
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const left = await leftBehind(draft);
      expect([left.records.length, left.blobs.length]).toEqual([1, 1]);
    } finally {
      await client.close();
    }
  });
});
