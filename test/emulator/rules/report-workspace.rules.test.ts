import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  serverTimestamp,
  setDoc,
  updateDoc,
  type Firestore,
} from 'firebase/firestore';
import { describe, it } from 'vitest';
import { ORG_A, REGION_A, SEEDED_AT, seedDocuments, uidOf } from './actors.js';
import { newMessage, storedReport } from './fixtures.js';
import { expectations, rulesHarness } from './harness.js';

/**
 * What surrounds a report while it is worked on: its readable timeline (events), the staff's
 * working notes (internal: possible duplicates), the Secretariat's response templates and
 * each region's dashboard figures. The NGO sees its timeline but never the internal notes.
 */
const REGISTERED = 'reports/report-registered';
const DRAFT = 'reports/report-draft';

const h = rulesHarness('report-workspace', (db) =>
  seedDocuments(db, {
    [REGISTERED]: storedReport(ORG_A, 'registered', 'ngo-member-a'),
    [DRAFT]: storedReport(ORG_A, 'draft', 'ngo-member-a'),
    [`${REGISTERED}/events/e1`]: {
      type: 'registered',
      at: SEEDED_AT,
      side: 'system',
      toStatus: 'registered',
    },
    [`${DRAFT}/events/e1`]: {
      type: 'submission_refused',
      at: SEEDED_AT,
      side: 'system',
      toStatus: 'draft',
    },
    [`${REGISTERED}/internal/triage`]: { possibleDuplicates: [], updatedAt: SEEDED_AT },
    'responseTemplates/t1': template('staff'),
    [`regionStats/${REGION_A}`]: {
      regionCode: REGION_A,
      open: { registered: 3 },
      urgentOpen: 1,
      updatedAt: SEEDED_AT,
    },
  }),
);

function template(updatedBy: string, at: unknown = SEEDED_AT) {
  return {
    title: 'Запит копій документів',
    kind: 'info_request',
    text: 'Просимо надати копії документів, що підтверджують обставини, описані у зверненні.',
    updatedBy,
    updatedAt: at,
  };
}

/** Attempts on a document only the server writes. */
const readOnly = (path: string) => ({
  get: ({ db }: { db: Firestore }) => getDoc(doc(db, path)),
  create: ({ db }: { db: Firestore }) =>
    setDoc(doc(db, `${path}-new`), { type: 'forged', at: serverTimestamp() }),
  update: ({ db }: { db: Firestore }) => updateDoc(doc(db, path), { type: 'forged' }),
  delete: ({ db }: { db: Firestore }) => deleteDoc(doc(db, path)),
});

h.matrix([
  {
    collection: 'reports/{reportId}/events',
    subject: 'the timeline of a registered report of organisation A',
    expected: expectations(`
      actor            get   list  create update delete
      anonymous        deny  deny  deny   deny   deny
      signedInNoRole   deny  deny  deny   deny   deny
      ngoMemberA       allow allow deny   deny   deny
      ngoAdminA        allow allow deny   deny   deny
      ngoMemberB       deny  deny  deny   deny   deny
      ngoAdminPending  deny  deny  deny   deny   deny
      coordinatorKyiv  allow allow deny   deny   deny
      coordinatorLviv  deny  deny  deny   deny   deny
      staff            allow allow deny   deny   deny
      commissioner     allow allow deny   deny   deny
      admin            deny  deny  deny   deny   deny
      disabledStaff    deny  deny  deny   deny   deny
    `),
    attempts: {
      ...readOnly(`${REGISTERED}/events/e1`),
      list: ({ db }) => getDocs(collection(db, REGISTERED, 'events')),
    },
  },
  {
    collection: 'reports/{reportId}/internal',
    subject: 'possible duplicates of a registered report of organisation A',
    expected: expectations(`
      actor            get   list  create update delete
      anonymous        deny  deny  deny   deny   deny
      signedInNoRole   deny  deny  deny   deny   deny
      ngoMemberA       deny  deny  deny   deny   deny
      ngoAdminA        deny  deny  deny   deny   deny
      ngoMemberB       deny  deny  deny   deny   deny
      ngoAdminPending  deny  deny  deny   deny   deny
      coordinatorKyiv  allow allow deny   deny   deny
      coordinatorLviv  deny  deny  deny   deny   deny
      staff            allow allow deny   deny   deny
      commissioner     allow allow deny   deny   deny
      admin            deny  deny  deny   deny   deny
      disabledStaff    deny  deny  deny   deny   deny
    `),
    attempts: {
      ...readOnly(`${REGISTERED}/internal/triage`),
      list: ({ db }) => getDocs(collection(db, REGISTERED, 'internal')),
    },
  },
  {
    collection: 'responseTemplates',
    subject: 'a template for a request for information',
    expected: expectations(`
      actor            get   list  create update delete
      anonymous        deny  deny  deny   deny   deny
      signedInNoRole   deny  deny  deny   deny   deny
      ngoMemberA       deny  deny  deny   deny   deny
      ngoAdminA        deny  deny  deny   deny   deny
      ngoMemberB       deny  deny  deny   deny   deny
      ngoAdminPending  deny  deny  deny   deny   deny
      coordinatorKyiv  allow allow deny   deny   deny
      coordinatorLviv  allow allow deny   deny   deny
      staff            allow allow allow  allow  allow
      commissioner     allow allow deny   deny   deny
      admin            deny  deny  deny   deny   deny
      disabledStaff    deny  deny  deny   deny   deny
    `),
    attempts: {
      get: ({ db }) => getDoc(doc(db, 'responseTemplates/t1')),
      list: ({ db }) => getDocs(collection(db, 'responseTemplates')),
      create: ({ db, actor }) =>
        setDoc(doc(db, 'responseTemplates/t2'), template(uidOf(actor), serverTimestamp())),
      update: ({ db, actor }) =>
        updateDoc(doc(db, 'responseTemplates/t1'), {
          text: 'Просимо надати копії рішень суду та листування з органом влади.',
          updatedBy: uidOf(actor),
          updatedAt: serverTimestamp(),
        }),
      delete: ({ db }) => deleteDoc(doc(db, 'responseTemplates/t1')),
    },
  },
  {
    collection: 'regionStats',
    subject: 'the working figures of Kyiv city',
    expected: expectations(`
      actor            get   list  create update delete
      anonymous        deny  deny  deny   deny   deny
      signedInNoRole   deny  deny  deny   deny   deny
      ngoMemberA       deny  deny  deny   deny   deny
      ngoAdminA        deny  deny  deny   deny   deny
      ngoMemberB       deny  deny  deny   deny   deny
      ngoAdminPending  deny  deny  deny   deny   deny
      coordinatorKyiv  allow deny  deny   deny   deny
      coordinatorLviv  deny  deny  deny   deny   deny
      staff            allow allow deny   deny   deny
      commissioner     allow allow deny   deny   deny
      admin            deny  deny  deny   deny   deny
      disabledStaff    deny  deny  deny   deny   deny
    `),
    attempts: {
      get: ({ db }) => getDoc(doc(db, `regionStats/${REGION_A}`)),
      list: ({ db }) => getDocs(collection(db, 'regionStats')),
      create: ({ db }) => setDoc(doc(db, 'regionStats/UA-46'), { regionCode: 'UA-46', open: {} }),
      update: ({ db }) => updateDoc(doc(db, `regionStats/${REGION_A}`), { urgentOpen: 0 }),
      delete: ({ db }) => deleteDoc(doc(db, `regionStats/${REGION_A}`)),
    },
  },
]);

describe('report workspace: beyond the matrix', () => {
  it('keeps a draft’s timeline from the Secretariat and the coordinator', async () => {
    await assertSucceeds(getDocs(collection(h.as('ngoMemberA'), DRAFT, 'events')));
    for (const actor of ['staff', 'commissioner', 'coordinatorKyiv'] as const) {
      await assertFails(getDocs(collection(h.as(actor), DRAFT, 'events')));
    }
  });

  it('refuses a template that is not the Secretariat’s shape or claims another author', async () => {
    const db = h.as('staff');
    await assertFails(
      setDoc(doc(db, 'responseTemplates/bad-kind'), {
        ...template('staff', serverTimestamp()),
        kind: 'secret',
      }),
    );
    await assertFails(
      setDoc(doc(db, 'responseTemplates/bad-author'), template('commissioner', serverTimestamp())),
    );
    await assertFails(
      setDoc(doc(db, 'responseTemplates/extra'), {
        ...template('staff', serverTimestamp()),
        orgId: ORG_A,
      }),
    );
    await assertSucceeds(
      setDoc(doc(db, 'responseTemplates/good'), template('staff', serverTimestamp())),
    );
  });

  it('lets the NGO write a plain message but not an answer to a request, which moves the deadline', async () => {
    const db = h.as('ngoMemberA');
    const uid = 'ngo-member-a';
    await assertSucceeds(
      setDoc(doc(db, REGISTERED, 'messages', 'm1'), newMessage(ORG_A, uid, 'ngo')),
    );
    await assertFails(
      setDoc(doc(db, REGISTERED, 'messages', 'm2'), {
        ...newMessage(ORG_A, uid, 'ngo'),
        kind: 'info_response',
      }),
    );
    await assertFails(
      setDoc(doc(db, REGISTERED, 'messages', 'm3'), {
        ...newMessage(ORG_A, uid, 'ngo'),
        attachmentIds: Array(21).fill('x'),
      }),
    );
  });
});
