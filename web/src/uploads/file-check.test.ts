import { describe, expect, it } from 'vitest';
import { noise, pdf, png, windowsExecutable } from '@domain/uploads/file-fixtures.test-support.js';
import { MEBIBYTE } from '@domain/uploads/upload-limits.js';
import { checkFileOnDevice, type FileToCheck } from './file-check.js';

function file(bytes: Uint8Array, name: string, type = ''): File {
  return new File([bytes as BlobPart], name, { type });
}

/** A huge file that is never read: only its size is looked at. */
function huge(size: number): FileToCheck {
  return {
    name: 'video.pdf',
    type: 'application/pdf',
    size,
    slice: () => {
      throw new Error('a file over the limit must not be read');
    },
  };
}

describe('checking a file on the device before sending it', () => {
  it('accepts a real PDF and a real image', async () => {
    expect(
      await checkFileOnDevice(file(pdf(), 'Скарга до поліції.pdf', 'application/pdf'), 0),
    ).toBeNull();
    expect(await checkFileOnDevice(file(png(), 'фото.png', 'image/png'), 3)).toBeNull();
  });

  it('refuses a program renamed as a document, by its bytes, with the server’s words', async () => {
    const refusal = await checkFileOnDevice(
      file(windowsExecutable(), 'scan.pdf', 'application/pdf'),
      0,
    );
    expect(refusal?.code).toBe('UPLOAD.TYPE_NOT_ALLOWED');
    expect(refusal?.message).toMatch(/^Це програма або скрипт/);
    expect(refusal?.messageEn).toMatch(/^This is a program or a script/);
  });

  it('refuses an image that calls itself a document', async () => {
    const refusal = await checkFileOnDevice(file(png(), 'договір.pdf', 'application/pdf'), 0);
    expect(refusal?.code).toBe('UPLOAD.TYPE_MISMATCH');
    expect(refusal?.message).toContain('насправді це PNG');
  });

  it('refuses a file over 25 MB without reading it, and an empty one', async () => {
    const refusal = await checkFileOnDevice(huge(25 * MEBIBYTE + 1), 0);
    expect(refusal?.code).toBe('UPLOAD.TOO_LARGE');
    expect(refusal?.message).toContain('25 МБ');
    expect((await checkFileOnDevice(file(new Uint8Array(), 'порожній.txt'), 0))?.code).toBe(
      'UPLOAD.EMPTY_FILE',
    );
  });

  it('refuses the 21st file of a report', async () => {
    const refusal = await checkFileOnDevice(file(pdf(), 'ще один.pdf'), 20);
    expect(refusal?.code).toBe('UPLOAD.TOO_MANY_FILES');
    expect(refusal?.message).toContain('20');
  });

  it('reads only the ends of a large file, as the server does', async () => {
    // Noise is not a known type: refused as unrecognised from its first and last megabyte.
    const refusal = await checkFileOnDevice(file(noise(3 * MEBIBYTE), 'дані.bin'), 0);
    expect(refusal?.code).toBe('UPLOAD.TYPE_NOT_ALLOWED');
  });
});
