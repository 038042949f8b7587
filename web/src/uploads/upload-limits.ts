import { uploadLimitsFromAnswer } from '@domain/uploads/upload-limits-answer.js';
import { DEFAULT_UPLOAD_LIMITS, type UploadLimits } from '@domain/uploads/upload-limits.js';

/**
 * The server's upload limits (`GET /api/uploads/limits`, docs/API.md), asked once: the files
 * are checked on the device, and the form's hint is written, with the numbers the server will
 * apply, which a deployment may set apart from the defaults. Until they are known, offline, or
 * from a server without the route, the defaults stand in (the server checks again anyway), and
 * the next file asks again.
 */
export const UPLOAD_LIMITS_URL = '/api/uploads/limits';
/** A file waits this long for the limits before it is checked against the defaults. */
const LIMITS_TIMEOUT_MS = 5000;

export interface UploadLimitsSource {
  /** The server's limits if they are known already, else null. */
  known(): UploadLimits | null;
  /** The server's limits, or the defaults when they cannot be had now. */
  load(): Promise<UploadLimits>;
}

/** `fetchAnswer` gives the route's JSON body (or throws); a test gives its own. */
export function uploadLimitsSource(fetchAnswer: () => Promise<unknown>): UploadLimitsSource {
  let known: UploadLimits | null = null;
  let pending: Promise<UploadLimits> | null = null;
  return {
    known: () => known,
    load() {
      if (known) return Promise.resolve(known);
      pending ??= fetchAnswer()
        .then((body) => {
          known = uploadLimitsFromAnswer(body);
          return known ?? DEFAULT_UPLOAD_LIMITS;
        })
        .catch(() => DEFAULT_UPLOAD_LIMITS)
        .finally(() => {
          pending = null;
        });
      return pending;
    },
  };
}

async function fetchLimitsAnswer(): Promise<unknown> {
  if (!navigator.onLine) throw new Error('offline');
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), LIMITS_TIMEOUT_MS);
  try {
    const response = await fetch(UPLOAD_LIMITS_URL, {
      headers: { Accept: 'application/json' },
      signal: controller.signal,
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return await response.json();
  } finally {
    clearTimeout(timer);
  }
}

/** The page's one source of the server's limits. */
export const serverUploadLimits: UploadLimitsSource = uploadLimitsSource(fetchLimitsAnswer);
