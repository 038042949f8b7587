import { ORG_KYIV, ORG_LVIV } from '../../scripts/demo/demo-data.js';
import { adminDb, unique } from './admin.js';

export const SEEDED = new Date('2026-01-15T10:00:00Z');

/**
 * A new Expert Council on detention with two demo members from 1 January 2026: the Kyiv
 * organisation's member (`ngo-member@`) and, as chair, the Lviv organisation's (`ngo-lviv@`).
 */
export async function councilWithMembers(): Promise<string> {
  const councilId = unique('council');
  await adminDb()
    .doc(`councils/${councilId}`)
    .set({
      kind: 'expert',
      name: { uk: 'Експертна рада з питань свободи' },
      description: { uk: 'Готує пропозиції щодо права на свободу.' },
      theme: 'legislation',
      rights: [],
      instruments: ['echr'],
      quorum: { rule: 'more_than_half' },
      memberOrgs: [],
      createdBy: 'demo-admin',
      createdAt: SEEDED,
      updatedAt: SEEDED,
    });
  const member = (uid: string, email: string, orgId: string, role: string) =>
    adminDb()
      .doc(`councils/${councilId}/members/${uid}`)
      .set({
        uid,
        displayName: uid,
        email,
        orgId,
        orgName: `Організація ${orgId}`,
        role,
        from: '2026-01-01',
        createdBy: 'demo-admin',
        createdAt: SEEDED,
        updatedAt: SEEDED,
      });
  await member('demo-ngo-member', 'ngo-member@spilno.test', ORG_KYIV, 'member');
  await member('demo-ngo-lviv', 'ngo-lviv@spilno.test', ORG_LVIV, 'chair');
  return councilId;
}
