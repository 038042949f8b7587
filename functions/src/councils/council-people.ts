import type { Transaction } from 'firebase-admin/firestore';
import { userProfileSchema } from '../domain/schemas/user.schema.js';
import { db } from '../shared/firebase.js';
import { refusal } from '../shared/callable-errors.js';

/** A person as a council records them: name, address, and their organisation if they have one. */
export interface CouncilPerson {
  uid: string;
  displayName: string;
  email: string;
  orgId?: string | undefined;
  orgName?: string | undefined;
}

export async function readCouncilPerson(tx: Transaction, uid: string): Promise<CouncilPerson> {
  const snapshot = await tx.get(db().doc(`users/${uid}`));
  const parsed = userProfileSchema.safeParse(snapshot.data());
  if (!snapshot.exists || !parsed.success || parsed.data.disabled) {
    throw refusal('COUNCIL.MEMBER_NOT_FOUND');
  }
  const profile = parsed.data;
  if (!profile.orgId) return { uid, displayName: profile.displayName, email: profile.email };
  const organisation = await tx.get(db().doc(`organisations/${profile.orgId}`));
  const orgName = organisation.get('shortName') ?? organisation.get('name');
  return {
    uid,
    displayName: profile.displayName,
    email: profile.email,
    orgId: profile.orgId,
    ...(typeof orgName === 'string' ? { orgName } : {}),
  };
}

export async function organisationVerified(tx: Transaction, orgId: string | undefined) {
  if (!orgId) return false;
  return (await tx.get(db().doc(`organisations/${orgId}`))).get('status') === 'verified';
}
