import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Timestamp } from 'firebase-admin/firestore';
import { afterEach, describe, expect, it } from 'vitest';
import { reportDraftSchema } from '../../../functions/src/domain/schemas/report.schema.js';
import {
  pdf,
  png,
  windowsExecutable,
} from '../../../functions/src/domain/uploads/file-fixtures.test-support.js';
import { ORG_KYIV, ORG_LVIV } from '../../../scripts/demo/demo-data.js';
import { adminAuth, adminDb, unique } from '../../support/admin.js';
import { createTestUser } from '../../support/users.js';
import {
  BLOB_ROOT,
  blobFiles,
  closeClients,
  createReport,
  download,
  leftBehind,
  newMember,
  tokenOf,
  upload,
  UPLOADS_URL,
} from './upload-helpers.js';

afterEach(closeClients);

const NOTHING = { records: [], blobs: [] };
const MB = 1024 * 1024;

/**
 * Every blob an upload left sits at `{reports|proposals|meetings|notes}/{documentId}/{attachmentId}`:
 * no other shape, nowhere else. (The proposals', meetings' and notes' files are uploaded by the tests
 * running beside this one; a hidden `.{uuid}.partial` beside them is an upload of a test running in
 * parallel, still on its way in; `public/publications/…` are the cleaned copies that the
 * publication tests running beside this one publish, never written by an upload.)
 */
async function expectOnlyAttachmentBlobs() {
  const files = await blobFiles();
  for (const file of files.filter((name) => !name.startsWith('public/publications/'))) {
    expect(file).toMatch(
      /^(?:reports|proposals|meetings|notes)\/[A-Za-z0-9_-]+\/(?:[A-Za-z0-9_-]+|\.[0-9a-f-]{36}\.partial)$/,
    );
  }
}

describe('POST /api/uploads: a bad upload is refused and leaves nothing behind', () => {
  it('refuses a file over 25 MB with 413 UPLOAD.TOO_LARGE', async () => {
    const member = await newMember();
    const reportId = await createReport({ createdBy: member.uid });
    const big = new Uint8Array(25 * MB + 1);
    big.set(pdf());
    const answer = await upload({
      token: member.token,
      reportId,
      name: 'том справи.pdf',
      data: big,
    });
    expect(answer.status).toBe(413);
    expect(answer.body.error).toMatchObject({
      code: 'UPLOAD.TOO_LARGE',
      message: expect.stringContaining('25 МБ'),
      messageEn: expect.stringContaining('25 MB'),
    });
    expect(await leftBehind(reportId)).toEqual(NOTHING);

    // Exactly the limit is still accepted.
    const atLimit = await upload({
      token: member.token,
      reportId,
      name: 'том справи.pdf',
      data: big.subarray(0, 25 * MB),
    });
    expect(atLimit.status, JSON.stringify(atLimit.body)).toBe(201);
    expect(atLimit.body.attachment?.size).toBe(25 * MB);
  });

  it('refuses a renamed executable (report.pdf with MZ bytes) with 415 UPLOAD.TYPE_NOT_ALLOWED', async () => {
    const member = await newMember();
    const reportId = await createReport({ createdBy: member.uid });
    const answer = await upload({
      token: member.token,
      reportId,
      name: 'report.pdf',
      data: windowsExecutable(),
      contentType: 'application/pdf',
    });
    expect(answer.status).toBe(415);
    expect(answer.body.error).toMatchObject({
      code: 'UPLOAD.TYPE_NOT_ALLOWED',
      message: expect.stringContaining('програма'),
    });
    expect(await leftBehind(reportId)).toEqual(NOTHING);
  });

  it('stores a path-traversal name under a safe name, and the bytes only at the attachment’s own path', async () => {
    const member = await newMember();
    const reportId = await createReport({ createdBy: member.uid });
    const traversals = [
      ['../../etc/passwd', 'passwd.pdf'],
      ['..\\..\\..\\x.pdf', 'x.pdf'],
      [`../../../${reportId}/../../escape`, 'escape.pdf'],
    ];
    const ids: string[] = [];
    for (const [name, safe] of traversals) {
      const answer = await upload({ token: member.token, reportId, name, data: pdf() });
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
      expect(answer.body.attachment?.fileName).toBe(safe);
      ids.push(answer.body.attachment!.id);
    }
    expect(await leftBehind(reportId)).toEqual({
      records: [...ids].sort(),
      blobs: ids.map((id) => `reports/${reportId}/${id}`).sort(),
    });
    await expectOnlyAttachmentBlobs();
    for (const outside of [
      'etc/passwd',
      'x.pdf',
      'escape',
      '../etc/passwd',
      '../x.pdf',
      '../escape',
    ]) {
      expect(existsSync(join(BLOB_ROOT, outside)), outside).toBe(false);
    }
    expect(existsSync(join(dirname(BLOB_ROOT), '..', 'etc', 'passwd.pdf'))).toBe(false);
  });

  it('refuses an anonymous request and a forged token with 401, for upload and download', async () => {
    const member = await newMember();
    const reportId = await createReport({ createdBy: member.uid });
    const accepted = await upload({ token: member.token, reportId, name: 'a.pdf', data: pdf() });
    const before = await leftBehind(reportId);

    for (const token of [undefined, 'not-a-token', `${member.token.slice(0, -4)}AAAA`]) {
      const answer = await upload({ token, reportId, name: 'b.pdf', data: pdf() });
      expect(answer.status).toBe(401);
      expect(answer.body.error?.code).toBe('AUTH.SIGN_IN_REQUIRED');
      const got = await download(token, reportId, accepted.body.attachment!.id);
      expect(got.status).toBe(401);
    }
    const basic = await upload({
      reportId,
      name: 'b.pdf',
      data: pdf(),
      headers: { Authorization: 'Basic YWxhZGRpbjpvcGVuc2VzYW1l' },
    });
    expect(basic.status).toBe(401);
    expect(await leftBehind(reportId)).toEqual(before);
  });

  it('refuses another organisation’s member with 403, for upload and download', async () => {
    const member = await newMember();
    const reportId = await createReport({ createdBy: member.uid });
    const accepted = await upload({ token: member.token, reportId, name: 'a.pdf', data: pdf() });
    const before = await leftBehind(reportId);

    const stranger = await newMember(ORG_LVIV);
    const answer = await upload({ token: stranger.token, reportId, name: 'b.pdf', data: pdf() });
    expect(answer.status).toBe(403);
    expect(answer.body.error?.code).toBe('UPLOAD.NOT_ALLOWED');
    for (const token of [stranger.token, await tokenOf('ngo-lviv@spilno.test')]) {
      const got = await download(token, reportId, accepted.body.attachment!.id);
      expect(got.status).toBe(403);
      expect(got.bytes.length).toBeLessThan(400);
      expect(JSON.parse(Buffer.from(got.bytes).toString()).error.code).toBe('UPLOAD.NOT_ALLOWED');
    }
    // Nor a coordinator of another region, nor the administrator.
    for (const email of ['coordinator-lviv@spilno.test', 'admin@spilno.test']) {
      const got = await download(await tokenOf(email), reportId, accepted.body.attachment!.id);
      expect(got.status, email).toBe(403);
    }
    expect(await leftBehind(reportId)).toEqual(before);
  });

  it('keeps a draft’s files to its organisation until it is submitted', async () => {
    const member = await newMember();
    const draft = await createReport({ status: 'draft', createdBy: member.uid });
    const accepted = await upload({
      token: member.token,
      reportId: draft,
      name: 'a.pdf',
      data: pdf(),
    });
    expect(accepted.status).toBe(201);
    for (const email of ['staff1@spilno.test', 'coordinator-kyiv@spilno.test']) {
      const token = await tokenOf(email);
      const got = await download(token, draft, accepted.body.attachment!.id);
      expect(got.status, email).toBe(403);
      const answer = await upload({
        token,
        reportId: draft,
        kind: 'message',
        name: 'b.pdf',
        data: pdf(),
      });
      expect(answer.status, email).toBe(403);
    }
    expect((await download(member.token, draft, accepted.body.attachment!.id)).status).toBe(200);
  });

  it('takes evidence for a half-filled draft that has no region yet', async () => {
    const member = await newMember();
    const draft = unique('report');
    await adminDb()
      .doc(`reportDrafts/${draft}`)
      .set(
        reportDraftSchema.parse({
          title: 'Затримання активіста',
          orgId: ORG_KYIV,
          status: 'draft',
          intake: 'web',
          createdBy: member.uid,
          createdAt: Timestamp.now(),
          updatedAt: Timestamp.now(),
        }),
      );
    const accepted = await upload({
      token: member.token,
      reportId: draft,
      name: 'a.pdf',
      data: pdf(),
    });
    expect(accepted.status).toBe(201);
    expect((await download(member.token, draft, accepted.body.attachment!.id)).status).toBe(200);
    const coordinator = await tokenOf('coordinator-kyiv@spilno.test');
    expect((await download(coordinator, draft, accepted.body.attachment!.id)).status).toBe(403);
  });

  it('refuses a deactivated user whose token is still valid (403) and a revoked session (401)', async () => {
    const reportId = await createReport();
    const deactivated = await newMember();
    await adminDb().doc(`users/${deactivated.uid}`).update({ disabled: true });
    const answer = await upload({ token: deactivated.token, reportId, name: 'a.pdf', data: pdf() });
    expect(answer.status).toBe(403);
    expect(answer.body.error).toMatchObject({
      code: 'AUTH.DEACTIVATED',
      message: expect.stringContaining('деактивовано'),
    });

    const revoked = await newMember();
    // Revocation counts whole seconds after sign-in.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await adminAuth().revokeRefreshTokens(revoked.uid);
    const afterRevoke = await upload({
      token: revoked.token,
      reportId,
      name: 'a.pdf',
      data: pdf(),
    });
    expect(afterRevoke.status).toBe(401);
    expect(await leftBehind(reportId)).toEqual(NOTHING);
  });

  it('refuses a malformed request with 400 or 404, in the same JSON shape', async () => {
    const member = await newMember();
    const reportId = await createReport({ createdBy: member.uid });
    const cases = [
      { what: 'no file name', args: { name: undefined }, status: 400, code: 'UPLOAD.BAD_REQUEST' },
      {
        what: 'an unknown kind',
        args: { kind: 'selfie' },
        status: 400,
        code: 'UPLOAD.BAD_REQUEST',
      },
      {
        what: 'an empty file',
        args: { data: new Uint8Array(0) },
        status: 400,
        code: 'UPLOAD.EMPTY_FILE',
      },
      {
        what: 'a report that does not exist',
        args: { reportId: 'no-such-report' },
        status: 404,
        code: 'UPLOAD.REPORT_NOT_FOUND',
      },
    ];
    for (const { what, args, status, code } of cases) {
      const answer = await upload({
        token: member.token,
        reportId,
        name: 'a.png',
        data: png(),
        ...args,
      });
      expect(answer.status, what).toBe(status);
      expect(answer.body.error, what).toMatchObject({
        code,
        message: expect.any(String),
        messageEn: expect.any(String),
      });
    }
    const wrongMethod = await fetch(UPLOADS_URL, {
      headers: { Authorization: `Bearer ${member.token}` },
    });
    expect(wrongMethod.status).toBe(405);
    expect(await leftBehind(reportId)).toEqual(NOTHING);
  });

  it('refuses a user without a role', async () => {
    const reportId = await createReport();
    const noRole = await createTestUser();
    const answer = await upload({
      token: await tokenOf(noRole.email),
      reportId,
      name: 'a.pdf',
      data: pdf(),
    });
    expect(answer.status).toBe(403);
    expect(answer.body.error?.code).toBe('AUTH.NO_ROLE');
  });
});
