import { afterEach, describe, expect, it } from 'vitest';
import { bytes } from '../../../functions/src/domain/uploads/file-fixtures.test-support.js';
import { ORG_KYIV } from '../../../scripts/demo/demo-data.js';
import { adminDb } from '../../support/admin.js';
import { closedAfterEach, signIn } from '../../support/client.js';
import { stack } from '../../support/stack.js';
import {
  closeClients,
  createReport,
  download,
  leftBehind,
  newMember,
  tokenOf,
  upload,
} from '../uploads/upload-helpers.js';

/**
 * Security review, findings 3, 4 and 5, reproduced: hostile ids and deep bodies that came back
 * as `500 INTERNAL`, markup that passed as text, and a staff action on drafts that wrote to
 * them and so told staff the drafts existed.
 */
const track = closedAfterEach();
const as = (email: string) => track(signIn(email));
afterEach(closeClients);

/** A callable over plain HTTP, as an attacker would send it: status and body. */
async function rawCall(name: string, body: string, token?: string) {
  const response = await fetch(`${stack.functionsUrl}/${name}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body,
  });
  return {
    status: response.status,
    body: (await response.json()) as { error?: { status: string; message: string } },
  };
}

describe('hostile ids are refused as a 4xx, never a 500 (finding 3)', () => {
  it.each(['..', '__x__', '.', 'a/b'])('refuses %j in every id of every callable', async (id) => {
    const staff = await as('staff1@spilno.test');
    const admin = await as('admin@spilno.test');
    const invalid = { code: 'functions/invalid-argument' };
    await expect(
      staff.call('reportAction', { action: 'startReview', reportId: id }),
    ).rejects.toMatchObject(invalid);
    await expect(
      staff.call('reportAction', { action: 'assign', reportId: 'r1', assignees: [id] }),
    ).rejects.toMatchObject(invalid);
    await expect(staff.call('orgAction', { action: 'verify', orgId: id })).rejects.toMatchObject(
      invalid,
    );
    await expect(
      admin.call('orgAction', { action: 'revokeInvitation', orgId: ORG_KYIV, invitationId: id }),
    ).rejects.toMatchObject(invalid);
    await expect(
      admin.call('auditAction', { action: 'verifyChain', chain: id }),
    ).rejects.toMatchObject(invalid);
    await expect(
      admin.call('auditAction', { action: 'verifyChain', chain: `report:${id}` }),
    ).rejects.toMatchObject(invalid);
    await expect(admin.call('mailAction', { action: 'retry', mailId: id })).rejects.toMatchObject(
      invalid,
    );
    await expect(
      admin.call('adminSetRole', { action: 'clearRole', uid: id }),
    ).rejects.toMatchObject(invalid);
  });

  it('answers hostile ids in the file routes with 400 and 404', async () => {
    const token = await tokenOf('ngo-member@spilno.test');
    for (const reportId of ['__x__', '..', '.']) {
      const answer = await upload({ token, reportId, name: 'a.pdf', data: bytes('%PDF-1.4') });
      expect(answer.status, reportId).toBe(400);
      expect(answer.body.error?.code).toBe('UPLOAD.BAD_REQUEST');
    }
    for (const [reportId, attachmentId] of [
      ['__x__', 'x'],
      ['r1', '__x__'],
      ['..', 'x'],
      ['%2E%2E', 'x'],
    ] as const) {
      expect(
        (await download(token, reportId, attachmentId)).status,
        `${reportId}/${attachmentId}`,
      ).toBe(404);
    }
  });
});

describe('deep and large bodies are refused before anything walks them (finding 3)', () => {
  it.each([40, 3_000, 100_000])(
    'refuses a body nested %i deep with 400 INVALID_ARGUMENT',
    async (depth) => {
      const token = await (await as('staff1@spilno.test')).auth.currentUser!.getIdToken();
      const body = `{"data":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`;
      for (const name of ['reportAction', 'orgAction', 'accountAction']) {
        const answer = await rawCall(name, body, token);
        expect(answer.status, name).toBe(400);
        expect(answer.body.error).toMatchObject({
          status: 'INVALID_ARGUMENT',
          message: expect.stringContaining('вкладених рівнів'),
        });
      }
    },
  );

  it('refuses a body over a megabyte, and the reserved `@type` key, with 400', async () => {
    const token = await (await as('staff1@spilno.test')).auth.currentUser!.getIdToken();
    const large = JSON.stringify({
      data: { action: 'startReview', reportId: 'x'.repeat(1_100_000) },
    });
    expect((await rawCall('reportAction', large, token)).status).toBe(400);
    const typed = JSON.stringify({ data: { action: 'startReview', reportId: { '@type': 'x' } } });
    const answer = await rawCall('reportAction', typed, token);
    expect(answer.status).toBe(400);
    expect(answer.body.error?.message).toContain('@type');
  });
});

describe('markup is refused as text (finding 4)', () => {
  it.each([
    ['a page behind a comment', '<!-- c --><html><script>alert(1)</script></html>'],
    [
      'an SVG behind a doctype',
      '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN"><svg onload="alert(1)"/>',
    ],
    ['XML behind a BOM', '\uFEFF  <?xml version="1.0"?><a/>'],
  ])('refuses %s uploaded as notes.txt with 415', async (_what, content) => {
    const member = await newMember();
    const reportId = await createReport({ createdBy: member.uid });
    const answer = await upload({
      token: member.token,
      reportId,
      name: 'notes.txt',
      data: bytes(content),
      contentType: 'text/plain',
    });
    expect(answer.status).toBe(415);
    expect(answer.body.error?.code).toBe('UPLOAD.TYPE_NOT_ALLOWED');
    expect(await leftBehind(reportId)).toEqual({ records: [], blobs: [] });
  });
});

describe('nothing is done to a draft from outside its organisation (finding 5)', () => {
  it('answers staff acting on drafts as if they did not exist, and changes nothing', async () => {
    const first = await createReport({ status: 'draft' });
    const second = await createReport({ status: 'draft' });
    const registered = await createReport();
    const staff = await as('staff1@spilno.test');
    const missing = await staff
      .call('reportAction', {
        action: 'linkDuplicate',
        reportId: 'no-such-report',
        otherReportId: registered,
      })
      .catch((error: unknown) => error);
    expect(missing).toMatchObject({
      code: 'functions/not-found',
      details: { code: 'REPORT.NOT_FOUND' },
    });
    const attempts = [
      { action: 'linkDuplicate', reportId: first, otherReportId: second },
      { action: 'linkDuplicate', reportId: registered, otherReportId: first },
      { action: 'viewPersonalData', reportId: first },
      { action: 'startReview', reportId: first },
      { action: 'assign', reportId: first, assignees: [staff.uid] },
    ];
    for (const attempt of attempts) {
      const refusal = await staff.call('reportAction', attempt).catch((error: unknown) => error);
      // The same code and words as for a report that does not exist.
      expect(refusal, JSON.stringify(attempt)).toMatchObject({
        code: (missing as { code: string }).code,
        message: (missing as { message: string }).message,
        details: { code: 'REPORT.NOT_FOUND' },
      });
    }
    for (const id of [first, second, registered]) {
      const report = await adminDb().doc(`reports/${id}`).get();
      expect(report.get('linkedReports'), id).toBeUndefined();
      expect((await report.ref.collection('events').get()).size, id).toBe(0);
    }
  });
});
