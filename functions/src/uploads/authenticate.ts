import type { Request } from 'firebase-functions/https';
import { roleClaimsSchema } from '../domain/roles.js';
import type { FileActor } from '../domain/uploads/upload-policy.js';
import { auth, db } from '../shared/firebase.js';
import { authRefusal } from './http-errors.js';

/**
 * The person behind a request to a file route, from `Authorization: Bearer <Firebase ID
 * token>`. The token is checked for revocation too, so a session ended by signing out
 * everywhere or by disabling the account stops at once; a profile marked `disabled` is
 * refused even while its token is valid, as the rules and callables do.
 */
export async function authenticate(req: Request): Promise<FileActor> {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '')?.[1];
  if (!token) {
    throw authRefusal(
      'AUTH.SIGN_IN_REQUIRED',
      'Увійдіть до системи, щоб працювати з файлами',
      'Sign in to work with files',
    );
  }
  let decoded;
  try {
    decoded = await auth().verifyIdToken(token, true);
  } catch {
    throw authRefusal(
      'AUTH.SIGN_IN_REQUIRED',
      'Ваш сеанс завершився. Увійдіть до системи знову',
      'Your session has ended. Please sign in again',
    );
  }
  const claims = roleClaimsSchema.safeParse({
    role: decoded.role,
    orgId: decoded.orgId,
    regions: decoded.regions,
    decisionAuthority: decoded.decisionAuthority,
  });
  if (!claims.success) {
    throw authRefusal(
      'AUTH.NO_ROLE',
      'Вашому обліковому запису ще не надано роль',
      'Your account has not been given a role yet',
    );
  }
  const profile = await db().doc(`users/${decoded.uid}`).get();
  if (profile.get('disabled') === true) {
    throw authRefusal(
      'AUTH.DEACTIVATED',
      'Ваш обліковий запис деактивовано',
      'Your account has been deactivated',
    );
  }
  return { uid: decoded.uid, ...claims.data };
}
