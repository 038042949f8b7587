import { afterEach, describe, expect, it } from 'vitest';
import { pdf, png } from '../../../functions/src/domain/uploads/file-fixtures.test-support.js';
import { adminDb } from '../../support/admin.js';
import { closeClients, createReport, leftBehind, newMember, upload } from './upload-helpers.js';

afterEach(closeClients);

/**
 * The test stack sets UPLOADS_PER_USER_PER_HOUR=30 (scripts/lib/test-stack.mjs) and keeps the
 * default of 20 files a report. Each test has its own fresh users, so other tests' uploads do
 * not count against them.
 */
const FILES_PER_REPORT = 20;
const UPLOADS_PER_HOUR = 30;

async function uploadMany(token: string, reportId: string, count: number) {
  for (let i = 1; i <= count; i++) {
    const answer = await upload({ token, reportId, name: `доказ ${i}.png`, data: png() });
    expect(answer.status, `upload ${i}: ${JSON.stringify(answer.body)}`).toBe(201);
  }
}

describe('POST /api/uploads: limits', () => {
  it(`refuses the ${FILES_PER_REPORT + 1}st file of a report with 409 UPLOAD.TOO_MANY_FILES`, async () => {
    const member = await newMember();
    const reportId = await createReport({ createdBy: member.uid });
    await uploadMany(member.token, reportId, FILES_PER_REPORT);
    const before = await leftBehind(reportId);
    expect(before.records).toHaveLength(FILES_PER_REPORT);
    expect(before.blobs).toHaveLength(FILES_PER_REPORT);

    const extra = await upload({ token: member.token, reportId, name: 'ще один.pdf', data: pdf() });
    expect(extra.status).toBe(409);
    expect(extra.body.error).toMatchObject({
      code: 'UPLOAD.TOO_MANY_FILES',
      message: expect.stringContaining(String(FILES_PER_REPORT)),
    });
    expect(await leftBehind(reportId)).toEqual(before);
  });

  it(`refuses a user's upload past ${UPLOADS_PER_HOUR} an hour with 429 and Retry-After; others go on`, async () => {
    const member = await newMember();
    const first = await createReport({ createdBy: member.uid });
    const second = await createReport({ createdBy: member.uid });
    await uploadMany(member.token, first, FILES_PER_REPORT);
    await uploadMany(member.token, second, UPLOADS_PER_HOUR - FILES_PER_REPORT);
    const before = await leftBehind(second);

    const over = await upload({
      token: member.token,
      reportId: second,
      name: 'зайвий.pdf',
      data: pdf(),
    });
    expect(over.status).toBe(429);
    expect(over.body.error).toMatchObject({
      code: 'UPLOAD.RATE_LIMITED',
      message: expect.stringContaining(`не більше ${UPLOADS_PER_HOUR} файлів на годину`),
    });
    const retryAfter = Number(over.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(2 * 3600);
    expect(await leftBehind(second)).toEqual(before);

    // The limit is the user's own: a colleague uploads to the same report.
    const colleague = await newMember();
    const theirs = await upload({
      token: colleague.token,
      reportId: second,
      name: 'моє.pdf',
      data: pdf(),
    });
    expect(theirs.status).toBe(201);

    // Kept server-side, in a document no client can read (see the rules tests).
    const limit = await adminDb().doc(`rateLimits/uploads-per-user:${member.uid}`).get();
    expect(limit.data()).toMatchObject({
      scope: 'uploads-per-user',
      subject: member.uid,
      limit: UPLOADS_PER_HOUR,
    });
    expect(limit.get('count') + limit.get('previousCount')).toBe(UPLOADS_PER_HOUR);
  });
});
