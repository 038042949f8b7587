import { afterEach, describe, expect, it } from 'vitest';
import { attachmentSchema } from '../../../functions/src/domain/schemas/attachment.schema.js';
import {
  bytes,
  docx,
  jpeg,
  pdf,
  png,
  sha256Hex,
} from '../../../functions/src/domain/uploads/file-fixtures.test-support.js';
import { encodeRfc5987 } from '../../../functions/src/domain/uploads/http-file-name.js';
import { adminDb } from '../../support/admin.js';
import {
  blobFiles,
  closeClients,
  createReport,
  download,
  leftBehind,
  newMember,
  tokenOf,
  upload,
} from './upload-helpers.js';

afterEach(closeClients);

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('POST /api/uploads and GET /api/files: files that pass', () => {
  it('accepts a PDF and a PNG from the organisation, records them, and serves them back byte for byte', async () => {
    const member = await newMember();
    const reportId = await createReport({ createdBy: member.uid });
    const files = [
      { name: 'Скарга до поліції.pdf', data: pdf(), contentType: 'application/pdf' },
      { name: 'фото побоїв.png', data: png(), contentType: 'image/png' },
    ];
    const accepted = [];
    for (const file of files) {
      const answer = await upload({ token: member.token, reportId, ...file });
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
      expect(answer.body.attachment).toMatchObject({
        reportId,
        kind: 'evidence',
        fileName: file.name,
        contentType: file.contentType,
        size: file.data.length,
        sha256: await sha256Hex(file.data),
        uploadedBy: member.uid,
      });
      expect(answer.headers.get('location')).toBe(answer.body.attachment!.url);
      accepted.push({ ...file, id: answer.body.attachment!.id });
    }

    // The record: the one schema, the real type, the hash, a private storage path.
    for (const file of accepted) {
      const stored = await adminDb().doc(`reports/${reportId}/attachments/${file.id}`).get();
      const record = attachmentSchema.parse(stored.data());
      expect(record).toMatchObject({
        orgId: '43900115',
        kind: 'evidence',
        fileName: file.name,
        contentType: file.contentType,
        size: file.data.length,
        sha256: await sha256Hex(file.data),
        storagePath: `reports/${reportId}/${file.id}`,
        uploadedBy: member.uid,
      });
    }
    expect(await blobFiles(`reports/${reportId}`)).toEqual(
      accepted.map((f) => `reports/${reportId}/${f.id}`).sort(),
    );

    // Downloaded by the organisation, the Secretariat and the region's coordinator.
    const readers: [string, string][] = [['the uploader', member.token]];
    for (const email of [
      'ngo-admin@spilno.test',
      'staff1@spilno.test',
      'commissioner@spilno.test',
      'coordinator-kyiv@spilno.test',
    ]) {
      readers.push([email, await tokenOf(email)]);
    }
    for (const file of accepted) {
      for (const [who, token] of readers) {
        const got = await download(token, reportId, file.id);
        expect(got.status, `${who}: ${Buffer.from(got.bytes.subarray(0, 300)).toString()}`).toBe(
          200,
        );
        expect(Buffer.from(got.bytes).equals(Buffer.from(file.data))).toBe(true);
        expect(got.headers.get('content-type')).toBe(file.contentType);
        expect(got.headers.get('content-disposition')).toBe(
          `attachment; filename="${file.name.replace(/[^\x20-\x7e]+/g, '_')}"; ` +
            `filename*=UTF-8''${encodeRfc5987(file.name)}`,
        );
        expect(got.headers.get('x-content-type-options')).toBe('nosniff');
        expect(got.headers.get('cache-control')).toBe('private, no-store');
      }
    }
  });

  it('corrects the extension to the real type within a family: a PNG saved as .jpg', async () => {
    const member = await newMember();
    const reportId = await createReport({ createdBy: member.uid });
    const answer = await upload({
      token: member.token,
      reportId,
      name: 'скан.jpg',
      data: png(),
      contentType: 'image/jpeg',
    });
    expect(answer.status).toBe(201);
    expect(answer.body.attachment).toMatchObject({
      fileName: 'скан.png',
      contentType: 'image/png',
    });
  });

  it('keeps a text file and a DOCX exactly as sent, whatever the framework parses on the way', async () => {
    const member = await newMember();
    const reportId = await createReport({ createdBy: member.uid });
    // A BOM and Windows line ends: a text body parser must not have changed a byte.
    const note = bytes([0xef, 0xbb, 0xbf], 'Пояснення свідка.\r\nДата: 20.02.2026\r\n');
    const files = [
      { name: 'пояснення.txt', data: note, contentType: 'text/plain; charset=utf-8' },
      { name: 'Проєкт подання.docx', data: await docx(), contentType: DOCX },
    ];
    for (const file of files) {
      const answer = await upload({
        token: member.token,
        reportId,
        kind: 'draft_response_act',
        ...file,
      });
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
      expect(answer.body.attachment).toMatchObject({
        fileName: file.name,
        size: file.data.length,
        sha256: await sha256Hex(file.data),
      });
      const got = await download(member.token, reportId, answer.body.attachment!.id);
      expect(Buffer.from(got.bytes).equals(Buffer.from(file.data))).toBe(true);
      expect(got.headers.get('content-type')).toBe(file.contentType);
    }
  });

  it('lets the Secretariat add a measure document the organisation can then read', async () => {
    const reportId = await createReport({ status: 'decided' });
    const staff = await tokenOf('staff1@spilno.test');
    const answer = await upload({
      token: staff,
      reportId,
      kind: 'measure_document',
      name: 'Подання до ГУНП.pdf',
      data: pdf('Подання'),
      contentType: 'application/pdf',
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(answer.body.attachment).toMatchObject({
      kind: 'measure_document',
      uploadedBy: 'demo-staff1',
    });
    const got = await download(
      await tokenOf('ngo-member@spilno.test'),
      reportId,
      answer.body.attachment!.id,
    );
    expect(got.status).toBe(200);
    expect(Buffer.from(got.bytes).equals(Buffer.from(pdf('Подання')))).toBe(true);
  });

  it('lets the region’s coordinator attach a file to a message on a registered report', async () => {
    const reportId = await createReport({ status: 'registered' });
    const answer = await upload({
      token: await tokenOf('coordinator-kyiv@spilno.test'),
      reportId,
      kind: 'message',
      name: 'Запит.pdf',
      data: pdf(),
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  });
});

describe('POST /api/uploads: refusals that depend on the report and the file', () => {
  it('refuses a measure document from the organisation, and a file once the report is decided', async () => {
    const member = await newMember();
    const inReview = await createReport({ status: 'in_review', createdBy: member.uid });
    const decided = await createReport({ status: 'decided', createdBy: member.uid });

    const measure = await upload({
      token: member.token,
      reportId: inReview,
      kind: 'measure_document',
      name: 'захід.pdf',
      data: pdf(),
    });
    expect(measure.status).toBe(403);
    expect(measure.body.error).toMatchObject({ code: 'UPLOAD.NOT_ALLOWED' });

    const late = await upload({
      token: member.token,
      reportId: decided,
      name: 'пізно.pdf',
      data: pdf(),
    });
    expect(late.status).toBe(409);
    expect(late.body.error).toMatchObject({
      code: 'UPLOAD.NOT_ALLOWED_IN_STATE',
      message: expect.stringContaining('Ухвалено рішення'),
      messageEn: expect.stringContaining('Decided'),
    });
    for (const reportId of [inReview, decided]) {
      expect(await leftBehind(reportId)).toEqual({ records: [], blobs: [] });
    }
  });

  it('refuses evidence from the Secretariat: evidence is the organisation’s', async () => {
    const reportId = await createReport({ status: 'in_review' });
    const answer = await upload({
      token: await tokenOf('staff2@spilno.test'),
      reportId,
      name: 'доказ.pdf',
      data: pdf(),
    });
    expect(answer.status).toBe(403);
    expect(answer.body.error?.code).toBe('UPLOAD.NOT_ALLOWED');
    expect(await leftBehind(reportId)).toEqual({ records: [], blobs: [] });
  });

  it('refuses a photo named as a PDF (422 UPLOAD.TYPE_MISMATCH) and keeps nothing', async () => {
    const member = await newMember();
    const reportId = await createReport({ createdBy: member.uid });
    const answer = await upload({
      token: member.token,
      reportId,
      name: 'договір.pdf',
      data: jpeg(),
      contentType: 'application/pdf',
    });
    expect(answer.status).toBe(422);
    expect(answer.body.error).toMatchObject({
      code: 'UPLOAD.TYPE_MISMATCH',
      message: expect.stringContaining('JPEG'),
    });
    expect(await leftBehind(reportId)).toEqual({ records: [], blobs: [] });
  });
});
