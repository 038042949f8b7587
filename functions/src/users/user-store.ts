import type { Transaction } from 'firebase-admin/firestore';
import { userProfileSchema, type UserProfile } from '../domain/schemas/user.schema.js';
import { storedConverter } from '../domain/stored/stored-document.js';
import { db } from '../shared/firebase.js';

/**
 * `users/{uid}`, the profiles, read through `userProfileSchema`: a profile that does not fit
 * fails with `DOCUMENT.INVALID`, naming the profile and the field. Writes with sentinels
 * (`serverTimestamp()`) go through `update`, which the converter does not see.
 */
export const profiles = () =>
  db().collection('users').withConverter(storedConverter(userProfileSchema));
export const profileRef = (uid: string) => profiles().doc(uid);

export interface StoredProfile {
  uid: string;
  profile: UserProfile;
}

/** The profiles of these people, in order; a person without a profile is `null`. */
export async function readProfiles(
  tx: Transaction,
  uids: readonly string[],
): Promise<(StoredProfile | null)[]> {
  if (uids.length === 0) return [];
  const snapshots = await tx.getAll(...uids.map(profileRef));
  return snapshots.map((s) => {
    const profile = s.data();
    return profile ? { uid: s.id, profile } : null;
  });
}

export async function readProfile(tx: Transaction, uid: string): Promise<UserProfile | null> {
  return (await tx.get(profileRef(uid))).data() ?? null;
}
