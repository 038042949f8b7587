import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_UPLOAD_LIMITS, MEBIBYTE } from '@domain/uploads/upload-limits.js';
import { uploadLimitsSource } from './upload-limits.js';

const SERVER = { maxFileBytes: 10 * MEBIBYTE, maxFilesPerReport: 5, allowedTypes: ['image/png'] };

describe('the server’s upload limits on the device', () => {
  it('are asked for once, by every file together, and then known', async () => {
    const fetchAnswer = vi.fn(() => Promise.resolve<unknown>(SERVER));
    const limits = uploadLimitsSource(fetchAnswer);
    expect(limits.known()).toBeNull();
    const [one, two] = await Promise.all([limits.load(), limits.load()]);
    expect(one).toEqual({
      ...DEFAULT_UPLOAD_LIMITS,
      maxFileBytes: 10 * MEBIBYTE,
      maxFilesPerReport: 5,
    });
    expect(two).toBe(one);
    expect(limits.known()).toBe(one);
    expect(await limits.load()).toBe(one);
    expect(fetchAnswer).toHaveBeenCalledTimes(1);
  });

  it('are the defaults offline or from a server without the route, and asked for again later', async () => {
    const fetchAnswer = vi
      .fn<() => Promise<unknown>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce({ error: { code: 'HTTP.NOT_FOUND' } })
      .mockResolvedValueOnce(SERVER);
    const limits = uploadLimitsSource(fetchAnswer);
    expect(await limits.load()).toEqual(DEFAULT_UPLOAD_LIMITS);
    expect(await limits.load()).toEqual(DEFAULT_UPLOAD_LIMITS);
    expect(limits.known()).toBeNull();
    expect((await limits.load()).maxFilesPerReport).toBe(5);
    expect(fetchAnswer).toHaveBeenCalledTimes(3);
  });
});
