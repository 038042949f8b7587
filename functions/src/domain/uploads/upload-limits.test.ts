import { describe, expect, it } from 'vitest';
import {
  formatMegabytes,
  MEBIBYTE,
  PLATFORM_MAX_REQUEST_BYTES,
  uploadLimits,
} from './upload-limits.js';

describe('upload limits', () => {
  it('are 25 MB a file, 20 files a report and 60 uploads an hour by default', () => {
    expect(uploadLimits()).toEqual({
      maxFileBytes: 25 * MEBIBYTE,
      maxFilesPerReport: 20,
      uploadsPerUserPerHour: 60,
    });
  });

  it('take settings, ignore nonsense and never exceed what the platform lets through', () => {
    expect(
      uploadLimits({ maxFileMegabytes: 10, maxFilesPerReport: 5, uploadsPerUserPerHour: 30 }),
    ).toEqual({
      maxFileBytes: 10 * MEBIBYTE,
      maxFilesPerReport: 5,
      uploadsPerUserPerHour: 30,
    });
    expect(
      uploadLimits({ maxFileMegabytes: 0, maxFilesPerReport: -1, uploadsPerUserPerHour: 1.5 }),
    ).toEqual(uploadLimits());
    expect(uploadLimits({ maxFileMegabytes: 100 }).maxFileBytes).toBe(PLATFORM_MAX_REQUEST_BYTES);
  });

  it('print sizes the way each language writes them', () => {
    expect(formatMegabytes(25 * MEBIBYTE, 'uk')).toBe('25 МБ');
    expect(formatMegabytes(2.5 * MEBIBYTE, 'uk')).toBe('2,5 МБ');
    expect(formatMegabytes(2.5 * MEBIBYTE, 'en')).toBe('2.5 MB');
  });
});
