// `npm run bench:scale`: the first page of the public list, a search and the staff queue with
// 100 and with many records (issue 13, item 5); see scripts/bench-scale-run.ts and
// docs/PERFORMANCE.md. SPILNO_BENCH_RECORDS=20000 for the count (2,000 by default).
import { runBenchStack } from './lib/bench-stack.js';

await runBenchStack({
  name: 'scale',
  // The queue's plan is the web client's: the scripts' tsconfig maps its `@domain` imports.
  runner: '--tsconfig scripts/tsconfig.json scripts/bench-scale-run.ts',
  // The pages are loaded in the runner; no trigger should run on the records it writes.
  emulators: 'auth,firestore',
});
