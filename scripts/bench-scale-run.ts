/**
 * Runs inside the emulators (scripts/bench-scale.ts, Auth and Firestore only: no trigger runs
 * on the documents it writes). The time to the first page of the public list, of a search and
 * of the staff queue, with 100 records and then with SPILNO_BENCH_RECORDS (default 2,000; the
 * issue's 20,000 in `npm run bench`) published records and as many registered reports, in one
 * run: each the median of SPILNO_BENCH_RUNS (default 5) after a first, untimed one. The pages
 * are loaded as the platform loads them (lib/bench-pages.ts): the public ones by the
 * `publicPages` handler, the queue by the web client's own plan. Prints each time, the ratio
 * large ÷ small, and the Firestore reads of each view at both sizes (lib/firestore-reads.ts).
 * The floor is the plainest query of a page from the same collection (no filter but the
 * status, no order): the emulator evaluates every query by going through the collection
 * (it has no indexes; production refuses a query without one), so its time grows with the
 * data for any query, and the floor shows how much. Figures, not assertions.
 */
import { countFrom } from './lib/bench-measure.js';
import {
  publishedRecordFixture,
  SEARCHED_WORD,
  storedReportFixture,
} from './lib/bench-fixtures.js';
import { readQueuePage, servePage, writeAll } from './lib/bench-pages.js';
import { countReads } from './lib/firestore-reads.js';
import { rebuildFirstPage } from '../functions/src/publications/first-page-store.js';
import { adminDb } from '../test/support/admin.js';

const SMALL = 100;
const LARGE = countFrom('SPILNO_BENCH_RECORDS', 2000);
const RUNS = countFrom('SPILNO_BENCH_RUNS', 5);
const ORG = '12345678';
const actor = { uid: 'bench-staff', role: 'staff', regions: [] } as const;

const VIEWS: [string, () => Promise<unknown>][] = [
  [
    'floor: 20 published records, plain query',
    () => adminDb().collection('publications').where('status', '==', 'published').limit(20).get(),
  ],
  [
    'floor: 50 registered reports, plain query',
    () => adminDb().collection('reports').where('status', '==', 'registered').limit(50).get(),
  ],
  // The kept first page (`directory/publications`), rebuilt after each fill as its trigger
  // would; the rebuild itself (the trigger's work on each publish or retraction) is a row.
  ['public list `/publications`', () => servePage('/publications')],
  ['rebuild of the kept first page (its trigger)', () => rebuildFirstPage()],
  [
    `search \`/publications?q=${SEARCHED_WORD}\``,
    () => servePage(`/publications?q=${encodeURIComponent(SEARCHED_WORD)}`),
  ],
  ['staff queue, first page', () => readQueuePage({ ...actor, regions: [] })],
];

async function fill(count: number, from: number): Promise<void> {
  await writeAll(count, (i) => `publications/bench-${i}`, publishedRecordFixture, from);
  await writeAll(
    count,
    (i) => `reports/bench-${i}`,
    (i) => storedReportFixture(ORG, i),
    from,
  );
}

interface Figures {
  ms: number;
  reads: number;
}

async function timeViews(): Promise<Figures[]> {
  const figures: Figures[] = [];
  for (const [, view] of VIEWS) {
    const { reads } = await countReads(view);
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      await view();
      times.push(performance.now() - start);
    }
    figures.push({ ms: times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!, reads });
  }
  return figures;
}

await fill(SMALL, 0);
await rebuildFirstPage();
const small = await timeViews();
const fillStart = performance.now();
await fill(LARGE, SMALL);
const fillSeconds = (performance.now() - fillStart) / 1000;
await rebuildFirstPage();
const large = await timeViews();

console.log(
  `bench: first page with ${SMALL} and with ${LARGE} records and reports ` +
    `(median of ${RUNS}; ${2 * (LARGE - SMALL)} documents written in ${fillSeconds.toFixed(0)} s)`,
);
console.log(`| view | ${SMALL}: ms | ${LARGE}: ms | ratio | reads ${SMALL} | reads ${LARGE} |`);
console.log('|---|---:|---:|---:|---:|---:|');
VIEWS.forEach(([label], i) => {
  const [a, b] = [small[i]!, large[i]!];
  console.log(
    `| ${label} | ${a.ms.toFixed(0)} | ${b.ms.toFixed(0)} | ${(b.ms / a.ms).toFixed(2)} | ` +
      `${a.reads} | ${b.reads} |`,
  );
});
process.exit(0);
