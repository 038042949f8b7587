import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import {
  collection,
  deleteDoc,
  deleteField,
  doc,
  getDoc,
  getDocs,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
  writeBatch,
  type Firestore,
} from 'firebase/firestore';
import { describe, it } from 'vitest';
import { ORG_A, ORG_B, ORG_P, REGION_P, seedDocuments, uidOf, type Actor } from './actors.js';
import {
  attachment,
  newReport,
  organisation,
  personalData,
  personalDataEdit,
  REPORT_SERVER_FIELDS,
  reportEdit,
  storedReport,
} from './fixtures.js';
import { expectations, refusedButBaselineAccepted, rulesHarness } from './harness.js';

/**
 * The organisation's report drafts (`reportDrafts/{id}`): written by its browser as it types,
 * read and written by its members only — not another organisation, not the Secretariat, not a
 * member removed from it. No function listens to a write here. Submission is one batch that
 * creates `reports/{id}` (`submitted`, for a verified organisation) and deletes the draft, so
 * the two never coexist. A draft's files are recorded under `reports/{id}/attachments` from the
 * first upload, readable by its organisation.
 */
const DRAFT = 'reportDrafts/report-draft';
const SECOND_DRAFT = 'reportDrafts/report-draft-2';
const PENDING_DRAFT = 'reportDrafts/report-p-draft';
const DRAFT_FILE = 'reports/report-draft/attachments/at1';
const REGISTERED = 'reports/report-registered';

const h = rulesHarness('report-drafts', (db) =>
  seedDocuments(db, {
    [`organisations/${ORG_A}`]: organisation(ORG_A),
    [`organisations/${ORG_B}`]: organisation(ORG_B),
    [`organisations/${ORG_P}`]: organisation(ORG_P),
    [DRAFT]: storedReport(ORG_A, 'draft', 'ngo-member-a'),
    [`${DRAFT}/private/personalData`]: personalData(ORG_A, 'ngo-member-a'),
    [SECOND_DRAFT]: storedReport(ORG_A, 'draft', 'ngo-admin-a'),
    [PENDING_DRAFT]: storedReport(ORG_P, 'draft', 'ngo-admin-p', REGION_P),
    [DRAFT_FILE]: attachment(ORG_A),
    [REGISTERED]: storedReport(ORG_A, 'registered', 'ngo-member-a'),
  }),
);

const isNgo = (actor: Actor) => ['ngo_member', 'ngo_admin'].includes(actor.claims.role ?? '');

/** Only the organisation's own members read it; they write it too when `writes` is allow. */
const ownersOnly = (writes: 'allow' | 'deny') => `
  actor            get   list  create update delete
  anonymous        deny  deny  deny   deny   deny
  signedInNoRole   deny  deny  deny   deny   deny
  ngoMemberA       allow allow ${writes} ${writes} ${writes}
  ngoAdminA        allow allow ${writes} ${writes} ${writes}
  ngoMemberB       deny  deny  deny   deny   deny
  ngoAdminPending  deny  deny  deny   deny   deny
  coordinatorKyiv  deny  deny  deny   deny   deny
  coordinatorLviv  deny  deny  deny   deny   deny
  staff            deny  deny  deny   deny   deny
  commissioner     deny  deny  deny   deny   deny
  admin            deny  deny  deny   deny   deny
  disabledStaff    deny  deny  deny   deny   deny
`;

h.matrix([
  {
    collection: 'reportDrafts/{reportId}',
    subject: 'a draft of organisation A in Kyiv (UA-30)',
    expected: expectations(ownersOnly('allow')),
    attempts: {
      get: ({ db }) => getDoc(doc(db, DRAFT)),
      list: ({ db, actor }) => {
        const drafts = collection(db, 'reportDrafts');
        return getDocs(isNgo(actor) ? query(drafts, where('orgId', '==', ORG_A)) : drafts);
      },
      create: ({ db, actor }) =>
        setDoc(doc(db, 'reportDrafts', 'new-report'), newReport(ORG_A, uidOf(actor))),
      update: ({ db }) => updateDoc(doc(db, DRAFT), reportEdit()),
      delete: ({ db }) => deleteDoc(doc(db, DRAFT)),
    },
  },
  {
    collection: 'reportDrafts/{reportId}/private',
    subject: 'victims and witnesses of a draft of organisation A',
    expected: expectations(ownersOnly('allow')),
    attempts: {
      get: ({ db }) => getDoc(doc(db, DRAFT, 'private', 'personalData')),
      list: ({ db, actor }) => {
        const restricted = collection(db, DRAFT, 'private');
        return getDocs(isNgo(actor) ? query(restricted, where('orgId', '==', ORG_A)) : restricted);
      },
      create: ({ db, actor }) =>
        setDoc(
          doc(db, SECOND_DRAFT, 'private', 'personalData'),
          personalData(ORG_A, uidOf(actor), false),
        ),
      update: ({ db }) => updateDoc(doc(db, DRAFT, 'private', 'personalData'), personalDataEdit()),
      delete: ({ db }) => deleteDoc(doc(db, DRAFT, 'private', 'personalData')),
    },
  },
  {
    collection: 'reports/{reportId}/attachments',
    subject: 'a file record of a draft of organisation A (uploaded before submission)',
    expected: expectations(ownersOnly('deny')),
    attempts: {
      get: ({ db }) => getDoc(doc(db, DRAFT_FILE)),
      list: ({ db }) => getDocs(collection(db, 'reports', 'report-draft', 'attachments')),
      create: ({ db, actor }) =>
        setDoc(doc(db, 'reports', 'report-draft', 'attachments', 'new-file'), {
          ...attachment(ORG_A),
          uploadedBy: uidOf(actor),
        }),
      update: ({ db }) => updateDoc(doc(db, DRAFT_FILE), { sha256: 'c'.repeat(64) }),
      delete: ({ db }) => deleteDoc(doc(db, DRAFT_FILE)),
    },
  },
]);

/** The submission: the report created `submitted` with the draft's id, the draft deleted. */
function submit(
  db: Firestore,
  report: object,
  options: { draft?: string; deleteDraft?: boolean; personal?: object } = {},
) {
  const draft = options.draft ?? DRAFT;
  const id = draft.split('/')[1]!;
  const batch = writeBatch(db);
  batch.set(doc(db, 'reports', id), report);
  if (options.personal)
    batch.set(doc(db, 'reports', id, 'private', 'personalData'), options.personal);
  if (options.deleteDraft !== false) {
    batch.delete(doc(db, draft, 'private', 'personalData'));
    batch.delete(doc(db, draft));
  }
  return batch.commit();
}

describe('report drafts: submission is one batch', () => {
  it('creates the report with the draft’s id, moves the personal data, and deletes the draft', async () => {
    const db = h.as('ngoMemberA');
    await assertSucceeds(
      submit(db, newReport(ORG_A, 'ngo-member-a', 'submitted'), {
        personal: personalData(ORG_A, 'ngo-member-a', false),
      }),
    );
    await assertSucceeds(getDoc(doc(db, 'reports', 'report-draft')));
    await assertSucceeds(getDoc(doc(db, 'reports', 'report-draft', 'private', 'personalData')));
    // The draft's files are the report's now, read as the report's.
    await assertSucceeds(getDoc(doc(db, DRAFT_FILE)));
    await assertFails(getDoc(doc(h.as('ngoMemberB'), DRAFT_FILE)));
  });

  it('refuses a report that leaves its draft behind: the two never coexist', async () => {
    const db = h.as('ngoMemberA');
    await refusedButBaselineAccepted(
      () => submit(db, newReport(ORG_A, 'ngo-member-a', 'submitted'), { deleteDraft: false }),
      () => submit(db, newReport(ORG_A, 'ngo-member-a', 'submitted')),
    );
  });

  it('submits a report whose draft never reached the server (deleting nothing is allowed)', async () => {
    await assertSucceeds(
      submit(h.as('ngoMemberA'), newReport(ORG_A, 'ngo-member-a', 'submitted'), {
        draft: 'reportDrafts/typed-offline',
      }),
    );
  });

  it('refuses a submission by a pending organisation, which keeps editing its draft', async () => {
    const db = h.as('ngoAdminPending');
    await refusedButBaselineAccepted(
      () =>
        submit(
          db,
          { ...newReport(ORG_P, 'ngo-admin-p', 'submitted'), regionCode: REGION_P },
          { draft: PENDING_DRAFT },
        ),
      () => updateDoc(doc(db, PENDING_DRAFT), reportEdit()),
    );
  });

  it('refuses a submission that is not whole, or not `submitted`', async () => {
    const db = h.as('ngoMemberA');
    const { title: _title, ...untitled } = newReport(ORG_A, 'ngo-member-a', 'submitted');
    await assertFails(submit(db, untitled));
    await assertFails(submit(db, newReport(ORG_A, 'ngo-member-a', 'draft')));
    await assertFails(submit(db, newReport(ORG_A, 'ngo-member-a', 'registered')));
    await assertSucceeds(submit(db, newReport(ORG_A, 'ngo-member-a', 'submitted')));
  });

  it('refuses another organisation submitting A’s draft', async () => {
    const db = h.as('ngoMemberB');
    await assertFails(submit(db, newReport(ORG_A, 'ngo-member-b', 'submitted')));
    await assertFails(submit(db, newReport(ORG_B, 'ngo-member-b', 'submitted')));
  });

  it('refuses a draft for a report that exists, and its submission’s personal data afterwards', async () => {
    const db = h.as('ngoMemberA');
    await assertFails(
      setDoc(doc(db, 'reportDrafts', 'report-registered'), newReport(ORG_A, 'ngo-member-a')),
    );
    await assertFails(
      setDoc(
        doc(db, REGISTERED, 'private', 'personalData'),
        personalData(ORG_A, 'ngo-member-a', false),
      ),
    );
    await assertSucceeds(
      setDoc(doc(db, 'reportDrafts', 'report-new'), newReport(ORG_A, 'ngo-member-a')),
    );
  });

  it('refuses editing a draft once a report with its id exists', async () => {
    await h.asServer((server) =>
      setDoc(doc(server, 'reports', 'report-draft-2'), storedReport(ORG_A, 'submitted', 'x')),
    );
    await refusedButBaselineAccepted(
      () => updateDoc(doc(h.as('ngoAdminA'), SECOND_DRAFT), reportEdit()),
      () => updateDoc(doc(h.as('ngoAdminA'), DRAFT), reportEdit()),
    );
  });
});

describe('report drafts: editing', () => {
  const edit = (db: Firestore, data: object, path = DRAFT) => updateDoc(doc(db, path), data);

  const forbidden: Record<string, unknown> = {
    status: 'submitted',
    orgId: ORG_B,
    createdBy: 'ngo-admin-a',
    createdAt: serverTimestamp(),
    intake: 'email',
    ...REPORT_SERVER_FIELDS,
  };
  for (const [field, value] of Object.entries(forbidden)) {
    it(`refuses a draft update that sets ${field}`, async () => {
      const db = h.as('ngoMemberA');
      await refusedButBaselineAccepted(
        () => edit(db, { ...reportEdit(), [field]: value }),
        () => edit(db, reportEdit()),
      );
    });
  }

  it('lets the organisation fix a draft the server sent back, leaving the server’s notes', async () => {
    await h.asServer((server) =>
      setDoc(doc(server, 'reportDrafts', 'report-bounced'), {
        ...storedReport(ORG_A, 'draft', 'ngo-member-a'),
        submittedAt: REPORT_SERVER_FIELDS.submittedAt,
        submissionProblems: REPORT_SERVER_FIELDS.submissionProblems,
      }),
    );
    const db = h.as('ngoMemberA');
    const bounced = 'reportDrafts/report-bounced';
    await assertFails(edit(db, { ...reportEdit(), submissionProblems: [] }, bounced));
    await assertSucceeds(edit(db, reportEdit(), bounced));
    await assertSucceeds(
      submit(db, newReport(ORG_A, 'ngo-member-a', 'submitted'), { draft: bounced }),
    );
  });

  it('refuses a draft created in someone else’s name, by another channel or back-dated', async () => {
    const db = h.as('ngoMemberA');
    const create = (data: object) => setDoc(doc(db, 'reportDrafts', 'new-report'), data);
    await assertFails(create(newReport(ORG_A, 'ngo-admin-a')));
    await assertFails(create({ ...newReport(ORG_A, 'ngo-member-a'), intake: 'post' }));
    await assertFails(
      create({ ...newReport(ORG_A, 'ngo-member-a'), createdAt: new Date('2026-01-01') }),
    );
    await assertFails(create(newReport(ORG_B, 'ngo-member-a')));
    await assertSucceeds(create(newReport(ORG_A, 'ngo-member-a')));
  });
});

describe('report drafts: a half-filled draft', () => {
  const path = 'reportDrafts/half-draft';
  const basics = () => ({
    orgId: ORG_A,
    status: 'draft',
    intake: 'web',
    createdBy: 'ngo-member-a',
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
  });
  const create = (db: Firestore, data: object) => setDoc(doc(db, path), data);
  const edit = (db: Firestore, data: object) => updateDoc(doc(db, path), data);

  it('is kept on the server with only the fields filled in so far', async () => {
    const db = h.as('ngoMemberA');
    await assertSucceeds(create(db, basics()));
    await assertSucceeds(edit(db, { title: 'Затримання активіста', updatedAt: serverTimestamp() }));
    // A field erased (or being retyped) leaves the draft.
    await assertSucceeds(
      edit(db, { title: deleteField(), victimsCount: 2, updatedAt: serverTimestamp() }),
    );
  });

  const malformed: Record<string, unknown> = {
    title: 'Ой',
    description: 'Коротко',
    incidentDate: '3 березня',
    regionCode: 'Київ',
    locality: 'К',
    violator: { kind: 'state_body' },
    rights: [],
    area: 7,
    victimsCount: -1,
    vulnerableGroups: true,
    urgent: 'так',
    urgencyReason: 'x'.repeat(2001),
    consentToPublish: 'так',
    unknownField: 'щось',
  };
  for (const [field, value] of Object.entries(malformed)) {
    it(`refuses a draft whose ${field} is not what the schema takes`, async () => {
      const db = h.as('ngoMemberA');
      await refusedButBaselineAccepted(
        () => create(db, { ...basics(), [field]: value }),
        () => create(db, { ...basics(), title: 'Затримання активіста' }),
      );
    });
  }
});

describe('report drafts: a member removed from the organisation', () => {
  it('loses the drafts at the next request, though the token still names the organisation', async () => {
    const db = h.as('ngoMemberA');
    await assertSucceeds(getDoc(doc(db, DRAFT)));
    await h.asServer((server) =>
      updateDoc(doc(server, 'users', 'ngo-member-a'), {
        role: deleteField(),
        orgId: deleteField(),
      }),
    );
    await assertFails(getDoc(doc(db, DRAFT)));
    await assertFails(getDocs(query(collection(db, 'reportDrafts'), where('orgId', '==', ORG_A))));
    await assertFails(updateDoc(doc(db, DRAFT), reportEdit()));
    await assertFails(getDoc(doc(db, DRAFT, 'private', 'personalData')));
    await assertFails(getDoc(doc(db, DRAFT_FILE)));
    await assertFails(deleteDoc(doc(db, DRAFT)));
    await assertFails(
      setDoc(doc(db, 'reportDrafts', 'new-report'), newReport(ORG_A, 'ngo-member-a')),
    );
    // A colleague still in the organisation keeps them.
    await assertSucceeds(updateDoc(doc(h.as('ngoAdminA'), DRAFT), reportEdit()));
  });
});

describe('report drafts: deleting', () => {
  const removeBoth = (db: Firestore, path: string) => {
    const batch = writeBatch(db);
    batch.delete(doc(db, path, 'private', 'personalData'));
    batch.delete(doc(db, path));
    return batch.commit();
  };

  it('deletes a draft and its personal data in one batch, whether that data exists or not', async () => {
    const db = h.as('ngoMemberA');
    await assertSucceeds(removeBoth(db, DRAFT));
    // SECOND_DRAFT has no personal data document (see the seed above).
    await assertSucceeds(removeBoth(db, SECOND_DRAFT));
    // Not another organisation's draft, and never a report.
    await assertFails(removeBoth(db, PENDING_DRAFT));
    await assertFails(deleteDoc(doc(db, REGISTERED)));
  });

  it('lets the organisation delete a draft’s personal data after the draft itself', async () => {
    const db = h.as('ngoMemberA');
    await assertSucceeds(deleteDoc(doc(db, DRAFT)));
    await assertSucceeds(deleteDoc(doc(db, DRAFT, 'private', 'personalData')));
  });

  it('refuses anonymous, staff and another organisation deleting anything of it', async () => {
    for (const name of ['anonymous', 'staff', 'ngoMemberB'] as const) {
      await assertFails(removeBoth(h.as(name), DRAFT));
    }
    await assertSucceeds(getDoc(doc(h.as('ngoMemberA'), DRAFT)));
  });
});

describe('report drafts: following one that went', () => {
  it('answers a member asking after a draft that is not there (submitted or deleted)', async () => {
    await assertSucceeds(getDoc(doc(h.as('ngoMemberA'), 'reportDrafts', 'gone')));
    await assertFails(getDoc(doc(h.as('anonymous'), 'reportDrafts', 'gone')));
    await assertFails(getDoc(doc(h.as('staff'), 'reportDrafts', 'gone')));
  });

  it('answers a member asking after a report not there yet, and nobody else', async () => {
    await assertSucceeds(getDoc(doc(h.as('ngoMemberB'), 'reports', 'not-yet')));
    await assertFails(getDoc(doc(h.as('anonymous'), 'reports', 'not-yet')));
    await assertFails(getDoc(doc(h.as('signedInNoRole'), 'reports', 'not-yet')));
    // A report that is there is read as before: not another organisation's.
    await assertFails(getDoc(doc(h.as('ngoMemberB'), REGISTERED)));
  });
});
