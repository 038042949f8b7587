import type { Transaction } from 'firebase-admin/firestore';
import { refusal } from '../shared/callable-errors.js';
import { readOrganisation } from '../organisations/organisation-store.js';
import { readProfile } from '../users/user-store.js';

/** A person as a council records them: name, address, and their organisation if they have one. */
export interface CouncilPerson {
  uid: string;
  displayName: string;
  email: string;
  orgId?: string | undefined;
  orgName?: string | undefined;
}

export async function readCouncilPerson(tx: Transaction, uid: string): Promise<CouncilPerson> {
  const profile = await readProfile(tx, uid);
  if (!profile || profile.disabled) throw refusal('COUNCIL.MEMBER_NOT_FOUND');
  if (!profile.orgId) return { uid, displayName: profile.displayName, email: profile.email };
  const organisation = await readOrganisation(tx, profile.orgId);
  const orgName = organisation?.data.shortName;
  return {
    uid,
    displayName: profile.displayName,
    email: profile.email,
    orgId: profile.orgId,
    ...(orgName ? { orgName } : {}),
  };
}
