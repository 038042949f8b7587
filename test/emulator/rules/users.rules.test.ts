import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import {
  collection,
  deleteDoc,
  doc,
  documentId,
  getDoc,
  getDocs,
  orderBy,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
  type Firestore,
} from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import {
  ACTOR_NAMES,
  ACTORS,
  ORG_B,
  SEEDED_AT,
  seedDocuments,
  uidOf,
  type Actor,
} from './actors.js';
import { expectations, refusedButBaselineAccepted, rulesHarness } from './harness.js';

/**
 * People. A profile is its owner's to read and, for the settings only, to edit; the Secretariat,
 * admins and coordinators may look people up, and coordinators may list only staff and
 * coordinators (whom they assign reports to). Role fields mirror the custom claims and are
 * written by `adminSetRole` alone, as is `disabled`. Notifications are private to their owner,
 * who may only mark them read.
 */
const BYSTANDER = 'bystander';

function notification(title = 'Звернення ГО-2026-000123 зареєстровано') {
  return {
    kind: 'report.registered',
    title,
    body: 'Строк розгляду — до 1 квітня 2026 року.',
    link: '/app/reports/report-registered',
    urgent: false,
    read: false,
    createdAt: SEEDED_AT,
    readAt: null,
    event: 'report.registered:report-registered',
    digest: 'pending',
  };
}

const h = rulesHarness('users', (db) => {
  const notifications: Record<string, object> = {};
  for (const uid of [...ACTOR_NAMES.map((name) => uidOf(ACTORS[name])), BYSTANDER]) {
    notifications[`users/${uid}/notifications/n1`] = notification();
  }
  return seedDocuments(db, {
    [`users/${BYSTANDER}`]: {
      email: 'bystander@spilno.test',
      displayName: 'Софія Гнатюк',
      language: 'uk',
      notificationPreference: 'daily_digest',
      role: 'ngo_member',
      orgId: ORG_B,
      disabled: false,
      createdAt: SEEDED_AT,
      updatedAt: SEEDED_AT,
    },
    ...notifications,
  });
});

/** What a new account writes as its first profile: settings only, never a role. */
function firstProfile(actor: Actor) {
  return {
    email: actor.email,
    displayName: 'Нова Користувачка',
    position: 'Юристка',
    language: 'uk',
    notificationPreference: 'immediate',
    disabled: false,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
  };
}

const ownProfile = (db: Firestore, actor: Actor) => doc(db, 'users', uidOf(actor));
const ownNotifications = (db: Firestore, actor: Actor) =>
  collection(db, 'users', uidOf(actor), 'notifications');

h.matrix([
  {
    collection: 'users/{uid}',
    subject: 'the actor’s own profile',
    expected: expectations(`
      actor            get   list  create update delete
      anonymous        deny  deny  deny   deny   deny
      signedInNoRole   allow deny  allow  allow  deny
      ngoMemberA       allow deny  allow  allow  deny
      ngoAdminA        allow deny  allow  allow  deny
      ngoMemberB       allow deny  allow  allow  deny
      ngoAdminPending  allow deny  allow  allow  deny
      coordinatorKyiv  allow allow allow  allow  deny
      coordinatorLviv  allow allow allow  allow  deny
      staff            allow allow allow  allow  deny
      commissioner     allow allow allow  allow  deny
      admin            allow allow allow  allow  deny
      disabledStaff    allow deny  deny   deny   deny
    `),
    attempts: {
      // A deactivated user may still read its own profile: that is how the client learns why
      // everything else is refused.
      get: ({ db, actor }) => getDoc(ownProfile(db, actor)),
      // A query for one document by id is judged on that document: a coordinator's own
      // profile is a coordinator's, which coordinators may list.
      list: ({ db, actor }) =>
        getDocs(query(collection(db, 'users'), where(documentId(), '==', uidOf(actor)))),
      // A fresh account writes its first profile. The deactivated account instead tries to
      // write a fresh profile over its disabled one, which must not re-enable it.
      create: async ({ db, actor, asServer }) => {
        if (actor.uid && !actor.disabled) {
          await asServer((server) => deleteDoc(doc(server, 'users', uidOf(actor))));
        }
        return setDoc(ownProfile(db, actor), firstProfile(actor));
      },
      update: ({ db, actor }) =>
        updateDoc(ownProfile(db, actor), { language: 'en', updatedAt: serverTimestamp() }),
      delete: ({ db, actor }) => deleteDoc(ownProfile(db, actor)),
    },
  },
  {
    collection: 'users/{uid}',
    subject: 'someone else’s profile (an NGO member of organisation B)',
    expected: expectations(`
      actor            get   list  create update delete
      anonymous        deny  deny  deny   deny   deny
      signedInNoRole   deny  deny  deny   deny   deny
      ngoMemberA       deny  deny  deny   deny   deny
      ngoAdminA        deny  deny  deny   deny   deny
      ngoMemberB       deny  deny  deny   deny   deny
      ngoAdminPending  deny  deny  deny   deny   deny
      coordinatorKyiv  allow deny  deny   deny   deny
      coordinatorLviv  allow deny  deny   deny   deny
      staff            allow allow deny   deny   deny
      commissioner     allow allow deny   deny   deny
      admin            allow allow deny   deny   deny
      disabledStaff    deny  deny  deny   deny   deny
    `),
    attempts: {
      get: ({ db }) => getDoc(doc(db, 'users', BYSTANDER)),
      list: ({ db }) => getDocs(collection(db, 'users')),
      create: ({ db, actor }) =>
        setDoc(doc(db, 'users', 'someone-new'), {
          ...firstProfile(actor),
          email: 'someone-new@spilno.test',
        }),
      // Even an admin changes people only through `adminSetRole`, which audits it.
      update: ({ db }) =>
        updateDoc(doc(db, 'users', BYSTANDER), {
          displayName: 'Інше Ім’я',
          updatedAt: serverTimestamp(),
        }),
      delete: ({ db }) => deleteDoc(doc(db, 'users', BYSTANDER)),
    },
  },
  {
    collection: 'users/{uid}/notifications',
    subject: 'the actor’s own notification',
    expected: expectations(`
      actor            get   list  create update delete
      anonymous        deny  deny  deny   deny   deny
      signedInNoRole   allow allow deny   allow  deny
      ngoMemberA       allow allow deny   allow  deny
      ngoAdminA        allow allow deny   allow  deny
      ngoMemberB       allow allow deny   allow  deny
      ngoAdminPending  allow allow deny   allow  deny
      coordinatorKyiv  allow allow deny   allow  deny
      coordinatorLviv  allow allow deny   allow  deny
      staff            allow allow deny   allow  deny
      commissioner     allow allow deny   allow  deny
      admin            allow allow deny   allow  deny
      disabledStaff    deny  deny  deny   deny   deny
    `),
    attempts: {
      get: ({ db, actor }) => getDoc(doc(ownNotifications(db, actor), 'n1')),
      list: ({ db, actor }) =>
        getDocs(query(ownNotifications(db, actor), orderBy('createdAt', 'desc'))),
      create: ({ db, actor }) => setDoc(doc(ownNotifications(db, actor), 'n2'), notification()),
      update: ({ db, actor }) =>
        updateDoc(doc(ownNotifications(db, actor), 'n1'), {
          read: true,
          readAt: serverTimestamp(),
        }),
      delete: ({ db, actor }) => deleteDoc(doc(ownNotifications(db, actor), 'n1')),
    },
  },
  {
    collection: 'users/{uid}/notifications',
    subject: 'someone else’s notification',
    expected: expectations(`
      actor            get   list  create update delete
      anonymous        deny  deny  deny   deny   deny
      signedInNoRole   deny  deny  deny   deny   deny
      ngoMemberA       deny  deny  deny   deny   deny
      ngoAdminA        deny  deny  deny   deny   deny
      ngoMemberB       deny  deny  deny   deny   deny
      ngoAdminPending  deny  deny  deny   deny   deny
      coordinatorKyiv  deny  deny  deny   deny   deny
      coordinatorLviv  deny  deny  deny   deny   deny
      staff            deny  deny  deny   deny   deny
      commissioner     deny  deny  deny   deny   deny
      admin            deny  deny  deny   deny   deny
      disabledStaff    deny  deny  deny   deny   deny
    `),
    attempts: {
      get: ({ db }) => getDoc(doc(db, 'users', BYSTANDER, 'notifications', 'n1')),
      list: ({ db }) => getDocs(collection(db, 'users', BYSTANDER, 'notifications')),
      create: ({ db }) =>
        setDoc(doc(db, 'users', BYSTANDER, 'notifications', 'n2'), notification()),
      update: ({ db }) =>
        updateDoc(doc(db, 'users', BYSTANDER, 'notifications', 'n1'), {
          read: true,
          readAt: serverTimestamp(),
        }),
      delete: ({ db }) => deleteDoc(doc(db, 'users', BYSTANDER, 'notifications', 'n1')),
    },
  },
]);

describe('users: beyond the matrix', () => {
  const settingsEdit = () => ({ language: 'en', updatedAt: serverTimestamp() });
  const claimMirror: Record<string, unknown> = {
    role: 'admin',
    orgId: ORG_B,
    regions: ['UA-30'],
    decisionAuthority: true,
    disabled: true,
    claimsUpdatedAt: serverTimestamp(),
    email: 'another@spilno.test',
    createdAt: serverTimestamp(),
  };

  for (const [field, value] of Object.entries(claimMirror)) {
    it(`refuses a profile update that sets ${field}`, async () => {
      const db = h.as('ngoMemberA');
      await refusedButBaselineAccepted(
        () => updateDoc(doc(db, 'users', 'ngo-member-a'), { ...settingsEdit(), [field]: value }),
        () => updateDoc(doc(db, 'users', 'ngo-member-a'), settingsEdit()),
      );
    });
  }

  it('refuses a deactivated user re-enabling itself', async () => {
    await assertFails(
      updateDoc(doc(h.as('disabledStaff'), 'users', 'staff-disabled'), { disabled: false }),
    );
  });

  const firstProfileExtras: Record<string, unknown> = {
    role: 'admin',
    orgId: ORG_B,
    regions: ['UA-30'],
    claimsUpdatedAt: serverTimestamp(),
    disabled: true,
    email: 'someone-else@spilno.test',
    createdAt: new Date('2020-01-01'),
  };
  for (const [field, value] of Object.entries(firstProfileExtras)) {
    it(`refuses a first profile that sets ${field}`, async () => {
      const actor = ACTORS.signedInNoRole;
      await h.asServer((server) => deleteDoc(doc(server, 'users', 'no-role')));
      const db = h.as('signedInNoRole');
      await refusedButBaselineAccepted(
        () => setDoc(doc(db, 'users', 'no-role'), { ...firstProfile(actor), [field]: value }),
        () => setDoc(doc(db, 'users', 'no-role'), firstProfile(actor)),
      );
    });
  }

  it('refuses a profile written for someone else’s uid, even with the writer’s own email', async () => {
    await assertFails(
      setDoc(doc(h.as('ngoMemberA'), 'users', 'someone-new'), firstProfile(ACTORS.ngoMemberA)),
    );
  });

  it('refuses marking someone else’s notification read, whoever asks', async () => {
    for (const name of ['ngoMemberB', 'staff', 'admin'] as const) {
      await refusedButBaselineAccepted(
        () => updateDoc(doc(h.as(name), 'users', BYSTANDER, 'notifications', 'n1'), { read: true }),
        () =>
          updateDoc(doc(h.as(name), 'users', uidOf(ACTORS[name]), 'notifications', 'n1'), {
            read: true,
          }),
      );
    }
  });

  it('lets the owner change only read and readAt on a notification', async () => {
    const db = h.as('ngoMemberA');
    const n1 = doc(db, 'users', 'ngo-member-a', 'notifications', 'n1');
    await refusedButBaselineAccepted(
      () => updateDoc(n1, { read: true, title: 'Рішення ухвалено на вашу користь' }),
      () => updateDoc(n1, { read: true, readAt: serverTimestamp() }),
    );
    await assertFails(updateDoc(n1, { read: 'так' }));
    await assertFails(updateDoc(n1, { link: 'https://phishing.example.org' }));
    // The digest state is the scheduler's: flipping it would skip or repeat an email.
    await assertFails(updateDoc(n1, { digest: 'sent' }));
  });

  it('refuses an unconstrained list of people to everyone but admins and the Secretariat', async () => {
    for (const name of ['ngoAdminA', 'coordinatorKyiv'] as const) {
      await assertFails(getDocs(collection(h.as(name), 'users')));
    }
    await assertSucceeds(
      getDocs(query(collection(h.as('staff'), 'users'), where('orgId', '==', ORG_B))),
    );
  });

  // The assign form's query (web/src/firebase/reports.ts `listAssignablePeople`).
  const assignable = (db: Firestore) =>
    query(
      collection(db, 'users'),
      where('role', 'in', ['staff', 'coordinator']),
      where('disabled', '==', false),
    );

  it('lets a coordinator list the people reports may be assigned to: staff and coordinators', async () => {
    for (const name of ['coordinatorKyiv', 'coordinatorLviv'] as const) {
      const snapshot = await assertSucceeds(getDocs(assignable(h.as(name))));
      expect(snapshot.docs.map((d) => d.id).sort()).toEqual([
        'coordinator-ua30',
        'coordinator-ua46',
        'staff',
      ]);
    }
    await assertSucceeds(
      getDocs(query(collection(h.as('coordinatorKyiv'), 'users'), where('role', '==', 'staff'))),
    );
  });

  it('refuses a coordinator a list of people not limited to staff and coordinators', async () => {
    const users = collection(h.as('coordinatorKyiv'), 'users');
    const refused = [
      collection(h.as('coordinatorKyiv'), 'users'),
      query(users, where('disabled', '==', false)),
      query(users, where('role', '==', 'ngo_admin')),
      query(users, where('role', 'in', ['ngo_admin', 'ngo_member'])),
      query(users, where('role', 'in', ['staff', 'coordinator', 'ngo_admin'])),
      query(users, where('role', '!=', 'ngo_admin')),
      query(users, where('orgId', '==', ORG_B)),
      query(users, where(documentId(), '==', BYSTANDER)),
    ];
    for (const q of refused) await assertFails(getDocs(q));
  });

  it('refuses the assignable people to NGOs and to a deactivated coordinator', async () => {
    for (const name of ['ngoAdminA', 'ngoMemberB', 'signedInNoRole'] as const) {
      await assertFails(getDocs(assignable(h.as(name))));
    }
    await h.asServer((server) =>
      updateDoc(doc(server, 'users', 'coordinator-ua30'), { disabled: true }),
    );
    await assertFails(getDocs(assignable(h.as('coordinatorKyiv'))));
  });
});
