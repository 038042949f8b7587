import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
} from 'firebase/firestore';
import { describe, it } from 'vitest';
import { ORG_DNIPRO } from '../../../scripts/demo/demo-data.js';
import { ACTORS, ORG_A, ORG_B, ORG_P, seedDocuments, uidOf } from './actors.js';
import {
  INVITATION_A,
  invitation,
  joinRequest,
  organisation,
  organisationMember,
  organisationProfileEdit,
} from './fixtures.js';
import { expectations, rulesHarness } from './harness.js';

/**
 * Organisations, their members, join requests and invitations. An organisation's profile is
 * read by its own people and by the Secretariat, coordinators and admins. Every write —
 * registration, verification, profile edits, invitations, membership — goes through
 * `orgAction`, which validates and audits it, so no client writes any of these directly.
 */
const h = rulesHarness('organisations', (db) =>
  seedDocuments(db, {
    [`organisations/${ORG_A}`]: organisation(ORG_A),
    [`organisations/${ORG_B}`]: organisation(ORG_B),
    [`organisations/${ORG_P}`]: organisation(ORG_P),
    [`organisations/${ORG_A}/members/ngo-member-a`]: organisationMember(
      'ngo-member-a',
      'ngo_member',
    ),
    [`organisations/${ORG_A}/members/ngo-admin-a`]: organisationMember('ngo-admin-a', 'ngo_admin'),
    [`organisations/${ORG_B}/members/ngo-member-b`]: organisationMember(
      'ngo-member-b',
      'ngo_member',
    ),
    [`organisations/${ORG_P}/members/ngo-admin-p`]: organisationMember('ngo-admin-p', 'ngo_admin'),
    [`organisations/${ORG_A}/joinRequests/no-role`]: joinRequest('no-role'),
    [`invitations/${INVITATION_A}`]: invitation(ORG_A),
  }),
);

h.matrix([
  {
    collection: 'organisations/{orgId}',
    subject: 'verified organisation A (Kyiv)',
    expected: expectations(`
      actor            get   list  create update delete
      anonymous        deny  deny  deny   deny   deny
      signedInNoRole   deny  deny  deny   deny   deny
      ngoMemberA       allow deny  deny   deny   deny
      ngoAdminA        allow deny  deny   deny   deny
      ngoMemberB       deny  deny  deny   deny   deny
      ngoAdminPending  deny  deny  deny   deny   deny
      coordinatorKyiv  allow allow deny   deny   deny
      coordinatorLviv  allow allow deny   deny   deny
      staff            allow allow deny   deny   deny
      commissioner     allow allow deny   deny   deny
      admin            allow allow deny   deny   deny
      disabledStaff    deny  deny  deny   deny   deny
    `),
    attempts: {
      get: ({ db }) => getDoc(doc(db, 'organisations', ORG_A)),
      list: ({ db }) => getDocs(collection(db, 'organisations')),
      // Registering an organisation is `orgAction`'s job: it validates the code and audits.
      create: ({ db, actor }) =>
        setDoc(doc(db, 'organisations', ORG_DNIPRO), {
          ...organisation(ORG_DNIPRO),
          status: 'pending',
          createdBy: uidOf(actor),
          createdAt: serverTimestamp(),
          updatedAt: serverTimestamp(),
        }),
      update: ({ db }) => updateDoc(doc(db, 'organisations', ORG_A), organisationProfileEdit()),
      delete: ({ db }) => deleteDoc(doc(db, 'organisations', ORG_A)),
    },
  },
  {
    collection: 'organisations/{orgId}/members',
    subject: 'a member of organisation A',
    expected: expectations(`
      actor            get   list  create update delete
      anonymous        deny  deny  deny   deny   deny
      signedInNoRole   deny  deny  deny   deny   deny
      ngoMemberA       allow allow deny   deny   deny
      ngoAdminA        allow allow deny   deny   deny
      ngoMemberB       deny  deny  deny   deny   deny
      ngoAdminPending  deny  deny  deny   deny   deny
      coordinatorKyiv  deny  deny  deny   deny   deny
      coordinatorLviv  deny  deny  deny   deny   deny
      staff            allow allow deny   deny   deny
      commissioner     allow allow deny   deny   deny
      admin            allow allow deny   deny   deny
      disabledStaff    deny  deny  deny   deny   deny
    `),
    attempts: {
      get: ({ db }) => getDoc(doc(db, 'organisations', ORG_A, 'members', 'ngo-member-a')),
      list: ({ db }) => getDocs(collection(db, 'organisations', ORG_A, 'members')),
      // Inviting a member is server work: the membership mirrors the member's claims.
      create: ({ db }) =>
        setDoc(
          doc(db, 'organisations', ORG_A, 'members', 'newcomer'),
          organisationMember('newcomer', 'ngo_member'),
        ),
      update: ({ db }) =>
        updateDoc(doc(db, 'organisations', ORG_A, 'members', 'ngo-member-a'), {
          role: 'ngo_admin',
        }),
      delete: ({ db }) => deleteDoc(doc(db, 'organisations', ORG_A, 'members', 'ngo-member-a')),
    },
  },
  {
    collection: 'organisations/{orgId}/joinRequests',
    subject: 'a request to join organisation A by a person without a role',
    expected: expectations(`
      actor            get   list  create update delete
      anonymous        deny  deny  deny   deny   deny
      signedInNoRole   allow deny  deny   deny   deny
      ngoMemberA       deny  deny  deny   deny   deny
      ngoAdminA        allow allow deny   deny   deny
      ngoMemberB       deny  deny  deny   deny   deny
      ngoAdminPending  deny  deny  deny   deny   deny
      coordinatorKyiv  deny  deny  deny   deny   deny
      coordinatorLviv  deny  deny  deny   deny   deny
      staff            allow allow deny   deny   deny
      commissioner     allow allow deny   deny   deny
      admin            allow allow deny   deny   deny
      disabledStaff    deny  deny  deny   deny   deny
    `),
    attempts: {
      get: ({ db }) => getDoc(doc(db, 'organisations', ORG_A, 'joinRequests', 'no-role')),
      list: ({ db }) => getDocs(collection(db, 'organisations', ORG_A, 'joinRequests')),
      create: ({ db, actor }) =>
        setDoc(
          doc(db, 'organisations', ORG_A, 'joinRequests', uidOf(actor)),
          joinRequest(uidOf(actor)),
        ),
      update: ({ db }) =>
        updateDoc(doc(db, 'organisations', ORG_A, 'joinRequests', 'no-role'), {
          status: 'approved',
        }),
      delete: ({ db }) => deleteDoc(doc(db, 'organisations', ORG_A, 'joinRequests', 'no-role')),
    },
  },
  {
    collection: 'invitations',
    subject: 'an invitation to organisation A',
    expected: expectations(`
      actor            get   list  create update delete
      anonymous        deny  deny  deny   deny   deny
      signedInNoRole   deny  deny  deny   deny   deny
      ngoMemberA       deny  deny  deny   deny   deny
      ngoAdminA        allow allow deny   deny   deny
      ngoMemberB       deny  deny  deny   deny   deny
      ngoAdminPending  deny  deny  deny   deny   deny
      coordinatorKyiv  deny  deny  deny   deny   deny
      coordinatorLviv  deny  deny  deny   deny   deny
      staff            deny  deny  deny   deny   deny
      commissioner     deny  deny  deny   deny   deny
      admin            allow allow deny   deny   deny
      disabledStaff    deny  deny  deny   deny   deny
    `),
    attempts: {
      get: ({ db }) => getDoc(doc(db, 'invitations', INVITATION_A)),
      list: ({ db }) => getDocs(query(collection(db, 'invitations'), where('orgId', '==', ORG_A))),
      create: ({ db }) => setDoc(doc(db, 'invitations', 'f'.repeat(64)), invitation(ORG_A)),
      update: ({ db }) => updateDoc(doc(db, 'invitations', INVITATION_A), { status: 'accepted' }),
      delete: ({ db }) => deleteDoc(doc(db, 'invitations', INVITATION_A)),
    },
  },
]);

describe('organisations: beyond the matrix', () => {
  it('lets the lead of a pending organisation read its profile, members and invitations', async () => {
    const db = h.as('ngoAdminPending');
    await assertSucceeds(getDoc(doc(db, 'organisations', ORG_P)));
    await assertSucceeds(getDocs(collection(db, 'organisations', ORG_P, 'members')));
    await assertSucceeds(
      getDocs(query(collection(db, 'invitations'), where('orgId', '==', ORG_P))),
    );
  });

  it('refuses every direct write to an organisation, the lead’s own profile edit included', async () => {
    const edits: Record<string, unknown>[] = [
      organisationProfileEdit(),
      { status: 'verified' },
      { statusReason: 'Змінено вручну' },
      { edrpou: ORG_B },
      { verifiedBy: 'ngo-admin-a', verifiedAt: serverTimestamp() },
    ];
    for (const edit of edits) {
      await assertFails(updateDoc(doc(h.as('ngoAdminA'), 'organisations', ORG_A), edit));
      await assertFails(updateDoc(doc(h.as('ngoAdminPending'), 'organisations', ORG_P), edit));
    }
  });

  it('keeps another organisation’s invitations from an NGO lead', async () => {
    await assertFails(getDoc(doc(h.as('ngoAdminPending'), 'invitations', INVITATION_A)));
    await assertFails(getDocs(collection(h.as('ngoAdminA'), 'invitations')));
  });

  it('lets nobody verify or reject an organisation by writing it: that is `orgAction`', async () => {
    for (const actor of ['staff', 'admin', 'commissioner'] as const) {
      await assertFails(
        updateDoc(doc(h.as(actor), 'organisations', ORG_P), {
          status: 'verified',
          verifiedBy: ACTORS[actor].uid,
          updatedAt: serverTimestamp(),
        }),
      );
    }
  });

  it('refuses an NGO listing organisations even filtered to its own code', async () => {
    await assertFails(
      getDocs(query(collection(h.as('ngoAdminA'), 'organisations'), where('edrpou', '==', ORG_A))),
    );
  });

  it('shows an NGO its own members and no other organisation’s', async () => {
    const db = h.as('ngoMemberB');
    await assertSucceeds(getDocs(collection(db, 'organisations', ORG_B, 'members')));
    await assertFails(getDocs(collection(db, 'organisations', ORG_A, 'members')));
    await assertFails(getDoc(doc(db, 'organisations', ORG_A, 'members', 'ngo-admin-a')));
  });

  it('refuses a deactivated NGO lead and a deactivated admin', async () => {
    await h.asServer(async (server) => {
      await updateDoc(doc(server, 'users', 'ngo-admin-a'), { disabled: true });
      await updateDoc(doc(server, 'users', 'admin'), { disabled: true });
    });
    await assertFails(getDoc(doc(h.as('ngoAdminA'), 'organisations', ORG_A)));
    await assertFails(
      getDocs(collection(h.as('ngoAdminA'), 'organisations', ORG_A, 'joinRequests')),
    );
    await assertFails(getDocs(collection(h.as('admin'), 'organisations')));
  });
});
