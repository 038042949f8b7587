import type { RetryDecision } from './trigger-retry.js';

export interface Step {
  name: string;
  run: () => Promise<unknown>;
}

export interface StepFailure {
  step: string;
  error: unknown;
  decision: RetryDecision;
}

/**
 * Runs the steps of one event in order, each whatever the ones before it did (one step's
 * failure must not lose another's work), and says which failures to retry and which to give
 * up on. The caller throws `retry` (the platform delivers the event again, and every step
 * runs again: each must be idempotent) and logs `gaveUp`.
 */
export async function runEachStep(
  steps: readonly Step[],
  decide: (error: unknown) => RetryDecision,
): Promise<{ retry: StepFailure | undefined; gaveUp: StepFailure[] }> {
  const failures: StepFailure[] = [];
  for (const { name, run } of steps) {
    try {
      await run();
    } catch (error) {
      failures.push({ step: name, error, decision: decide(error) });
    }
  }
  return {
    retry: failures.find((failure) => failure.decision === 'retry'),
    gaveUp: failures.filter((failure) => failure.decision === 'give-up'),
  };
}
