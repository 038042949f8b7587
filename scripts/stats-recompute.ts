/**
 * Rebuilds the public statistics (`stats/all`, `stats/{year}`) from the records, to repair
 * drift, with the code the triggers use (functions/src/stats/recompute-statistics.ts).
 *
 *   npm run stats:recompute              # the emulators of `npm start` (demo-spilno)
 *   npm run stats:recompute -- --dry-run # only print what drifted
 *
 * It works on the project the Admin SDK is given (GCLOUD_PROJECT and its credentials, or the
 * emulator hosts): run it when no record is changing.
 */
import { pathToFileURL } from 'node:url';
import { adminTarget } from './lib/admin-target.js';
import { recomputeStatistics } from '../functions/src/stats/recompute-statistics.js';

export async function main(argv: readonly string[]): Promise<number> {
  const dryRun = argv.includes('--dry-run');
  console.log(`Recomputing the statistics of ${adminTarget()}…`);
  const { recomputed, drift, written } = await recomputeStatistics({ write: !dryRun });
  for (const line of drift) console.log(`  ${line}`);
  console.log(
    drift.length === 0
      ? `The ${recomputed.size} aggregates agree with the records.`
      : `${drift.length} counters drifted; ${written ? 'repaired' : 'not written (--dry-run)'}.`,
  );
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
