import { doc, writeBatch } from 'firebase/firestore';
import { afterAll, describe, expect, it } from 'vitest';
import { adminDb } from '../../support/admin.js';
import { signIn } from '../../support/client.js';
import { eventually } from '../../support/mailbox.js';
import { pdf } from '../../../functions/src/domain/uploads/file-fixtures.test-support.js';
import { closeClients, createReport, leftBehind, newMember, upload } from './upload-helpers.js';

afterAll(closeClients);

describe('deleting a draft', () => {
  it('takes its files, personal data and timeline along, and nobody else’s', async () => {
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
    await adminDb()
      .doc(`reports/${draft}/private/personalData`)
      .set({
        orgId: (await adminDb().doc(`reports/${draft}`).get()).get('orgId'),
        victims: [],
        witnesses: [],
      });
    await adminDb()
      .collection(`reports/${draft}/events`)
      .add({ type: 'submission_refused', side: 'system', toStatus: 'draft' });
    expect((await leftBehind(draft)).blobs).toHaveLength(2);

    // As the web client deletes it: the report and its personal data in one batch.
    const client = await signIn(member.email);
    const batch = writeBatch(client.db);
    batch.delete(doc(client.db, 'reports', draft, 'private', 'personalData'));
    batch.delete(doc(client.db, 'reports', draft));
    await batch.commit();
    await client.close();

    await eventually(
      async () => {
        const left = await leftBehind(draft);
        const events = await adminDb().collection(`reports/${draft}/events`).get();
        return left.records.length === 0 && left.blobs.length === 0 && events.empty
          ? left
          : undefined;
      },
      { what: 'the deleted draft’s files to go' },
    );
    expect((await adminDb().doc(`reports/${draft}/private/personalData`).get()).exists).toBe(false);
    const other = await leftBehind(kept);
    expect([other.records.length, other.blobs.length]).toEqual([1, 1]);
  });
});
