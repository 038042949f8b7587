/**
 * `/api/uploads` and `/api/files/…` for the files of a legislative proposal and of a council
 * meeting (issue 11): a proposal's authors (its lead organisation and the co-authors that
 * accepted) attach files to their draft or returned proposal and remove those no submitted
 * version holds; an organisation only invited, anyone else, and a proposal with the council
 * are refused. Staff attach a meeting's minutes; the council's members read them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { pdf, png } from '../../../functions/src/domain/uploads/file-fixtures.test-support.js';
import { ORG_KHARKIV, ORG_KYIV, ORG_LVIV } from '../../../scripts/demo/demo-data.js';
import { adminDb } from '../../support/admin.js';
import { blobFiles, closeClients, newMember, tokenOf, upload } from './upload-helpers.js';
import {
  createCouncil,
  createMeeting,
  createProposal,
  invite,
  targetFilesUrl,
} from './target-files.js';

afterEach(closeClients);

const toProposal = (token: string, proposalId: string, name = 'Аналіз практики ЄСПЛ.pdf') =>
  upload({
    token,
    query: { proposalId, kind: 'proposal_document' },
    name,
    data: name.endsWith('.png') ? png() : pdf(),
    contentType: name.endsWith('.png') ? 'image/png' : 'application/pdf',
  });

async function call(
  method: 'GET' | 'DELETE',
  token: string | undefined,
  folder: 'proposals' | 'meetings',
  id: string,
  attachmentId: string,
) {
  const response = await fetch(targetFilesUrl(folder, id, attachmentId), {
    method,
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  const text = method === 'GET' && response.ok ? '' : await response.text();
  return {
    status: response.status,
    code: text ? (JSON.parse(text) as { error?: { code: string } }).error?.code : undefined,
  };
}

const draftFiles = async (proposalId: string) =>
  (await adminDb().doc(`proposalDrafts/${proposalId}`).get()).get('attachmentIds') as string[];
const records = async (path: string) =>
  (await adminDb().collection(`${path}/attachments`).get()).docs.map((d) => d.id).sort();

describe('files of a legislative proposal', () => {
  it('an author and an accepted co-author attach to the draft; the draft lists them; both read them', async () => {
    const lead = await newMember(ORG_KYIV);
    const coAuthor = await newMember(ORG_LVIV);
    const councilId = await createCouncil([]);
    const proposalId = await createProposal({ councilId, orgIds: [ORG_KYIV, ORG_LVIV] });

    const first = await toProposal(lead.token, proposalId);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const attachment = first.body.attachment!;
    expect(attachment).toMatchObject({
      proposalId,
      kind: 'proposal_document',
      fileName: 'Аналіз практики ЄСПЛ.pdf',
      url: `/api/files/proposals/${proposalId}/${attachment.id}`,
    });
    const second = await toProposal(coAuthor.token, proposalId, 'Таблиця.png');
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    const ids = [attachment.id, second.body.attachment!.id].sort();

    expect(await records(`proposals/${proposalId}`)).toEqual(ids);
    expect((await draftFiles(proposalId)).sort()).toEqual(ids);
    expect(await blobFiles(`proposals/${proposalId}`)).toEqual(
      ids.map((id) => `proposals/${proposalId}/${id}`),
    );
    const record = (
      await adminDb().doc(`proposals/${proposalId}/attachments/${attachment.id}`).get()
    ).data()!;
    expect(record).toMatchObject({
      orgId: ORG_KYIV,
      uploadedBy: lead.uid,
      contentType: 'application/pdf',
    });
    expect((await call('GET', coAuthor.token, 'proposals', proposalId, attachment.id)).status).toBe(
      200,
    );
  });

  it('refuses a non-member, an organisation invited but not accepted, and staff on a draft', async () => {
    const councilId = await createCouncil([]);
    const proposalId = await createProposal({ councilId, orgIds: [ORG_KYIV] });
    await invite(proposalId, councilId, ORG_LVIV, ORG_KYIV);
    const lead = await newMember(ORG_KYIV);
    const file = (await toProposal(lead.token, proposalId)).body.attachment!.id;

    const invited = await newMember(ORG_LVIV);
    const asInvited = await toProposal(invited.token, proposalId);
    expect(asInvited.status).toBe(403);
    expect(asInvited.body.error?.code).toBe('UPLOAD.NOT_ALLOWED');
    expect((await call('GET', invited.token, 'proposals', proposalId, file)).status).toBe(403);
    expect((await call('DELETE', invited.token, 'proposals', proposalId, file)).status).toBe(403);

    const stranger = await newMember(ORG_KHARKIV);
    expect((await toProposal(stranger.token, proposalId)).status).toBe(403);
    expect((await call('GET', stranger.token, 'proposals', proposalId, file)).status).toBe(403);
    expect(
      (await toProposal((await newMember(ORG_KHARKIV)).token, 'no-such-proposal')).status,
    ).toBe(404);
    expect(await records(`proposals/${proposalId}`)).toEqual([file]);
  });

  it('refuses a proposal with the council (wrong state), and keeps nothing of the file', async () => {
    const councilId = await createCouncil([]);
    const proposalId = await createProposal({
      councilId,
      orgIds: [ORG_KYIV],
      status: 'council_review',
    });
    const lead = await newMember(ORG_KYIV);
    const refused = await toProposal(lead.token, proposalId);
    expect(refused.status).toBe(409);
    expect(refused.body.error?.code).toBe('UPLOAD.TARGET_NOT_ALLOWED_IN_STATE');
    expect(await records(`proposals/${proposalId}`)).toEqual([]);
    expect(await blobFiles(`proposals/${proposalId}`)).toEqual([]);
  });

  it('removes a file from a draft (record, bytes and the draft’s list); not one a submitted version holds', async () => {
    const lead = await newMember(ORG_KYIV);
    const councilId = await createCouncil([]);
    const draftId = await createProposal({ councilId, orgIds: [ORG_KYIV] });
    const keep = (await toProposal(lead.token, draftId)).body.attachment!.id;
    const wrong = (await toProposal(lead.token, draftId, 'Не той файл.png')).body.attachment!.id;

    expect((await call('DELETE', lead.token, 'proposals', draftId, wrong)).status).toBe(204);
    expect(await records(`proposals/${draftId}`)).toEqual([keep]);
    expect(await draftFiles(draftId)).toEqual([keep]);
    expect(await blobFiles(`proposals/${draftId}`)).toEqual([`proposals/${draftId}/${keep}`]);
    expect((await call('DELETE', lead.token, 'proposals', draftId, wrong)).code).toBe(
      'UPLOAD.FILE_NOT_FOUND',
    );

    // Returned to its authors: a file added now goes, one of the submitted version stays.
    const returnedId = await createProposal({ councilId, orgIds: [ORG_KYIV], status: 'returned' });
    const submittedFile = 'submitted-file';
    await adminDb()
      .doc(`proposals/${returnedId}/attachments/${submittedFile}`)
      .set({
        orgId: ORG_KYIV,
        kind: 'proposal_document',
        fileName: 'Перша версія.pdf',
        contentType: 'application/pdf',
        size: 10,
        sha256: 'a'.repeat(64),
        storagePath: `proposals/${returnedId}/${submittedFile}`,
        uploadedBy: lead.uid,
        uploadedAt: new Date('2026-03-04T08:00:00Z'),
      });
    const added = await toProposal(lead.token, returnedId);
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const kept = await call('DELETE', lead.token, 'proposals', returnedId, submittedFile);
    expect(kept).toEqual({ status: 409, code: 'UPLOAD.TARGET_REMOVAL_NOT_ALLOWED' });
    expect(
      (await call('DELETE', lead.token, 'proposals', returnedId, added.body.attachment!.id)).status,
    ).toBe(204);
    expect(await records(`proposals/${returnedId}`)).toEqual([submittedFile]);
  });
});

describe('files of a council meeting (its minutes)', () => {
  it('staff attach the minutes to a held meeting; its council’s members read them, others do not', async () => {
    const member = await newMember(ORG_LVIV);
    const councilId = await createCouncil([{ uid: member.uid, orgId: ORG_LVIV }]);
    const meetingId = await createMeeting(councilId, 'held');
    const staff = await tokenOf('staff1@spilno.test');

    const minutes = await upload({
      token: staff,
      query: { meetingId, kind: 'minutes' },
      name: 'Протокол засідання.pdf',
      data: pdf(),
      contentType: 'application/pdf',
    });
    expect(minutes.status, JSON.stringify(minutes.body)).toBe(201);
    const id = minutes.body.attachment!.id;
    expect(minutes.body.attachment).toMatchObject({
      meetingId,
      kind: 'minutes',
      url: `/api/files/meetings/${meetingId}/${id}`,
    });
    expect(await records(`meetings/${meetingId}`)).toEqual([id]);
    expect((await call('GET', member.token, 'meetings', meetingId, id)).status).toBe(200);

    const outsider = await newMember(ORG_KHARKIV);
    expect((await call('GET', outsider.token, 'meetings', meetingId, id)).status).toBe(403);
    // A council member may read the minutes, not add them.
    const byMember = await upload({
      token: member.token,
      query: { meetingId, kind: 'minutes' },
      name: 'Протокол.pdf',
      data: pdf(),
      contentType: 'application/pdf',
    });
    expect(byMember.status).toBe(403);
    // A report's kind is not a meeting's.
    const wrongKind = await upload({
      token: staff,
      query: { meetingId, kind: 'evidence' },
      name: 'Протокол.pdf',
      data: pdf(),
    });
    expect(wrongKind.status).toBe(400);
  });

  it('refuses the minutes of a published meeting', async () => {
    const councilId = await createCouncil([]);
    const meetingId = await createMeeting(councilId, 'published');
    const staff = await tokenOf('staff2@spilno.test');
    const late = await upload({
      token: staff,
      query: { meetingId, kind: 'minutes' },
      name: 'Протокол.pdf',
      data: pdf(),
      contentType: 'application/pdf',
    });
    expect(late.status).toBe(409);
    expect(late.body.error?.code).toBe('UPLOAD.TARGET_NOT_ALLOWED_IN_STATE');
    expect(await records(`meetings/${meetingId}`)).toEqual([]);
  });
});
