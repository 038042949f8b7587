import { FieldValue } from 'firebase-admin/firestore';
import { coordinatorEntry } from '../domain/schemas/directory.schema.js';
import { db } from '../shared/firebase.js';

/**
 * Keeps `directory/coordinators` in step with `coordinators/{uid}`: rebuilt from the listings
 * on every change (there are a few dozen coordinators at most), so it never drifts.
 */
export async function rebuildCoordinatorDirectory(): Promise<number> {
  const listings = await db().collection('coordinators').get();
  const coordinators = listings.docs
    .flatMap((doc) => coordinatorEntry(doc.id, doc.data()) ?? [])
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'uk'));
  await db()
    .doc('directory/coordinators')
    .set({ coordinators, updatedAt: FieldValue.serverTimestamp() });
  return coordinators.length;
}

export async function onCoordinatorListingWritten(): Promise<void> {
  await rebuildCoordinatorDirectory();
}
