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
import { storedReportFixture } from './lib/bench-reports.js';
import { countReads, type ReadCount } from './lib/firestore-reads.js';

const REPORTS = countFrom('SPILNO_BENCH_REPORTS', 120);
const smtpPort = Number(required('SPILNO_SMTP_PORT'));
const capture = await startCaptureServer(smtpPort, smtpPort + 1);
await seedDemoData();
await addRegisteredReports(REPORTS);

// The web client's planner (pure, but typed against the DOM, which these scripts are not):
// imported by name, with the little of its types used here.
interface QueueActor {
  uid: string;
  role: 'staff';
  regions: string[];
}
interface QuerySpec {
  conditions: { field: string; op: '==' | 'in' | 'array-contains' | '<'; value: unknown }[];
  orderBy: { field: string; direction: 'asc' | 'desc' } | null;
  limit: number;
}
const queueModule = '../web/src/reports/queue.js';
const { defaultFilters, planQueue, QUEUE_PAGE } = (await import(queueModule)) as {
  defaultFilters: (actor: QueueActor) => unknown;
  planQueue: (filters: unknown, actor: QueueActor, now: number) => QuerySpec[];
  QUEUE_PAGE: number;
};

type Handler = (req: unknown, res: unknown) => Promise<void>;
// The handler's copy of shared/firebase (functions/lib; the seed used functions/src's) finds
// the SDK's one Firestore already set up, and may not set it again: its first use says so.
const libFirebase = '../functions/lib/shared/firebase.js';
try {
  ((await import(libFirebase)) as { db: () => unknown }).db();
} catch {
  // Set up by the other copy, with the same settings.
}
const handlerModule = '../functions/lib/public-pages/render-public-page.handler.js';
const { handlePublicPage } = (await import(handlerModule)) as { handlePublicPage: Handler };

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
const queue = await countReads(() => readQueuePage(actor));
const open = await adminDb()
  .collection('reports')
  .where('status', 'in', ['registered', 'in_review', 'info_requested', 'decided'])
  .count()
  .get();
rows.push({
  view: 'staff queue, first page (Secretariat, open reports)',
  target: `only the page shown`,
  requests: queue.requests,
  reads: queue.reads,
  note: `${queue.result} reports shown of ${open.data().count} open; page size ${QUEUE_PAGE}`,
});

console.log(`bench: Firestore reads per view (demo data and ${REPORTS} more registered reports)`);
console.log('| view | requests | reads | target | note |');
console.log('|---|---:|---:|---|---|');
for (const row of rows) {
  console.log(`| ${row.view} | ${row.requests} | ${row.reads} | ${row.target} | ${row.note} |`);
}
await capture.stop();
process.exit(0);

/** Serves a public page with a stand-in request; resolves with the status once it is sent. */
async function servePage(url: string): Promise<number> {
  const [path = '/', search] = url.split('?');
  const headers: Record<string, string> = { host: 'localhost' };
  const req = {
    method: 'GET',
    path,
    url,
    originalUrl: url,
    query: Object.fromEntries(new URLSearchParams(search ?? '')),
    protocol: 'http',
    headers,
    get: (name: string) => headers[name.toLowerCase()],
  };
  let sent!: () => void;
  const answered = new Promise<void>((resolve) => (sent = resolve));
  const res = {
    statusCode: 200,
    status(code: number) {
      this.statusCode = code;
      return this;
    },
    set: () => res,
    type: () => res,
    setHeader: () => res,
    send: () => (sent(), res),
    json: () => (sent(), res),
    end: () => (sent(), res),
  };
  await Promise.all([handlePublicPage(req, res), answered]);
  return res.statusCode;
}

/** The queue's first page as the web client reads it: its queries, then the names shown. */
async function readQueuePage(actor: QueueActor) {
  const specs = planQueue(defaultFilters(actor), actor, Date.now());
  const pages = await Promise.all(
    specs.map((spec) => {
      let query: Query = adminDb().collection('reports');
      for (const c of spec.conditions) query = query.where(c.field, c.op, c.value);
      if (spec.orderBy) query = query.orderBy(spec.orderBy.field, spec.orderBy.direction);
      return query.limit(spec.limit).get();
    }),
  );
  const reports = pages.flatMap((page) => page.docs);
  const orgIds = new Set(reports.map((r) => String(r.get('orgId'))));
  const people = new Set(
    reports.flatMap((r) => (r.get('assignees') as string[] | undefined) ?? []),
  );
  await Promise.all([
    ...[...orgIds].map((id) => adminDb().doc(`organisations/${id}`).get()),
    ...[...people].map((uid) => adminDb().doc(`users/${uid}`).get()),
  ]);
  return reports.length;
}

/** Registered reports written as registration leaves them, so that the queue has pages. */
async function addRegisteredReports(count: number): Promise<void> {
  const orgId = (await adminDb().collection('organisations').limit(1).get()).docs[0]!.id;
  for (let start = 0; start < count; start += 400) {
    const batch = adminDb().batch();
    for (let i = start; i < Math.min(count, start + 400); i++) {
      batch.set(adminDb().collection('reports').doc(), storedReportFixture(orgId, i));
    }
    await batch.commit();
  }
}
