import { FieldValue } from 'firebase-admin/firestore';
import { DEMO_PASSWORD } from '../../scripts/demo/demo-data.js';
import type { RoleClaims } from '../../functions/src/domain/roles.js';
import { adminAuth, adminDb, unique } from './admin.js';

/**
 * Creates a throwaway user with a profile and, optionally, claims set directly (as the seed
 * would), for tests that change or check a user without disturbing the demo accounts.
 */
export async function createTestUser(
  claims?: RoleClaims,
  options: { disabled?: boolean; emailVerified?: boolean } = {},
) {
  const uid = unique('user');
  const email = `${uid}@test.spilno.test`;
  await adminAuth().createUser({
    uid,
    email,
    password: DEMO_PASSWORD,
    displayName: 'Тестова Особа',
    emailVerified: options.emailVerified ?? false,
  });
  if (claims) await adminAuth().setCustomUserClaims(uid, claims);
  await adminDb()
    .doc(`users/${uid}`)
    .set({
      email,
      displayName: 'Тестова Особа',
      language: 'uk',
      notificationPreference: 'immediate',
      disabled: options.disabled ?? false,
      ...(claims ?? {}),
      createdAt: FieldValue.serverTimestamp(),
      updatedAt: FieldValue.serverTimestamp(),
    });
  return { uid, email };
}
