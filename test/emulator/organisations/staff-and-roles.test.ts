import { doc, getDoc } from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { adminAuth, adminDb } from '../../support/admin.js';
import { closedAfterEach, signIn } from '../../support/client.js';
import { createTestUser } from '../../support/users.js';

const track = closedAfterEach();
const as = (email: string) => track(signIn(email));

describe('staff and roles', () => {
  it('lists a new coordinator publicly with their regions, and removes the listing with the role', async () => {
    const person = await createTestUser();
    const admin = await as('admin@spilno.test');
    await admin.call('adminSetRole', {
      action: 'setRole',
      uid: person.uid,
      role: 'coordinator',
      regions: ['UA-07'],
    });
    await admin.call('adminSetRole', {
      action: 'updateCoordinatorListing',
      uid: person.uid,
      position: 'Регіональний координатор у Волинській області',
      workEmail: 'volyn@ombudsman.example.org',
      workPhone: '+380 332 12 34 56',
    });
    const listing = (await adminDb().doc(`coordinators/${person.uid}`).get()).data()!;
    expect(listing).toMatchObject({
      regions: ['UA-07'],
      workPhone: '+380332123456',
      displayName: 'Тестова Особа',
    });
    // The public page reads one document, rebuilt by a trigger from the listings.
    const inDirectory = async () =>
      (
        ((await adminDb().doc('directory/coordinators').get()).get('coordinators') ?? []) as {
          uid: string;
          workEmail?: string;
        }[]
      ).find((entry) => entry.uid === person.uid);
    await expect
      .poll(async () => (await inDirectory())?.workEmail, { timeout: 15_000 })
      .toBe('volyn@ombudsman.example.org');

    await admin.call('adminSetRole', { action: 'setRole', uid: person.uid, role: 'staff' });
    expect((await adminDb().doc(`coordinators/${person.uid}`).get()).exists).toBe(false);
    await expect.poll(inDirectory, { timeout: 15_000 }).toBeUndefined();
  });

  it('deactivates a user: Auth disabled, sessions revoked, rules and callables refuse them at once', async () => {
    const person = await createTestUser({ role: 'staff' });
    const session = await as(person.email);
    await getDoc(doc(session.db, 'organisations', '43900115'));
    const admin = await as('admin@spilno.test');
    await admin.call('adminSetRole', { action: 'deactivate', uid: person.uid });

    expect((await adminAuth().getUser(person.uid)).disabled).toBe(true);
    await expect(getDoc(doc(session.db, 'organisations', '43900115'))).rejects.toMatchObject({
      code: 'permission-denied',
    });
    await expect(
      session.call('orgAction', { action: 'verify', orgId: '43900445' }),
    ).rejects.toMatchObject({
      code: 'functions/permission-denied',
    });
    await expect(session.auth.currentUser!.getIdToken(true)).rejects.toBeDefined();
    const audit = await adminDb()
      .collection('audit')
      .where('chain', '==', `user:${person.uid}`)
      .get();
    expect(audit.docs.map((d) => d.get('action'))).toContain('user.deactivated');

    await admin.call('adminSetRole', { action: 'activate', uid: person.uid });
    expect((await adminAuth().getUser(person.uid)).disabled).toBe(false);
  });

  it('brings a token in line when only the profile role changed (the trigger is the safety net)', async () => {
    const person = await createTestUser({ role: 'staff' });
    await adminDb().doc(`users/${person.uid}`).update({ role: 'commissioner' });
    await expect
      .poll(async () => (await adminAuth().getUser(person.uid)).customClaims?.role, {
        timeout: 15_000,
      })
      .toBe('commissioner');
  });

  it('refuses to give an NGO role to someone who is not a member of the organisation', async () => {
    const person = await createTestUser();
    const admin = await as('admin@spilno.test');
    await expect(
      admin.call('adminSetRole', {
        action: 'setRole',
        uid: person.uid,
        role: 'ngo_admin',
        orgId: '43900115',
      }),
    ).rejects.toMatchObject({
      code: 'functions/failed-precondition',
      message: expect.stringContaining('запросити'),
    });
  });
});
