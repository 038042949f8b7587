import type { Transaction } from 'firebase-admin/firestore';
import type { Role } from '../domain/roles.js';
import { db } from '../shared/firebase.js';

/**
 * Who a notice goes to, by relation: everyone of a role, the coordinators of a region, the
 * members of an organisation or of a council. Active accounts only.
 */
export async function uidsWithRole(tx: Transaction, role: Role): Promise<string[]> {
  const users = await tx.get(
    db().collection('users').where('role', '==', role).where('disabled', '==', false),
  );
  return users.docs.map((d) => d.id);
}

export async function coordinatorsOf(tx: Transaction, regionCode: string): Promise<string[]> {
  const users = await tx.get(
    db()
      .collection('users')
      .where('role', '==', 'coordinator')
      .where('regions', 'array-contains', regionCode)
      .where('disabled', '==', false),
  );
  return users.docs.map((d) => d.id);
}

export async function organisationMembers(tx: Transaction, orgId: string): Promise<string[]> {
  const members = await tx.get(db().collection(`organisations/${orgId}/members`));
  return members.docs.map((d) => d.id);
}

export async function organisationAdmins(tx: Transaction, orgId: string): Promise<string[]> {
  const members = await tx.get(
    db().collection(`organisations/${orgId}/members`).where('role', '==', 'ngo_admin'),
  );
  return members.docs.map((d) => d.id);
}

export async function councilMembers(tx: Transaction, councilId: string): Promise<string[]> {
  const members = await tx.get(db().collection(`councils/${councilId}/members`));
  return members.docs.map((d) => d.id);
}
