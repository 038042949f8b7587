import { FieldValue } from 'firebase-admin/firestore';
import { roleClaimsSchema, type Actor, type RoleClaims } from '../domain/roles.js';
import { appendAudit, readAuditHead } from '../audit/write-audit.js';
import { auth, db } from '../shared/firebase.js';

/**
 * Gives a user a role: the custom claims on their token, the mirror of them on `users/{uid}`
 * (with `claimsUpdatedAt`, which an open session listens to and then refreshes its token),
 * and an audit entry. The one path for `adminSetRole` and the seed alike.
 */
export async function applyRole(
  uid: string,
  requested: RoleClaims,
  actor: Actor,
): Promise<RoleClaims> {
  // Absent, not undefined: the token carries only the claims that apply.
  const claims = Object.fromEntries(
    Object.entries(roleClaimsSchema.parse(requested)).filter(([, value]) => value !== undefined),
  ) as RoleClaims;
  const before = (await auth().getUser(uid)).customClaims ?? {};
  // Claims first: a session that sees `claimsUpdatedAt` change must find them on refresh.
  await auth().setCustomUserClaims(uid, claims);
  await db().runTransaction(async (tx) => {
    const chain = `user:${uid}`;
    const head = await readAuditHead(tx, chain);
    tx.set(
      db().doc(`users/${uid}`),
      {
        role: claims.role,
        orgId: claims.orgId ?? FieldValue.delete(),
        regions: claims.regions ?? FieldValue.delete(),
        decisionAuthority: claims.decisionAuthority ?? FieldValue.delete(),
        claimsUpdatedAt: FieldValue.serverTimestamp(),
        updatedAt: FieldValue.serverTimestamp(),
      },
      { merge: true },
    );
    await appendAudit(tx, head, {
      chain,
      actor: { uid: actor.uid, role: actor.role },
      action: 'user.role_set',
      target: { type: 'user', id: uid },
      details: { before, after: claims },
    });
  });
  return claims;
}
