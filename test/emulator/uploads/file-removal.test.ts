/**
 * `DELETE /api/files/{reportId}/{attachmentId}` (issue 10, item 3): a file attached to a draft
 * by mistake is taken off it, record and bytes, by the organisation only, and only while the
 * report is a draft.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { pdf, png } from '../../../functions/src/domain/uploads/file-fixtures.test-support.js';
import { adminDb } from '../../support/admin.js';
import {
  closeClients,
  createReport,
  download,
  filesUrl,
  leftBehind,
  newMember,
  tokenOf,
  upload,
} from './upload-helpers.js';

afterEach(closeClients);

async function remove(token: string | undefined, reportId: string, attachmentId: string) {
  const response = await fetch(filesUrl(reportId, attachmentId), {
    method: 'DELETE',
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as { error?: { code: string } }) : null,
  };
}

async function uploaded(token: string, reportId: string, name: string, data: Uint8Array) {
  const contentType = name.endsWith('.png') ? 'image/png' : 'application/pdf';
  const answer = await upload({ token, reportId, name, data, contentType });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body.attachment!.id;
}

describe('DELETE /api/files: removing a file from a draft', () => {
  it('the organisation removes one file of its draft: its record and its bytes go, the other stays', async () => {
    const member = await newMember();
    const reportId = await createReport({ status: 'draft', createdBy: member.uid });
    const photo = await uploaded(member.token, reportId, 'обличчя потерпілого.png', png());
    const complaint = await uploaded(member.token, reportId, 'Скарга.pdf', pdf());
    expect(await leftBehind(reportId)).toEqual({
      records: [photo, complaint].sort(),
      blobs: [`reports/${reportId}/${photo}`, `reports/${reportId}/${complaint}`].sort(),
    });

    // Another member of the same organisation may remove it (the draft is the organisation's).
    const colleague = await tokenOf('ngo-admin@spilno.test');
    expect((await remove(colleague, reportId, photo)).status).toBe(204);
    expect(await leftBehind(reportId)).toEqual({
      records: [complaint],
      blobs: [`reports/${reportId}/${complaint}`],
    });
    expect((await download(member.token, reportId, photo)).status).toBe(404);
    // Removing it again finds nothing.
    const again = await remove(member.token, reportId, photo);
    expect(again.status).toBe(404);
    expect(again.body?.error?.code).toBe('UPLOAD.FILE_NOT_FOUND');
  });

  it('refuses anyone else, and a report that is no longer a draft, and keeps the file', async () => {
    const member = await newMember();
    const draftId = await createReport({ status: 'draft', createdBy: member.uid });
    const file = await uploaded(member.token, draftId, 'Скарга.pdf', pdf());

    expect((await remove(undefined, draftId, file)).status).toBe(401);
    const otherOrg = await newMember('43900225');
    const refused = await remove(otherOrg.token, draftId, file);
    expect(refused.status).toBe(403);
    expect(refused.body?.error?.code).toBe('UPLOAD.NOT_ALLOWED');
    const staff = await remove(await tokenOf('staff1@spilno.test'), draftId, file);
    expect(staff.status).toBe(403);
    expect((await leftBehind(draftId)).records).toEqual([file]);

    // Once registered, a file is part of the record.
    const registeredId = await createReport({ status: 'registered', createdBy: member.uid });
    const evidence = await uploaded(member.token, registeredId, 'Доказ.pdf', pdf());
    const late = await remove(member.token, registeredId, evidence);
    expect(late.status).toBe(409);
    expect(late.body?.error?.code).toBe('UPLOAD.REMOVAL_ONLY_FROM_DRAFT');
    expect(await leftBehind(registeredId)).toEqual({
      records: [evidence],
      blobs: [`reports/${registeredId}/${evidence}`],
    });
    expect((await adminDb().doc(`reports/${registeredId}`).get()).exists).toBe(true);
  });
});
