// `npm run bench:views`: Firestore reads per view of the public pages and the staff queue
// (issue 13, item 4); see scripts/bench-views-run.ts and docs/PERFORMANCE.md.
import { runBenchStack } from './lib/bench-stack.js';

await runBenchStack({
  name: 'views',
  // The queue's plan is the web client's (web/src/reports/queue.ts), which imports the domain
  // through the `@domain` alias: the scripts' tsconfig maps it.
  runner: '--tsconfig scripts/tsconfig.json scripts/bench-views-run.ts',
});
