import { FieldValue } from 'firebase-admin/firestore';
import {
  type Change,
  type DocumentSnapshot,
  type FirestoreEvent,
} from 'firebase-functions/firestore';
import { affectsCouncilDirectory, councilEntry } from '../domain/schemas/directory.schema.js';
import { db } from '../shared/firebase.js';

/**
 * Keeps `directory/councils` in step with `councils/{id}` (whose member organisations the
 * council actions and the expiry of memberships keep): rebuilt from every council (a handful)
 * whenever a change could show, so it never drifts (and a replay rewrites the same).
 */
export async function onCouncilWritten(
  event: FirestoreEvent<Change<DocumentSnapshot> | undefined, { councilId: string }>,
): Promise<void> {
  if (!affectsCouncilDirectory(event.data?.before.data(), event.data?.after.data())) return;
  await rebuildCouncilDirectory();
}

export async function rebuildCouncilDirectory(): Promise<number> {
  const all = await db().collection('councils').get();
  const councils = all.docs
    .flatMap((doc) => councilEntry(doc.id, doc.data()) ?? [])
    .sort((a, b) => a.name.uk.localeCompare(b.name.uk, 'uk'));
  await db().doc('directory/councils').set({ councils, updatedAt: FieldValue.serverTimestamp() });
  return councils.length;
}
