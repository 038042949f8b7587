/**
 * Runs inside the emulators (scripts/bench-views.ts): the Firestore reads of one view of each
 * page, counted by a wrapper around the Admin SDK (lib/firestore-reads.ts) after the demo
 * data is seeded.
 *   - The public pages: the `publicPages` handler itself (functions/lib), called in this
 *     process with a stand-in request, exactly as the function serves the page.
 *   - The staff queue: its own plan (web/src/reports/queue.ts `planQueue`, the Secretariat's
 *     default tab) run with the same conditions, order and page size as the web client's
 *     Firestore Lite queries (web/src/firebase/reads.ts `runQueue`), then the names it shows
 *     (one profile or organisation per name, as `displayNames`/`organisationNames` read them),
 *     over SPILNO_BENCH_REPORTS registered reports (default 120: more than a page).
 * Prints the reads per view against the targets. Figures, not assertions.
 */
import type { Query } from 'firebase-admin/firestore';
import { adminDb } from '../test/support/admin.js';
import { startCaptureServer } from '../test/support/smtp-capture.js';
import { seedDemoData } from './seed.js';
import { countFrom, required } from './lib/bench-measure.js';
import { storedReportFixture } from './lib/bench-fixtures.js';
import { countReads, type ReadCount } from './lib/firestore-reads.js';
import {
  QUEUE_PAGE,
  readQueuePage,
  servePage,
  writeAll,
  type QueueActor,
} from './lib/bench-pages.js';

const REPORTS = countFrom('SPILNO_BENCH_REPORTS', 120);
const smtpPort = Number(required('SPILNO_SMTP_PORT'));
const capture = await startCaptureServer(smtpPort, smtpPort + 1);
await seedDemoData();
await addRegisteredReports(REPORTS);

const someId = async (query: Query) => (await query.limit(1).get()).docs[0]?.id ?? 'none';
const recordId = await someId(
  adminDb().collection('publications').where('status', '==', 'published'),
);
const councilId = await someId(adminDb().collection('councils'));

interface Row extends ReadCount {
  view: string;
  target: string;
  note: string;
}
const rows: Row[] = [];
const PUBLIC_VIEWS: [string, string, string][] = [
  ['home `/`', '/', '—'],
  ['partners `/partners`', '/partners', '≤ 3'],
  ['coordinators `/coordinators`', '/coordinators', '≤ 3'],
  ['publications list `/publications`', '/publications', '≤ 3'],
  [
    'publications search `/publications?q=…`',
    '/publications?q=%D0%BF%D0%BE%D0%BB%D1%96%D1%86%D1%96%D1%8F',
    '≤ 3',
  ],
  ['a record `/p/{id}`', `/p/${recordId}`, '—'],
  ['statistics `/stats`', '/stats', '≤ 3'],
  ['councils `/councils`', '/councils', '≤ 3'],
  ['a council `/councils/{id}`', `/councils/${councilId}`, '—'],
];
for (const [view, path, target] of PUBLIC_VIEWS) {
  // A first view loads the handler and the renderer; each page is counted on its second.
  await servePage(path);
  const counted = await countReads(() => servePage(path));
  rows.push({ view, target, ...counted, note: `HTTP ${counted.result}` });
}

const staff = await adminDb().collection('users').where('email', '==', 'staff1@spilno.test').get();
const actor: QueueActor = { uid: staff.docs[0]!.id, role: 'staff', regions: [] };
const shown = await countReads(() => readQueuePage(actor));
const open = await adminDb()
  .collection('reports')
  .where('status', 'in', ['registered', 'in_review', 'info_requested', 'decided'])
  .count()
  .get();
rows.push({
  view: 'staff queue, first page (Secretariat, open reports)',
  target: `only the page shown`,
  requests: shown.requests,
  reads: shown.reads,
  note: `${shown.result} reports shown of ${open.data().count} open; page size ${QUEUE_PAGE}`,
});

console.log(`bench: Firestore reads per view (demo data and ${REPORTS} more registered reports)`);
console.log('| view | requests | reads | target | note |');
console.log('|---|---:|---:|---|---|');
for (const row of rows) {
  console.log(`| ${row.view} | ${row.requests} | ${row.reads} | ${row.target} | ${row.note} |`);
}
await capture.stop();
process.exit(0);

/** Registered reports written as registration leaves them, so that the queue has pages. */
async function addRegisteredReports(count: number): Promise<void> {
  const orgId = (await adminDb().collection('organisations').limit(1).get()).docs[0]!.id;
  await writeAll(
    count,
    (i) => `reports/bench-${i}`,
    (i) => storedReportFixture(orgId, i),
  );
}
