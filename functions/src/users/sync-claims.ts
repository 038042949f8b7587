import { FieldValue } from 'firebase-admin/firestore';
import { auth, db } from '../shared/firebase.js';
import { claimsOfProfile, sameClaims } from './role-fields.js';

/**
 * Makes the token's custom claims match the role on `users/{uid}`, then stamps
 * `claimsUpdatedAt` so that an open session refreshes its token and sees the change.
 * Idempotent: callers run it right after a role change, and a trigger runs it again.
 *
 * A change of a role the person already had (removal from an organisation, a cleared role,
 * another role, other regions or organisation) also revokes their refresh tokens: the
 * sessions that worked under the old role end, and the file routes (which check revocation)
 * refuse the old tokens at once. The rules and callables already follow the stored profile at
 * the next request. A first role ends nothing: there was no access to take away.
 */
export async function syncClaims(uid: string): Promise<{ changed: boolean; revoked: boolean }> {
  const profile = await db().doc(`users/${uid}`).get();
  const wanted = claimsOfProfile(profile.data()) ?? {};
  const user = await auth().getUser(uid);
  if (sameClaims(user.customClaims, wanted)) return { changed: false, revoked: false };
  const hadRole = typeof user.customClaims?.role === 'string';
  await auth().setCustomUserClaims(uid, wanted);
  if (hadRole) await auth().revokeRefreshTokens(uid);
  await db().doc(`users/${uid}`).update({ claimsUpdatedAt: FieldValue.serverTimestamp() });
  return { changed: true, revoked: hadRole };
}
