import type { Actor, RoleClaims } from '../domain/roles.js';
import { db } from '../shared/firebase.js';
import { readRoleChange, writeRoleChange } from './assign-role.js';
import { syncClaims } from './sync-claims.js';

/**
 * Gives a user a role (or, with null, takes it away) on its own: profile, coordinator listing
 * and audit entry in one transaction, then the token's claims. Used by `adminSetRole`, the
 * seed and the first-admin bootstrap.
 */
export async function applyRole(
  uid: string,
  requested: RoleClaims | null,
  actor: Actor,
): Promise<RoleClaims | null> {
  const claims = await db().runTransaction(async (tx) =>
    writeRoleChange(tx, await readRoleChange(tx, uid), requested, actor),
  );
  await syncClaims(uid);
  return claims;
}
