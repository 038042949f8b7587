// `npm run bench:burst`: a burst of reports registered and mailed without loss (issue 13,
// item 2); see scripts/bench-burst-run.ts and docs/PERFORMANCE.md. SPILNO_BENCH_REPORTS=1000
// for the count (100 by default).
import { runBenchStack } from './lib/bench-stack.js';

await runBenchStack({
  name: 'burst',
  runner: 'scripts/bench-burst-run.ts',
  // Each organisation files a share of the burst: its daily limit is not what is measured.
  settings: { SUBMISSIONS_PER_ORG_PER_DAY: '100000' },
});
