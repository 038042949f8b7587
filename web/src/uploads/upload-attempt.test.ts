import { describe, expect, it, vi } from 'vitest';
import { uploadErrors } from '@domain/uploads/upload-errors.js';
import { reportsUk } from '../i18n/sections/reports.uk.js';
import { startUpload, type XhrLike } from './transfer.js';
import { uploadAttempt, type AttemptSteps } from './upload-attempt.js';

const uk = reportsUk.reports.transfer;
const file = new File([new Uint8Array([37, 80, 68, 70])], 'скан.pdf', { type: 'application/pdf' });

/** A stand-in for XMLHttpRequest: records whether anything was sent, and answers on demand. */
class FakeXhr implements XhrLike {
  sent = false;
  aborted = false;
  status = 0;
  responseText = '';
  upload: XhrLike['upload'] = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  open() {}
  setRequestHeader() {}
  send() {
    this.sent = true;
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  answer(status: number, body: string) {
    this.status = status;
    this.responseText = body;
    this.onload?.();
  }
}

/** A promise the test settles when it likes: a step still running. */
function pending<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/** The steps of an attempt, each waiting for the test, the transfer through a fake XHR. */
function steps() {
  const check = pending<ReturnType<typeof uploadErrors.tooLarge> | null>();
  const token = pending<string | null>();
  const xhr = new FakeXhr();
  const send = vi.fn((idToken: string) =>
    startUpload({
      file,
      place: { target: 'report', id: 'r1' },
      kind: 'evidence',
      idToken,
      language: 'uk',
      text: uk,
      onProgress: () => {},
      xhr: () => xhr,
      online: () => true,
    }),
  );
  const given: AttemptSteps = {
    check: () => check.promise,
    idToken: () => token.promise,
    send,
  };
  return { given, check, token, xhr, send };
}

/** Lets the attempt take every step it can. */
const settle = () => new Promise((done) => setTimeout(done, 0));

describe('one attempt at adding a file', () => {
  it('checks, gets the token and sends, and gives the server’s answer', async () => {
    const { given, check, token, xhr, send } = steps();
    const attempt = uploadAttempt(given);
    check.resolve(null);
    token.resolve('TOKEN');
    await settle();
    expect(send).toHaveBeenCalledWith('TOKEN');
    expect(xhr.sent).toBe(true);
    xhr.answer(201, JSON.stringify({ attachment: { id: 'a1', fileName: 'скан.pdf' } }));
    expect(await attempt.result).toMatchObject({
      kind: 'answered',
      outcome: { ok: true, attachment: { id: 'a1' } },
    });
  });

  it('is cancelled while the ID token is being fetched: nothing is sent, ever', async () => {
    const { given, check, token, xhr, send } = steps();
    const attempt = uploadAttempt(given);
    check.resolve(null);
    await settle();
    attempt.cancel();
    // The cancel is final at once, before the token comes.
    expect(await attempt.result).toEqual({ kind: 'cancelled' });
    token.resolve('TOKEN');
    await settle();
    expect(send).not.toHaveBeenCalled();
    expect(xhr.sent).toBe(false);
  });

  it('is cancelled during the check on the device: no token is asked for, nothing is sent', async () => {
    const { given, check, send } = steps();
    const idToken = vi.spyOn(given, 'idToken');
    const attempt = uploadAttempt(given);
    attempt.cancel();
    check.resolve(null);
    expect(await attempt.result).toEqual({ kind: 'cancelled' });
    await settle();
    expect(idToken).not.toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();
  });

  it('is cancelled during the transfer: the request is aborted', async () => {
    const { given, check, token, xhr } = steps();
    const attempt = uploadAttempt(given);
    check.resolve(null);
    token.resolve('TOKEN');
    await settle();
    attempt.cancel();
    expect(xhr.aborted).toBe(true);
    expect(await attempt.result).toEqual({ kind: 'cancelled' });
  });

  it('keeps the server’s answer when the cancel comes after it', async () => {
    const { given, check, token, xhr } = steps();
    const attempt = uploadAttempt(given);
    check.resolve(null);
    token.resolve('TOKEN');
    await settle();
    xhr.answer(
      413,
      JSON.stringify({ error: { code: 'UPLOAD.TOO_LARGE', message: 'Файл завеликий.' } }),
    );
    attempt.cancel();
    expect(await attempt.result).toMatchObject({
      kind: 'answered',
      outcome: { ok: false, problem: { code: 'UPLOAD.TOO_LARGE', message: 'Файл завеликий.' } },
    });
  });

  it('stops at a refusal on the device, without a session, or when a step fails', async () => {
    const refused = steps();
    const tooLarge = uploadErrors.tooLarge(25 * 1024 * 1024);
    const one = uploadAttempt(refused.given);
    refused.check.resolve(tooLarge);
    expect(await one.result).toEqual({ kind: 'refused', refusal: tooLarge });
    expect(refused.send).not.toHaveBeenCalled();

    const signedOut = steps();
    const two = uploadAttempt(signedOut.given);
    signedOut.check.resolve(null);
    signedOut.token.resolve(null);
    expect(await two.result).toEqual({ kind: 'signedOut' });
    expect(signedOut.send).not.toHaveBeenCalled();

    const unreadable = new Error('NotReadableError');
    const three = uploadAttempt({ ...steps().given, check: () => Promise.reject(unreadable) });
    expect(await three.result).toEqual({ kind: 'failed', error: unreadable });
  });
});
