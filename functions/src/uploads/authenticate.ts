import type { Request } from 'firebase-functions/https';
import type { FileActor } from '../domain/uploads/upload-policy.js';
import { auth, db } from '../shared/firebase.js';
import { claimsOfProfile } from '../users/role-fields.js';
import { authRefusal } from './http-errors.js';

/**
 * The person behind a request to a file route, from `Authorization: Bearer <Firebase ID
 * token>`. The token is checked for revocation too, so a session ended by signing out
 * everywhere, by disabling the account or by a change of role stops at once; and the role,
 * organisation and regions are the stored profile's (a profile marked `disabled` is refused),
 * as the rules and callables take them.
 */
export async function authenticate(req: Request): Promise<FileActor> {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '')?.[1];
  if (!token) {
    throw authRefusal('AUTH.SIGN_IN_REQUIRED', { for: 'files' });
  }
  let decoded;
  try {
    decoded = await auth().verifyIdToken(token, true);
  } catch {
    throw authRefusal('AUTH.SIGN_IN_REQUIRED', { for: 'session_ended' });
  }
  const profile = (await db().doc(`users/${decoded.uid}`).get()).data();
  if (profile?.disabled === true) {
    throw authRefusal('AUTH.DEACTIVATED');
  }
  // The role as the profile has it now, as the rules and callables take it.
  const claims = claimsOfProfile(profile);
  if (!claims) {
    throw authRefusal('AUTH.NO_ROLE');
  }
  return { uid: decoded.uid, ...claims };
}
