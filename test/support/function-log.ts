import { readFileSync, statSync } from 'node:fs';

/**
 * The functions emulator's own account of what ran: `npm test` writes the emulators' lines
 * to SPILNO_EMULATOR_LOG (scripts/test.mjs), one `Beginning execution of "<region>-<name>"`
 * per invocation, whatever the handler then does. Only serial tests can count on it: any
 * other test's writes would run functions meanwhile.
 */
function logPath(): string {
  const path = process.env.SPILNO_EMULATOR_LOG;
  if (!path) throw new Error('SPILNO_EMULATOR_LOG is not set: run the tests through `npm test`.');
  return path;
}

/** Where the log ends now: executions are counted from here. */
export function functionLogMark(): number {
  return statSync(logPath()).size;
}

/** The functions that began executing since `mark`, by name, in order. */
export function executionsSince(mark: number): string[] {
  const text = readFileSync(logPath()).subarray(mark).toString('utf8');
  return [...text.matchAll(/Beginning execution of "[a-z0-9-]+?-([A-Za-z0-9]+)"/g)].map(
    (match) => match[1]!,
  );
}

/**
 * Waits until no function has begun for `quietMs` (what earlier tests set going has run its
 * course), so that what is counted next is the test's own; gives up after `timeoutMs`.
 */
export async function functionsQuiet(quietMs = 3000, timeoutMs = 30_000): Promise<void> {
  const start = Date.now();
  let mark = functionLogMark();
  let quietSince = Date.now();
  while (Date.now() - quietSince < quietMs) {
    if (Date.now() - start > timeoutMs) {
      throw new Error(`Functions kept running for ${timeoutMs} ms: nothing can be counted`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    if (executionsSince(mark).length > 0) {
      mark = functionLogMark();
      quietSince = Date.now();
    }
  }
}
