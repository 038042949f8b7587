/**
 * Runs inside `firebase emulators:exec` (`npm run bench:pages`, scripts/bench-web.mjs
 * --runner=pages): seeds the demo data and runs Lighthouse (the npm package, its default
 * mobile settings and simulated throttling) on Debian's Chromium against the production build
 * that Hosting serves: the public pages (rendered by `publicPages` behind Hosting's rewrites)
 * and, signed in as a demo NGO member or Secretariat clerk, the app's home, report form and
 * queue. Prints, per page, the median over the runs of
 *   - JS gz: the scripts the page loaded, each gzipped as the build has it (the emulators'
 *     own scripts, if any, as they came);
 *   - transfer: every byte the page loaded (Lighthouse's total byte weight);
 *   - the four Lighthouse categories;
 * each beside its target (public pages only), and the audits that failed in any category
 * below its target. Figures, not assertions: docs/PERFORMANCE.md says how to read them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import puppeteer, { type Browser, type BrowserContext, type Page } from 'puppeteer-core';
import { DEMO_PASSWORD } from './demo/demo-data.js';
import { seedDemoData } from './seed.js';
import { startCaptureServer } from '../test/support/smtp-capture.js';

const RUNS = Number(process.env.SPILNO_BENCH_RUNS ?? 3);
const webUrl = required('SPILNO_WEB_URL');
const dist = required('SPILNO_BENCH_DIST');
const smtpPort = Number(required('SPILNO_SMTP_PORT'));

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
/** Issue 13's targets for the public pages (KB are 1,024 bytes; scores out of 100). */
const TARGET = {
  jsKb: 35,
  transferKb: 150,
  scores: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 },
} as const;
/** The key of a run Lighthouse could not load, among the failed audits. */
const NOT_LOADED = '(not loaded)';

const ACCOUNTS = { ngo: 'ngo-admin@spilno.test', staff: 'staff1@spilno.test' } as const;

interface Target {
  label: string;
  path: string;
  as: keyof typeof ACCOUNTS | null;
}

interface Sample {
  jsGz: number;
  transfer: number;
  scores: Record<Category, number>;
  /** Failed audits, by category, for the categories below target. */
  failed: Map<string, string>;
}

/** Gzipped sizes of the build's files, by path. */
const gzipped = new Map<string, number>();

// The seed's reports send mail: a catcher takes it, so that no retries run during the pages.
const capture = await startCaptureServer(smtpPort, smtpPort + 1);
await seedDemoData();
const PUBLIC: Target[] = [
  { label: 'home', path: '/', as: null },
  { label: 'publications', path: '/publications', as: null },
  { label: 'a record', path: `/p/${await publishedRecordId()}`, as: null },
  { label: 'statistics', path: '/stats', as: null },
  { label: 'councils', path: '/councils', as: null },
];
const TARGETS: Target[] = [
  ...PUBLIC,
  // The same pages in English (`?lang=en`), held to the same targets.
  ...PUBLIC.map(({ label, path }) => ({
    label: `${label}, English`,
    path: `${path}?lang=en`,
    as: null,
  })),
  { label: 'app home, NGO member', path: '/app/', as: 'ngo' },
  { label: 'report form', path: '/app/reports/new', as: 'ngo' },
  { label: 'queue', path: '/app/queue', as: 'staff' },
];

const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
try {
  const contexts = new Map<string, BrowserContext>();
  const rows: { target: Target; sample: Sample }[] = [];
  for (const target of TARGETS) {
    // An English page remembers its language on the device (localStorage, which Lighthouse's
    // reset leaves): a context of its own keeps the Ukrainian pages in Ukrainian.
    const key = `${target.as}${target.path.includes('lang=en') ? ':en' : ''}`;
    let context = contexts.get(key);
    if (!context) contexts.set(key, (context = await signedIn(browser, target.as)));
    const samples: Sample[] = [];
    for (let run = 0; run < RUNS; run++) samples.push(await measure(context, target));
    rows.push({ target, sample: median(samples) });
  }
  print(rows);
} finally {
  await browser.close();
  await capture.stop();
}

/**
 * A record the public may read: the first of the public list, as a visitor finds it (the demo
 * seed publishes records through the real publication path).
 */
async function publishedRecordId(): Promise<string> {
  const html = await (await fetch(new URL('/publications', webUrl))).text();
  const id = /href="\/p\/([A-Za-z0-9_-]+)"/.exec(html)?.[1];
  if (!id) throw new Error('The public list links to no record: did the seed publish any?');
  return id;
}

/**
 * A browser context of its own, signed in through the sign-in form when `as` is given. Firebase
 * keeps the session in IndexedDB, which Lighthouse's storage reset leaves (it clears the HTTP
 * cache, the service worker and its caches): each measured load is a first visit of the app by
 * someone signed in.
 */
async function signedIn(browser: Browser, as: Target['as']): Promise<BrowserContext> {
  const context = await browser.createBrowserContext();
  if (!as) return context;
  const page = await context.newPage();
  await page.goto(new URL('/sign-in', webUrl).href, { waitUntil: 'networkidle0' });
  await page.type('input[autocomplete="username"]', ACCOUNTS[as]);
  await page.type('input[autocomplete="current-password"]', DEMO_PASSWORD);
  await Promise.all([
    page.waitForFunction(
      'location.pathname.startsWith("/app") && document.querySelector(\'main[aria-busy="false"] h1\')',
      { timeout: 60_000 },
    ),
    page.click('form button[type="submit"]'),
  ]);
  await page.close();
  return context;
}

async function measure(context: BrowserContext, target: Target): Promise<Sample> {
  const page: Page = await context.newPage();
  const url = new URL(target.path, webUrl).href;
  const result = await lighthouse(
    url,
    { output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
    undefined,
    page,
  );
  await page.close();
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { lhr } = result;
  // A signed-in page that fell back to the sign-in form would measure the wrong page.
  const { pathname, search } = new URL(lhr.finalDisplayedUrl);
  const landed = pathname + search;
  if (landed !== target.path) throw new Error(`${target.path} ended on ${landed}`);
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
  ) as Record<Category, number>;
  return {
    jsGz: scriptBytes(lhr),
    transfer: lhr.audits['total-byte-weight']?.numericValue ?? 0,
    scores,
    failed: failedAudits(lhr, scores),
  };
}

type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];
interface NetworkItem {
  url: string;
  resourceType?: string;
  transferSize?: number;
}

/** The page's scripts, those of the build gzipped as built (what Hosting sends, compressed). */
function scriptBytes(lhr: Result): number {
  const details = lhr.audits['network-requests']?.details as { items?: NetworkItem[] } | undefined;
  let bytes = 0;
  for (const item of details?.items ?? []) {
    if (item.resourceType !== 'Script') continue;
    const url = new URL(item.url);
    bytes +=
      url.origin === new URL(webUrl).origin ? gzippedSize(url.pathname) : (item.transferSize ?? 0);
  }
  return bytes;
}

function gzippedSize(path: string): number {
  let size = gzipped.get(path);
  if (size === undefined) {
    size = gzipSync(readFileSync(join(dist, path))).length;
    gzipped.set(path, size);
  }
  return size;
}

/** The audits that cost a category below its target its points: id, title and what failed. */
function failedAudits(lhr: Result, scores: Record<Category, number>): Map<string, string> {
  const failed = new Map<string, string>();
  // A page Lighthouse could not load (under load, say) scores 0 everywhere: that says why.
  if (lhr.runtimeError) {
    return failed.set(NOT_LOADED, `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  }
  for (const id of CATEGORIES) {
    if (scores[id] >= TARGET.scores[id]) continue;
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0) continue;
      // An audit that could not run (no paint to measure, say) costs its category as a 0.
      const broken = audit.scoreDisplayMode === 'error';
      if (!broken && (audit.score === null || audit.score >= 0.9)) continue;
      // The layout shift's score has no items of its own: the elements that moved are in the
      // (unweighted) `layout-shifts` audit.
      const source = ref.id === 'cumulative-layout-shift' ? lhr.audits['layout-shifts'] : audit;
      const items = (source?.details as { items?: Record<string, unknown>[] } | undefined)?.items;
      const what = (items ?? [])
        .slice(0, 3)
        .map((item) => describe(item))
        .filter(Boolean)
        .join('; ');
      failed.set(
        `${id}/${ref.id}`,
        broken
          ? `${audit.title}: could not run (${audit.errorMessage ?? 'no reason given'})`
          : `${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}${what ? `: ${what}` : ''}`,
      );
    }
  }
  return failed;
}

function describe(item: Record<string, unknown>): string {
  const node = item.node as { snippet?: string } | undefined;
  const text = node?.snippet ?? item.url ?? item.source ?? item.description ?? '';
  return String(typeof text === 'object' ? JSON.stringify(text) : text).slice(0, 160);
}

/** The median of the runs Lighthouse could load (all of them, if none could). */
function median(all: Sample[]): Sample {
  const loaded = all.filter((s) => !s.failed.has(NOT_LOADED));
  const samples = loaded.length ? loaded : all;
  const mid = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const failed = new Map<string, string>();
  for (const sample of all) for (const [id, what] of sample.failed) failed.set(id, what);
  const lost = all.length - loaded.length;
  if (lost) failed.set(NOT_LOADED, `${lost} of ${all.length} runs: ${failed.get(NOT_LOADED)}`);
  return {
    jsGz: mid(samples.map((s) => s.jsGz)),
    transfer: mid(samples.map((s) => s.transfer)),
    scores: Object.fromEntries(
      CATEGORIES.map((id) => [id, mid(samples.map((s) => s.scores[id]))]),
    ) as Record<Category, number>,
    failed,
  };
}

function print(rows: { target: Target; sample: Sample }[]): void {
  const scoreTargets = CATEGORIES.map((id) => TARGET.scores[id]).join('/');
  console.log(
    `bench: Lighthouse ${RUNS === 1 ? '(one run)' : `(median of ${RUNS} runs)`}, mobile, ` +
      `simulated throttling; targets for public pages: JS ≤ ${TARGET.jsKb} KB gz, transfer ≤ ` +
      `${TARGET.transferKb} KB, perf/a11y/bp/seo ≥ ${scoreTargets}`,
  );
  console.log('| page | JS gz KB | transfer KB | perf | a11y | bp | seo | within target? |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---|');
  for (const { target, sample } of rows) {
    const isPublic = target.as === null;
    const mark = (ok: boolean) => (isPublic && !ok ? ' ✗' : '');
    const jsKb = sample.jsGz / 1024;
    const transferKb = sample.transfer / 1024;
    const misses = [
      ...(jsKb > TARGET.jsKb ? ['JS'] : []),
      ...(transferKb > TARGET.transferKb ? ['transfer'] : []),
      ...CATEGORIES.filter((id) => sample.scores[id] < TARGET.scores[id]),
    ];
    const cells = [
      `${target.label} (${target.path})`,
      `${jsKb.toFixed(1)}${isPublic ? ` / ${TARGET.jsKb}` : ''}${mark(jsKb <= TARGET.jsKb)}`,
      `${transferKb.toFixed(1)}${isPublic ? ` / ${TARGET.transferKb}` : ''}${mark(transferKb <= TARGET.transferKb)}`,
      ...CATEGORIES.map(
        (id) =>
          `${sample.scores[id]}${isPublic ? ` / ${TARGET.scores[id]}` : ''}` +
          mark(sample.scores[id] >= TARGET.scores[id]),
      ),
      isPublic ? (misses.length ? `no: ${misses.join(', ')}` : 'yes') : '(no target)',
    ];
    console.log(`| ${cells.join(' | ')} |`);
  }
  const failures = rows.filter(({ sample }) => sample.failed.size > 0);
  if (failures.length) console.log('\nbench: audits failed in a category below its target');
  for (const { target, sample } of failures) {
    console.log(`  ${target.label} (${target.path})`);
    for (const [id, what] of sample.failed) console.log(`    ${id}: ${what}`);
  }
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run through \`npm run bench:pages\`.`);
  return value;
}
