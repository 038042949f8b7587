import type { DocumentSnapshot } from 'firebase-admin/firestore';
import type { Change, FirestoreEvent } from 'firebase-functions/firestore';
import { affectsFirstPage } from '../domain/publications/first-page.js';
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
  await rebuildFirstPage();
}
