import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  query,
  setDoc,
  updateDoc,
  where,
} from 'firebase/firestore';
import { describe, it } from 'vitest';
import { ORG_A, ORG_B, seedDocuments, uidOf } from './actors.js';
import { council, councilApplication, councilMember } from './fixtures.js';
import { expectations, rulesHarness } from './harness.js';

/**
 * Applications to join an Expert Council. The applicant, the council's chair and the
 * Secretariat read them; nobody writes them but `councilAction`. A plain member of the council
 * does not see who applied, and neither does an administrator (who keeps the councils but does
 * not decide applications).
 */
const COUNCIL = 'expert-detention';
const APPLICATION = `councils/${COUNCIL}/applications/application-b`;

const h = rulesHarness('councils', (db) =>
  seedDocuments(db, {
    [`councils/${COUNCIL}`]: council('expert', [ORG_A]),
    [`councils/${COUNCIL}/members/ngo-admin-a`]: councilMember('ngo-admin-a', ORG_A, 'chair'),
    [`councils/${COUNCIL}/members/ngo-member-a`]: councilMember('ngo-member-a', ORG_A, 'member'),
    [APPLICATION]: councilApplication('ngo-member-b', ORG_B),
  }),
);

h.matrix([
  {
    collection: 'councils/{councilId}/applications',
    subject: 'an application by a member of organisation B to the council on detention',
    expected: expectations(`
      actor            get   list  create update delete
      anonymous        deny  deny  deny   deny   deny
      signedInNoRole   deny  deny  deny   deny   deny
      ngoMemberA       deny  deny  deny   deny   deny
      ngoAdminA        allow allow deny   deny   deny
      ngoMemberB       allow allow deny   deny   deny
      ngoAdminPending  deny  deny  deny   deny   deny
      coordinatorKyiv  deny  deny  deny   deny   deny
      coordinatorLviv  deny  deny  deny   deny   deny
      staff            allow allow deny   deny   deny
      commissioner     allow allow deny   deny   deny
      admin            deny  deny  deny   deny   deny
      disabledStaff    deny  deny  deny   deny   deny
    `),
    attempts: {
      get: ({ db }) => getDoc(doc(db, APPLICATION)),
      // The applicant looks for their own applications; everyone else over the council's.
      list: ({ db, actor }) => {
        const all = collection(db, 'councils', COUNCIL, 'applications');
        return getDocs(
          actor.name === 'ngoMemberB' ? query(all, where('uid', '==', uidOf(actor))) : all,
        );
      },
      // Applying oneself, or accepting oneself, would skip the chair's decision.
      create: ({ db, actor }) =>
        setDoc(
          doc(db, 'councils', COUNCIL, 'applications', 'new'),
          councilApplication(uidOf(actor), ORG_B),
        ),
      update: ({ db }) => updateDoc(doc(db, APPLICATION), { status: 'accepted' }),
      delete: ({ db }) => deleteDoc(doc(db, APPLICATION)),
    },
  },
]);

describe('council applications: beyond the matrix', () => {
  it('lets any other person list only their own applications, and not the council’s', async () => {
    const db = h.as('ngoMemberA');
    const all = collection(db, 'councils', COUNCIL, 'applications');
    await assertSucceeds(getDocs(query(all, where('uid', '==', 'ngo-member-a'))));
    await assertFails(getDocs(query(all, where('uid', '==', 'ngo-member-b'))));
  });

  it('hides other people’s applications from an applicant who lists the whole council', async () => {
    const db = h.as('ngoMemberB');
    await assertFails(getDocs(collection(db, 'councils', COUNCIL, 'applications')));
    await assertSucceeds(
      getDocs(
        query(
          collection(db, 'councils', COUNCIL, 'applications'),
          where('uid', '==', 'ngo-member-b'),
        ),
      ),
    );
  });

  it('lets the chair read no more once the chair’s membership has moved to history', async () => {
    await h.asServer(async (server) => {
      await deleteDoc(doc(server, 'councils', COUNCIL, 'members', 'ngo-admin-a'));
      await setDoc(doc(server, 'councils', COUNCIL, 'members', 'ngo-admin-a__2026-01-01'), {
        ...councilMember('ngo-admin-a', ORG_A, 'chair'),
        to: '2026-02-01',
      });
    });
    await assertFails(getDoc(doc(h.as('ngoAdminA'), APPLICATION)));
  });

  it('does not let a member turn into the chair to read them', async () => {
    await assertFails(
      updateDoc(doc(h.as('ngoMemberA'), 'councils', COUNCIL, 'members', 'ngo-member-a'), {
        role: 'chair',
      }),
    );
    await assertFails(getDoc(doc(h.as('ngoMemberA'), APPLICATION)));
  });
});
