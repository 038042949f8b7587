import { FieldValue } from 'firebase-admin/firestore';
import { auth, db } from '../shared/firebase.js';
import { claimsOfProfile, sameClaims } from './role-fields.js';

/**
 * Makes the token's custom claims match the role on `users/{uid}`, then stamps
 * `claimsUpdatedAt` so that an open session refreshes its token and sees the change.
 * Idempotent: callers run it right after a role change, and a trigger runs it again.
 */
export async function syncClaims(uid: string): Promise<{ changed: boolean }> {
  const profile = await db().doc(`users/${uid}`).get();
  const wanted = claimsOfProfile(profile.data()) ?? {};
  const user = await auth().getUser(uid);
  if (sameClaims(user.customClaims, wanted)) return { changed: false };
  await auth().setCustomUserClaims(uid, wanted);
  await db().doc(`users/${uid}`).update({ claimsUpdatedAt: FieldValue.serverTimestamp() });
  return { changed: true };
}
