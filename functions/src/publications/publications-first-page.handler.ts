import type { DocumentSnapshot } from 'firebase-admin/firestore';
import type { Change, FirestoreEvent } from 'firebase-functions/firestore';
import { logger } from 'firebase-functions';
import { triggerRetryDecision } from '../domain/events/trigger-retry.js';
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
  try {
    await rebuildFirstPage();
  } catch (error) {
    // Retried (the trigger has retry: true) only while worth it: a record among the newest
    // that does not fit its schema would fail every rebuild for the platform's whole week.
    if (triggerRetryDecision(error, event, Date.now()) === 'retry') throw error;
    logger.error('First page of /publications not rebuilt; the event is not retried', {
      publicationId: event.params.publicationId,
      eventId: event.id,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}
