import { FieldValue } from 'firebase-admin/firestore';
import type { Actor } from '../domain/roles.js';
import { appendAudit, readAuditHead } from '../audit/write-audit.js';
import { auth, db } from '../shared/firebase.js';

/**
 * Deactivation ends access at the next request: the profile flag is what rules and callables
 * check (a token stays valid up to an hour), Auth refuses new sign-ins and refreshes, and the
 * refresh tokens are revoked. Reactivation undoes the first two.
 */
export async function setUserActive(uid: string, active: boolean, actor: Actor): Promise<void> {
  await db().runTransaction(async (tx) => {
    const chain = `user:${uid}`;
    const head = await readAuditHead(tx, chain);
    tx.set(
      db().doc(`users/${uid}`),
      { disabled: !active, updatedAt: FieldValue.serverTimestamp() },
      { merge: true },
    );
    await appendAudit(tx, head, {
      chain,
      actor: { uid: actor.uid, role: actor.role },
      action: active ? 'user.activated' : 'user.deactivated',
      target: { type: 'user', id: uid },
    });
  });
  await auth().updateUser(uid, { disabled: !active });
  if (!active) await auth().revokeRefreshTokens(uid);
}
