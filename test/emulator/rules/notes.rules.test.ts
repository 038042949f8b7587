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
import { ACTORS, ORG_A, ORG_B, ORG_P, SEEDED_AT, seedDocuments, uidOf } from './actors.js';
import { organisation } from './fixtures.js';
import { expectations, rulesHarness } from './harness.js';

/**
 * An NGO's note while it is written (`notes/{noteId}`), so that its photos have a place before
 * the text is sent, and the photos' records. A member of a verified organisation starts an
 * open note of its own; the organisation and the Secretariat read it and its photos; only the
 * server (`sendNote`, `/api/uploads`) changes anything else.
 */
const NOTE = 'note-open-a';

function storedNote(orgId = ORG_A, status: 'open' | 'sent' = 'open') {
  return { orgId, createdBy: 'ngo-member-a', createdAt: SEEDED_AT, status };
}

function photo(orgId = ORG_A) {
  return {
    orgId,
    kind: 'photo',
    fileName: 'monitoring.jpg',
    contentType: 'image/jpeg',
    size: 48213,
    sha256: 'b'.repeat(64),
    storagePath: `notes/${NOTE}/photo-1`,
    uploadedBy: 'ngo-member-a',
    uploadedAt: SEEDED_AT,
  };
}

const h = rulesHarness('notes', (db) =>
  seedDocuments(db, {
    [`organisations/${ORG_A}`]: organisation(ORG_A),
    [`organisations/${ORG_B}`]: organisation(ORG_B),
    [`organisations/${ORG_P}`]: organisation(ORG_P),
    [`notes/${NOTE}`]: storedNote(),
    [`notes/${NOTE}/attachments/photo-1`]: photo(),
  }),
);

/** A new note as the note form starts it: the person's own, of their organisation, open. */
const newNote = (orgId: string, uid: string) => ({
  orgId,
  createdBy: uid,
  createdAt: serverTimestamp(),
  status: 'open',
});

h.matrix([
  {
    collection: 'notes/{noteId}',
    subject: 'an open note of organisation A',
    // Organisation B (verified) starts its own note; the pending organisation may not.
    expected: expectations(`
      actor            get   list  create update delete
      anonymous        deny  deny  deny   deny   deny
      signedInNoRole   deny  deny  deny   deny   deny
      ngoMemberA       allow allow allow  deny   deny
      ngoAdminA        allow allow allow  deny   deny
      ngoMemberB       deny  deny  allow  deny   deny
      ngoAdminPending  deny  deny  deny   deny   deny
      coordinatorKyiv  deny  deny  deny   deny   deny
      coordinatorLviv  deny  deny  deny   deny   deny
      staff            allow allow deny   deny   deny
      commissioner     allow allow deny   deny   deny
      admin            deny  deny  deny   deny   deny
      disabledStaff    deny  deny  deny   deny   deny
    `),
    attempts: {
      get: ({ db }) => getDoc(doc(db, 'notes', NOTE)),
      list: ({ db }) => getDocs(query(collection(db, 'notes'), where('orgId', '==', ORG_A))),
      create: ({ db, actor }) =>
        setDoc(
          doc(db, 'notes', `new-${actor.name}`),
          newNote(actor.claims.orgId ?? ORG_A, uidOf(actor)),
        ),
      // Sending is `sendNote`'s: it makes the publication draft in the same transaction.
      update: ({ db }) => updateDoc(doc(db, 'notes', NOTE), { status: 'sent' }),
      delete: ({ db }) => deleteDoc(doc(db, 'notes', NOTE)),
    },
  },
  {
    collection: 'notes/{noteId}/attachments/{attachmentId}',
    subject: 'a photo of organisation A’s open note',
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
      get: ({ db }) => getDoc(doc(db, 'notes', NOTE, 'attachments', 'photo-1')),
      list: ({ db }) => getDocs(collection(db, 'notes', NOTE, 'attachments')),
      // Files are recorded by /api/uploads once their bytes passed the checks.
      create: ({ db }) => setDoc(doc(db, 'notes', NOTE, 'attachments', 'photo-2'), photo()),
      update: ({ db }) =>
        updateDoc(doc(db, 'notes', NOTE, 'attachments', 'photo-1'), { fileName: 'x.jpg' }),
      delete: ({ db }) => deleteDoc(doc(db, 'notes', NOTE, 'attachments', 'photo-1')),
    },
  },
]);

describe('notes: beyond the matrix', () => {
  it('refuses a note started for another organisation, by another person, sent or with more fields', async () => {
    const db = h.as('ngoMemberA');
    const uid = uidOf(ACTORS.ngoMemberA);
    await assertSucceeds(setDoc(doc(db, 'notes', 'fine'), newNote(ORG_A, uid)));
    await assertFails(setDoc(doc(db, 'notes', 'other-org'), newNote(ORG_B, uid)));
    await assertFails(setDoc(doc(db, 'notes', 'other-person'), newNote(ORG_A, 'ngo-admin-a')));
    await assertFails(
      setDoc(doc(db, 'notes', 'already-sent'), { ...newNote(ORG_A, uid), status: 'sent' }),
    );
    await assertFails(
      setDoc(doc(db, 'notes', 'backdated'), { ...newNote(ORG_A, uid), createdAt: SEEDED_AT }),
    );
    await assertFails(
      setDoc(doc(db, 'notes', 'with-extra'), { ...newNote(ORG_A, uid), sentAt: serverTimestamp() }),
    );
  });

  it('lets another organisation list neither the notes nor the photos of organisation A', async () => {
    const db = h.as('ngoMemberB');
    await assertFails(getDocs(collection(db, 'notes')));
    await assertFails(getDoc(doc(db, 'notes', NOTE, 'attachments', 'photo-1')));
  });

  it('keeps a sent note and its photos readable by the organisation and staff, and unchangeable', async () => {
    await h.asServer((db) => setDoc(doc(db, 'notes', NOTE), storedNote(ORG_A, 'sent')));
    for (const name of ['ngoMemberA', 'staff'] as const) {
      await assertSucceeds(getDoc(doc(h.as(name), 'notes', NOTE)));
      await assertSucceeds(getDoc(doc(h.as(name), 'notes', NOTE, 'attachments', 'photo-1')));
    }
    await assertFails(updateDoc(doc(h.as('ngoMemberA'), 'notes', NOTE), { status: 'open' }));
  });
});
