import {
  collection,
  doc,
  getDocs,
  limit,
  onSnapshot,
  orderBy,
  query,
  serverTimestamp,
  setDoc,
  where,
} from 'firebase/firestore';
import { noteAttachmentSchema } from '@domain/schemas/attachment.schema.js';
import { noteSchema } from '@domain/schemas/note.schema.js';
import type { AttachmentView } from '../reports/report-view.js';
import { firestore, type Unsubscribe } from './firestore.js';
import { millisOf } from './proposals.js';
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

/** A note's photos, followed: by its organisation while written, by staff once sent. */
export function watchNoteFiles(
  noteId: string,
  next: (files: AttachmentView[]) => void,
  fail: (error: Error) => void,
): Unsubscribe {
  const files = collection(firestore(), 'notes', noteId, 'attachments').withConverter(
    typed(noteAttachmentSchema),
  );
  return onSnapshot(
    query(files, orderBy('uploadedAt')),
    (snapshot) =>
      next(
        snapshot.docs.map((d) => {
          const file = d.data();
          return {
            id: d.id,
            kind: file.kind,
            fileName: file.fileName,
            contentType: file.contentType,
            size: file.size,
            uploadedBy: file.uploadedBy,
            uploadedAt: millisOf(file.uploadedAt),
          };
        }),
      ),
    fail,
  );
}
