import { buffer } from 'node:stream/consumers';
import { doc, serverTimestamp, setDoc } from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicationSchema } from '../../../functions/src/domain/schemas/publication.schema.js';
import {
  AUTHOR,
  jpegWithMetadata,
} from '../../../functions/src/domain/uploads/metadata/metadata-samples.test-support.js';
import { pdf } from '../../../functions/src/domain/uploads/file-fixtures.test-support.js';
import { LocalBlobStore, localBlobRoot } from '../../../functions/src/storage/local-blob-store.js';
import { adminDb, unique } from '../../support/admin.js';
import { signIn, type SignedInClient } from '../../support/client.js';
import { eventually } from '../../support/mailbox.js';
import { verifiedOrganisation } from '../../support/organisations.js';
import { stack } from '../../support/stack.js';
import { blobFiles, upload } from '../uploads/upload-helpers.js';
import { targetFilesUrl } from '../uploads/target-files.js';

/**
 * The photos of an NGO's note about its work (issue 12), end to end: a member of the
 * organisation starts the note, adds a photo carrying EXIF with a GPS position (through
 * `/api/uploads?noteId=…&kind=photo`, as the note form does), sends the note; staff choose the
 * photo for the publication made of it; after the Commissioner's approval the public copy
 * under `public/` carries no EXIF, GPS or XMP. Another organisation, staff, a document instead
 * of a photo, and a photo after sending are refused.
 */
const store = new LocalBlobStore(localBlobRoot(process.env.LOCAL_BLOB_ROOT));

let org: Awaited<ReturnType<typeof verifiedOrganisation>>;
let other: Awaited<ReturnType<typeof verifiedOrganisation>>;
const clients: Record<string, SignedInClient> = {};
async function as(email: string) {
  clients[email] ??= await signIn(email);
  return clients[email];
}
const tokenOf = async (email: string) => (await as(email)).auth.currentUser!.getIdToken();

beforeAll(async () => {
  org = await verifiedOrganisation('UA-30');
  other = await verifiedOrganisation('UA-46');
});
afterAll(async () => {
  await Promise.all(Object.values(clients).map((c) => c.close()));
});

const photoTo = (token: string, noteId: string, name = 'моніторинг-ізолятора.jpg') =>
  upload({
    token,
    query: { noteId, kind: 'photo' },
    name,
    data: jpegWithMetadata(1),
    contentType: 'image/jpeg',
  });

const note = {
  title: 'Моніторинг ізоляторів тимчасового тримання',
  text: 'Наша команда відвідала три ізолятори тимчасового тримання й поговорила з адміністрацією про умови утримання.',
  links: [],
};

describe(
  'photos of an NGO’s note, from the note form to the public record',
  { timeout: 180_000 },
  () => {
    let noteId: string;
    let photoId: string;

    /** GET or DELETE `/api/files/notes/{noteId}/{attachmentId}` as this person: the status. */
    async function fileRoute(method: 'GET' | 'DELETE', email: string, id = photoId) {
      const response = await fetch(targetFilesUrl('notes', noteId, id), {
        method,
        headers: { Authorization: `Bearer ${await tokenOf(email)}` },
      });
      return response.status;
    }

    it('a member starts a note and adds a photo with EXIF and GPS; the original is kept as sent', async () => {
      const member = await as(org.member.email);
      noteId = unique('note');
      // As the note form does: the rules let a member of a verified organisation start one.
      await setDoc(doc(member.db, 'notes', noteId), {
        orgId: org.orgId,
        createdBy: org.member.uid,
        createdAt: serverTimestamp(),
        status: 'open',
      });
      const answer = await photoTo(await tokenOf(org.member.email), noteId);
      expect(answer.status).toBe(201);
      photoId = answer.body.attachment!.id;
      expect(answer.body.attachment).toMatchObject({ kind: 'photo', contentType: 'image/jpeg' });
      const record = (await adminDb().doc(`notes/${noteId}/attachments/${photoId}`).get()).data();
      expect(record).toMatchObject({
        orgId: org.orgId,
        kind: 'photo',
        storagePath: `notes/${noteId}/${photoId}`,
        uploadedBy: org.member.uid,
      });
      // The private original is as it came (stripping is for what goes public).
      const original = await buffer(await store.read(`notes/${noteId}/${photoId}`));
      expect(original.includes('Exif')).toBe(true);
    });

    it('refuses another organisation’s member, staff, a document instead of a photo; staff read it', async () => {
      const before = await blobFiles(`notes/${noteId}`);
      const stranger = await photoTo(await tokenOf(other.member.email), noteId);
      expect(stranger.status).toBe(403);
      expect(stranger.body.error?.code).toBe('UPLOAD.NOT_ALLOWED');
      const staff = await photoTo(await tokenOf('staff1@spilno.test'), noteId);
      expect(staff.status).toBe(403);
      const document = await upload({
        token: await tokenOf(org.member.email),
        query: { noteId, kind: 'photo' },
        name: 'звіт.pdf',
        data: pdf(),
        contentType: 'application/pdf',
      });
      expect(document.status).toBe(415);
      expect(document.body.error?.code).toBe('UPLOAD.TYPE_NOT_FOR_TARGET');
      // No refused file left a blob or a record behind.
      expect(await blobFiles(`notes/${noteId}`)).toEqual(before);
      const records = await adminDb().collection(`notes/${noteId}/attachments`).get();
      expect(records.docs.map((d) => d.id)).toEqual([photoId]);

      expect(await fileRoute('GET', 'staff1@spilno.test')).toBe(200);
      expect(await fileRoute('GET', org.lead.email)).toBe(200);
      expect(await fileRoute('GET', other.member.email)).toBe(403);
      expect(await fileRoute('DELETE', other.member.email)).toBe(403);
      expect(await fileRoute('DELETE', 'staff1@spilno.test')).toBe(403);
    });

    it('takes a photo added by mistake off the open note: its record and bytes go', async () => {
      const mistake = await photoTo(await tokenOf(org.member.email), noteId, 'не-те-фото.jpg');
      expect(mistake.status).toBe(201);
      const mistakeId = mistake.body.attachment!.id;
      expect(await blobFiles(`notes/${noteId}`)).toContain(`notes/${noteId}/${mistakeId}`);
      expect(await fileRoute('DELETE', org.lead.email, mistakeId)).toBe(204);
      expect(await blobFiles(`notes/${noteId}`)).toEqual([`notes/${noteId}/${photoId}`]);
      const records = await adminDb().collection(`notes/${noteId}/attachments`).get();
      expect(records.docs.map((d) => d.id)).toEqual([photoId]);
    });

    it('sends the note with its photos: the draft has the note’s id and names it; no photo after', async () => {
      const member = await as(org.member.email);
      const sent = await member.call<{ publicationId: string }>('publicationAction', {
        action: 'sendNote',
        note,
        noteId,
      });
      expect(sent.publicationId).toBe(noteId);
      const draft = (await adminDb().doc(`publicationDrafts/${noteId}`).get()).data();
      expect(draft).toMatchObject({
        kind: 'ngo_activity',
        sourceId: noteId,
        orgId: org.orgId,
        attachmentIds: [],
      });
      expect((await adminDb().doc(`notes/${noteId}`).get()).get('status')).toBe('sent');
      const late = await photoTo(await tokenOf(org.member.email), noteId, 'ще-одне.jpg');
      expect(late.status).toBe(409);
      expect(late.body.error?.code).toBe('UPLOAD.TARGET_NOT_ALLOWED_IN_STATE');
      // Nor taken off: what staff received stays.
      expect(await fileRoute('DELETE', org.member.email)).toBe(409);
      await expect(
        member.call('publicationAction', { action: 'sendNote', note, noteId }),
      ).rejects.toMatchObject({ details: { code: 'PUBLICATION.NOTE_ALREADY_SENT' } });
    });

    it('staff choose the photo; after approval its public copy has no EXIF, GPS or XMP', async () => {
      const staff = await as('staff1@spilno.test');
      const draft = (await adminDb().doc(`publicationDrafts/${noteId}`).get()).data()!;
      const content = (attachmentIds: string[]) => ({
        title: draft.title,
        summary: draft.summary,
        body: draft.body,
        regionCodes: ['UA-30'],
        areas: [],
        rights: [],
        attachmentIds,
      });
      // Only this note's photos: a file id of nothing of the note is refused.
      await expect(
        staff.call('publicationAction', {
          action: 'save',
          publicationId: noteId,
          content: content(['not-a-photo-of-it']),
        }),
      ).rejects.toMatchObject({ details: { code: 'PUBLICATION.ATTACHMENT_NOT_PUBLISHABLE' } });
      const saved = await staff.call<{ openFlags: number }>('publicationAction', {
        action: 'save',
        publicationId: noteId,
        content: content([photoId]),
      });
      expect(saved.openFlags).toBe(0);
      await staff.call('publicationAction', { action: 'submit', publicationId: noteId });
      const commissioner = await as('commissioner@spilno.test');
      await commissioner.call('publicationAction', { action: 'approve', publicationId: noteId });

      const record = await eventually(
        async () => (await adminDb().doc(`publications/${noteId}`).get()).data(),
        { what: `publications/${noteId}`, timeoutMs: 60_000 },
      );
      const parsed = publicationSchema.parse(record);
      expect(parsed).toMatchObject({ kind: 'ngo_activity', status: 'published' });
      expect(parsed.attachments).toHaveLength(1);
      const file = parsed.attachments[0]!;
      expect(file).toMatchObject({
        name: 'моніторинг-ізолятора.jpg',
        contentType: 'image/jpeg',
        url: `/files/publications/${noteId}/${photoId}.jpg`,
      });
      const bytes = await buffer(await store.read(`public/publications/${noteId}/${photoId}.jpg`));
      expect(bytes.length).toBe(file.size);
      expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
      expect(bytes.includes('Exif')).toBe(false);
      expect(bytes.includes(AUTHOR)).toBe(false);
      expect(bytes.includes('SpilnoCam')).toBe(false);
      expect(bytes.includes('http://ns.adobe.com/xap/1.0/')).toBe(false);
      // The public site serves the stripped copy, and the record's page links it.
      const served = await fetch(`${stack.webUrl}${file.url}`);
      expect(served.status).toBe(200);
      expect(new Uint8Array(await served.arrayBuffer())).toEqual(new Uint8Array(bytes));
      const page = await (await fetch(`${stack.webUrl}/p/${noteId}`)).text();
      expect(page).toContain(file.url);
    });
  },
);
