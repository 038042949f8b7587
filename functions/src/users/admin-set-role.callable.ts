import { HttpsError, onCall, type CallableRequest } from 'firebase-functions/https';
import { z } from 'zod';
import { roleClaimsSchema } from '../domain/roles.js';
import { uidSchema } from '../domain/fields.js';
import { parseInput, requireActor } from '../shared/callable-errors.js';
import { auth, db } from '../shared/firebase.js';
import { applyRole } from './apply-role.js';

const adminSetRoleInput = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('setRole'),
    uid: uidSchema,
    role: roleClaimsSchema.shape.role,
    orgId: z.string().optional(),
    regions: z.array(z.string()).optional(),
    decisionAuthority: z.boolean().optional(),
  }),
]);

/** `adminSetRole`: the only way a role reaches a user's token (besides the demo seed). */
export async function handleAdminSetRole(request: CallableRequest<unknown>) {
  const actor = await requireActor(request);
  if (actor.role !== 'admin') {
    throw new HttpsError('permission-denied', 'Призначати ролі може лише адміністратор системи', {
      code: 'AUTH.ADMIN_ONLY',
    });
  }
  const { uid, ...requested } = parseInput(adminSetRoleInput, request.data);
  if (uid === actor.uid) {
    throw new HttpsError('failed-precondition', 'Власну роль змінює інший адміністратор', {
      code: 'AUTH.OWN_ROLE',
    });
  }
  const claims = parseInput(roleClaimsSchema, {
    role: requested.role,
    orgId: requested.orgId,
    regions: requested.regions,
    decisionAuthority: requested.decisionAuthority,
  });
  if (claims.orgId && !(await db().doc(`organisations/${claims.orgId}`).get()).exists) {
    throw new HttpsError('not-found', 'Такої організації немає в системі', {
      code: 'ORG.NOT_FOUND',
    });
  }
  await auth()
    .getUser(uid)
    .catch(() => {
      throw new HttpsError('not-found', 'Такого користувача немає', { code: 'USER.NOT_FOUND' });
    });
  return { uid, claims: await applyRole(uid, claims, actor) };
}

export const adminSetRole = onCall(handleAdminSetRole);
