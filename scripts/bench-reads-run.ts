/**
 * Runs inside `firebase emulators:exec` (`npm run bench:reads`, through scripts/bench-web.mjs):
 * the Firestore reads of one view of the signed-in pages that follow their data live, counted
 * on the wire in Chromium. The cost-per-view benchmark (bench-views) counts the public pages
 * and the queue through the Admin SDK; a report page follows its report, thread, timeline,
 * files and more through the full SDK's listeners in components of their own, so it is counted
 * here, as the browser receives them:
 *   - the full SDK's listeners: each `documentChange` carrying a document on the Listen
 *     channel is one document read; a listen that becomes current with no document is one
 *     read too, as Firestore bills an empty query;
 *   - Firestore Lite's one-shot reads (`:runQuery`, `:batchGet`): each document returned is
 *     one read, and so are an empty query and a document that is missing.
 * Each page is opened in a fresh context (no cache: every document comes from the server),
 * after signing in; reads are counted until the page has settled and no document arrived for
 * two seconds. Reads made by the security rules' own `get()` calls are billed too but happen
 * in the server and are not seen here. Figures, not assertions.
 */
import type { Browser, Page } from 'playwright-core';
import { launchBenchBrowser, signInDemo } from './lib/bench-browser.js';
import { seedDemoData } from './seed.js';
import { startCaptureServer } from '../test/support/smtp-capture.js';

const webUrl = required('SPILNO_WEB_URL');
const smtpPort = Number(required('SPILNO_SMTP_PORT'));
const QUIET_MS = 2_000;

const ACCOUNTS = {
  ngo: 'ngo-member@spilno.test',
  staff: 'staff1@spilno.test',
  commissioner: 'commissioner@spilno.test',
} as const;

interface Target {
  label: string;
  path: string;
  as: keyof typeof ACCOUNTS;
}

const TARGETS: Target[] = [
  { label: 'home, NGO member', path: '/app/', as: 'ngo' },
  { label: 'own reports, NGO member', path: '/app/reports', as: 'ngo' },
  { label: 'a report, NGO member', path: '/app/reports/demo-report-detention', as: 'ngo' },
  { label: 'home, Secretariat', path: '/app/', as: 'staff' },
  { label: 'queue', path: '/app/queue', as: 'staff' },
  { label: 'a report, Secretariat', path: '/app/reports/demo-report-detention', as: 'staff' },
  { label: 'home, Commissioner', path: '/app/', as: 'commissioner' },
];

/**
 * In the page, before its own scripts: wraps fetch, which carries both the full SDK's Listen
 * channel (WebChannel over streamed responses) and Firestore Lite's REST calls, and counts the
 * documents that arrive. A string, as this project's scripts have no DOM types.
 */
const COUNTER = String.raw`
(() => {
  const reads = { listened: 0, emptyListens: 0, fetched: 0, byCollection: {}, listenedBy: {} };
  window.__reads = reads;
  const collectionOf = (name) => {
    const path = name.split('/documents/')[1] || name;
    const parts = path.split('/');
    return parts.length > 2 ? parts[0] + '/…/' + parts[parts.length - 2] : parts[0];
  };
  const note = (name) => {
    const key = collectionOf(name);
    reads.byCollection[key] = (reads.byCollection[key] || 0) + 1;
  };
  // The Listen channel's answers (WebChannel over a streamed fetch): each stream's text so far
  // is scanned whole on every chunk, so that a document split between chunks counts once.
  const streams = [];
  const tally = () => {
    let listened = 0;
    let empty = 0;
    const byCollection = {};
    for (const stream of streams) {
      const withDocs = new Set();
      const current = new Set();
      for (const m of stream.text.matchAll(/"documentChange":\s*\{\s*"document":\s*\{\s*"name":\s*"([^"]+)"[\s\S]*?"targetIds":\s*\[([\d,\s]*)\]/g)) {
        listened += 1;
        const key = collectionOf(m[1]);
        byCollection[key] = (byCollection[key] || 0) + 1;
        for (const id of m[2].split(',')) if (id.trim()) withDocs.add(id.trim());
      }
      for (const m of stream.text.matchAll(/"targetChangeType":\s*"CURRENT"[^\]]*?"targetIds":\s*\[([\d,\s]*)\]/g))
        for (const id of m[1].split(',')) if (id.trim()) current.add(id.trim());
      empty += [...current].filter((id) => !withDocs.has(id)).length;
    }
    reads.listened = listened;
    reads.emptyListens = empty;
    reads.listenedBy = byCollection;
  };
  const follow = async (response) => {
    const stream = { text: '' };
    streams.push(stream);
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      stream.text += decoder.decode(value, { stream: true });
      tally();
    }
  };
  const fetchOriginal = window.fetch;
  window.fetch = async (...args) => {
    const response = await fetchOriginal(...args);
    const url = String(args[0] && args[0].url ? args[0].url : args[0]);
    const method = (args[1] && args[1].method) || 'GET';
    if (url.includes('/google.firestore.v1.Firestore/Listen/channel') && method === 'GET' && response.body) {
      follow(response.clone()).catch(() => undefined);
    }
    if (/:(runQuery|batchGet)(\?|$)/.test(url)) {
      response.clone().text().then((body) => {
        let items = [];
        try { items = JSON.parse(body); } catch { items = []; }
        const list = Array.isArray(items) ? items : [];
        const names = list.map((item) => (item.document && item.document.name) || (item.found && item.found.name) || item.missing).filter(Boolean);
        reads.fetched += Math.max(names.length, 1);
        for (const name of names) note(name);
        if (!names.length) note((url.split('/documents')[1] || '').split(':')[0] + ' (none: ' + response.status + ')');
      }, () => undefined);
    }
    return response;
  };
})();
`;

interface Count {
  listened: number;
  emptyListens: number;
  fetched: number;
  byCollection: Record<string, number>;
  listenedBy: Record<string, number>;
}

function merged(...counts: Record<string, number>[]): Record<string, number> {
  const all: Record<string, number> = {};
  for (const count of counts)
    for (const [key, n] of Object.entries(count)) all[key] = (all[key] ?? 0) + n;
  return all;
}

const capture = await startCaptureServer(smtpPort, smtpPort + 1);
await seedDemoData();
const browser = await launchBenchBrowser();
try {
  console.log('bench: Firestore reads of one view, counted in the browser (fresh device each)');
  console.log('| page | listened | empty listens | one-shot | reads | by collection |');
  console.log('|---|---:|---:|---:|---:|---|');
  for (const target of TARGETS) {
    const count = await countView(browser, target);
    const total = count.listened + count.emptyListens + count.fetched;
    const by = Object.entries(merged(count.byCollection, count.listenedBy))
      .sort(([, a], [, b]) => b - a)
      .map(([name, n]) => `${name} ${n}`)
      .join(', ');
    console.log(
      `| ${target.label} | ${count.listened} | ${count.emptyListens} | ${count.fetched} | ${total} | ${by} |`,
    );
  }
} finally {
  await browser.close();
  await capture.stop();
}

/** Signs in on a fresh device, then opens the page with the counter reset. */
async function countView(browser: Browser, target: Target): Promise<Count> {
  const context = await browser.newContext({
    baseURL: webUrl,
    serviceWorkers: 'block',
    bypassCSP: true,
  });
  try {
    await context.addInitScript(COUNTER);
    await signInDemo(context, ACCOUNTS[target.as]);
    // A new page of the same signed-in context: its counter starts at nought. The full SDK's
    // offline cache is in IndexedDB; it is cleared so that every document comes over the wire.
    const view = await context.newPage();
    await clearFirestoreCache(view);
    await view.goto(target.path);
    await view.locator('main[aria-busy="false"] h1').waitFor({ timeout: 60_000 });
    const result = await settled(view);
    return result;
  } finally {
    await context.close();
  }
}

async function clearFirestoreCache(page: Page): Promise<void> {
  // A file of the build, on the same origin, that runs none of the app.
  await page.goto('/robots.txt');
  await page.evaluate(`(async () => {
    for (const db of await indexedDB.databases()) {
      if (!db.name || !db.name.startsWith('firestore/')) continue;
      await new Promise((done, fail) => {
        const request = indexedDB.deleteDatabase(db.name);
        request.onsuccess = done;
        request.onerror = () => fail(request.error);
        request.onblocked = () => fail(new Error('the Firestore cache is still open: ' + db.name));
      });
    }
  })()`);
}

/** The counter once no document has arrived for QUIET_MS. */
async function settled(page: Page): Promise<Count> {
  const read = () => page.evaluate('JSON.parse(JSON.stringify(window.__reads))') as Promise<Count>;
  let last = await read();
  let quietSince = Date.now();
  const deadline = Date.now() + 60_000;
  while (Date.now() - quietSince < QUIET_MS && Date.now() < deadline) {
    await page.waitForTimeout(250);
    const now = await read();
    if (
      now.listened + now.fetched + now.emptyListens !==
      last.listened + last.fetched + last.emptyListens
    ) {
      quietSince = Date.now();
    }
    last = now;
  }
  return last;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run through \`npm run bench:reads\`.`);
  return value;
}
