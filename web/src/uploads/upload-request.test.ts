import { describe, expect, it } from 'vitest';
import { decodeFileNameHeader } from '@domain/uploads/http-file-name.js';
import { reportsEn } from '../i18n/sections/reports.en.js';
import { reportsUk } from '../i18n/sections/reports.uk.js';
import { startUpload, type XhrLike } from './transfer.js';
import {
  errorBody,
  fileUrl,
  formatSize,
  httpProblem,
  transportProblem,
  uploadContentType,
  uploadHeaders,
  uploadOutcome,
  uploadUrl,
} from './upload-request.js';

const uk = reportsUk.reports.transfer;
const en = reportsEn.reports.transfer;

const refusal = (code: string, message: string, messageEn: string) =>
  JSON.stringify({ error: { code, message, messageEn } });

describe('the upload request', () => {
  it('names the report and the kind of file in the query', () => {
    const report = (id: string) => ({ target: 'report' as const, id });
    expect(uploadUrl(report('abc_DEF-123'), 'evidence')).toBe(
      '/api/uploads?reportId=abc_DEF-123&kind=evidence',
    );
    expect(uploadUrl(report('x'), 'draft_response_act')).toBe(
      '/api/uploads?reportId=x&kind=draft_response_act',
    );
    expect(fileUrl(report('r1'), 'a/1')).toBe('/api/files/r1/a%2F1');
  });

  it('names a proposal or a meeting instead, and their files under their folders', () => {
    expect(uploadUrl({ target: 'proposal', id: 'p1' }, 'proposal_document')).toBe(
      '/api/uploads?proposalId=p1&kind=proposal_document',
    );
    expect(uploadUrl({ target: 'meeting', id: 'm1' }, 'minutes')).toBe(
      '/api/uploads?meetingId=m1&kind=minutes',
    );
    expect(fileUrl({ target: 'proposal', id: 'p1' }, 'a1')).toBe('/api/files/proposals/p1/a1');
  });

  it('sends the token, the file’s own allowed type, and a Ukrainian name as RFC 5987', () => {
    const headers = uploadHeaders({ name: 'Скарга (копія).pdf', type: 'application/pdf' }, 'TOKEN');
    expect(headers.Authorization).toBe('Bearer TOKEN');
    expect(headers['Content-Type']).toBe('application/pdf');
    expect(headers['X-File-Name']).toMatch(/^UTF-8''%D0%A1/);
    expect(headers['X-File-Name']).not.toMatch(/[()]/);
    expect(decodeFileNameHeader(headers['X-File-Name'])).toBe('Скарга (копія).pdf');
  });

  it('never sends a type the platform would parse before the function sees the bytes', () => {
    expect(uploadContentType({ type: 'application/json' })).toBe('application/octet-stream');
    expect(uploadContentType({ type: 'application/x-www-form-urlencoded' })).toBe(
      'application/octet-stream',
    );
    expect(uploadContentType({ type: '' })).toBe('application/octet-stream');
    expect(uploadContentType({ type: 'image/heic' })).toBe('image/heic');
  });
});

describe('the answers', () => {
  it('takes the attachment from a 201', () => {
    const attachment = {
      id: 'a1',
      reportId: 'r1',
      kind: 'evidence',
      fileName: 'скан.png',
      contentType: 'image/png',
      size: 10,
      url: '/api/files/r1/a1',
    };
    expect(uploadOutcome(201, JSON.stringify({ attachment }), 'uk', uk)).toEqual({
      ok: true,
      attachment,
    });
    expect(uploadOutcome(201, 'nonsense', 'uk', uk)).toMatchObject({ ok: false });
  });

  it('gives the server’s sentence for a refusal, in the interface’s language', () => {
    const body = refusal(
      'UPLOAD.TYPE_MISMATCH',
      'Файл названо як PDF…',
      'The file is named as PDF…',
    );
    expect(httpProblem(422, body, 'uk', uk)).toEqual({
      code: 'UPLOAD.TYPE_MISMATCH',
      message: 'Файл названо як PDF…',
      retry: false,
    });
    expect(httpProblem(422, body, 'en', en).message).toBe('The file is named as PDF…');
    expect(
      httpProblem(429, refusal('UPLOAD.RATE_LIMITED', 'Забагато', 'Too many'), 'uk', uk).retry,
    ).toBe(true);
    expect(httpProblem(500, refusal('HTTP.INTERNAL', 'Помилка', 'Error'), 'uk', uk).retry).toBe(
      true,
    );
  });

  it('explains the platform’s own refusals that are not JSON', () => {
    expect(httpProblem(413, '<html>Request Entity Too Large</html>', 'uk', uk)).toEqual({
      code: 'UPLOAD.TOO_LARGE',
      message: uk.tooLarge,
      retry: false,
    });
    expect(httpProblem(401, '', 'uk', uk).message).toBe(uk.signIn);
    expect(httpProblem(502, 'Bad gateway', 'en', en)).toMatchObject({
      message: en.server,
      retry: true,
    });
    expect(httpProblem(418, '', 'uk', uk).message).toBe(uk.unknown);
    expect(errorBody('{"error":{"code":1}}')).toBeNull();
  });

  it('tells a lost connection from being offline, and from a cancelled upload', () => {
    expect(transportProblem('network', false, uk)).toEqual({
      code: 'OFFLINE',
      message: uk.offline,
      retry: true,
    });
    expect(transportProblem('network', true, uk).code).toBe('NETWORK');
    expect(transportProblem('aborted', true, uk).code).toBe('ABORTED');
  });

  it('writes sizes as people read them', () => {
    const ukUnits = reportsUk.reports.files.units;
    expect(formatSize(512, 'uk', ukUnits)).toBe('512 Б');
    expect(formatSize(1536, 'uk', ukUnits)).toBe('1,5 КБ');
    expect(formatSize(25 * 1024 * 1024, 'en', reportsEn.reports.files.units)).toBe('25 MB');
  });
});

/** A stand-in for XMLHttpRequest that the test drives. */
class FakeXhr implements XhrLike {
  method = '';
  url = '';
  headers: Record<string, string> = {};
  sent: Blob | null = null;
  aborted = false;
  status = 0;
  responseText = '';
  upload: XhrLike['upload'] = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: Blob) {
    this.sent = body;
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ lengthComputable: true, loaded, total } as ProgressEvent);
  }
  answer(status: number, body: string) {
    this.status = status;
    this.responseText = body;
    this.onload?.();
  }
}

describe('sending a file with progress and cancel', () => {
  const file = new File([new Uint8Array([37, 80, 68, 70])], 'акт.pdf', { type: 'application/pdf' });

  function start(xhr: FakeXhr, online = true) {
    const progress: number[] = [];
    const job = startUpload({
      file,
      place: { target: 'report', id: 'r1' },
      kind: 'draft_response_act',
      idToken: 'T',
      language: 'uk',
      text: uk,
      onProgress: (fraction) => progress.push(fraction),
      xhr: () => xhr,
      online: () => online,
    });
    return { job, progress };
  }

  it('posts the file itself, reports progress, and resolves with the attachment', async () => {
    const xhr = new FakeXhr();
    const { job, progress } = start(xhr);
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/api/uploads?reportId=r1&kind=draft_response_act');
    expect(xhr.headers.Authorization).toBe('Bearer T');
    expect(xhr.sent).toBe(file);
    xhr.progress(1, 4);
    xhr.progress(4, 4);
    xhr.answer(201, JSON.stringify({ attachment: { id: 'a9', fileName: 'акт.pdf' } }));
    expect(progress).toEqual([0.25, 1]);
    expect(await job.result).toMatchObject({ ok: true, attachment: { id: 'a9' } });
  });

  it('is cancelled by the person, and fails plainly without a connection', async () => {
    const cancelled = new FakeXhr();
    const one = start(cancelled);
    one.job.abort();
    expect(cancelled.aborted).toBe(true);
    expect(await one.job.result).toMatchObject({
      ok: false,
      problem: { code: 'ABORTED', retry: true },
    });

    const offline = new FakeXhr();
    const two = start(offline, false);
    offline.onerror?.();
    expect(await two.job.result).toMatchObject({
      ok: false,
      problem: { code: 'OFFLINE', message: uk.offline },
    });
  });

  it('resolves with the server’s refusal', async () => {
    const xhr = new FakeXhr();
    const { job } = start(xhr);
    xhr.answer(409, refusal('UPLOAD.TOO_MANY_FILES', 'Вже 20 файлів.', 'Already 20 files.'));
    expect(await job.result).toEqual({
      ok: false,
      problem: { code: 'UPLOAD.TOO_MANY_FILES', message: 'Вже 20 файлів.', retry: false },
    });
  });
});
