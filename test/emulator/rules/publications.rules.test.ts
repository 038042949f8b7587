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
  Timestamp,
  updateDoc,
  where,
} from 'firebase/firestore';
import { describe, it } from 'vitest';
import { ACTOR_NAMES, ACTORS, seedDocuments, uidOf } from './actors.js';
import {
  auditChainHead,
  auditEntry,
  coordinatorEntry,
  counter,
  mail,
  ngoNoteDraft,
  publication,
  publicationDraft,
  partnerDirectory,
  councilDirectory,
  publicationsFirstPage,
  publicStats,
} from './fixtures.js';
import { expectations, rulesHarness, type MatrixTarget } from './harness.js';

/**
 * Publications and everything written by the server alone. Drafts are the Secretariat's to
 * read; preparing, approving and publishing go through `publicationAction` and a trigger that
 * writes the public record through the strict public schema. The public collections are read
 * by anyone, signed in or not, and written by no client. The mail outbox, the audit log, its
 * chain heads, the numbering counters and the rate limits are neither read nor written by any
 * client.
 */
const h = rulesHarness('publications', (db) =>
  seedDocuments(db, {
    'publicationDrafts/draft-1': publicationDraft(),
    'publicationDrafts/note-a': ngoNoteDraft(),
    'publications/pub-1': publication(),
    'coordinators/coordinator-ua30': coordinatorEntry(),
    'stats/public': publicStats(),
    'directory/partners': partnerDirectory(),
    'directory/councils': councilDirectory(),
    'directory/publications': publicationsFirstPage(),
    'mail/mail-1': mail('ngo-member-a'),
    'audit/entry-1': auditEntry('staff'),
    'auditChains/report_report-registered': auditChainHead(),
    'counters/report-2026': counter(),
    'rateLimits/uploads-per-user:ngo-member-a': rateLimit('ngo-member-a'),
  }),
);

/** A user's upload limit as `functions/src/shared/rate-limit.ts` keeps it. */
function rateLimit(subject: string) {
  return {
    scope: 'uploads-per-user',
    subject,
    windowStartMs: Date.UTC(2026, 2, 10, 9),
    count: 3,
    previousCount: 0,
    limit: 60,
    windowMs: 3_600_000,
    mode: 'sliding',
    updatedAt: Timestamp.fromMillis(Date.UTC(2026, 2, 10, 9, 5)),
    expiresAt: Timestamp.fromMillis(Date.UTC(2026, 2, 10, 11)),
  };
}

const publicRead = `
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
`;

const serverOnly = `
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
`;

/** get/list/create/update/delete against one seeded document of a collection. */
function plainAttempts(
  collectionId: string,
  existingId: string,
  newDocument: () => object,
  change: Record<string, unknown>,
  listQuery?: (uid: string) => ReturnType<typeof where>,
): MatrixTarget['attempts'] {
  return {
    get: ({ db }) => getDoc(doc(db, collectionId, existingId)),
    list: ({ db, actor }) =>
      getDocs(
        listQuery
          ? query(collection(db, collectionId), listQuery(uidOf(actor)))
          : collection(db, collectionId),
      ),
    create: ({ db }) => setDoc(doc(db, collectionId, 'client-written'), newDocument()),
    update: ({ db }) => updateDoc(doc(db, collectionId, existingId), change),
    delete: ({ db }) => deleteDoc(doc(db, collectionId, existingId)),
  };
}

h.matrix([
  {
    collection: 'publicationDrafts/{draftId}',
    subject: 'a draft awaiting the Commissioner’s approval',
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
      staff            allow allow deny   deny   deny
      commissioner     allow allow deny   deny   deny
      admin            deny  deny  deny   deny   deny
      disabledStaff    deny  deny  deny   deny   deny
    `),
    attempts: {
      ...plainAttempts('publicationDrafts', 'draft-1', publicationDraft, {}),
      create: ({ db, actor }) =>
        setDoc(doc(db, 'publicationDrafts', 'client-written'), {
          ...publicationDraft(),
          status: 'draft',
          createdBy: uidOf(actor),
          createdAt: serverTimestamp(),
          updatedAt: serverTimestamp(),
        }),
      // Approval is `publicationAction`'s: it checks the role and the redaction, and audits.
      update: ({ db, actor }) =>
        updateDoc(doc(db, 'publicationDrafts', 'draft-1'), {
          status: 'approved',
          approvedBy: uidOf(actor),
          approvedAt: serverTimestamp(),
        }),
    },
  },
  {
    collection: 'publications/{publicationId}',
    subject: 'a published record (public)',
    expected: expectations(publicRead),
    attempts: plainAttempts('publications', 'pub-1', publication, { status: 'retracted' }, () =>
      where('regionCodes', 'array-contains', 'UA-30'),
    ),
  },
  {
    collection: 'coordinators/{uid}',
    subject: 'the public entry of the Kyiv coordinator',
    expected: expectations(publicRead),
    attempts: plainAttempts(
      'coordinators',
      'coordinator-ua30',
      coordinatorEntry,
      { workPhone: '+380441234567' },
      () => where('regions', 'array-contains', 'UA-30'),
    ),
  },
  {
    collection: 'stats/{statsId}',
    subject: 'the public statistics document',
    expected: expectations(publicRead),
    attempts: plainAttempts('stats', 'public', publicStats, { 'reports.received': 1000 }),
  },
  {
    collection: 'directory/{directoryId}',
    subject: 'the public directory of partner organisations',
    expected: expectations(publicRead),
    attempts: plainAttempts('directory', 'partners', partnerDirectory, { partners: [] }),
  },
  {
    collection: 'directory/{directoryId}',
    subject: 'the public list of councils',
    expected: expectations(publicRead),
    attempts: plainAttempts('directory', 'councils', councilDirectory, { councils: [] }),
  },
  {
    collection: 'directory/{directoryId}',
    subject: 'the kept first page of the public records',
    expected: expectations(publicRead),
    attempts: plainAttempts('directory', 'publications', publicationsFirstPage, { cards: [] }),
  },
  {
    collection: 'mail/{mailId}',
    subject: 'an email to a member of organisation A',
    expected: expectations(serverOnly),
    attempts: plainAttempts(
      'mail',
      'mail-1',
      () => mail('ngo-member-a'),
      { 'delivery.state': 'SUCCESS' },
      (uid) => where('to', '==', `${uid}@spilno.test`),
    ),
  },
  {
    collection: 'audit/{entryId}',
    subject: 'an audit entry about a staff read of personal data',
    expected: expectations(serverOnly),
    attempts: plainAttempts(
      'audit',
      'entry-1',
      () => auditEntry('staff'),
      { action: 'report.viewed' },
      (uid) => where('actor.uid', '==', uid),
    ),
  },
  {
    collection: 'auditChains/{chainId}',
    subject: 'the head of a report’s audit chain',
    expected: expectations(serverOnly),
    attempts: plainAttempts('auditChains', 'report_report-registered', auditChainHead, {
      sequence: 0,
    }),
  },
  {
    collection: 'counters/{counterId}',
    subject: 'the 2026 report-number counter',
    expected: expectations(serverOnly),
    attempts: plainAttempts('counters', 'report-2026', counter, { lastSequence: 124 }),
  },
  {
    collection: 'rateLimits/{limitId}',
    subject: 'the upload limit of a member of organisation A',
    expected: expectations(serverOnly),
    attempts: plainAttempts(
      'rateLimits',
      'uploads-per-user:ngo-member-a',
      () => rateLimit('ngo-member-a'),
      { count: 0, previousCount: 0 },
      (uid) => where('subject', '==', uid),
    ),
  },
]);

describe('publications and server-only collections: beyond the matrix', () => {
  it('refuses the Commissioner approving or publishing by writing documents', async () => {
    const db = h.as('commissioner');
    await assertSucceeds(getDoc(doc(db, 'publicationDrafts', 'draft-1')));
    await assertFails(updateDoc(doc(db, 'publicationDrafts', 'draft-1'), { status: 'approved' }));
    await assertFails(setDoc(doc(db, 'publications', 'pub-2'), publication()));
  });

  it('lets the member who sent a note follow it, and nobody else of the NGO, nor edit it', async () => {
    // ngo-member-a sent note-a (fixtures): they read it and list their own notes.
    const author = h.as('ngoMemberA');
    await assertSucceeds(getDoc(doc(author, 'publicationDrafts', 'note-a')));
    await assertSucceeds(
      getDocs(
        query(
          collection(author, 'publicationDrafts'),
          where('createdBy', '==', 'ngo-member-a'),
          where('orgId', '==', ACTORS.ngoMemberA.claims.orgId),
        ),
      ),
    );
    // Not without the organisation: a former member would be let in otherwise.
    await assertFails(
      getDocs(
        query(collection(author, 'publicationDrafts'), where('createdBy', '==', 'ngo-member-a')),
      ),
    );
    await assertFails(getDocs(collection(author, 'publicationDrafts')));
    await assertFails(updateDoc(doc(author, 'publicationDrafts', 'note-a'), { flags: [] }));
    // The organisation's lead did not send it; another organisation's member neither.
    for (const name of ['ngoAdminA', 'ngoMemberB'] as const) {
      const db = h.as(name);
      await assertFails(getDoc(doc(db, 'publicationDrafts', 'note-a')));
      await assertFails(
        getDocs(
          query(
            collection(db, 'publicationDrafts'),
            where('orgId', '==', ACTORS[name].claims.orgId),
          ),
        ),
      );
      await assertFails(updateDoc(doc(db, 'publicationDrafts', 'note-a'), { flags: [] }));
    }
    // A draft staff prepare is not an NGO member's to read.
    await assertFails(getDoc(doc(author, 'publicationDrafts', 'draft-1')));
    await assertSucceeds(getDoc(doc(h.as('staff'), 'publicationDrafts', 'note-a')));
  });

  it('refuses staff clearing the personal-data flags or deciding one by writing the draft', async () => {
    const db = h.as('staff');
    await assertFails(updateDoc(doc(db, 'publicationDrafts', 'note-a'), { flags: [] }));
    await assertFails(
      updateDoc(doc(db, 'publicationDrafts', 'note-a'), {
        notPersonal: [{ field: 'body.uk', flagId: 'phone-1a2b3c4d-0', reason: 'так' }],
      }),
    );
  });

  it('refuses staff retracting a publication or correcting the statistics directly', async () => {
    const db = h.as('staff');
    await assertFails(
      updateDoc(doc(db, 'publications', 'pub-1'), {
        status: 'retracted',
        retraction: { note: { uk: 'Відкликано' }, at: serverTimestamp() },
      }),
    );
    await assertFails(updateDoc(doc(db, 'stats', 'public'), { publications: 0 }));
  });

  it('refuses a coordinator editing its own public entry, and an admin writing one', async () => {
    await assertFails(
      updateDoc(doc(h.as('coordinatorKyiv'), 'coordinators', 'coordinator-ua30'), {
        workPhone: '+380441234567',
      }),
    );
    await assertFails(
      setDoc(doc(h.as('admin'), 'coordinators', 'coordinator-ua46'), coordinatorEntry()),
    );
  });

  it('refuses every client queueing an email or reading the ones sent to it', async () => {
    for (const name of ACTOR_NAMES) {
      const db = h.as(name);
      await assertFails(setDoc(doc(db, 'mail', `from-${name}`), mail('ngo-member-a')));
    }
    await assertFails(getDoc(doc(h.as('ngoMemberA'), 'mail', 'mail-1')));
  });

  it('refuses everyone reading or extending the audit log, even about themselves', async () => {
    for (const name of ['staff', 'commissioner', 'admin'] as const) {
      const db = h.as(name);
      await assertFails(
        getDocs(query(collection(db, 'audit'), where('actor.uid', '==', ACTORS[name].uid))),
      );
      await assertFails(setDoc(doc(db, 'audit', `entry-${name}`), auditEntry(name)));
      await assertFails(
        setDoc(doc(db, 'auditChains', 'report_report-registered'), auditChainHead()),
      );
    }
  });

  it('refuses anyone taking a registration number by bumping the counter', async () => {
    for (const name of ['ngoMemberA', 'staff', 'admin'] as const) {
      await assertFails(
        updateDoc(doc(h.as(name), 'counters', 'report-2026'), { lastSequence: 124 }),
      );
    }
  });

  it('serves the public collections to the public through realistic queries', async () => {
    const db = h.as('anonymous');
    await assertSucceeds(
      getDocs(query(collection(db, 'publications'), where('status', '==', 'published'))),
    );
    await assertSucceeds(
      getDocs(query(collection(db, 'coordinators'), where('regions', 'array-contains', 'UA-30'))),
    );
    await assertSucceeds(getDoc(doc(db, 'stats', 'public')));
    await assertFails(getDocs(collection(db, 'publicationDrafts')));
  });
});
