import type { QueryDocumentSnapshot } from 'firebase-admin/firestore';
import type { FirestoreEvent } from 'firebase-functions/firestore';
import { info } from 'firebase-functions/logger';
import { db } from '../shared/firebase.js';
import { blobStore } from '../uploads/upload-config.js';

/**
 * A draft the organisation deleted takes everything of it along: its files' bytes, then every
 * document under it (file records, the victims' and witnesses' data should the client's batch
 * have left it, the timeline of a submission sent back). Only drafts can be deleted by a
 * client; any other report vanishing is an operator's matter. Safe to run twice: what is gone
 * already is skipped.
 */
export async function onReportDeleted(
  event: FirestoreEvent<QueryDocumentSnapshot | undefined, { reportId: string }>,
): Promise<void> {
  if (event.data?.get('status') !== 'draft') return;
  const report = db().doc(`reports/${event.params.reportId}`);
  const records = await report.collection('attachments').get();
  const store = await blobStore();
  for (const record of records.docs) await store.delete(String(record.get('storagePath')));
  await db().recursiveDelete(report);
  info('draft deleted: its files and everything under it removed', {
    reportId: event.params.reportId,
    files: records.size,
  });
}
