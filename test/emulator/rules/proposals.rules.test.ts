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
import { ORG_A, ORG_B, ORG_P, orgOf, seedDocuments, uidOf, type Actor } from './actors.js';
import {
  coAuthorInvitation,
  council,
  councilMember,
  meeting,
  newProposalDraft,
  proposalEdit,
  storedProposal,
  storedProposalDraft,
} from './fixtures.js';
import {
  expectations,
  refusedButBaselineAccepted,
  rulesHarness,
  type MatrixTarget,
} from './harness.js';

/**
 * Legislative proposals, councils and their meetings. A draft (`proposalDrafts`) is its
 * authors' alone: they write it as they type, while it is not locked. The proposal (from its
 * first submission) is read by its authors, by the members of its council and by the
 * Secretariat, and written only by `proposalAction`, as are its versions and comments. Councils are public; their
 * people and meetings are visible to council members, the Secretariat and admins. Membership
 * is a relation (`councils/{id}/members/{uid}`), not a role, and only server code writes it.
 */
const EXPERT_COUNCIL = 'expert-detention';
const HOUSING_COUNCIL = 'expert-housing';
const DRAFT = 'proposalDrafts/proposal-a';
const PROPOSAL = 'proposals/proposal-review';
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
    [DRAFT]: storedProposalDraft(ORG_A, EXPERT_COUNCIL),
    ['proposalDrafts/proposal-review']: storedProposalDraft(ORG_A, EXPERT_COUNCIL, true),
    [PROPOSAL]: storedProposal(ORG_A, EXPERT_COUNCIL, 'council_review'),
    [`${PROPOSAL}/versions/1`]: { version: 1, kind: 'submission' },
    [`${PROPOSAL}/comments/c1`]: { side: 'council', text: 'Уточніть статтю.', version: 1 },
    ['proposals/proposal-b']: storedProposal(ORG_B, HOUSING_COUNCIL, 'council_review'),
    ['proposalDrafts/proposal-b']: storedProposalDraft(ORG_B, HOUSING_COUNCIL),
    [`proposalCoAuthors/proposal-a__${ORG_B}`]: coAuthorInvitation('proposal-a', ORG_B, ORG_A),
    [MEETING]: meeting(EXPERT_COUNCIL),
    // Files: of a draft (no proposal document yet), of a proposal, of a meeting.
    [`proposals/proposal-a/attachments/f1`]: fileRecord('proposals/proposal-a/f1'),
    [`${PROPOSAL}/attachments/f1`]: fileRecord('proposals/proposal-review/f1'),
    [`${MEETING}/attachments/f1`]: fileRecord('meetings/meeting-1/f1'),
  }),
);

function fileRecord(storagePath: string) {
  return {
    kind: storagePath.startsWith('meetings/') ? 'minutes' : 'proposal_document',
    fileName: 'Протокол.pdf',
    contentType: 'application/pdf',
    size: 10,
    sha256: 'a'.repeat(64),
    storagePath,
    uploadedBy: 'ngo-member-a',
    uploadedAt: new Date('2026-03-02T08:00:00Z'),
  };
}

/** Reading, and trying to write, the file records under a document. */
function fileAttempts(parent: string): MatrixTarget['attempts'] {
  return {
    get: ({ db }) => getDoc(doc(db, `${parent}/attachments/f1`)),
    list: ({ db }) => getDocs(collection(db, `${parent}/attachments`)),
    // Only /api/uploads writes them, after checking the bytes.
    create: ({ db }) => setDoc(doc(db, `${parent}/attachments/f2`), fileRecord(`${parent}/f2`)),
    update: ({ db }) => updateDoc(doc(db, `${parent}/attachments/f1`), { fileName: 'Інше.pdf' }),
    delete: ({ db }) => deleteDoc(doc(db, `${parent}/attachments/f1`)),
  };
}

const isNgo = (actor: Actor) => ['ngo_member', 'ngo_admin'].includes(actor.claims.role ?? '');

h.matrix([
  {
    collection: 'proposalDrafts/{proposalId}',
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
      staff            deny  deny  deny   deny   deny
      commissioner     deny  deny  deny   deny   deny
      admin            deny  deny  deny   deny   deny
      disabledStaff    deny  deny  deny   deny   deny
    `),
    attempts: {
      get: ({ db }) => getDoc(doc(db, DRAFT)),
      // An NGO looks for organisation A's drafts; anyone else over all of them.
      list: ({ db, actor }) => {
        const drafts = collection(db, 'proposalDrafts');
        return getDocs(
          isNgo(actor) ? query(drafts, where('orgIds', 'array-contains', ORG_A)) : drafts,
        );
      },
      create: ({ db, actor }) =>
        setDoc(
          doc(db, 'proposalDrafts', 'new-proposal'),
          newProposalDraft(orgOf(actor), EXPERT_COUNCIL, uidOf(actor)),
        ),
      update: ({ db }) => updateDoc(doc(db, DRAFT), proposalEdit()),
      delete: ({ db }) => deleteDoc(doc(db, DRAFT)),
    },
  },
  {
    collection: 'proposals/{proposalId}',
    subject: 'a proposal by organisation A under the detention council’s review',
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
      admin            deny  deny  deny   deny   deny
      disabledStaff    deny  deny  deny   deny   deny
    `),
    attempts: {
      get: ({ db }) => getDoc(doc(db, PROPOSAL)),
      list: ({ db, actor }) => {
        const proposals = collection(db, 'proposals');
        return getDocs(
          isNgo(actor) ? query(proposals, where('orgIds', 'array-contains', ORG_A)) : proposals,
        );
      },
      create: ({ db, actor }) =>
        setDoc(
          doc(db, 'proposals', 'new-proposal'),
          storedProposal(orgOf(actor) || ORG_A, EXPERT_COUNCIL, 'submitted'),
        ),
      update: ({ db }) => updateDoc(doc(db, PROPOSAL), { status: 'endorsed' }),
      delete: ({ db }) => deleteDoc(doc(db, PROPOSAL)),
    },
  },
  {
    collection: 'proposals/{proposalId}/comments',
    subject: 'a council member’s comment on the proposal under review',
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
      admin            deny  deny  deny   deny   deny
      disabledStaff    deny  deny  deny   deny   deny
    `),
    attempts: {
      get: ({ db }) => getDoc(doc(db, PROPOSAL, 'comments', 'c1')),
      list: ({ db }) => getDocs(collection(db, PROPOSAL, 'comments')),
      // Comments go through `proposalAction`, which tells the authors.
      create: ({ db, actor }) =>
        setDoc(doc(db, PROPOSAL, 'comments', 'c2'), {
          side: 'council',
          text: 'Погоджуюся.',
          version: 1,
          authorUid: uidOf(actor),
        }),
      update: ({ db }) => updateDoc(doc(db, PROPOSAL, 'comments', 'c1'), { text: 'Інакше.' }),
      delete: ({ db }) => deleteDoc(doc(db, PROPOSAL, 'comments', 'c1')),
    },
  },
  {
    collection: 'proposals/{proposalId}/versions',
    subject: 'the first version of the proposal under review',
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
      admin            deny  deny  deny   deny   deny
      disabledStaff    deny  deny  deny   deny   deny
    `),
    attempts: {
      get: ({ db }) => getDoc(doc(db, PROPOSAL, 'versions', '1')),
      list: ({ db }) => getDocs(collection(db, PROPOSAL, 'versions')),
      create: ({ db }) =>
        setDoc(doc(db, PROPOSAL, 'versions', '2'), { version: 2, kind: 'resubmission' }),
      // A version is what was submitted: nobody changes it afterwards.
      update: ({ db }) => updateDoc(doc(db, PROPOSAL, 'versions', '1'), { kind: 'resubmission' }),
      delete: ({ db }) => deleteDoc(doc(db, PROPOSAL, 'versions', '1')),
    },
  },
  {
    collection: 'proposalCoAuthors/{invitationId}',
    subject: 'organisation A’s invitation to organisation B to co-author its draft',
    expected: expectations(`
      actor            get   list  create update delete
      anonymous        deny  deny  deny   deny   deny
      signedInNoRole   deny  deny  deny   deny   deny
      ngoMemberA       allow allow deny   deny   deny
      ngoAdminA        allow allow deny   deny   deny
      ngoMemberB       allow allow deny   deny   deny
      ngoAdminPending  deny  deny  deny   deny   deny
      coordinatorKyiv  deny  deny  deny   deny   deny
      coordinatorLviv  deny  deny  deny   deny   deny
      staff            deny  deny  deny   deny   deny
      commissioner     deny  deny  deny   deny   deny
      admin            deny  deny  deny   deny   deny
      disabledStaff    deny  deny  deny   deny   deny
    `),
    attempts: {
      get: ({ db }) => getDoc(doc(db, 'proposalCoAuthors', `proposal-a__${ORG_B}`)),
      // The invited organisation looks for its invitations, other NGOs for those organisation
      // A made; anyone else over all of them.
      list: ({ db, actor }) => {
        const invitations = collection(db, 'proposalCoAuthors');
        if (!isNgo(actor)) return getDocs(invitations);
        return getDocs(
          orgOf(actor) === ORG_B
            ? query(invitations, where('orgId', '==', ORG_B))
            : query(invitations, where('invitingOrgId', '==', ORG_A)),
        );
      },
      create: ({ db, actor }) =>
        setDoc(
          doc(db, 'proposalCoAuthors', `proposal-a__${ORG_P}`),
          coAuthorInvitation('proposal-a', ORG_P, orgOf(actor) || ORG_A),
        ),
      // Accepting on one's own would make the organisation an author: only `proposalAction`.
      update: ({ db }) =>
        updateDoc(doc(db, 'proposalCoAuthors', `proposal-a__${ORG_B}`), { state: 'accepted' }),
      delete: ({ db }) => deleteDoc(doc(db, 'proposalCoAuthors', `proposal-a__${ORG_B}`)),
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
  {
    collection: 'proposals/{proposalId}/attachments',
    subject: 'a file of organisation A’s draft (organisation B invited, not accepted)',
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
      staff            deny  deny  deny   deny   deny
      commissioner     deny  deny  deny   deny   deny
      admin            deny  deny  deny   deny   deny
      disabledStaff    deny  deny  deny   deny   deny
    `),
    attempts: fileAttempts('proposals/proposal-a'),
  },
  {
    collection: 'proposals/{proposalId}/attachments',
    subject: 'a file of a proposal under the detention council’s review',
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
      admin            deny  deny  deny   deny   deny
      disabledStaff    deny  deny  deny   deny   deny
    `),
    attempts: fileAttempts(PROPOSAL),
  },
  {
    collection: 'meetings/{meetingId}/attachments',
    subject: 'the minutes of a meeting of the expert council on detention',
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
    attempts: fileAttempts(MEETING),
  },
]);

describe('proposals: beyond the matrix', () => {
  const create = (db: Firestore, data: object) =>
    setDoc(doc(db, 'proposalDrafts', 'new-proposal'), data);
  const draft = () => newProposalDraft(ORG_A, EXPERT_COUNCIL, 'ngo-member-a');

  const serverOwned: Record<string, unknown> = {
    status: 'submitted',
    number: 'ЗП-2026-000099',
    authors: [{ orgId: ORG_A, name: 'Організація' }],
    decision: { kind: 'recommend', rationale: 'Відповідає міжнародним стандартам' },
    locked: true,
  };
  for (const [field, value] of Object.entries(serverOwned)) {
    it(`refuses a draft created with ${field} set by the browser`, async () => {
      const db = h.as('ngoMemberA');
      await refusedButBaselineAccepted(
        () => create(db, { ...draft(), [field]: value }),
        () => create(db, draft()),
      );
    });
  }

  it('refuses a draft that names another organisation among its authors', async () => {
    const db = h.as('ngoMemberA');
    await refusedButBaselineAccepted(
      () => create(db, { ...draft(), orgIds: [ORG_A, ORG_B] }),
      () => create(db, draft()),
    );
    await assertFails(create(db, { ...draft(), leadOrgId: ORG_B, orgIds: [ORG_B] }));
  });

  it('refuses a draft in a council the author does not sit on', async () => {
    await refusedButBaselineAccepted(
      () => create(h.as('ngoMemberA'), newProposalDraft(ORG_A, HOUSING_COUNCIL, 'ngo-member-a')),
      () => create(h.as('ngoMemberB'), newProposalDraft(ORG_B, HOUSING_COUNCIL, 'ngo-member-b')),
    );
  });

  it('refuses a draft over an id that a proposal already has', async () => {
    const db = h.as('ngoMemberA');
    await assertFails(setDoc(doc(db, 'proposalDrafts', 'proposal-b'), draft()));
    await assertSucceeds(create(db, draft()));
  });

  const frozenOnEdit: Record<string, unknown> = {
    councilId: HOUSING_COUNCIL,
    leadOrgId: ORG_B,
    orgIds: [ORG_A, ORG_B],
    locked: true,
    createdBy: 'ngo-admin-a',
    status: 'submitted',
  };
  for (const [field, value] of Object.entries(frozenOnEdit)) {
    it(`refuses a draft update that sets ${field}`, async () => {
      const db = h.as('ngoMemberA');
      await refusedButBaselineAccepted(
        () => updateDoc(doc(db, DRAFT), { ...proposalEdit(), [field]: value }),
        () => updateDoc(doc(db, DRAFT), proposalEdit()),
      );
    });
  }

  it('refuses a title that is not text', async () => {
    const db = h.as('ngoMemberA');
    await refusedButBaselineAccepted(
      () => updateDoc(doc(db, DRAFT), { ...proposalEdit(), title: 42 }),
      () => updateDoc(doc(db, DRAFT), { ...proposalEdit(), title: 'Інша назва пропозиції' }),
    );
  });

  it('refuses its authors editing or deleting the draft of a proposal under review', async () => {
    const db = h.as('ngoAdminA');
    await assertSucceeds(getDoc(doc(db, 'proposalDrafts', 'proposal-review')));
    await assertFails(updateDoc(doc(db, 'proposalDrafts', 'proposal-review'), proposalEdit()));
    await assertFails(deleteDoc(doc(db, 'proposalDrafts', 'proposal-review')));
    // Returned by the council: the server unlocks it, and the authors edit it again.
    await h.asServer((server) =>
      updateDoc(doc(server, 'proposalDrafts', 'proposal-review'), { locked: false }),
    );
    await assertSucceeds(updateDoc(doc(db, 'proposalDrafts', 'proposal-review'), proposalEdit()));
    // Still not deleted: a proposal was submitted from it.
    await assertFails(deleteDoc(doc(db, 'proposalDrafts', 'proposal-review')));
  });

  it('keeps a council member from another organisation out of the draft, not the proposal', async () => {
    await h.asServer((server) =>
      setDoc(
        doc(server, 'councils', EXPERT_COUNCIL, 'members', 'ngo-member-b'),
        councilMember('ngo-member-b', ORG_B, 'member'),
      ),
    );
    const db = h.as('ngoMemberB');
    await assertFails(getDoc(doc(db, DRAFT)));
    await assertFails(updateDoc(doc(db, DRAFT), proposalEdit()));
    await assertSucceeds(getDoc(doc(db, PROPOSAL)));
    await assertSucceeds(
      getDocs(query(collection(db, 'proposals'), where('councilId', '==', EXPERT_COUNCIL))),
    );
    await assertSucceeds(getDocs(collection(db, PROPOSAL, 'comments')));
    await assertSucceeds(getDoc(doc(db, MEETING)));
    await assertSucceeds(getDocs(collection(db, 'councils', EXPERT_COUNCIL, 'members')));
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

  it('shows the proposal to the members of the council whose meeting has it on the agenda', async () => {
    const db = h.as('ngoMemberB');
    await assertFails(getDoc(doc(db, PROPOSAL)));
    await h.asServer((server) =>
      updateDoc(doc(server, PROPOSAL), {
        status: 'scheduled',
        agenda: { meetingId: 'meeting-1', councilId: HOUSING_COUNCIL, startsAt: new Date() },
      }),
    );
    await assertSucceeds(getDoc(doc(db, PROPOSAL)));
  });

  it('lets an invited organisation neither read nor delete the draft until it accepts', async () => {
    const db = h.as('ngoMemberB');
    await assertSucceeds(getDoc(doc(db, 'proposalCoAuthors', `proposal-a__${ORG_B}`)));
    await assertFails(getDoc(doc(db, DRAFT)));
    await assertFails(deleteDoc(doc(db, DRAFT)));
    await assertFails(updateDoc(doc(db, DRAFT), proposalEdit()));
    // Accepted (the server adds it to the authors): it reads and edits the draft.
    await h.asServer((server) => updateDoc(doc(server, DRAFT), { orgIds: [ORG_A, ORG_B] }));
    await assertSucceeds(getDoc(doc(db, DRAFT)));
    await assertSucceeds(updateDoc(doc(db, DRAFT), proposalEdit()));
  });

  it('refuses a deactivated council member', async () => {
    await h.asServer((server) =>
      updateDoc(doc(server, 'users', 'ngo-member-a'), { disabled: true }),
    );
    const db = h.as('ngoMemberA');
    await assertFails(getDoc(doc(db, DRAFT)));
    await assertFails(getDoc(doc(db, PROPOSAL)));
    await assertFails(getDoc(doc(db, MEETING)));
    await assertFails(create(db, draft()));
  });
});
