import type { UploadError } from '@domain/uploads/upload-errors.js';
import type { UploadJob } from './transfer.js';
import type { UploadOutcome } from './upload-request.js';

/**
 * One attempt at adding a file, step by step: check it on the device, get the ID token, send
 * it. The person may cancel at any moment: before the transfer the cancel is final at once (a
 * step still running finishes unheard, and nothing is sent after it); a transfer under way is
 * aborted.
 */
export type AttemptOutcome =
  | { kind: 'cancelled' }
  /** Refused on the device; sending it would not help. */
  | { kind: 'refused'; refusal: UploadError }
  | { kind: 'signedOut' }
  /** A step failed unexpectedly (the file could not be read, say). */
  | { kind: 'failed'; error: unknown }
  /** The server's answer, or why there was none. */
  | { kind: 'answered'; outcome: UploadOutcome };

export interface UploadAttempt {
  result: Promise<AttemptOutcome>;
  cancel(): void;
}

export interface AttemptSteps {
  check(): Promise<UploadError | null>;
  idToken(): Promise<string | null>;
  send(idToken: string): UploadJob;
}

export function uploadAttempt(steps: AttemptSteps): UploadAttempt {
  let cancelled = false;
  let settled = false;
  let job: UploadJob | null = null;
  let resolve!: (outcome: AttemptOutcome) => void;
  const result = new Promise<AttemptOutcome>((done) => {
    resolve = done;
  });
  const settle = (outcome: AttemptOutcome) => {
    if (settled) return;
    settled = true;
    resolve(outcome);
  };

  async function run(): Promise<AttemptOutcome | null> {
    const refusal = await steps.check();
    if (cancelled) return null;
    if (refusal) return { kind: 'refused', refusal };
    const token = await steps.idToken();
    if (cancelled) return null;
    if (!token) return { kind: 'signedOut' };
    job = steps.send(token);
    // From here the transfer's own answer decides: an abort resolves it as ABORTED, and an
    // answer that came first stands (the file is on the server, and the row must say so).
    const outcome = await job.result;
    if (!outcome.ok && outcome.problem.code === 'ABORTED') return { kind: 'cancelled' };
    return { kind: 'answered', outcome };
  }

  run().then(
    (outcome) => outcome && settle(outcome),
    (error: unknown) => settle({ kind: 'failed', error }),
  );

  return {
    result,
    cancel() {
      if (settled || cancelled) return;
      cancelled = true;
      if (job) job.abort();
      else settle({ kind: 'cancelled' });
    },
  };
}
