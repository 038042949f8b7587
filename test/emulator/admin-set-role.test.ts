import { doc, onSnapshot } from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { adminAuth, adminDb } from '../support/admin.js';
import { closedAfterEach, signIn } from '../support/client.js';
import { createTestUser } from '../support/users.js';

const track = closedAfterEach();
const as = (email: string) => track(signIn(email));

describe('adminSetRole', () => {
  it('lets an admin make a user a coordinator: claims, profile mirror and audit entry', async () => {
    const target = await createTestUser();
    const admin = await as('admin@spilno.test');
    const result = await admin.call<{ claims: unknown }>('adminSetRole', {
      action: 'setRole',
      uid: target.uid,
      role: 'coordinator',
      regions: ['UA-46', 'UA-07'],
    });
    expect(result.claims).toEqual({ role: 'coordinator', regions: ['UA-46', 'UA-07'] });

    const user = await adminAuth().getUser(target.uid);
    expect(user.customClaims).toEqual({ role: 'coordinator', regions: ['UA-46', 'UA-07'] });
    const profile = (await adminDb().doc(`users/${target.uid}`).get()).data()!;
    expect(profile.role).toBe('coordinator');
    expect(profile.regions).toEqual(['UA-46', 'UA-07']);
    expect(profile.claimsUpdatedAt).toBeDefined();

    const audit = await adminDb()
      .collection('audit')
      .where('chain', '==', `user:${target.uid}`)
      .get();
    expect(audit.docs.map((d) => d.get('action'))).toEqual(['user.role_set']);
    expect(audit.docs[0]!.get('actor')).toEqual({ uid: 'demo-admin', role: 'admin' });
  });

  it('reaches an open session: the client sees claimsUpdatedAt change and refreshes its token', async () => {
    const target = await createTestUser({ role: 'ngo_member', orgId: '43900115' });
    const session = await as(target.email);
    expect((await session.auth.currentUser!.getIdTokenResult()).claims.role).toBe('ngo_member');

    const seenChange = new Promise<void>((resolve) => {
      let first = true;
      const stop = onSnapshot(doc(session.db, `users/${target.uid}`), (snapshot) => {
        if (first) {
          first = false;
          return;
        }
        if (snapshot.get('role') === 'staff') {
          stop();
          resolve();
        }
      });
    });
    const admin = await as('admin@spilno.test');
    await admin.call('adminSetRole', { action: 'setRole', uid: target.uid, role: 'staff' });
    await seenChange;
    const refreshed = await session.auth.currentUser!.getIdTokenResult(true);
    expect(refreshed.claims.role).toBe('staff');
    expect(refreshed.claims.orgId).toBeUndefined();
  });

  it('refuses everyone but an admin, and changes nothing', async () => {
    const target = await createTestUser({ role: 'ngo_member', orgId: '43900115' });
    for (const email of [
      'staff1@spilno.test',
      'commissioner@spilno.test',
      'ngo-admin@spilno.test',
    ]) {
      const caller = await as(email);
      await expect(
        caller.call('adminSetRole', { action: 'setRole', uid: target.uid, role: 'admin' }),
      ).rejects.toMatchObject({ code: 'functions/permission-denied' });
    }
    expect((await adminAuth().getUser(target.uid)).customClaims).toEqual({
      role: 'ngo_member',
      orgId: '43900115',
    });
  });

  it('refuses anyone setting their own claims, the admin included', async () => {
    const admin = await as('admin@spilno.test');
    await expect(
      admin.call('adminSetRole', { action: 'setRole', uid: 'demo-admin', role: 'staff' }),
    ).rejects.toMatchObject({ code: 'functions/failed-precondition' });
    const member = await as('ngo-member@spilno.test');
    await expect(
      member.call('adminSetRole', { action: 'setRole', uid: member.uid, role: 'admin' }),
    ).rejects.toMatchObject({ code: 'functions/permission-denied' });
  });

  it('explains invalid input in Ukrainian: NGO role without organisation, unknown organisation', async () => {
    const target = await createTestUser();
    const admin = await as('admin@spilno.test');
    await expect(
      admin.call('adminSetRole', { action: 'setRole', uid: target.uid, role: 'ngo_member' }),
    ).rejects.toMatchObject({
      code: 'functions/invalid-argument',
      message: expect.stringContaining('організація'),
    });
    await expect(
      admin.call('adminSetRole', {
        action: 'setRole',
        uid: target.uid,
        role: 'ngo_member',
        orgId: '99999999',
      }),
    ).rejects.toMatchObject({ code: 'functions/not-found' });
  });

  it('refuses a deactivated admin whose token has not expired yet', async () => {
    const target = await createTestUser();
    const formerAdmin = await createTestUser({ role: 'admin' });
    const client = await as(formerAdmin.email);
    await adminDb().doc(`users/${formerAdmin.uid}`).update({ disabled: true });
    await expect(
      client.call('adminSetRole', { action: 'setRole', uid: target.uid, role: 'staff' }),
    ).rejects.toMatchObject({
      code: 'functions/permission-denied',
      message: expect.stringContaining('деактивовано'),
    });
  });
});
