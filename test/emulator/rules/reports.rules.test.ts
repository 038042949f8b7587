import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import {
  collection,
  deleteDoc,
  doc,
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
import { describe, it } from 'vitest';
import {
  ACTORS,
  ORG_A,
  ORG_B,
  ORG_P,
  REGION_A,
  REGION_B,
  REGION_P,
  seedDocuments,
  uidOf,
  type Actor,
} from './actors.js';
import {
  attachment,
  measure,
  newMessage,
  newReport,
  organisation,
  personalData,
  personalDataEdit,
  REPORT_SERVER_FIELDS,
  reportEdit,
  storedMessage,
  storedReport,
} from './fixtures.js';
import { expectations, refusedButBaselineAccepted, rulesHarness } from './harness.js';

/**
 * Reports of violations. The organisation reads all of its reports; the Secretariat reads all
 * reports; a coordinator reads the reports of its regions; admins and other organisations read
 * none. The NGO submits a report (its draft is in `reportDrafts`, report-drafts.rules.test.ts);
 * from `submitted` on the report belongs to the server (numbering, routing, deadlines, decisions go through triggers and `reportAction`).
 * Victims and witnesses are readable by the organisation only: staff see them through the
 * server, which audits every view. Measures and attachments are written by the server only.
 */
const DRAFT = 'reportDrafts/report-draft';
const SECOND_DRAFT = 'reportDrafts/report-draft-2';
const REGISTERED = 'reports/report-registered';

const h = rulesHarness('reports', (db) =>
  seedDocuments(db, {
    // Submission checks the organisation's verification status.
    [`organisations/${ORG_A}`]: organisation(ORG_A),
    [`organisations/${ORG_B}`]: organisation(ORG_B),
    [`organisations/${ORG_P}`]: organisation(ORG_P),
    [DRAFT]: storedReport(ORG_A, 'draft', 'ngo-member-a'),
    [`${DRAFT}/private/personalData`]: personalData(ORG_A, 'ngo-member-a'),
    [SECOND_DRAFT]: storedReport(ORG_A, 'draft', 'ngo-admin-a'),
    [REGISTERED]: storedReport(ORG_A, 'registered', 'ngo-member-a'),
    [`${REGISTERED}/private/personalData`]: personalData(ORG_A, 'ngo-member-a'),
    [`${REGISTERED}/messages/m1`]: storedMessage(ORG_A),
    [`${REGISTERED}/measures/ms1`]: measure(ORG_A),
    [`${REGISTERED}/attachments/at1`]: attachment(ORG_A),
    ['reports/report-b']: storedReport(ORG_B, 'registered', 'ngo-member-b', REGION_B),
  }),
);

const isNgo = (actor: Actor) => ['ngo_member', 'ngo_admin'].includes(actor.claims.role ?? '');

/**
 * How each actor would look for organisation A's reports in Kyiv: an NGO by organisation, a
 * coordinator by region, everyone else over the whole collection.
 */
function reportsOfA(db: Firestore, actor: Actor, status: string) {
  const reports = collection(db, 'reports');
  if (isNgo(actor)) {
    return query(reports, where('orgId', '==', ORG_A), where('status', '==', status));
  }
  if (actor.claims.role === 'coordinator') {
    return query(reports, where('regionCode', 'in', [REGION_A]), where('status', '==', status));
  }
  return query(reports, where('status', '==', status));
}

/** Who can read organisation A's reports in Kyiv, and so their messages, measures, files. */
const readersOfReportA = `
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
`;

h.matrix([
  {
    collection: 'reports/{reportId}',
    subject: 'a registered report of organisation A in Kyiv (UA-30)',
    expected: expectations(readersOfReportA),
    attempts: {
      get: ({ db }) => getDoc(doc(db, REGISTERED)),
      list: ({ db, actor }) => getDocs(reportsOfA(db, actor, 'registered')),
      // Registration is the trigger's: nobody creates a report already registered.
      create: ({ db, actor }) =>
        setDoc(doc(db, 'reports', 'new-report'), newReport(ORG_A, uidOf(actor), 'registered')),
      update: ({ db }) => updateDoc(doc(db, REGISTERED), reportEdit()),
      delete: ({ db }) => deleteDoc(doc(db, REGISTERED)),
    },
  },
  {
    collection: 'reports/{reportId}/messages',
    subject: 'the thread of a registered report of organisation A',
    expected: expectations(`
      actor            get   list  create update delete
      anonymous        deny  deny  deny   deny   deny
      signedInNoRole   deny  deny  deny   deny   deny
      ngoMemberA       allow allow allow  deny   deny
      ngoAdminA        allow allow allow  deny   deny
      ngoMemberB       deny  deny  deny   deny   deny
      ngoAdminPending  deny  deny  deny   deny   deny
      coordinatorKyiv  allow allow allow  deny   deny
      coordinatorLviv  deny  deny  deny   deny   deny
      staff            allow allow allow  deny   deny
      commissioner     allow allow allow  deny   deny
      admin            deny  deny  deny   deny   deny
      disabledStaff    deny  deny  deny   deny   deny
    `),
    attempts: {
      get: ({ db }) => getDoc(doc(db, REGISTERED, 'messages', 'm1')),
      list: ({ db }) =>
        getDocs(query(collection(db, REGISTERED, 'messages'), orderBy('createdAt'))),
      // Each side writes as itself: an NGO on the NGO's side, everyone else on the Secretariat's.
      create: ({ db, actor }) =>
        setDoc(
          doc(db, REGISTERED, 'messages', 'new-message'),
          newMessage(ORG_A, uidOf(actor), isNgo(actor) ? 'ngo' : 'secretariat'),
        ),
      update: ({ db }) =>
        updateDoc(doc(db, REGISTERED, 'messages', 'm1'), { text: 'Змінений текст' }),
      delete: ({ db }) => deleteDoc(doc(db, REGISTERED, 'messages', 'm1')),
    },
  },
  {
    collection: 'reports/{reportId}/measures',
    subject: 'a measure taken on a registered report of organisation A',
    expected: expectations(readersOfReportA),
    attempts: {
      get: ({ db }) => getDoc(doc(db, REGISTERED, 'measures', 'ms1')),
      list: ({ db }) => getDocs(collection(db, REGISTERED, 'measures')),
      create: ({ db }) => setDoc(doc(db, REGISTERED, 'measures', 'new-measure'), measure(ORG_A)),
      update: ({ db }) =>
        updateDoc(doc(db, REGISTERED, 'measures', 'ms1'), { result: 'Права відновлено' }),
      delete: ({ db }) => deleteDoc(doc(db, REGISTERED, 'measures', 'ms1')),
    },
  },
  {
    collection: 'reports/{reportId}/attachments',
    subject: 'a file record of a registered report of organisation A',
    expected: expectations(readersOfReportA),
    attempts: {
      get: ({ db }) => getDoc(doc(db, REGISTERED, 'attachments', 'at1')),
      list: ({ db }) => getDocs(collection(db, REGISTERED, 'attachments')),
      // File records come from `/api/uploads` after the size, type and hash checks.
      create: ({ db, actor }) =>
        setDoc(doc(db, REGISTERED, 'attachments', 'new-file'), {
          ...attachment(ORG_A),
          uploadedBy: uidOf(actor),
        }),
      update: ({ db }) =>
        updateDoc(doc(db, REGISTERED, 'attachments', 'at1'), { sha256: 'c'.repeat(64) }),
      delete: ({ db }) => deleteDoc(doc(db, REGISTERED, 'attachments', 'at1')),
    },
  },
]);

describe('reports: creating', () => {
  const create = (db: Firestore, data: object) => setDoc(doc(db, 'reports', 'new-report'), data);

  it('lets a member of a verified organisation submit a report straight away', async () => {
    await assertSucceeds(create(h.as('ngoMemberA'), newReport(ORG_A, 'ngo-member-a', 'submitted')));
  });

  // A draft is kept in `reportDrafts` (report-drafts.rules.test.ts), never as a report.
  for (const status of ['draft', 'registered', 'in_review', 'decided', 'closed', 'withdrawn']) {
    it(`refuses a report created with status ${status}`, async () => {
      const db = h.as('ngoMemberA');
      await refusedButBaselineAccepted(
        () => create(db, newReport(ORG_A, 'ngo-member-a', status)),
        () => create(db, newReport(ORG_A, 'ngo-member-a', 'submitted')),
      );
    });
  }

  for (const [field, value] of Object.entries(REPORT_SERVER_FIELDS)) {
    it(`refuses a report created with ${field} set`, async () => {
      const db = h.as('ngoMemberA');
      await refusedButBaselineAccepted(
        () => create(db, { ...newReport(ORG_A, 'ngo-member-a', 'submitted'), [field]: value }),
        () => create(db, newReport(ORG_A, 'ngo-member-a', 'submitted')),
      );
    });
  }

  it('refuses a report submitted for a pending organisation, but keeps its draft', async () => {
    const db = h.as('ngoAdminPending');
    await refusedButBaselineAccepted(
      () => create(db, { ...newReport(ORG_P, 'ngo-admin-p', 'submitted'), regionCode: REGION_P }),
      () =>
        setDoc(doc(db, 'reportDrafts', 'new-report'), {
          ...newReport(ORG_P, 'ngo-admin-p'),
          regionCode: REGION_P,
        }),
    );
  });

  it('refuses a report for another organisation', async () => {
    const db = h.as('ngoMemberA');
    await refusedButBaselineAccepted(
      () => create(db, newReport(ORG_B, 'ngo-member-a', 'submitted')),
      () => create(db, newReport(ORG_A, 'ngo-member-a', 'submitted')),
    );
  });

  it('refuses a report written in someone else’s name, by another channel or back-dated', async () => {
    const db = h.as('ngoMemberA');
    const submitted = newReport(ORG_A, 'ngo-member-a', 'submitted');
    await assertFails(create(db, newReport(ORG_A, 'ngo-admin-a', 'submitted')));
    await assertFails(create(db, { ...submitted, intake: 'post' }));
    await assertFails(create(db, { ...submitted, createdAt: new Date('2026-01-01') }));
    await assertSucceeds(create(db, submitted));
  });

  it('refuses staff creating a report through the client (intake by post is server work)', async () => {
    await assertFails(
      create(h.as('staff'), { ...newReport(ORG_A, 'staff', 'submitted'), intake: 'post' }),
    );
  });
});

describe('reports: after submission', () => {
  const edit = (db: Firestore, data: object, path: string) => updateDoc(doc(db, path), data);

  it('refuses any client edit once a report is submitted, withdrawal included', async () => {
    await h.asServer((server) =>
      setDoc(doc(server, 'reports', 'report-submitted'), storedReport(ORG_A, 'submitted', 'x')),
    );
    const db = h.as('ngoMemberA');
    const submitted = 'reports/report-submitted';
    await assertFails(edit(db, reportEdit(), submitted));
    await assertFails(edit(db, { status: 'withdrawn', updatedAt: serverTimestamp() }, submitted));
    await assertFails(edit(db, { status: 'draft', updatedAt: serverTimestamp() }, submitted));
    await assertFails(deleteDoc(doc(db, submitted)));
  });

  it('refuses a report that is not whole', async () => {
    const db = h.as('ngoMemberA');
    const { title: _title, ...withoutTitle } = newReport(ORG_A, 'ngo-member-a', 'submitted');
    await refusedButBaselineAccepted(
      () => setDoc(doc(db, 'reports', 'half-report'), withoutTitle),
      () =>
        setDoc(doc(db, 'reports', 'half-report'), newReport(ORG_A, 'ngo-member-a', 'submitted')),
    );
  });
});

describe('reports: an NGO never reads another organisation’s report', () => {
  const paths: Record<string, (db: Firestore) => Promise<unknown>> = {
    report: (db) => getDoc(doc(db, REGISTERED)),
    'personal data': (db) => getDoc(doc(db, REGISTERED, 'private', 'personalData')),
    messages: (db) => getDocs(collection(db, REGISTERED, 'messages')),
    measures: (db) => getDocs(collection(db, REGISTERED, 'measures')),
    attachments: (db) => getDocs(collection(db, REGISTERED, 'attachments')),
    'a message': (db) => getDoc(doc(db, REGISTERED, 'messages', 'm1')),
    'a measure': (db) => getDoc(doc(db, REGISTERED, 'measures', 'ms1')),
    'a file record': (db) => getDoc(doc(db, REGISTERED, 'attachments', 'at1')),
  };
  for (const [what, read] of Object.entries(paths)) {
    it(`refuses organisation B reading organisation A’s ${what}`, async () => {
      await refusedButBaselineAccepted(
        () => read(h.as('ngoMemberB')),
        () => read(h.as('ngoMemberA')),
      );
    });
  }

  it('lets an NGO list its own reports and nobody else’s', async () => {
    const reports = collection(h.as('ngoMemberB'), 'reports');
    await assertSucceeds(getDocs(query(reports, where('orgId', '==', ORG_B))));
    await assertFails(getDocs(query(reports, where('orgId', '==', ORG_A))));
    await assertFails(getDocs(query(reports, where('orgId', 'in', [ORG_A, ORG_B]))));
    await assertFails(getDocs(reports));
  });

  it('lets a coordinator list submitted reports of its own regions and nothing wider', async () => {
    const submitted = where('status', '!=', 'draft');
    const lviv = collection(h.as('coordinatorLviv'), 'reports');
    await assertSucceeds(getDocs(query(lviv, where('regionCode', 'in', [REGION_B]), submitted)));
    await assertFails(
      getDocs(query(lviv, where('regionCode', 'in', [REGION_A, REGION_B]), submitted)),
    );
    await assertFails(getDocs(lviv));
    const kyiv = collection(h.as('coordinatorKyiv'), 'reports');
    await assertSucceeds(getDocs(query(kyiv, where('regionCode', '==', REGION_A), submitted)));
    await assertFails(getDocs(query(kyiv, where('regionCode', '==', REGION_A))));
    await assertFails(getDocs(query(kyiv, where('orgId', '==', ORG_A), submitted)));
  });

  it('keeps drafts from the Secretariat: a staff query must exclude them', async () => {
    const reports = collection(h.as('staff'), 'reports');
    await assertSucceeds(getDocs(query(reports, where('status', '!=', 'draft'))));
    await assertSucceeds(
      getDocs(query(reports, where('status', 'in', ['submitted', 'registered']))),
    );
    await assertFails(getDocs(reports));
    await assertFails(getDoc(doc(h.as('commissioner'), DRAFT)));
  });

  it('lets the queue search by a key only within what each person may list', async () => {
    const key = where('searchKeys', 'array-contains', 'no:1');
    const visible = where('status', 'in', ['registered', 'in_review']);
    await assertSucceeds(getDocs(query(collection(h.as('staff'), 'reports'), key, visible)));
    await assertFails(getDocs(query(collection(h.as('staff'), 'reports'), key)));
    const lviv = collection(h.as('coordinatorLviv'), 'reports');
    await assertSucceeds(getDocs(query(lviv, key, visible, where('regionCode', '==', REGION_B))));
    await assertFails(getDocs(query(lviv, key, visible)));
    await assertFails(getDocs(query(collection(h.as('ngoMemberB'), 'reports'), key, visible)));
  });
});

describe('reports: a deactivated account loses access at its next request', () => {
  for (const name of ['ngoMemberA', 'coordinatorKyiv', 'commissioner'] as const) {
    it(`refuses ${name} once its profile is disabled`, async () => {
      const db = h.as(name);
      await assertSucceeds(getDoc(doc(db, REGISTERED)));
      await h.asServer((server) =>
        updateDoc(doc(server, 'users', uidOf(ACTORS[name])), { disabled: true }),
      );
      await assertFails(getDoc(doc(db, REGISTERED)));
      await assertFails(getDocs(collection(db, REGISTERED, 'messages')));
    });
  }

  it('refuses a deactivated NGO member creating a report', async () => {
    await h.asServer((server) =>
      updateDoc(doc(server, 'users', 'ngo-member-a'), { disabled: true }),
    );
    await assertFails(
      setDoc(
        doc(h.as('ngoMemberA'), 'reports', 'new-report'),
        newReport(ORG_A, 'ngo-member-a', 'submitted'),
      ),
    );
    await assertFails(
      setDoc(
        doc(h.as('ngoMemberA'), 'reportDrafts', 'new-draft'),
        newReport(ORG_A, 'ngo-member-a'),
      ),
    );
  });
});

describe('reports: personal data of victims and witnesses', () => {
  const personal = (db: Firestore, report = REGISTERED) =>
    doc(db, report, 'private', 'personalData');

  for (const name of ['staff', 'commissioner', 'coordinatorKyiv', 'admin'] as const) {
    it(`refuses ${name} reading it directly: staff go through the audited server path`, async () => {
      await refusedButBaselineAccepted(
        () => getDoc(personal(h.as(name))),
        () => getDoc(personal(h.as('ngoMemberA'))),
      );
      await assertFails(
        getDocs(query(collection(h.as(name), REGISTERED, 'private'), where('orgId', '==', ORG_A))),
      );
    });
  }

  it('refuses the organisation changing it once the report is registered', async () => {
    const db = h.as('ngoMemberA');
    await refusedButBaselineAccepted(
      () => updateDoc(personal(db), personalDataEdit()),
      () => updateDoc(personal(db, DRAFT), personalDataEdit()),
    );
    await assertFails(deleteDoc(personal(db)));
  });

  it('refuses another organisation writing it into A’s draft under either name', async () => {
    const db = h.as('ngoMemberB');
    const target = personal(db, SECOND_DRAFT);
    await assertFails(setDoc(target, personalData(ORG_B, 'ngo-member-b', false)));
    await assertFails(setDoc(target, personalData(ORG_A, 'ngo-member-b', false)));
  });

  it('keeps personal data in the one restricted document', async () => {
    const db = h.as('ngoMemberA');
    await refusedButBaselineAccepted(
      () =>
        setDoc(
          doc(db, SECOND_DRAFT, 'private', 'notes'),
          personalData(ORG_A, 'ngo-member-a', false),
        ),
      () => setDoc(personal(db, SECOND_DRAFT), personalData(ORG_A, 'ngo-member-a', false)),
    );
  });

  it('refuses extra fields in the personal data', async () => {
    const db = h.as('ngoMemberA');
    await refusedButBaselineAccepted(
      () =>
        setDoc(personal(db, SECOND_DRAFT), {
          ...personalData(ORG_A, 'ngo-member-a', false),
          consentToPublish: true,
        }),
      () => setDoc(personal(db, SECOND_DRAFT), personalData(ORG_A, 'ngo-member-a', false)),
    );
  });
});

describe('reports: the message thread', () => {
  const post = (db: Firestore, data: object, report = REGISTERED) =>
    setDoc(doc(db, report, 'messages', 'new-message'), data);

  it('refuses an NGO writing on the Secretariat’s side', async () => {
    const db = h.as('ngoMemberA');
    await refusedButBaselineAccepted(
      () => post(db, newMessage(ORG_A, 'ngo-member-a', 'secretariat')),
      () => post(db, newMessage(ORG_A, 'ngo-member-a', 'ngo')),
    );
  });

  it('refuses a message signed with someone else’s uid', async () => {
    const db = h.as('ngoMemberA');
    await refusedButBaselineAccepted(
      () => post(db, newMessage(ORG_A, 'ngo-admin-a', 'ngo')),
      () => post(db, newMessage(ORG_A, 'ngo-member-a', 'ngo')),
    );
  });

  it('refuses a request for information posted as a plain message (it is `reportAction`)', async () => {
    const db = h.as('staff');
    await refusedButBaselineAccepted(
      () => post(db, { ...newMessage(ORG_A, 'staff', 'secretariat'), kind: 'info_request' }),
      () => post(db, newMessage(ORG_A, 'staff', 'secretariat')),
    );
    await assertFails(
      post(h.as('ngoMemberA'), {
        ...newMessage(ORG_A, 'ngo-member-a', 'ngo'),
        kind: 'info_request',
      }),
    );
  });

  it('refuses a message that names another organisation', async () => {
    const db = h.as('ngoMemberA');
    await refusedButBaselineAccepted(
      () => post(db, newMessage(ORG_B, 'ngo-member-a', 'ngo')),
      () => post(db, newMessage(ORG_A, 'ngo-member-a', 'ngo')),
    );
  });

  it('refuses messages on a draft: the thread opens at registration', async () => {
    // Under the draft's id, where its files are recorded, there is no report to talk about.
    const unsubmitted = 'reports/report-draft';
    const ngo = newMessage(ORG_A, 'ngo-member-a', 'ngo');
    await assertFails(post(h.as('ngoMemberA'), ngo, unsubmitted));
    await assertFails(post(h.as('staff'), newMessage(ORG_A, 'staff', 'secretariat'), unsubmitted));
    await assertFails(post(h.as('ngoMemberA'), ngo, DRAFT));
  });
});
