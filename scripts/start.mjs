// `npm start`: the whole system on this machine, offline, with demo data — the Firebase
// Emulator Suite (Auth, Firestore, Functions, Hosting) and MailDev as the SMTP catcher.
// Data persists in .emulator-data between runs; `npm run reset` starts afresh.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { EnvironmentError, prepareEmulatorEnvironment } from './lib/emulator-environment.mjs';
import { assertPortsFree, MAIL_PORTS, STACK_PORTS } from './lib/ports.mjs';
import { run, step, waitForHttp } from './lib/processes.mjs';
import {
  EMULATOR_CLIENT_ENV,
  EMULATOR_DATA_DIR,
  MAIL_DATA_DIR,
  EMULATORS,
  FIREBASE_BIN,
  PROJECT_ID,
  ROOT,
  URLS,
} from './lib/project.mjs';
import { DEFAULT_PORTS, webBuildEnv, writeLocalFirebaseConfig } from './lib/test-stack.mjs';
import { printBanner } from './lib/banner.mjs';

/** @type {import('node:child_process').ChildProcess[]} */
const children = [];
let stopping = false;

async function main() {
  let env;
  try {
    await assertPortsFree({ ...STACK_PORTS, ...MAIL_PORTS });
    env = await prepareEmulatorEnvironment({
      projectRoot: ROOT,
      log: (line) => console.log(`  ${line}`),
    });
  } catch (error) {
    console.error(`\n✖ ${error instanceof Error ? error.message : error}`);
    process.exit(error instanceof EnvironmentError ? 2 : 1);
  }

  await step('Building functions', 'npm', ['run', 'build', '-w', 'functions'], { cwd: ROOT });
  await step('Building the web client', 'npm', ['run', 'build', '-w', 'web'], {
    cwd: ROOT,
    env: { ...process.env, ...webBuildEnv(DEFAULT_PORTS) },
  });

  const freshData = !existsSync(join(EMULATOR_DATA_DIR, 'firebase-export-metadata.json'));
  mkdirSync(MAIL_DATA_DIR, { recursive: true });

  console.log('\n▶ Starting MailDev (SMTP 1025, inbox 1080)');
  const maildev = spawn(
    join(ROOT, 'node_modules', '.bin', 'maildev'),
    [
      '--smtp',
      '1025',
      '--web',
      '1080',
      '--ip',
      '127.0.0.1',
      '--web-ip',
      '127.0.0.1',
      '--mail-directory',
      MAIL_DATA_DIR,
    ],
    { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], detached: true },
  );
  supervise(maildev, 'MailDev');

  console.log(
    `▶ Starting the Firebase emulators (${freshData ? 'fresh data' : 'data from .emulator-data'})`,
  );
  const firebase = spawn(
    FIREBASE_BIN,
    [
      'emulators:start',
      // firebase.json with the page policy for the emulators (scripts/lib/hosting-policy.mjs).
      '--config',
      writeLocalFirebaseConfig(),
      '--project',
      PROJECT_ID,
      '--only',
      EMULATORS,
      ...(freshData ? [] : ['--import', EMULATOR_DATA_DIR]),
      '--export-on-exit',
      EMULATOR_DATA_DIR,
    ],
    { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'], detached: true },
  );
  supervise(firebase, 'The Firebase emulators');

  await waitForHttp(`${URLS.web}/api/health`, 180_000);
  await waitForHttp(URLS.inbox, 30_000);

  if (freshData) {
    const seeded = await run(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/seed.ts'], {
      cwd: ROOT,
      env: { ...process.env, ...EMULATOR_CLIENT_ENV },
    });
    if (seeded !== 0) {
      console.error('\n✖ Seeding the demo data failed; stopping.');
      await stop(1);
      return;
    }
  }
  const scheduler = spawn(
    join(ROOT, 'node_modules', '.bin', 'tsx'),
    ['scripts/local-scheduler.ts'],
    {
      cwd: ROOT,
      env: { ...process.env, ...EMULATOR_CLIENT_ENV },
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: true,
    },
  );
  supervise(scheduler, 'The local scheduler');
  printBanner();
}

/**
 * Keeps a child to stop on exit, and stops everything if it dies on its own.
 * @param {import('node:child_process').ChildProcess} child @param {string} name
 */
function supervise(child, name) {
  children.push(child);
  child.on('exit', (code) => {
    if (stopping) return;
    console.error(`\n✖ ${name} stopped unexpectedly (exit code ${code}).`);
    void stop(1);
  });
}

/** Stops what this script started, letting the emulators export their data first. */
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  console.log('\n▶ Stopping (the emulators save their data to .emulator-data)…');
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null || !child.pid)
            return resolve(undefined);
          child.once('exit', resolve);
          try {
            process.kill(-child.pid, 'SIGINT');
          } catch {
            resolve(undefined);
          }
        }),
    ),
  );
  process.exit(code);
}

process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
main().catch(async (error) => {
  console.error(`\n✖ ${error instanceof Error ? error.message : error}`);
  await stop(1);
});
