import { FieldValue } from 'firebase-admin/firestore';
import {
  type Change,
  type DocumentSnapshot,
  type FirestoreEvent,
} from 'firebase-functions/firestore';
import { affectsDirectory, partnerEntry } from '../domain/schemas/directory.schema.js';
import { db } from '../shared/firebase.js';

/**
 * Keeps `directory/partners` in step with the organisations: rebuilt from the verified, listed
 * ones whenever a change could matter, so it never drifts (and a replay rewrites the same).
 */
export async function onOrganisationWritten(
  event: FirestoreEvent<Change<DocumentSnapshot> | undefined, { orgId: string }>,
): Promise<void> {
  if (!affectsDirectory(event.data?.before.data(), event.data?.after.data())) return;
  await rebuildPartnerDirectory();
}

export async function rebuildPartnerDirectory(): Promise<number> {
  const listed = await db()
    .collection('organisations')
    .where('status', '==', 'verified')
    .where('listedInDirectory', '==', true)
    .get();
  const partners = listed.docs
    .flatMap((doc) => partnerEntry(doc.id, doc.data()) ?? [])
    .sort((a, b) => a.shortName.localeCompare(b.shortName, 'uk'));
  await db().doc('directory/partners').set({ partners, updatedAt: FieldValue.serverTimestamp() });
  return partners.length;
}
