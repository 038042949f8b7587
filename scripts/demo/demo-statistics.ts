import { recomputeStatistics } from '../../functions/src/stats/recompute-statistics.js';

/**
 * The demo's public statistics come through the triggers, as in production: the seed's
 * writes reach them while the emulators run. This waits until the aggregates agree with a
 * recompute from the records; if they do not within `waitMs` (the triggers are not running,
 * or one failed), it writes the recompute instead, so the demo's /stats always matches the
 * demo records.
 */
export async function settleDemoStatistics(waitMs = 30_000): Promise<'triggers' | 'recomputed'> {
  const until = Date.now() + waitMs;
  while (Date.now() < until) {
    if ((await recomputeStatistics({ write: false })).drift.length === 0) return 'triggers';
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  const { drift } = await recomputeStatistics({ write: true });
  console.warn(`The statistics triggers had not caught up: ${drift.length} counters recomputed.`);
  return 'recomputed';
}
