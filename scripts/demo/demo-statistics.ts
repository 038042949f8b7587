import { isDeepStrictEqual } from 'node:util';
import {
  readStoredStatistics,
  recomputeStatistics,
} from '../../functions/src/stats/recompute-statistics.js';

/**
 * The demo's public statistics come through the triggers, as in production: the seed's
 * writes reach them while the emulators run. This waits until the aggregates agree with a
 * recompute from the records. If they do not, it waits until the triggers have stopped
 * moving them (`quietMs` without a change, on a busy machine the functions emulator can lag
 * well behind the seed) and only then writes the recompute, so that no late trigger counts
 * again on top of it and the demo's /stats matches the demo records.
 */
export async function settleDemoStatistics({ waitMs = 90_000, quietMs = 8_000 } = {}): Promise<
  'triggers' | 'recomputed'
> {
  const until = Date.now() + waitMs;
  let stored = await readStoredStatistics();
  let unchangedSince = Date.now();
  while (Date.now() < until) {
    if ((await recomputeStatistics({ write: false })).drift.length === 0) return 'triggers';
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = await readStoredStatistics();
    if (!isDeepStrictEqual(now, stored)) {
      stored = now;
      unchangedSince = Date.now();
    } else if (Date.now() - unchangedSince > quietMs) break;
  }
  const { drift } = await recomputeStatistics({ write: true });
  console.warn(
    `The statistics kept by the triggers differed from the records in ${drift.length} counters: recomputed.`,
  );
  return 'recomputed';
}
