import { describe, expect, it } from 'vitest';
import { ALLOWED_CONTENT_TYPES } from './file-types.js';
import { uploadLimitsAnswer, uploadLimitsFromAnswer } from './upload-limits-answer.js';
import { DEFAULT_UPLOAD_LIMITS, MEBIBYTE, uploadLimits } from './upload-limits.js';

describe('the upload limits a client is told', () => {
  it('are the configured ones, with the allowed media types, and read back the same', () => {
    const configured = uploadLimits({ maxFileMegabytes: 10, maxFilesPerReport: 5 });
    const answer = uploadLimitsAnswer(configured);
    expect(answer).toEqual({
      maxFileBytes: 10 * MEBIBYTE,
      maxFilesPerReport: 5,
      allowedTypes: ALLOWED_CONTENT_TYPES,
    });
    expect(uploadLimitsFromAnswer(JSON.parse(JSON.stringify(answer)))).toEqual({
      ...DEFAULT_UPLOAD_LIMITS,
      maxFileBytes: 10 * MEBIBYTE,
      maxFilesPerReport: 5,
    });
  });

  it('take an answer without the types, and refuse what is not an answer', () => {
    expect(uploadLimitsFromAnswer({ maxFileBytes: 1000, maxFilesPerReport: 3 })).toMatchObject({
      maxFileBytes: 1000,
      maxFilesPerReport: 3,
    });
    for (const body of [
      null,
      '<html>Not Found</html>',
      { error: { code: 'HTTP.NOT_FOUND' } },
      { maxFileBytes: '25', maxFilesPerReport: 20 },
      { maxFileBytes: 0, maxFilesPerReport: 20 },
      { maxFileBytes: 100 * MEBIBYTE, maxFilesPerReport: 20 },
      { maxFileBytes: 1000, maxFilesPerReport: 2.5 },
    ]) {
      expect(uploadLimitsFromAnswer(body), JSON.stringify(body)).toBeNull();
    }
  });
});
