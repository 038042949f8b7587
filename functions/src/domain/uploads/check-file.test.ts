import { describe, expect, it } from 'vitest';
import { checkReceivedFile } from './check-file.js';
import { sampleOfBytes } from './file-sample.js';
import { docx, jpeg, pdf, png, text, windowsExecutable } from './file-fixtures.test-support.js';
import { DEFAULT_UPLOAD_LIMITS, MEBIBYTE, uploadLimits } from './upload-limits.js';

const check = (data: Uint8Array, originalName: string, declaredContentType?: string) =>
  checkReceivedFile(
    { sample: sampleOfBytes(data), originalName, declaredContentType },
    DEFAULT_UPLOAD_LIMITS,
  );

describe('checkReceivedFile', () => {
  it('accepts a PDF under its own name, with the real type', () => {
    expect(check(pdf(), 'Скарга.pdf', 'application/pdf')).toMatchObject({
      ok: true,
      type: { id: 'pdf', contentType: 'application/pdf' },
      fileName: 'Скарга.pdf',
    });
  });

  it('corrects the extension within a family: a PNG saved as .jpg, a DOCX renamed .doc', async () => {
    expect(check(png(), 'scan.jpg', 'image/jpeg')).toMatchObject({
      ok: true,
      fileName: 'scan.png',
    });
    expect(check(await docx(), 'Відповідь.doc', 'application/msword')).toMatchObject({
      ok: true,
      type: { id: 'docx' },
      fileName: 'Відповідь.docx',
    });
  });

  it('refuses a file whose name claims the other family: a "PDF" that is a photo', () => {
    const result = check(jpeg(), 'договір.pdf', 'application/pdf');
    expect(result).toMatchObject({ ok: false, error: { code: 'UPLOAD.TYPE_MISMATCH' } });
    if (!result.ok) {
      expect(result.error.message).toContain('PDF');
      expect(result.error.message).toContain('JPEG');
      expect(result.error.messageEn).toContain('really JPEG');
    }
  });

  it('falls back to the declared type when the name has no extension it knows', () => {
    expect(check(png(), 'scan', 'application/pdf')).toMatchObject({
      ok: false,
      error: { code: 'UPLOAD.TYPE_MISMATCH' },
    });
    expect(check(png(), 'scan', 'application/octet-stream')).toMatchObject({
      ok: true,
      fileName: 'scan.png',
    });
    expect(check(text(), 'notes', 'text/plain; charset=utf-8')).toMatchObject({
      ok: true,
      fileName: 'notes.txt',
    });
  });

  it('refuses a renamed executable as a type that is not allowed, not as a mismatch', () => {
    const result = check(windowsExecutable(), 'report.pdf', 'application/pdf');
    expect(result).toMatchObject({ ok: false, error: { code: 'UPLOAD.TYPE_NOT_ALLOWED' } });
    if (!result.ok) {
      expect(result.error.message).toContain('програма');
      expect(result.error.message).toContain(
        'PDF, DOC, DOCX, ODT, RTF, TXT, JPEG, PNG, WEBP, HEIC',
      );
    }
  });

  it('refuses an empty file and one over the limit', () => {
    expect(check(new Uint8Array(0), 'a.pdf')).toMatchObject({
      ok: false,
      error: { code: 'UPLOAD.EMPTY_FILE' },
    });
    const limits = uploadLimits({ maxFileMegabytes: 1 });
    const big = new Uint8Array(MEBIBYTE + 1);
    big.set(pdf());
    const result = checkReceivedFile({ sample: sampleOfBytes(big), originalName: 'a.pdf' }, limits);
    expect(result).toMatchObject({ ok: false, error: { code: 'UPLOAD.TOO_LARGE' } });
    if (!result.ok) expect(result.error.message).toContain('1 МБ');
  });
});
