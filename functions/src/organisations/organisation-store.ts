import type { Transaction } from 'firebase-admin/firestore';
import { organisationSchema, type Organisation } from '../domain/schemas/organisation.schema.js';
import { storedConverter } from '../domain/stored/stored-document.js';
import { db } from '../shared/firebase.js';

/**
 * `organisations/{orgId}`, read through `organisationSchema`: a document that does not fit
 * fails with `DOCUMENT.INVALID`, naming the organisation and the field.
 */
export const organisations = () =>
  db().collection('organisations').withConverter(storedConverter(organisationSchema));

export interface StoredOrganisation {
  id: string;
  data: Organisation;
}

export async function readOrganisation(
  tx: Transaction,
  orgId: string,
): Promise<StoredOrganisation | null> {
  const snapshot = await tx.get(organisations().doc(orgId));
  const data = snapshot.data();
  return data ? { id: snapshot.id, data } : null;
}

/** Whether the organisation is verified (no organisation, or none given, is not). */
export async function organisationVerified(
  tx: Transaction,
  orgId: string | undefined,
): Promise<boolean> {
  if (!orgId) return false;
  return (await readOrganisation(tx, orgId))?.data.status === 'verified';
}
