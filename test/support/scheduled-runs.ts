/**
 * The same run twice at once, then again in the same minute. Of the two at once, one may lose
 * a transaction to the other: the Firestore emulator then closes it ("Transaction is invalid
 * or closed", INVALID_ARGUMENT) where Firestore would have it retried, and the run fails as a
 * crashed run would, with nothing of that transaction written. The scheduler runs it again:
 * the third run. Any other failure fails the test, and the outcome is checked after all three.
 */
export async function twiceInAMinute(run: () => Promise<unknown>) {
  const atOnce = await Promise.allSettled([run(), run()]);
  for (const outcome of atOnce) {
    if (outcome.status === 'rejected' && !lostToTheOtherRun(outcome.reason)) throw outcome.reason;
  }
  await run();
}

function lostToTheOtherRun(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === 3 && String(message).includes('Transaction is invalid or closed');
}
