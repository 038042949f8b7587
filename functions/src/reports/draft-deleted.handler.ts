import type { QueryDocumentSnapshot } from 'firebase-admin/firestore';
import type { FirestoreEvent } from 'firebase-functions/firestore';
import { info } from 'firebase-functions/logger';
import { attachmentSchema } from '../domain/schemas/attachment.schema.js';
import { db } from '../shared/firebase.js';
import { blobStore } from '../uploads/upload-config.js';
import { reportRef } from './report-context.js';
import { reportDraftRef } from './report-drafts.js';

/**
 * A draft the organisation deleted takes everything of it along: its files' bytes and records
 * (kept under `reports/{id}/attachments` from the first upload, so that they follow the draft
 * into the report), then everything under the draft (its personal data should the client's
 * batch have left it). A draft deleted because it was submitted — the report with its id
 * exists — or that the registration sent back since (the draft exists again) keeps its files.
 * Runs on deletions only, never on an autosave. Safe to run twice: what is gone is skipped.
 */
export async function onReportDraftDeleted(
  event: FirestoreEvent<QueryDocumentSnapshot | undefined, { reportId: string }>,
): Promise<void> {
  const { reportId } = event.params;
  const [report, draft] = await Promise.all([
    reportRef(reportId).get(),
    reportDraftRef(reportId).get(),
  ]);
  if (report.exists || draft.exists) return;
  const records = await reportRef(reportId).collection('attachments').get();
  const store = await blobStore();
  for (const record of records.docs) {
    await store.delete(attachmentSchema.parse(record.data()).storagePath);
  }
  // The records only: no report exists, and deleting its (absent) document would be a write
  // under `reports/` for nothing.
  await db().recursiveDelete(reportRef(reportId).collection('attachments'));
  await db().recursiveDelete(reportDraftRef(reportId));
  info('draft deleted: its files and everything under it removed', {
    reportId,
    files: records.size,
  });
}
