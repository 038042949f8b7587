/**
 * Runs inside `firebase emulators:exec` (scripts/bench-web.mjs): seeds the demo data, signs in
 * as a demo NGO member and a demo Secretariat clerk, and opens each measured page on a cold
 * load through a line throttled by Chromium (CDP): 400 kbit/s each way and 300 ms latency.
 * Prints, per page, the median over the runs of
 *   - FCP: first contentful paint;
 *   - content: when the page's heading is shown in a settled `main` (the page itself, not a
 *     loading state);
 *   - each as a ratio to the floor (a static page of the same shell, same line, same run);
 *   - JS gz: the gzipped size of the scripts the page had started loading by then (of them,
 *     Firebase's), taken from the build.
 * The service worker is blocked: this is the first visit. Figures, not assertions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import { launchBenchBrowser, signInDemo } from './lib/bench-browser.js';
import { seedDemoData } from './seed.js';
import { startCaptureServer } from '../test/support/smtp-capture.js';

const RUNS = Number(process.env.SPILNO_BENCH_RUNS ?? 3);
/** `SPILNO_BENCH_WATERFALL=1` also prints each page's requests until its content showed. */
const WATERFALL = process.env.SPILNO_BENCH_WATERFALL === '1';
const LINE = { latency: 300, kbit: 400 };
const webUrl = required('SPILNO_WEB_URL');
const dist = required('SPILNO_BENCH_DIST');
const smtpPort = Number(required('SPILNO_SMTP_PORT'));

interface Target {
  label: string;
  path: string;
  as: 'ngo' | 'staff' | null;
  /**
   * `first`: nothing of the app on the device (no HTTP cache, no service worker).
   * `repeat`: the app shell kept by the service worker from an earlier visit, as it is for
   * anyone signed in on that device (signing in loads the app); the data still comes over the
   * line, and the HTTP cache stays off.
   */
  visit: 'first' | 'repeat';
}

const TARGETS: Target[] = [
  { label: 'floor (static shell)', path: '/bench-floor.html', as: null, visit: 'first' },
  { label: 'home, NGO member', path: '/app/', as: 'ngo', visit: 'first' },
  { label: 'report form', path: '/app/reports/new', as: 'ngo', visit: 'first' },
  { label: 'home, Secretariat', path: '/app/', as: 'staff', visit: 'first' },
  { label: 'queue', path: '/app/queue', as: 'staff', visit: 'first' },
  { label: 'home, NGO member (repeat visit)', path: '/app/', as: 'ngo', visit: 'repeat' },
  { label: 'report form (repeat visit)', path: '/app/reports/new', as: 'ngo', visit: 'repeat' },
  { label: 'queue (repeat visit)', path: '/app/queue', as: 'staff', visit: 'repeat' },
];
const ACCOUNTS = { ngo: 'ngo-admin@spilno.test', staff: 'staff1@spilno.test' } as const;

interface Sample {
  fcp: number;
  content: number;
  jsGz: number;
  firebaseGz: number;
}

/** Gzipped sizes of the build's files, by path. */
const gzipped = new Map<string, number>();

const capture = await startCaptureServer(smtpPort, smtpPort + 1);
await seedDemoData();
const browser = await launchBenchBrowser();
try {
  const contexts = new Map<string, BrowserContext>();
  for (const target of TARGETS) {
    const key = `${target.as}-${target.visit}`;
    if (!contexts.has(key)) contexts.set(key, await signedIn(target.as, target.visit));
  }
  const rows: { target: Target; sample: Sample }[] = [];
  for (const target of TARGETS) {
    const context = contexts.get(`${target.as}-${target.visit}`)!;
    if (target.visit === 'repeat') await keepShell(context, target.path);
    const samples: Sample[] = [];
    for (let run = 0; run < RUNS; run++) samples.push(await measure(context, target));
    rows.push({ target, sample: median(samples) });
  }
  const floor = rows[0]!.sample;
  console.log(
    `bench: first load at ${LINE.kbit} kbit/s, ${LINE.latency} ms latency (median of ${RUNS})`,
  );
  console.log('| page | FCP ms | × floor | content ms | × floor | JS gz KB | of it Firebase KB |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const { target, sample } of rows) {
    console.log(
      `| ${target.label} | ${sample.fcp.toFixed(0)} | ${(sample.fcp / floor.fcp).toFixed(2)} | ` +
        `${sample.content.toFixed(0)} | ${(sample.content / floor.content).toFixed(2)} | ` +
        `${kb(sample.jsGz)} | ${kb(sample.firebaseGz)} |`,
    );
  }
} finally {
  await browser.close();
  await capture.stop();
}

/** A context signed in as the account (unthrottled), with the first-content probe installed. */
async function signedIn(as: Target['as'], visit: Target['visit']): Promise<BrowserContext> {
  // The probes are strings (this project's scripts have no DOM types), which the page's
  // Content-Security-Policy would refuse to evaluate: it is bypassed for the probes only
  // (the policy does not change how the page loads).
  const context = await browser.newContext({
    baseURL: webUrl,
    serviceWorkers: visit === 'repeat' ? 'allow' : 'block',
    bypassCSP: true,
  });
  // In the page (a string: this project's scripts have no DOM types).
  await context.addInitScript(`
    const marks = { content: 0 };
    window.__bench = marks;
    const probe = () => {
      const heading = document.querySelector('main[aria-busy="false"] h1');
      if (!marks.content && heading && heading.textContent.trim()) marks.content = performance.now();
    };
    new MutationObserver(probe).observe(document, { subtree: true, childList: true, attributes: true });
    document.addEventListener('DOMContentLoaded', probe);
  `);
  if (!as) return context;
  await signInDemo(context, ACCOUNTS[as]);
  return context;
}

/** An earlier visit, unthrottled: the service worker installs and keeps the app shell. */
async function keepShell(context: BrowserContext, path: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(path);
  await page.locator('main[aria-busy="false"] h1').waitFor();
  await page.waitForFunction('navigator.serviceWorker.controller !== null', undefined, {
    timeout: 60_000,
  });
  await page.close();
}

async function measure(context: BrowserContext, target: Target): Promise<Sample> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const bytesPerSecond = (LINE.kbit * 1000) / 8;
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: LINE.latency,
    downloadThroughput: bytesPerSecond,
    uploadThroughput: bytesPerSecond,
  });
  await page.goto(target.path, { waitUntil: 'commit', timeout: 120_000 });
  await page.waitForFunction('window.__bench.content > 0', undefined, {
    timeout: 120_000,
    polling: 100,
  });
  const { fcp, content, scripts, requests } = (await page.evaluate(`(() => {
    const content = window.__bench.content;
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const early = performance.getEntriesByType('resource').filter((entry) => entry.startTime <= content);
    const scripts = early
      .filter((entry) => /\\.js(\\?|$)/.test(entry.name))
      .map((entry) => new URL(entry.name).pathname);
    const requests = early.map((entry) =>
      Math.round(entry.startTime) + '–' + Math.round(entry.responseEnd) + ' ms ' +
      entry.name.replace(location.origin, '').slice(0, 110));
    return { fcp: paint ? paint.startTime : content, content, scripts, requests };
  })()`)) as { fcp: number; content: number; scripts: string[]; requests: string[] };
  if (WATERFALL) {
    console.log(`\n${target.label}: content at ${content.toFixed(0)} ms`);
    for (const line of requests) console.log(`  ${line}`);
  }
  await page.close();
  let jsGz = 0;
  let firebaseGz = 0;
  for (const path of new Set(scripts)) {
    const size = gzippedSize(path);
    jsGz += size;
    if (/\/firebase-/.test(path)) firebaseGz += size;
  }
  return { fcp, content, jsGz, firebaseGz };
}

function gzippedSize(path: string): number {
  let size = gzipped.get(path);
  if (size === undefined) {
    try {
      size = gzipSync(readFileSync(join(dist, path))).length;
    } catch {
      size = 0; // not a file of the build (the emulators' own scripts)
    }
    gzipped.set(path, size);
  }
  return size;
}

function median(samples: Sample[]): Sample {
  const mid = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return {
    fcp: mid(samples.map((s) => s.fcp)),
    content: mid(samples.map((s) => s.content)),
    jsGz: mid(samples.map((s) => s.jsGz)),
    firebaseGz: mid(samples.map((s) => s.firebaseGz)),
  };
}

function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run through \`npm run bench:web\`.`);
  return value;
}
