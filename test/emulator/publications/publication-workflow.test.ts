import { buffer } from 'node:stream/consumers';
import { Timestamp } from 'firebase-admin/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicationSchema } from '../../../functions/src/domain/schemas/publication.schema.js';
import { attachmentSchema } from '../../../functions/src/domain/schemas/attachment.schema.js';
import {
  AUTHOR,
  jpegWithMetadata,
} from '../../../functions/src/domain/uploads/metadata/metadata-samples.test-support.js';
import { firstPageRef } from '../../../functions/src/publications/first-page-store.js';
import { LocalBlobStore, localBlobRoot } from '../../../functions/src/storage/local-blob-store.js';
import { adminDb, unique } from '../../support/admin.js';
import { signIn, type SignedInClient } from '../../support/client.js';
import { eventually } from '../../support/mailbox.js';
import { verifiedOrganisation } from '../../support/organisations.js';

/**
 * A report's outcome published end to end, as issue 12 describes it: the NGO's consent
 * (recorded with who and when, changeable until publication), a draft whose personal-data
 * flags block approval until each is redacted or marked not personal, the Commissioner's
 * approval, and the trigger's public record — with no personal data in the record or in the
 * copy of its photo — then the retraction. Wrong roles are refused and change nothing.
 */
const VICTIM = 'Петренко Василь Іванович';
const VICTIM_PHONE = '+380671234567';
const store = new LocalBlobStore(localBlobRoot(process.env.LOCAL_BLOB_ROOT));

let org: Awaited<ReturnType<typeof verifiedOrganisation>>;
const clients: Record<string, SignedInClient> = {};
async function as(email: string) {
  clients[email] ??= await signIn(email);
  return clients[email];
}
beforeAll(async () => {
  org = await verifiedOrganisation('UA-30');
});
afterAll(async () => {
  await Promise.all(Object.values(clients).map((c) => c.close()));
});

const DECIDED = Timestamp.fromDate(new Date('2026-11-20T09:00:00Z'));

/** A decided report of the organisation, its restricted part naming the victim, and a photo. */
async function decidedReport(consent: boolean) {
  const reportId = unique('report');
  await adminDb()
    .doc(`reports/${reportId}`)
    .set({
      title: 'Затримання активіста без протоколу',
      description:
        'Працівники поліції затримали активіста під час мирного пікету й не допускали адвоката.',
      incidentDate: '2026-11-02',
      regionCode: 'UA-30',
      locality: 'Київ',
      violator: { kind: 'state_body', name: 'ГУНП у м. Києві' },
      rights: ['liberty'],
      area: 'restoration',
      victimsCount: 1,
      vulnerableGroups: { children: false, disabilities: false, deprivedOfLiberty: true },
      urgent: false,
      consentToPublish: consent,
      orgId: org.orgId,
      status: 'decided',
      intake: 'web',
      number: `ГО-2026-${String(Math.floor(Math.random() * 900_000) + 100_000)}`,
      submittedAt: DECIDED,
      registeredAt: DECIDED,
      decision: {
        forms: ['submission'],
        rationale: 'Порушено право на свободу та особисту недоторканність.',
        decidedBy: 'demo-commissioner',
        decidedAt: DECIDED,
      },
      createdBy: org.member.uid,
      createdAt: DECIDED,
      updatedAt: DECIDED,
    });
  await adminDb()
    .doc(`reports/${reportId}/private/personalData`)
    .set({
      orgId: org.orgId,
      victims: [{ fullName: VICTIM, contact: VICTIM_PHONE }],
      witnesses: [],
      createdBy: org.member.uid,
      createdAt: DECIDED,
      updatedAt: DECIDED,
    });
  const attachmentId = unique('att');
  const photo = jpegWithMetadata(1);
  const storagePath = `reports/${reportId}/${attachmentId}`;
  const stored = await store.put(storagePath, photo, { contentType: 'image/jpeg' });
  await adminDb()
    .doc(`reports/${reportId}/attachments/${attachmentId}`)
    .set(
      attachmentSchema.parse({
        orgId: org.orgId,
        kind: 'evidence',
        fileName: 'фото-пікету.jpg',
        contentType: 'image/jpeg',
        size: stored.size,
        sha256: stored.sha256,
        storagePath,
        uploadedBy: org.member.uid,
        uploadedAt: DECIDED,
      }),
    );
  return { reportId, attachmentId };
}

const content = (attachmentIds: string[] = []) => ({
  title: { uk: 'Поліція затримала активіста без протоколу' },
  summary: { uk: 'Уповноважений визнав порушення права на свободу під час мирного пікету.' },
  body: {
    uk:
      'Працівники поліції затримали Василя Петренка під час пікету. ' +
      `Його телефон ${VICTIM_PHONE} згадано у скарзі. ` +
      'Гаряча лінія Уповноваженого: 0 800 50 17 20.',
  },
  regionCodes: ['UA-30'],
  areas: ['restoration'],
  rights: ['liberty'],
  attachmentIds,
});

const draftOf = async (id: string) =>
  (await adminDb().doc(`publicationDrafts/${id}`).get()).data()!;
const auditActions = async (chain: string) =>
  (await adminDb().collection('audit').where('chain', '==', chain).get()).docs
    .sort((a, b) => a.get('sequence') - b.get('sequence'))
    .map((d) => d.get('action') as string);
const counter = async (doc: string, field: string) =>
  Number((await adminDb().doc(`stats/${doc}`).get()).get(field) ?? 0);
/** The records on the kept first page of /publications (`directory/publications`). */
const firstPageIds = async () =>
  ((await firstPageRef().get()).data()?.cards ?? []).map((card) => card.id);

describe('consent to publishing a report’s outcome', { timeout: 120_000 }, () => {
  it('refuses an outcome without consent; the NGO gives it, recorded with who and when', async () => {
    const { reportId } = await decidedReport(false);
    const staff = await as('staff1@spilno.test');
    await expect(
      staff.call('publicationAction', {
        action: 'create',
        kind: 'report_outcome',
        sourceId: reportId,
        content: content(),
      }),
    ).rejects.toMatchObject({ details: { code: 'PUBLICATION.NO_CONSENT' } });
    expect(
      (await adminDb().collection('publicationDrafts').where('sourceId', '==', reportId).get())
        .empty,
    ).toBe(true);

    // Staff cannot answer for the NGO.
    await expect(
      staff.call('reportAction', { action: 'setPublicationConsent', reportId, consent: true }),
    ).rejects.toMatchObject({ details: { code: 'WORKFLOW.ROLE_NOT_ALLOWED' } });

    const ngo = await as(org.member.email);
    await ngo.call('reportAction', { action: 'setPublicationConsent', reportId, consent: true });
    const report = (await adminDb().doc(`reports/${reportId}`).get()).data()!;
    expect(report.consentToPublish).toBe(true);
    expect(report.publicationConsent).toMatchObject({ given: true, by: org.member.uid });
    expect((report.publicationConsent.at as Timestamp).toMillis()).toBeGreaterThan(
      Date.now() - 60_000,
    );
    expect(await auditActions(`report:${reportId}`)).toContain('report.publication_consent_set');
  });
});

describe('a report’s outcome from draft to public record', { timeout: 120_000 }, () => {
  let reportId: string;
  let attachmentId: string;
  let id: string;

  it('creates a draft whose flags name the victim in another case and the phone', async () => {
    ({ reportId, attachmentId } = await decidedReport(true));
    const ngo = await as(org.member.email);
    await expect(
      ngo.call('publicationAction', {
        action: 'create',
        kind: 'report_outcome',
        sourceId: reportId,
        content: content(),
      }),
    ).rejects.toMatchObject({ details: { code: 'PUBLICATION.PREPARED_BY_STAFF' } });

    const staff = await as('staff1@spilno.test');
    const created = await staff.call<{ publicationId: string; openFlags: number }>(
      'publicationAction',
      {
        action: 'create',
        kind: 'report_outcome',
        sourceId: reportId,
        content: content([attachmentId]),
      },
    );
    id = created.publicationId;
    const draft = await draftOf(id);
    expect(draft).toMatchObject({ status: 'draft', orgId: org.orgId, sourceId: reportId });
    const kinds = (draft.flags as { kind: string; text: string }[]).map((f) => [f.kind, f.text]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['name', 'Василя Петренка'],
        ['phone', VICTIM_PHONE],
        ['phone', '0 800 50 17 20'],
      ]),
    );
    expect(created.openFlags).toBe(draft.flags.length);
  });

  it('refuses approval while a flag is open, and approval by staff', async () => {
    const staff = await as('staff1@spilno.test');
    await staff.call('publicationAction', { action: 'submit', publicationId: id });
    await expect(
      staff.call('publicationAction', { action: 'approve', publicationId: id }),
    ).rejects.toMatchObject({ details: { code: 'WORKFLOW.ROLE_NOT_ALLOWED' } });
    const commissioner = await as('commissioner@spilno.test');
    await expect(
      commissioner.call('publicationAction', { action: 'approve', publicationId: id }),
    ).rejects.toMatchObject({ details: { code: 'PUBLICATION.OPEN_PERSONAL_DATA_FLAGS' } });
    expect((await draftOf(id)).status).toBe('pending_approval');
    await commissioner.call('publicationAction', {
      action: 'return',
      publicationId: id,
      comment: 'Приховайте ім’я та телефон потерпілого.',
    });
    expect(await draftOf(id)).toMatchObject({
      status: 'draft',
      reviewComment: 'Приховайте ім’я та телефон потерпілого.',
    });
  });

  it('redacts the victim’s flags and marks the hotline not personal, with a reason', async () => {
    const staff = await as('staff1@spilno.test');
    const flags = (await draftOf(id)).flags as {
      id: string;
      kind: string;
      text: string;
      field: string;
    }[];
    for (const flag of flags.filter((f) => f.text !== '0 800 50 17 20')) {
      await staff.call('publicationAction', {
        action: 'redact',
        publicationId: id,
        field: flag.field,
        flagId: flag.id,
      });
    }
    const hotline = flags.find((f) => f.text === '0 800 50 17 20')!;
    await expect(
      staff.call('publicationAction', {
        action: 'markNotPersonal',
        publicationId: id,
        field: hotline.field,
        flagId: hotline.id,
        reason: 'x',
      }),
    ).rejects.toMatchObject({ code: 'functions/invalid-argument' });
    const answer = await staff.call<{ openFlags: number }>('publicationAction', {
      action: 'markNotPersonal',
      publicationId: id,
      field: hotline.field,
      flagId: hotline.id,
      scope: 'text',
      reason: 'Публічна гаряча лінія Уповноваженого',
    });
    expect(answer.openFlags).toBe(0);
    const draft = await draftOf(id);
    expect(draft.body.uk).not.toContain('Петренк');
    expect(draft.body.uk).not.toContain(VICTIM_PHONE);
    expect(draft.body.uk).toContain('[приховано]');
    expect(draft.notPersonal).toHaveLength(1);
  });

  it('publishes on approval: the record and its photo hold no personal data', async () => {
    const live = await counter('all', 'publications.live');
    const staff = await as('staff1@spilno.test');
    await staff.call('publicationAction', { action: 'submit', publicationId: id });
    const commissioner = await as('commissioner@spilno.test');
    await commissioner.call('publicationAction', { action: 'approve', publicationId: id });

    const record = await eventually(
      async () => (await adminDb().doc(`publications/${id}`).get()).data(),
      { what: `publications/${id}`, timeoutMs: 60_000 },
    );
    const parsed = publicationSchema.parse(record);
    const text = JSON.stringify(record);
    for (const secret of ['Петренк', 'Василь', VICTIM_PHONE, org.member.uid, 'demo-staff1'])
      expect(text).not.toContain(secret);
    expect(Object.keys(record).sort()).toEqual(Object.keys(parsed).sort());
    expect(parsed).toMatchObject({
      kind: 'report_outcome',
      status: 'published',
      year: expect.any(Number),
    });
    expect(parsed.attachments).toHaveLength(1);
    const file = parsed.attachments[0]!;
    expect(file.url).toBe(`/files/publications/${id}/${attachmentId}.jpg`);
    const bytes = await buffer(await store.read(`public/publications/${id}/${attachmentId}.jpg`));
    expect(bytes.length).toBe(file.size);
    expect(bytes.includes('Exif')).toBe(false);
    expect(bytes.includes(AUTHOR)).toBe(false);
    expect(bytes.includes('http://ns.adobe.com/xap/1.0/')).toBe(false);
    expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);

    expect(await draftOf(id)).toMatchObject({ status: 'published' });
    expect(await auditActions(`publication:${id}`)).toEqual([
      'publication.created',
      'publication.submitted',
      'publication.returned',
      'publication.flag_redacted',
      'publication.flag_redacted',
      'publication.flag_marked_not_personal',
      'publication.submitted',
      'publication.approved',
      'publication.published',
    ]);
    await eventually(
      async () => ((await counter('all', 'publications.live')) > live ? true : undefined),
      { what: 'publications.live counted', timeoutMs: 60_000 },
    );
    const notices = await adminDb()
      .collection(`users/${org.lead.uid}/notifications`)
      .where('kind', '==', 'publication.progress')
      .get();
    expect(notices.docs.map((d) => d.get('link'))).toContain(`/p/${id}`);
    // The newest record: on the kept first page of /publications once its trigger ran.
    await eventually(async () => ((await firstPageIds()).includes(id) ? true : undefined), {
      what: 'the record on directory/publications',
      timeoutMs: 60_000,
    });
  });

  it('no longer lets the NGO change its consent once published', async () => {
    const ngo = await as(org.member.email);
    await expect(
      ngo.call('reportAction', { action: 'setPublicationConsent', reportId, consent: false }),
    ).rejects.toMatchObject({ details: { code: 'PUBLICATION.CONSENT_LOCKED' } });
    expect((await adminDb().doc(`reports/${reportId}`).get()).get('consentToPublish')).toBe(true);
  });

  it('retracts: out of the listings, a dated note, the reason audited', async () => {
    const ngo = await as(org.member.email);
    const note = { uk: 'Запис відкликано на прохання організації.' };
    await expect(
      ngo.call('publicationAction', {
        action: 'retract',
        publicationId: id,
        reason: 'Прохання ГО',
        note,
      }),
    ).rejects.toMatchObject({ details: { code: 'WORKFLOW.ROLE_NOT_ALLOWED' } });
    const staff = await as('staff1@spilno.test');
    await staff.call('publicationAction', {
      action: 'retract',
      publicationId: id,
      reason: 'Організація попросила зняти матеріал',
      note,
    });
    const record = publicationSchema.parse(
      (await adminDb().doc(`publications/${id}`).get()).data(),
    );
    expect(record.status).toBe('retracted');
    expect(record.searchKeys).toEqual([]);
    expect(record.retraction?.note).toEqual(note);
    const listed = await adminDb()
      .collection('publications')
      .where('status', '==', 'published')
      .get();
    expect(listed.docs.map((d) => d.id)).not.toContain(id);
    // Off the kept first page with the retraction itself, before any trigger runs.
    expect(await firstPageIds()).not.toContain(id);
    const entries = await adminDb()
      .collection('audit')
      .where('chain', '==', `publication:${id}`)
      .get();
    const retraction = entries.docs.find((d) => d.get('action') === 'publication.retracted');
    expect(retraction?.get('details')).toMatchObject({
      reason: 'Організація попросила зняти матеріал',
    });
    await eventually(
      async () => ((await counter('all', 'publications.retracted')) > 0 ? true : undefined),
      { what: 'publications.retracted counted', timeoutMs: 60_000 },
    );
  });
});

describe('notes about an NGO’s work', { timeout: 120_000 }, () => {
  it('takes a note from a member of a verified NGO as a draft for staff, and refuses staff sending one', async () => {
    const ngo = await as(org.member.email);
    const note = {
      title: 'Моніторинг ізоляторів у Києві',
      text: 'Наша команда відвідала три ізолятори тимчасового тримання й поговорила з адміністрацією про умови.',
      links: ['https://example.org/report'],
    };
    const { publicationId } = await ngo.call<{ publicationId: string }>('publicationAction', {
      action: 'sendNote',
      note,
    });
    const draft = await draftOf(publicationId);
    expect(draft).toMatchObject({
      kind: 'ngo_activity',
      orgId: org.orgId,
      status: 'draft',
      title: { uk: note.title },
      createdBy: org.member.uid,
    });
    expect(draft.body.uk).toContain('https://example.org/report');
    const staff = await as('staff1@spilno.test');
    await expect(
      staff.call('publicationAction', { action: 'sendNote', note }),
    ).rejects.toMatchObject({ details: { code: 'PUBLICATION.NOTES_BY_NGOS' } });
  });
});
