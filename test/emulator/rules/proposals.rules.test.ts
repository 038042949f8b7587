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
  type Firestore,
} from 'firebase/firestore';
import { describe, it } from 'vitest';
import { ORG_A, ORG_B, orgOf, seedDocuments, uidOf, type Actor } from './actors.js';
import {
  council,
  councilMember,
  meeting,
  newProposal,
  proposalEdit,
  storedProposal,
} from './fixtures.js';
import { expectations, refusedButBaselineAccepted, rulesHarness } from './harness.js';

/**
 * Legislative proposals, councils and their meetings. A proposal is read by its co-authoring
 * organisations, by the members of its council and by the Secretariat; its authors write the
 * draft, and every status change goes through `proposalAction`. Councils are public; their
 * people and meetings are visible to council members, the Secretariat and admins. Membership
 * is a relation (`councils/{id}/members/{uid}`), not a role, and only server code writes it.
 */
const EXPERT_COUNCIL = 'expert-detention';
const HOUSING_COUNCIL = 'expert-housing';
const PROPOSAL = 'proposals/proposal-a';
const MEETING = 'meetings/meeting-1';

const h = rulesHarness('proposals', (db) =>
  seedDocuments(db, {
    [`councils/${EXPERT_COUNCIL}`]: council('expert', [ORG_A]),
    [`councils/${EXPERT_COUNCIL}/members/ngo-admin-a`]: councilMember(
      'ngo-admin-a',
      ORG_A,
      'chair',
    ),
    [`councils/${EXPERT_COUNCIL}/members/ngo-member-a`]: councilMember(
      'ngo-member-a',
      ORG_A,
      'member',
    ),
    [`councils/${HOUSING_COUNCIL}`]: council('expert', [ORG_B]),
    [`councils/${HOUSING_COUNCIL}/members/ngo-member-b`]: councilMember(
      'ngo-member-b',
      ORG_B,
      'chair',
    ),
    [PROPOSAL]: storedProposal(ORG_A, EXPERT_COUNCIL, 'draft'),
    ['proposals/proposal-review']: storedProposal(ORG_A, EXPERT_COUNCIL, 'council_review'),
    ['proposals/proposal-b']: {
      ...storedProposal(ORG_B, HOUSING_COUNCIL, 'draft'),
      createdBy: 'ngo-member-b',
    },
    [MEETING]: meeting(EXPERT_COUNCIL),
  }),
);

const isNgo = (actor: Actor) => ['ngo_member', 'ngo_admin'].includes(actor.claims.role ?? '');

h.matrix([
  {
    collection: 'proposals/{proposalId}',
    subject: 'a draft by organisation A in the expert council on detention',
    expected: expectations(`
      actor            get   list  create update delete
      anonymous        deny  deny  deny   deny   deny
      signedInNoRole   deny  deny  deny   deny   deny
      ngoMemberA       allow allow allow  allow  allow
      ngoAdminA        allow allow allow  allow  allow
      ngoMemberB       deny  deny  deny   deny   deny
      ngoAdminPending  deny  deny  deny   deny   deny
      coordinatorKyiv  deny  deny  deny   deny   deny
      coordinatorLviv  deny  deny  deny   deny   deny
      staff            allow allow deny   deny   deny
      commissioner     allow allow deny   deny   deny
      admin            deny  deny  deny   deny   deny
      disabledStaff    deny  deny  deny   deny   deny
    `),
    attempts: {
      get: ({ db }) => getDoc(doc(db, PROPOSAL)),
      // An NGO looks for its organisation's proposals; the Secretariat over all of them.
      list: ({ db, actor }) => {
        const proposals = collection(db, 'proposals');
        return getDocs(
          isNgo(actor) ? query(proposals, where('orgIds', 'array-contains', ORG_A)) : proposals,
        );
      },
      create: ({ db, actor }) =>
        setDoc(
          doc(db, 'proposals', 'new-proposal'),
          newProposal(ORG_A, EXPERT_COUNCIL, uidOf(actor)),
        ),
      update: ({ db }) => updateDoc(doc(db, PROPOSAL), proposalEdit()),
      delete: ({ db }) => deleteDoc(doc(db, PROPOSAL)),
    },
  },
  {
    collection: 'councils/{councilId}',
    subject: 'the expert council on detention (public)',
    expected: expectations(`
      actor            get   list  create update delete
      anonymous        allow allow deny   deny   deny
      signedInNoRole   allow allow deny   deny   deny
      ngoMemberA       allow allow deny   deny   deny
      ngoAdminA        allow allow deny   deny   deny
      ngoMemberB       allow allow deny   deny   deny
      ngoAdminPending  allow allow deny   deny   deny
      coordinatorKyiv  allow allow deny   deny   deny
      coordinatorLviv  allow allow deny   deny   deny
      staff            allow allow deny   deny   deny
      commissioner     allow allow deny   deny   deny
      admin            allow allow deny   deny   deny
      disabledStaff    allow allow deny   deny   deny
    `),
    attempts: {
      get: ({ db }) => getDoc(doc(db, 'councils', EXPERT_COUNCIL)),
      list: ({ db }) => getDocs(collection(db, 'councils')),
      create: ({ db }) => setDoc(doc(db, 'councils', 'new-council'), council('expert', [ORG_A])),
      update: ({ db, actor }) =>
        updateDoc(doc(db, 'councils', EXPERT_COUNCIL), {
          memberOrgs: [{ orgId: orgOf(actor), name: 'Нова організація' }],
          updatedAt: serverTimestamp(),
        }),
      delete: ({ db }) => deleteDoc(doc(db, 'councils', EXPERT_COUNCIL)),
    },
  },
  {
    collection: 'councils/{councilId}/members',
    subject: 'a member of the expert council on detention',
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
      get: ({ db }) => getDoc(doc(db, 'councils', EXPERT_COUNCIL, 'members', 'ngo-member-a')),
      list: ({ db }) => getDocs(collection(db, 'councils', EXPERT_COUNCIL, 'members')),
      // Writing oneself into a council would grant its proposals and meetings.
      create: ({ db, actor }) =>
        setDoc(
          doc(db, 'councils', EXPERT_COUNCIL, 'members', uidOf(actor)),
          councilMember(uidOf(actor), orgOf(actor), 'member'),
        ),
      update: ({ db }) =>
        updateDoc(doc(db, 'councils', EXPERT_COUNCIL, 'members', 'ngo-member-a'), {
          role: 'chair',
        }),
      delete: ({ db }) => deleteDoc(doc(db, 'councils', EXPERT_COUNCIL, 'members', 'ngo-member-a')),
    },
  },
  {
    collection: 'meetings/{meetingId}',
    subject: 'a planned meeting of the expert council on detention',
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
      get: ({ db }) => getDoc(doc(db, MEETING)),
      // A council member looks for its council's meetings; staff and admins over all of them.
      list: ({ db, actor }) => {
        const meetings = collection(db, 'meetings');
        return getDocs(
          isNgo(actor) ? query(meetings, where('councilId', '==', EXPERT_COUNCIL)) : meetings,
        );
      },
      create: ({ db }) => setDoc(doc(db, 'meetings', 'new-meeting'), meeting(EXPERT_COUNCIL)),
      update: ({ db }) =>
        updateDoc(doc(db, MEETING), { status: 'held', minutes: 'Пропозицію підтримано.' }),
      delete: ({ db }) => deleteDoc(doc(db, MEETING)),
    },
  },
]);

describe('proposals: beyond the matrix', () => {
  const create = (db: Firestore, data: object) =>
    setDoc(doc(db, 'proposals', 'new-proposal'), data);
  const draft = () => newProposal(ORG_A, EXPERT_COUNCIL, 'ngo-member-a');

  const serverOwned: Record<string, unknown> = {
    status: 'submitted',
    number: 'ПР-2026-000099',
    meetingId: 'meeting-1',
    councilComment: 'Схвалено радою',
    discussion: { meetingId: 'meeting-1', summary: 'Підтримано' },
    decision: {
      kind: 'recommended',
      rationale: 'Відповідає міжнародним стандартам',
      decidedBy: 'commissioner',
      decidedAt: serverTimestamp(),
    },
    parliament: { outgoingNumber: '01-5/77', sentOn: '2026-05-01', committee: 'Комітет з прав' },
  };
  for (const [field, value] of Object.entries(serverOwned)) {
    it(`refuses a proposal created with ${field} set`, async () => {
      const db = h.as('ngoMemberA');
      await refusedButBaselineAccepted(
        () => create(db, { ...draft(), [field]: value }),
        () => create(db, draft()),
      );
    });
  }

  it('refuses a proposal whose first author is another organisation', async () => {
    const db = h.as('ngoMemberA');
    await refusedButBaselineAccepted(
      () => create(db, { ...draft(), orgIds: [ORG_B, ORG_A] }),
      () => create(db, { ...draft(), orgIds: [ORG_A, ORG_B] }),
    );
  });

  it('refuses a proposal in a council the author does not sit on', async () => {
    await refusedButBaselineAccepted(
      () => create(h.as('ngoMemberA'), newProposal(ORG_A, HOUSING_COUNCIL, 'ngo-member-a')),
      () => create(h.as('ngoMemberB'), newProposal(ORG_B, HOUSING_COUNCIL, 'ngo-member-b')),
    );
  });

  const frozenOnEdit: Record<string, unknown> = {
    status: 'submitted',
    councilId: HOUSING_COUNCIL,
    orgIds: [ORG_A, ORG_B],
    number: 'ПР-2026-000099',
    createdBy: 'ngo-admin-a',
    decision: serverOwned.decision,
  };
  for (const [field, value] of Object.entries(frozenOnEdit)) {
    it(`refuses a draft update that sets ${field}`, async () => {
      const db = h.as('ngoMemberA');
      await refusedButBaselineAccepted(
        () => updateDoc(doc(db, PROPOSAL), { ...proposalEdit(), [field]: value }),
        () => updateDoc(doc(db, PROPOSAL), proposalEdit()),
      );
    });
  }

  it('refuses its authors editing or deleting a proposal under council review', async () => {
    const db = h.as('ngoAdminA');
    await assertFails(updateDoc(doc(db, 'proposals', 'proposal-review'), proposalEdit()));
    await assertFails(deleteDoc(doc(db, 'proposals', 'proposal-review')));
    await assertSucceeds(getDoc(doc(db, 'proposals', 'proposal-review')));
  });

  it('shows a council member from another organisation the council’s proposals and meetings', async () => {
    await h.asServer((server) =>
      setDoc(
        doc(server, 'councils', EXPERT_COUNCIL, 'members', 'ngo-member-b'),
        councilMember('ngo-member-b', ORG_B, 'member'),
      ),
    );
    const db = h.as('ngoMemberB');
    await assertSucceeds(getDoc(doc(db, PROPOSAL)));
    await assertSucceeds(
      getDocs(query(collection(db, 'proposals'), where('councilId', '==', EXPERT_COUNCIL))),
    );
    await assertSucceeds(getDoc(doc(db, MEETING)));
    await assertSucceeds(getDocs(collection(db, 'councils', EXPERT_COUNCIL, 'members')));
    // Membership lets it read, not write, another organisation's draft.
    await assertFails(updateDoc(doc(db, PROPOSAL), proposalEdit()));
  });

  it('keeps a council member out of another council’s proposals and meetings', async () => {
    const db = h.as('ngoMemberA');
    await assertFails(getDoc(doc(db, 'proposals', 'proposal-b')));
    await assertFails(
      getDocs(query(collection(db, 'proposals'), where('councilId', '==', HOUSING_COUNCIL))),
    );
    await assertFails(getDocs(collection(db, 'councils', HOUSING_COUNCIL, 'members')));
    await assertFails(getDocs(query(collection(db, 'proposals'))));
  });

  it('lets a co-authoring organisation read and edit the draft', async () => {
    await h.asServer((server) => updateDoc(doc(server, PROPOSAL), { orgIds: [ORG_A, ORG_B] }));
    const db = h.as('ngoMemberB');
    await assertSucceeds(getDoc(doc(db, PROPOSAL)));
    await assertSucceeds(
      getDocs(query(collection(db, 'proposals'), where('orgIds', 'array-contains', ORG_B))),
    );
    await assertSucceeds(updateDoc(doc(db, PROPOSAL), proposalEdit()));
  });

  // Finding 6 of the security review: being named a co-author is not consent, so it gives no
  // power to delete; the organisation that created the draft still may.
  it('refuses a named co-author deleting the draft, and lets its creator delete it', async () => {
    await h.asServer((server) => updateDoc(doc(server, PROPOSAL), { orgIds: [ORG_A, ORG_B] }));
    await assertFails(deleteDoc(doc(h.as('ngoMemberB'), PROPOSAL)));
    await assertSucceeds(deleteDoc(doc(h.as('ngoMemberA'), PROPOSAL)));
  });

  it('refuses a deactivated council member', async () => {
    await h.asServer((server) =>
      updateDoc(doc(server, 'users', 'ngo-member-a'), { disabled: true }),
    );
    const db = h.as('ngoMemberA');
    await assertFails(getDoc(doc(db, PROPOSAL)));
    await assertFails(getDoc(doc(db, MEETING)));
    await assertFails(create(db, draft()));
  });
});
