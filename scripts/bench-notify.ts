// `npm run bench:notify`: notification latency against a no-op floor (issue 13, item 1); see
// scripts/bench-notify-run.ts and docs/PERFORMANCE.md. SPILNO_BENCH_EVENTS=200 for the
// issue's count (50 by default).
import { runBenchStack } from './lib/bench-stack.js';

await runBenchStack({
  name: 'notify',
  runner: 'scripts/bench-notify-run.ts',
  floorFunctions: true,
  // One organisation submits every report: its daily limit is not what is measured.
  settings: { SUBMISSIONS_PER_ORG_PER_DAY: '100000' },
});
