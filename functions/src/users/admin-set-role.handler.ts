import { FieldValue } from 'firebase-admin/firestore';
import type { CallableRequest } from 'firebase-functions/https';
import type { z } from 'zod';
import { actionResult } from '../domain/actions/action-results.js';
import { adminSetRoleResults } from '../domain/actions/admin-set-role.results.js';
import { adminSetRoleInput } from '../domain/actions/admin-set-role.schema.js';
import { roleClaimsSchema } from '../domain/roles.js';
import { parseInput, requireActor, refusal } from '../shared/callable-errors.js';
import { auth, db } from '../shared/firebase.js';
import { applyRole } from './apply-role.js';
import { setUserActive } from './deactivation.js';

/**
 * `adminSetRole`: user administration, the only way a role reaches a token (besides the demo
 * seed and the first-admin bootstrap). Nobody changes their own role or deactivates themselves.
 */
export async function handleAdminSetRole(request: CallableRequest<unknown>) {
  const actor = await requireActor(request);
  if (actor.role !== 'admin') {
    throw refusal('AUTH.ADMIN_ONLY');
  }
  const input = parseInput(adminSetRoleInput, request.data);
  if (input.uid === actor.uid) {
    throw refusal('AUTH.OWN_ROLE');
  }
  await auth()
    .getUser(input.uid)
    .catch(() => {
      throw refusal('USER.NOT_FOUND');
    });
  return actionResult(
    'adminSetRole',
    adminSetRoleResults,
    input.action,
    await perform(actor, input),
  );
}

async function perform(
  actor: Awaited<ReturnType<typeof requireActor>>,
  input: z.output<typeof adminSetRoleInput>,
) {
  switch (input.action) {
    case 'setRole': {
      const claims = parseInput(roleClaimsSchema, {
        role: input.role,
        orgId: input.orgId,
        regions: input.regions,
        decisionAuthority: input.decisionAuthority,
      });
      if (claims.orgId) await requireMembership(input.uid, claims.orgId);
      return { uid: input.uid, claims: await applyRole(input.uid, claims, actor) };
    }
    case 'clearRole':
      return { uid: input.uid, claims: await applyRole(input.uid, null, actor) };
    case 'deactivate':
    case 'activate':
      await setUserActive(input.uid, input.action === 'activate', actor);
      return { uid: input.uid, active: input.action === 'activate' };
    case 'updateCoordinatorListing': {
      const listing = db().doc(`coordinators/${input.uid}`);
      if (!(await listing.get()).exists) {
        throw refusal('USER.NOT_COORDINATOR');
      }
      await listing.update({
        position: input.position ?? FieldValue.delete(),
        workEmail: input.workEmail ?? FieldValue.delete(),
        workPhone: input.workPhone ?? FieldValue.delete(),
        updatedAt: FieldValue.serverTimestamp(),
      });
      return { uid: input.uid };
    }
  }
}

/**
 * An NGO role follows membership, which the organisation manages (invitations, join requests):
 * an admin can change whether a member is lead or member, but cannot put a stranger in.
 */
async function requireMembership(uid: string, orgId: string) {
  if (!(await db().doc(`organisations/${orgId}`).get()).exists) {
    throw refusal('ORG.NOT_FOUND');
  }
  if (!(await db().doc(`organisations/${orgId}/members/${uid}`).get()).exists) {
    throw refusal('ORG.NOT_A_MEMBER');
  }
}
