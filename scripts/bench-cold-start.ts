/**
 * `npm run bench:cold` (and the middle of `npm run bench`): how long a cold start of each
 * deployed function takes to load its code, each figure as a ratio to a floor measured in
 * the same run. Figures, not assertions: docs/PERFORMANCE.md («Cold start») says how to read
 * them.
 *
 * It builds the functions (skip with `--no-build`), reads functions/lib/index.js for the
 * entry module of every function, and follows each entry's static imports through the
 * compiled code (scripts/lib/module-graph.ts). Then, in fresh Node processes, repeated
 * (SPILNO_BENCH_RUNS, 7 by default):
 *
 *   - **floor**: `await import()` of exactly the packages the entry's static graph imports
 *     (`firebase-functions/https`, …), nothing of ours: what no registration can avoid;
 *   - **import**: `await import()` of the entry module, just after its floor; the ratio is the
 *     median over the runs of import ÷ floor within each pair, in wall time and in CPU time
 *     (which other processes on a shared machine move less);
 *   - **handler ready**: in the entry's process, after it, the import of the module its
 *     handler loads on the first call (`lazy(() => import(…))`): the first call up to the
 *     handler's own work. An entry with several routes (`api`) gets a process per route;
 *   - **first calls** that need no emulator (FIRST_CALLS), made with a stand-in request.
 *
 * The whole codebase (functions/lib/index.js, which every instance loads, whatever function
 * it serves) is measured the same way against the union of the packages.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { step } from './lib/processes.mjs';
import { ROOT } from './lib/project.mjs';
import { importsOf, packageOf, staticClosure } from './lib/module-graph.ts';

const TARGET_RATIO = 1.2;
/** Packages that must load only in the handlers that use them. */
const HEAVY_PACKAGES = new Set([
  'nodemailer',
  'docx',
  'pdf-lib',
  'ics',
  'libphonenumber-js',
  'fflate',
  '@google-cloud/storage',
  'sharp',
]);

const runs = Number(process.env.SPILNO_BENCH_RUNS ?? 7);
const functionsDir = join(ROOT, 'functions');
const lib = join(functionsDir, 'lib');

if (!process.argv.includes('--no-build')) {
  await step('Building functions', 'npm', ['run', 'build', '-w', 'functions'], { cwd: ROOT });
}

interface Entry {
  /** The deployed function's name, or `(codebase)` for index.js. */
  name: string;
  path: string;
  floor: string[];
  /** Local modules its first call loads on demand. */
  onFirstCall: string[];
  /** Heavy packages its import loads. */
  heavyAtImport: string[];
}

const indexPath = join(lib, 'index.js');
const entries: Entry[] = [];
for (const statement of readFileSync(indexPath, 'utf8').matchAll(
  /^export \{ (\w+) \} from '(\.[^']+)';$/gm,
)) {
  const path = join(lib, statement[2]!);
  const closure = staticClosure(path);
  entries.push({
    name: statement[1]!,
    path,
    floor: closure.packages,
    onFirstCall: [...new Set(importsOf(path, readFileSync(path, 'utf8')).dynamicFiles)],
    heavyAtImport: heavyIn(closure.packages),
  });
}
const codebase = staticClosure(indexPath);
entries.push({
  name: '(codebase: index.js)',
  path: indexPath,
  floor: codebase.packages,
  onFirstCall: [],
  heavyAtImport: heavyIn(codebase.packages),
});

/** The specifiers of heavy packages among `packages` (`libphonenumber-js/min`, …). */
function heavyIn(packages: string[]): string[] {
  return packages.filter((specifier) => HEAVY_PACKAGES.has(packageOf(specifier)));
}

/**
 * One fresh process: the modules of `first` imported in turn, then those of `then`; then, if
 * given, a request made to an HTTP handler (what `then` ends with) with a stand-in request
 * and response, until the response is sent.
 */
interface Probe {
  key: string;
  first: string[];
  then: string[];
  call?: { handler: string; path: string };
}

/**
 * First calls that need no emulator: routes that read nothing from Firestore. Every other
 * first call reads or writes documents, and only the loading of its handler is measured.
 */
const FIRST_CALLS = [
  { entry: 'api', module: 'http/api.js', handler: 'handleApi', path: '/api/health' },
  { entry: 'api', module: 'http/api.js', handler: 'handleApi', path: '/api/uploads/limits' },
  {
    entry: 'publicPages',
    module: 'public-pages/render-public-page.handler.js',
    handler: 'handlePublicPage',
    path: '/open-data',
  },
];

const probes = new Map<string, Probe>();
const addProbe = (probe: Probe) => probes.set(probe.key, probe);
const routeKey = (entry: Entry, path: string) => `route:${entry.name}:${path}`;
// Each entry's floor runs just before it in every round, so that each pair shares the
// machine's state of the moment; the ratio is taken within the pair.
for (const entry of entries) {
  const url = pathToFileURL(entry.path).href;
  const single = entry.onFirstCall.length === 1;
  addProbe({ key: `floor:${entry.name}`, first: entry.floor, then: [] });
  addProbe({
    key: `entry:${entry.name}`,
    first: [url],
    then: single ? [pathToFileURL(entry.onFirstCall[0]!).href] : [],
  });
}
for (const entry of entries.filter((e) => e.onFirstCall.length > 1)) {
  for (const path of entry.onFirstCall) {
    addProbe({
      key: routeKey(entry, path),
      first: [pathToFileURL(entry.path).href],
      then: [pathToFileURL(path).href],
    });
  }
}
for (const firstCall of FIRST_CALLS) {
  const entry = entries.find((e) => e.name === firstCall.entry);
  if (!entry) throw new Error(`No function ${firstCall.entry} in functions/lib/index.js`);
  addProbe({
    key: `call:${firstCall.entry}:${firstCall.path}`,
    first: [pathToFileURL(entry.path).href],
    then: [pathToFileURL(join(lib, firstCall.module)).href],
    call: { handler: firstCall.handler, path: firstCall.path },
  });
}

interface Timing {
  importMs: number;
  /** CPU time (user + system, all threads) of the import: less moved by other processes. */
  importCpuMs: number;
  thenMs: number;
  thenCpuMs: number;
  callMs: number;
  status: number | null;
}

/** Runs a probe in `node --input-type=module -e`, from functions/ as the deployed code is. */
function runProbe(probe: Probe): Promise<Timing> {
  const code = `
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    for (const specifier of ${JSON.stringify(probe.first)}) await import(specifier);
    const t1 = performance.now();
    const cpu = process.cpuUsage(cpu0);
    const cpu1 = process.cpuUsage();
    let last;
    for (const specifier of ${JSON.stringify(probe.then)}) last = await import(specifier);
    const t2 = performance.now();
    const thenCpu = process.cpuUsage(cpu1);
    const call = ${JSON.stringify(probe.call ?? null)};
    let status = null;
    if (call) {
      const headers = { host: 'localhost' };
      const req = {
        method: 'GET', path: call.path, originalUrl: call.path, url: call.path,
        protocol: 'http', headers, get: (name) => headers[name.toLowerCase()],
      };
      let sent;
      const answered = new Promise((resolve) => (sent = resolve));
      const res = {
        statusCode: 200,
        status(code) { this.statusCode = code; return this; },
        set() { return this; }, type() { return this; },
        send() { sent(); return this; }, json() { sent(); return this; }, end() { sent(); return this; },
      };
      await Promise.all([last[call.handler](req, res), answered]);
      status = res.statusCode;
    }
    const t3 = performance.now();
    process.stdout.write(
      JSON.stringify({
        importMs: t1 - t0, importCpuMs: (cpu.user + cpu.system) / 1000,
        thenMs: t2 - t1, thenCpuMs: (thenCpu.user + thenCpu.system) / 1000, callMs: t3 - t1, status,
      }),
    );
  `;
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', code], {
      cwd: functionsDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('close', (status) => {
      // The figures are the last line: a handler may log before it.
      if (status === 0) resolvePromise(JSON.parse(out.trim().split('\n').at(-1)!) as Timing);
      else reject(new Error(`${probe.key} failed (${status}):\n${err}`));
    });
  });
}

const timings = new Map<string, Timing[]>([...probes.keys()].map((key) => [key, []]));
console.log(
  `\n▶ Cold start: ${probes.size} kinds of process × ${runs} runs (${entries.length - 1} functions)`,
);
for (let run = 0; run < runs; run++) {
  for (const probe of probes.values()) timings.get(probe.key)!.push(await runProbe(probe));
  process.stdout.write(`  run ${run + 1}/${runs}\n`);
}

/** Nearest-rank percentile. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
type Figure = 'importMs' | 'importCpuMs' | 'thenMs' | 'thenCpuMs' | 'callMs';
const of = (key: string, field: Figure) => timings.get(key)!.map((t) => t[field]);
const ms = (value: number) => value.toFixed(0);
const short = (path: string) => relative(lib, path);

console.log(`\nSpilno cold start, Node ${process.version}, ${new Date().toISOString()}`);
console.log(
  `${runs} fresh processes each; median (p90) in ms; ratio: median of entry ÷ floor over ` +
    `the runs (wall time; CPU time beside it); target ≤ ${TARGET_RATIO}\n`,
);
/** The median of entry ÷ floor over the rounds, each pair measured one after the other. */
const pairedRatio = (entry: Entry, field: Figure) => {
  const floors = of(`floor:${entry.name}`, field);
  return percentile(
    of(`entry:${entry.name}`, field).map((value, round) => value / floors[round]!),
    50,
  );
};
const medianP90 = (values: number[]) =>
  `${ms(percentile(values, 50))} (${ms(percentile(values, 90))})`;

console.log(
  '| function | entry module | import ms | floor ms | ratio | ≤ 1.2 | ratio (CPU) | handler ready ms; CPU ms |',
);
console.log('|---|---|---:|---:|---:|:---:|---:|---:|');
let over = 0;
for (const entry of entries) {
  const ratio = pairedRatio(entry, 'importMs');
  if (ratio > TARGET_RATIO) over++;
  const ready =
    entry.onFirstCall.length === 0
      ? 'at import'
      : entry.onFirstCall.length === 1
        ? `${medianP90(of(`entry:${entry.name}`, 'thenMs'))}; CPU ${ms(percentile(of(`entry:${entry.name}`, 'thenCpuMs'), 50))}`
        : 'per route, below';
  console.log(
    `| ${entry.name} | ${short(entry.path)} | ${medianP90(of(`entry:${entry.name}`, 'importMs'))} | ` +
      `${medianP90(of(`floor:${entry.name}`, 'importMs'))} | ${ratio.toFixed(2)} | ` +
      `${ratio <= TARGET_RATIO ? 'yes' : 'NO'} | ${pairedRatio(entry, 'importCpuMs').toFixed(2)} | ${ready} |`,
  );
}
const heavyAtImport = entries.filter((entry) => entry.heavyAtImport.length > 0);
console.log(
  heavyAtImport.length === 0
    ? '\nNo entry loads a heavy package at import.'
    : `\nHeavy packages at import: ${heavyAtImport.map((e) => `${e.name} (${e.heavyAtImport.join(', ')})`).join('; ')}`,
);

const routed = entries.filter((entry) => entry.onFirstCall.length > 1);
for (const entry of routed) {
  console.log(`\n${entry.name}: what a first request loads, after the entry (ms, median (p90))\n`);
  console.log('| module loaded on demand | ready ms | heavy packages it loads |');
  console.log('|---|---:|---|');
  for (const path of entry.onFirstCall) {
    console.log(
      `| ${short(path)} | ${medianP90(of(routeKey(entry, path), 'thenMs'))} | ` +
        `${heavyIn(staticClosure(path).packages).join(', ') || '—'} |`,
    );
  }
}

console.log('\nHeavy packages loaded by each handler module at its first call (static imports):\n');
for (const entry of entries.filter((e) => e.onFirstCall.length === 1)) {
  const heavy = heavyIn(staticClosure(entry.onFirstCall[0]!).packages);
  console.log(`  ${entry.name.padEnd(30)} ${heavy.join(', ') || '—'}`);
}
console.log(
  '\nFirst calls that need no emulator: from the entry loaded to the response sent (ms)\n',
);
console.log('| function | request | status | first call ms |');
console.log('|---|---|---:|---:|');
for (const firstCall of FIRST_CALLS) {
  const key = `call:${firstCall.entry}:${firstCall.path}`;
  const statuses = [...new Set(timings.get(key)!.map((t) => t.status))].join(', ');
  console.log(
    `| ${firstCall.entry} | GET ${firstCall.path} | ${statuses} | ` +
      `${medianP90(of(key, 'callMs'))} |`,
  );
}

console.log(
  over === 0
    ? `\nEvery entry within ${TARGET_RATIO} × its floor.`
    : `\n${over} of ${entries.length} above ${TARGET_RATIO} × their floor.`,
);
