import { FieldValue, type Transaction } from 'firebase-admin/firestore';
import type { ChainHead } from '../domain/audit-chain.js';
import { roleClaimsSchema, type Actor, type RoleClaims } from '../domain/roles.js';
import { appendAudit, readAuditHead } from '../audit/write-audit.js';
import { db } from '../shared/firebase.js';
import { claimsOfProfile, roleFieldsOf, withoutUndefined } from './role-fields.js';
import type { AuditAction } from '../domain/schemas/audit.schema.js';

/**
 * A role change inside a transaction: the wanted role on the profile, the coordinator's public
 * listing kept in step, and the audit entry. Call `syncClaims` after the commit.
 */
export interface RoleChange {
  uid: string;
  before: RoleClaims | null;
  profile: Record<string, unknown> | undefined;
  head: ChainHead | null;
}

/** Transaction reads for a role change (all reads come before writes). */
export async function readRoleChange(tx: Transaction, uid: string): Promise<RoleChange> {
  const profile = (await tx.get(db().doc(`users/${uid}`))).data();
  return {
    uid,
    before: claimsOfProfile(profile),
    profile,
    head: await readAuditHead(tx, `user:${uid}`),
  };
}

export async function writeRoleChange(
  tx: Transaction,
  change: RoleChange,
  requested: RoleClaims | null,
  actor: Actor,
  action: AuditAction = 'user.role_set',
): Promise<RoleClaims | null> {
  const claims = requested ? withoutUndefined(roleClaimsSchema.parse(requested)) : null;
  tx.set(
    db().doc(`users/${change.uid}`),
    { ...roleFieldsOf(claims), updatedAt: FieldValue.serverTimestamp() },
    { merge: true },
  );
  // One organisation at a time: a role outside the organisation ends the membership.
  const previousOrg = change.before?.orgId;
  if (previousOrg && previousOrg !== claims?.orgId) {
    tx.delete(db().doc(`organisations/${previousOrg}/members/${change.uid}`));
  }
  if (claims?.orgId && (claims.role === 'ngo_admin' || claims.role === 'ngo_member')) {
    // Merged: what the membership already says stays; a member made by role alone still
    // gets a name and an address from the profile.
    const { displayName, email } = change.profile ?? {};
    tx.set(
      db().doc(`organisations/${claims.orgId}/members/${change.uid}`),
      {
        uid: change.uid,
        role: claims.role,
        ...(typeof displayName === 'string' ? { displayName } : {}),
        ...(typeof email === 'string' ? { email } : {}),
      },
      { merge: true },
    );
  }
  const listing = db().doc(`coordinators/${change.uid}`);
  if (claims?.role === 'coordinator') {
    tx.set(
      listing,
      {
        displayName: String(change.profile?.displayName ?? ''),
        regions: claims.regions,
        updatedAt: FieldValue.serverTimestamp(),
      },
      { merge: true },
    );
  } else if (change.before?.role === 'coordinator') {
    tx.delete(listing);
  }
  await appendAudit(tx, change.head, {
    chain: `user:${change.uid}`,
    actor: { uid: actor.uid, role: actor.role },
    action: claims ? action : 'user.role_cleared',
    target: { type: 'user', id: change.uid },
    details: { before: change.before, after: claims },
  });
  return claims;
}
