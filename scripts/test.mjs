// `npm test`: every check. Typecheck, lint and unit tests first (fast, no emulators), then the
// emulator and browser tests inside one `firebase emulators:exec` on the test ports (see
// lib/test-stack.mjs). The output ends with vitest's summary.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { EnvironmentError, prepareEmulatorEnvironment } from './lib/emulator-environment.mjs';
import { assertPortsFree } from './lib/ports.mjs';
import { step } from './lib/processes.mjs';
import { CACHE_DIR, EMULATORS, FIREBASE_BIN, PROJECT_ID, ROOT } from './lib/project.mjs';
import {
  stackEnv,
  testPortOffset,
  webBuildEnv,
  writeTestFirebaseConfig,
} from './lib/test-stack.mjs';

const NPX_VITEST = join(ROOT, 'node_modules', '.bin', 'vitest');

// While iterating: `npm test -- --emulators-only [vitest filters…]` skips the static checks
// and passes the filters (e.g. test/emulator/rules) to vitest; `--reuse-web` keeps the last
// web build of this test stack (for backend work while the web client is being edited).
const args = process.argv.slice(2);
const emulatorsOnly = args.includes('--emulators-only');
const reuseWeb = args.includes('--reuse-web');
const vitestFilters = args.filter((arg) => !arg.startsWith('--'));
if (!emulatorsOnly) {
  await step('Typecheck', 'npm', ['run', 'typecheck'], { cwd: ROOT });
  await step('Lint', 'npm', ['run', 'lint'], { cwd: ROOT });
  await step('Unit tests', NPX_VITEST, ['run', '--project', 'unit'], { cwd: ROOT });
}
await step('Building functions', 'npm', ['run', 'build', '-w', 'functions'], { cwd: ROOT });
const stack = writeTestFirebaseConfig(testPortOffset());
if (!reuseWeb || !existsSync(join(stack.webDist, 'app', 'index.html')))
  await step(
    'Building the web client',
    'npm',
    ['run', 'build', '-w', 'web', '--', '--outDir', stack.webDist, '--emptyOutDir'],
    {
      cwd: ROOT,
      env: { ...process.env, ...webBuildEnv(stack.ports) },
    },
  );

let env;
try {
  await assertPortsFree(stack.ports);
  env = await prepareEmulatorEnvironment({
    projectRoot: ROOT,
    log: (line) => console.log(`  ${line}`),
  });
} catch (error) {
  console.error(`\n✖ ${error instanceof Error ? error.message : error}`);
  process.exit(error instanceof EnvironmentError ? 2 : 1);
}

console.log('\n▶ Emulator and browser tests (one emulator run)');
mkdirSync(CACHE_DIR, { recursive: true });
const emulatorLogPath = join(CACHE_DIR, `emulators-${testPortOffset()}.log`);
const emulatorLog = createWriteStream(emulatorLogPath);
console.log(`  emulator output: ${emulatorLogPath}`);
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
    // Seeds, starts the test SMTP server and runs vitest (scripts/emulator-suite.ts).
    `${join(ROOT, 'node_modules', '.bin', 'tsx')} scripts/emulator-suite.ts ${vitestFilters.join(' ')}`,
  ],
  {
    cwd: ROOT,
    env: {
      ...env,
      ...stackEnv(stack.ports),
      // Tests that count function executions read the emulators' lines from it.
      SPILNO_EMULATOR_LOG: emulatorLogPath,
      FORCE_COLOR: process.stdout.isTTY ? '1' : '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  },
);

// The tests' own output is shown; the emulators' lines (start-up, function logs, shutdown)
// go to .cache/emulators-<offset>.log, except errors, so that vitest's summary is the last thing seen.
const EMULATOR_LINE = /^(?:(?:i|✔|⚠|>|\+)\s|\[hosting\])/;
// eslint-disable-next-line no-control-regex -- the escape character is what colours start with
const ANSI = /\u001b\[[0-9;]*m/g;
let scriptEnded = false;
for (const [source, sink] of /** @type {const} */ ([
  [exec.stdout, process.stdout],
  [exec.stderr, process.stderr],
])) {
  createInterface({ input: source }).on('line', (line) => {
    const plain = line.replace(ANSI, '');
    if (/Script exited (successfully|unsuccessfully|with signal)/.test(plain)) scriptEnded = true;
    if (scriptEnded || EMULATOR_LINE.test(plain)) emulatorLog.write(`${plain}\n`);
    else sink.write(`${line}\n`);
  });
}

const code = await new Promise((resolve) => exec.on('exit', (c) => resolve(c ?? 1)));
emulatorLog.end();
if (code !== 0 && !scriptEnded) {
  console.error(
    `\n✖ The emulators failed to start (exit code ${code}); see ${emulatorLogPath} and firestore-debug.log.`,
  );
}
process.exit(code);
