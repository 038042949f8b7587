import type { DocumentSnapshot } from 'firebase-admin/firestore';
import type { Change, FirestoreEvent } from 'firebase-functions/firestore';
import { affectsFirstPage } from '../domain/publications/first-page.js';
import { retryOrLog } from '../shared/trigger-failure.js';
import { rebuildFirstPage } from './first-page-store.js';

/**
 * Keeps `directory/publications` (the first page of `/publications`) in step with the public
 * records: rebuilt from the records' current state, not from the event, whenever a change
 * could show (published, retracted, a card's field edited, deleted), so a late or repeated
 * event rewrites the same page.
 */
export async function onPublicRecordWritten(
  event: FirestoreEvent<Change<DocumentSnapshot> | undefined, { publicationId: string }>,
): Promise<void> {
  if (!affectsFirstPage(event.data?.before.data(), event.data?.after.data())) return;
  try {
    await rebuildFirstPage();
  } catch (error) {
    // A record among the newest that does not fit its schema would fail every rebuild for the
    // platform's whole week: retried only while worth it.
    retryOrLog(error, event, 'First page of /publications not rebuilt', {
      publicationId: event.params.publicationId,
    });
  }
}
