// `npm run bench:web` and `npm run bench:pages` (both in `npm run bench`; run with tsx, as the
// stack helpers import TypeScript): the web client as Hosting serves its production build.
// Builds the functions and the web client for a stack of its own ports
// (SPILNO_TEST_PORT_OFFSET, as `npm test`), starts the emulators (Hosting serves the build) and
// runs one runner inside them, which drives Debian's Chromium and prints the figures:
//   - `--runner=web` (the default), scripts/bench-web-run.ts: how the signed-in app loads on
//     a weak connection, against a static floor page added to the build;
//   - `--runner=pages`, scripts/bench-pages-run.ts: Lighthouse and the bytes of the public and
//     the signed-in pages;
//   - `--runner=reads`, scripts/bench-reads-run.ts: the Firestore reads of one view of the
//     signed-in pages (a report's among them), counted in the browser.
// Figures, not assertions: docs/PERFORMANCE.md says how to read them.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareEmulatorEnvironment } from './lib/emulator-environment.mjs';
import { assertPortsFree } from './lib/ports.mjs';
import { step } from './lib/processes.mjs';
import { EMULATORS, FIREBASE_BIN, PROJECT_ID, ROOT } from './lib/project.mjs';
import {
  stackEnv,
  testPortOffset,
  webBuildEnv,
  writeTestFirebaseConfig,
} from './lib/test-stack.mjs';

// `--web-root=<checkout>` measures the web client of another checkout (an earlier commit,
// say, exported with `git archive`) on this stack: its web/ is built instead of this one's.
const webRoot = process.argv.find((arg) => arg.startsWith('--web-root='))?.slice(11) ?? ROOT;
const RUNNERS = {
  web: { script: 'scripts/bench-web-run.ts', title: 'The web client on a throttled line' },
  pages: { script: 'scripts/bench-pages-run.ts', title: 'Lighthouse on the public and app pages' },
  reads: { script: 'scripts/bench-reads-run.ts', title: 'Firestore reads of the signed-in pages' },
};
const runnerName = process.argv.find((arg) => arg.startsWith('--runner='))?.slice(9) ?? 'web';
if (!Object.hasOwn(RUNNERS, runnerName)) {
  throw new Error(`--runner must be one of ${Object.keys(RUNNERS).join(', ')}, not ${runnerName}`);
}
const runner = RUNNERS[/** @type {keyof typeof RUNNERS} */ (runnerName)];
const stack = writeTestFirebaseConfig(testPortOffset());
await step('Building functions', 'npm', ['run', 'build', '-w', 'functions'], { cwd: ROOT });
await step(
  `Building the web client${webRoot === ROOT ? '' : ` of ${webRoot}`}`,
  join(ROOT, 'node_modules', '.bin', 'vite'),
  ['build', '--outDir', stack.webDist, '--emptyOutDir'],
  { cwd: join(webRoot, 'web'), env: { ...process.env, ...webBuildEnv(stack.ports) } },
);
if (runner === RUNNERS.web) writeFloorPage(stack.webDist);

await assertPortsFree(stack.ports);
const env = await prepareEmulatorEnvironment({
  projectRoot: ROOT,
  log: (line) => console.log(`  ${line}`),
});
console.log(`\n▶ ${runner.title} (emulators start first)`);
const exec = spawn(
  FIREBASE_BIN,
  [
    'emulators:exec',
    '--config',
    stack.path,
    '--project',
    PROJECT_ID,
    '--only',
    EMULATORS,
    `${join(ROOT, 'node_modules', '.bin', 'tsx')} ${runner.script}`,
  ],
  {
    cwd: ROOT,
    env: { ...env, ...stackEnv(stack.ports), SPILNO_BENCH_DIST: stack.webDist },
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
// Only the bench's own lines (they start with two spaces or a table bar) are shown.
let output = '';
exec.stdout.on('data', (chunk) => {
  output += chunk;
  const lines = output.split('\n');
  output = lines.pop() ?? '';
  for (const line of lines) if (/^(bench| {2}|\|)/.test(line)) console.log(line);
});
const code = await new Promise((resolve) => exec.on('exit', (c) => resolve(c ?? 1)));
process.exit(code);

/**
 * The floor: a static page of the same shell (the app's HTML and stylesheet, a heading in
 * `main`, no script), served by the same Hosting over the same line. Each page's time is given
 * as a multiple of it, so that the figures compare across machines and runs.
 * @param {string} dist
 */
function writeFloorPage(dist) {
  const html = readFileSync(join(dist, 'app', 'index.html'), 'utf8')
    .replace(/<script\b[^>]*>[^<]*<\/script>\s*/g, '')
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
    .replace(/<link rel="manifest"[^>]*>\s*/g, '')
    // The app's shell (header bar, busy main) as it is, with a heading in a settled main.
    .replace(
      /<main id="main" aria-busy="true"><\/main>/,
      '<main id="main" aria-busy="false"><h1>Спільно</h1><p>Floor page of the benchmark.</p></main>',
    );
  if (!html.includes('Floor page')) throw new Error('app/index.html has no busy <main> to fill');
  writeFileSync(join(dist, 'bench-floor.html'), html);
}
