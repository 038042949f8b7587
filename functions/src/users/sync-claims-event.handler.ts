import {
  type Change,
  type DocumentSnapshot,
  type FirestoreEvent,
} from 'firebase-functions/firestore';
import { claimsOfProfile, sameClaims } from './role-fields.js';
import { syncClaims } from './sync-claims.js';

/**
 * The safety net behind every role change: whenever the role on a profile changes, the
 * token's claims are brought in line, even if the code that changed it died before doing so.
 * Its own `claimsUpdatedAt` write changes no role and ends here.
 */
export async function onUserWritten(
  event: FirestoreEvent<Change<DocumentSnapshot> | undefined, { uid: string }>,
): Promise<void> {
  const before = claimsOfProfile(event.data?.before.data());
  const after = event.data?.after.exists ? claimsOfProfile(event.data.after.data()) : null;
  if (!event.data?.after.exists || sameClaims(before, after)) return;
  await syncClaims(event.params.uid);
}
