import { describe, expect, it } from 'vitest';
import { ALLOWED_CONTENT_TYPES } from '../../../functions/src/domain/uploads/file-types.js';
import { uploadLimitsAnswerSchema } from '../../../functions/src/domain/uploads/upload-limits-answer.js';
import { uploadLimits } from '../../../functions/src/domain/uploads/upload-limits.js';
import { UPLOADS_URL } from './upload-helpers.js';

const LIMITS_URL = `${UPLOADS_URL}/limits`;

/**
 * The test stack gives the functions and this process the same settings (functions/.env with
 * the stack's overrides, scripts/lib/test-stack.mjs), so the configured limits are read here
 * from the environment, as the functions read their params.
 */
function configured(name: string): number {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the upload tests through \`npm test\``);
  return Number(value);
}

describe('GET /api/uploads/limits', () => {
  it('tells anyone the configured limits, cacheable for a few minutes', async () => {
    const expected = uploadLimits({
      maxFileMegabytes: configured('UPLOAD_MAX_FILE_MB'),
      maxFilesPerReport: configured('UPLOAD_MAX_FILES_PER_REPORT'),
    });
    // No token: the limits are public.
    const response = await fetch(LIMITS_URL);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    const body: unknown = await response.json();
    expect(uploadLimitsAnswerSchema.parse(body)).toEqual({
      maxFileBytes: expected.maxFileBytes,
      maxFilesPerReport: expected.maxFilesPerReport,
      allowedTypes: ALLOWED_CONTENT_TYPES,
    });
  });

  it('answers only GET', async () => {
    const response = await fetch(LIMITS_URL, { method: 'POST', body: '{}' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
    expect(await response.json()).toMatchObject({
      error: { code: 'HTTP.METHOD_NOT_ALLOWED' },
    });
  });
});
