import type { QueryDocumentSnapshot } from 'firebase-admin/firestore';
import type { FirestoreEvent } from 'firebase-functions/firestore';
import { info } from 'firebase-functions/logger';
import { db } from '../shared/firebase.js';
import { blobStore } from '../uploads/upload-config.js';

/**
 * A draft the organisation deleted takes everything of it along: its files (records and
 * bytes) and, should the client's batch have left it, the victims' and witnesses' data.
 * Only drafts can be deleted by a client; any other report vanishing is an operator's matter.
 * Safe to run twice: what is gone already is skipped.
 */
export async function onReportDeleted(
  event: FirestoreEvent<QueryDocumentSnapshot | undefined, { reportId: string }>,
): Promise<void> {
  if (event.data?.get('status') !== 'draft') return;
  const report = db().doc(`reports/${event.params.reportId}`);
  const records = await report.collection('attachments').get();
  const store = await blobStore();
  for (const record of records.docs) {
    await store.delete(String(record.get('storagePath')));
    await record.ref.delete();
  }
  await report.collection('private').doc('personalData').delete();
  info('draft deleted: its files and personal data removed', {
    reportId: event.params.reportId,
    files: records.size,
  });
}
