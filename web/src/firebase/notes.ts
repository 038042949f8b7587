import {
  collection,
  doc,
  getDocs,
  limit,
  query,
  serverTimestamp,
  setDoc,
  where,
} from 'firebase/firestore';
import { noteSchema } from '@domain/schemas/note.schema.js';
import { firestore } from './firestore.js';
import { typed } from './typed.js';

/**
 * An NGO's note while it is written (`notes/{noteId}`), so that its photos have a place
 * before the text is sent, and its photos (`notes/{noteId}/attachments`), each through its
 * schema. The photos go through `/api/uploads?noteId=…&kind=photo`; sending the note is the
 * `publicationAction` callable's (`sendNote` with the `noteId`).
 */
const notes = () => collection(firestore(), 'notes').withConverter(typed(noteSchema));

/**
 * The person's open note, the one they were writing (its photos kept), or a new one of
 * their organisation: the rules let a member of a verified organisation start one.
 */
export async function openNote(who: { uid: string; orgId: string }): Promise<string> {
  const open = await getDocs(
    query(
      notes(),
      where('orgId', '==', who.orgId),
      where('createdBy', '==', who.uid),
      where('status', '==', 'open'),
      limit(1),
    ),
  );
  const existing = open.docs[0];
  if (existing) return existing.id;
  const ref = doc(collection(firestore(), 'notes'));
  await setDoc(ref, {
    orgId: who.orgId,
    createdBy: who.uid,
    createdAt: serverTimestamp(),
    status: 'open',
  });
  return ref.id;
}
