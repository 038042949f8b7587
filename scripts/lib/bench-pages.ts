// What the cost-per-view and scale benchmarks load as the platform does, in their own process
// (inside the emulators, with the Admin SDK pointed at them): a public page served by the
// `publicPages` handler itself, and the staff queue's first page by the web client's own plan.
import type { Query } from 'firebase-admin/firestore';
import { adminDb } from '../../test/support/admin.js';

// The web client's planner (pure, but typed against the DOM, which these scripts are not):
// imported by name, with the little of its types used here. Run with
// `tsx --tsconfig scripts/tsconfig.json`, which maps its `@domain` imports.
export interface QueueActor {
  uid: string;
  role: 'staff';
  regions: string[];
}
interface QuerySpec {
  conditions: { field: string; op: '==' | 'in' | 'array-contains' | '<'; value: unknown }[];
  orderBy: { field: string; direction: 'asc' | 'desc' } | null;
  limit: number;
}
const queueModule = '../../web/src/reports/queue.js';
const queue = (await import(queueModule)) as {
  defaultFilters: (actor: QueueActor) => unknown;
  planQueue: (filters: unknown, actor: QueueActor, now: number) => QuerySpec[];
  QUEUE_PAGE: number;
};
export const QUEUE_PAGE = queue.QUEUE_PAGE;

type Handler = (req: unknown, res: unknown) => Promise<void>;
// Two copies of shared/firebase share the SDK's one Firestore: test/support's (functions/src)
// sets it up, first; the handler's (functions/lib) then finds it set up and may not set it
// again, which its first use says once.
adminDb();
const libFirebase = '../../functions/lib/shared/firebase.js';
try {
  ((await import(libFirebase)) as { db: () => unknown }).db();
} catch {
  // Set up by the other copy, with the same settings.
}
const handlerModule = '../../functions/lib/public-pages/render-public-page.handler.js';
const { handlePublicPage } = (await import(handlerModule)) as { handlePublicPage: Handler };

/** Serves a public page with a stand-in request; resolves with the status once it is sent. */
export async function servePage(url: string): Promise<number> {
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

/**
 * The queue's first page as the web client reads it (web/src/firebase/reads.ts `runQueue`,
 * then `organisationNames` and `displayNames`): the plan's queries with their conditions,
 * order and page size, then one document per name shown. Returns how many reports it shows.
 */
export async function readQueuePage(actor: QueueActor): Promise<number> {
  const specs = queue.planQueue(queue.defaultFilters(actor), actor, Date.now());
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

/** Writes documents in batches of 400, a few batches at once. */
export async function writeAll(
  count: number,
  path: (index: number) => string,
  data: (index: number) => Record<string, unknown>,
  from = 0,
): Promise<void> {
  const starts: number[] = [];
  for (let start = from; start < count; start += 400) starts.push(start);
  let next = 0;
  const worker = async () => {
    while (next < starts.length) {
      const start = starts[next++]!;
      const batch = adminDb().batch();
      for (let i = start; i < Math.min(count, start + 400); i++)
        batch.set(adminDb().doc(path(i)), data(i));
      await batch.commit();
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}
