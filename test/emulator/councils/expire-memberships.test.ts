import { afterEach, describe, expect, it } from 'vitest';
import { expireMemberships } from '../../../functions/src/councils/expire-memberships.js';
import { kyivDate } from '../../../functions/src/domain/kyiv-time.js';
import { ORG_DNIPRO } from '../../../scripts/demo/demo-data.js';
import { adminDb } from '../../support/admin.js';
import { signIn, type SignedInClient } from '../../support/client.js';
import { createTestUser } from '../../support/users.js';

const clients: SignedInClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

describe('the daily membership expiry', () => {
  it('moves a membership whose last day has passed to its history id, and keeps a current one', async () => {
    const admin = await signIn('admin@spilno.test');
    clients.push(admin);
    const { councilId } = await admin.call<{ councilId: string }>('councilAction', {
      action: 'create',
      council: {
        kind: 'expert',
        name: { uk: 'Експертна рада (тест строку членства)' },
        description: { uk: 'Рада, на якій перевіряють закінчення строку членства.' },
        theme: 'legislation',
      },
    });
    const leaving = await createTestUser({ role: 'ngo_member', orgId: ORG_DNIPRO });
    const staying = await createTestUser({ role: 'ngo_member', orgId: ORG_DNIPRO });
    const yesterday = kyivDate(new Date(Date.now() - 86_400_000));
    await admin.call('councilAction', {
      action: 'addMember',
      councilId,
      member: { uid: leaving.uid, role: 'chair', from: '2026-01-01', to: yesterday },
    });
    await admin.call('councilAction', {
      action: 'addMember',
      councilId,
      member: { uid: staying.uid, role: 'member', from: '2026-01-01' },
    });
    const members = adminDb().collection(`councils/${councilId}/members`);
    expect((await members.doc(leaving.uid).get()).exists).toBe(true);

    const { expired } = await expireMemberships();
    expect(expired).toBeGreaterThanOrEqual(1);
    expect((await members.doc(leaving.uid).get()).exists).toBe(false);
    expect((await members.doc(`${leaving.uid}__2026-01-01`).get()).data()).toMatchObject({
      role: 'chair',
      to: yesterday,
    });
    expect((await members.doc(staying.uid).get()).exists).toBe(true);
    expect((await adminDb().doc(`councils/${councilId}`).get()).get('chair')).toBeUndefined();
    const audit = await adminDb()
      .collection('audit')
      .where('chain', '==', `council:${councilId}`)
      .where('action', '==', 'council.membership_expired')
      .get();
    expect(audit.docs[0]?.get('details.memberships')).toEqual([
      { uid: leaving.uid, role: 'chair', from: '2026-01-01', to: yesterday },
    ]);
    // A second run finds nothing more to do.
    await expireMemberships();
    expect((await members.doc(`${leaving.uid}__2026-01-01`).get()).exists).toBe(true);
  });
});
