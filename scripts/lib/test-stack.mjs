// The test stack runs on its own ports (the normal ones plus an offset, 10000 by default)
// and its own copy of the web build, so `npm test` works while `npm start` is running.
// Set SPILNO_TEST_PORT_OFFSET to run two test stacks side by side.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { join } from 'node:path';
import { withEmulatorPolicy } from './hosting-policy.mjs';
import { CACHE_DIR, PROJECT_ID, ROOT } from './project.mjs';

export const DEFAULT_PORTS = {
  auth: 9099,
  firestore: 8080,
  firestoreWebsocket: 9150,
  functions: 5001,
  hosting: 5000,
  hub: 4400,
  logging: 4500,
  smtp: 1025,
};

/** @param {number} offset */
export function testPorts(offset) {
  return /** @type {typeof DEFAULT_PORTS} */ (
    Object.fromEntries(Object.entries(DEFAULT_PORTS).map(([name, port]) => [name, port + offset]))
  );
}

export function testPortOffset() {
  const raw = process.env.SPILNO_TEST_PORT_OFFSET ?? '10000';
  const offset = Number(raw);
  if (!Number.isInteger(offset) || offset < 0 || offset > 50_000) {
    throw new Error(`SPILNO_TEST_PORT_OFFSET must be an integer from 0 to 50000, not "${raw}"`);
  }
  return offset;
}

/**
 * Writes a firebase.json for the test stack next to the real one (relative paths in it
 * resolve from the repository root) and returns its path, ports and web build directory.
 * `settings` override the functions' test settings (a benchmark lifts a limit, say).
 * @param {number} offset @param {Record<string, string>} [settings]
 */
export function writeTestFirebaseConfig(offset, settings = {}) {
  const ports = testPorts(offset);
  const config = JSON.parse(readFileSync(join(ROOT, 'firebase.json'), 'utf8'));
  const webDist = join('.cache', `web-dist-test-${offset}`);
  config.hosting = withEmulatorPolicy({ ...config.hosting, public: webDist }, ports);
  config.emulators = {
    ...config.emulators,
    auth: { port: ports.auth },
    firestore: { port: ports.firestore, websocketPort: ports.firestoreWebsocket },
    functions: { port: ports.functions },
    hosting: { port: ports.hosting },
    hub: { port: ports.hub },
    logging: { port: ports.logging },
  };
  config.functions[0].configDir = writeTestFunctionsEnv(offset, ports, settings);
  const path = join(ROOT, `.firebase.test-${offset}.json`);
  writeFileSync(path, `${JSON.stringify(config, null, 2)}\n`);
  return { path, ports, webDist: join(ROOT, webDist) };
}

/**
 * firebase.json for `npm start`: the emulators on their usual ports, with the page policy
 * that lets the web client reach them (hosting-policy.mjs). Written next to the real one.
 */
export function writeLocalFirebaseConfig() {
  const config = JSON.parse(readFileSync(join(ROOT, 'firebase.json'), 'utf8'));
  config.hosting = withEmulatorPolicy(config.hosting, DEFAULT_PORTS);
  const path = join(ROOT, '.firebase.local.json');
  writeFileSync(path, `${JSON.stringify(config, null, 2)}\n`);
  return path;
}

/**
 * The functions' settings for the test stack: functions/.env with the test SMTP server (which
 * the mail tests start themselves) and short retry delays, so retries are seen in seconds.
 * @param {number} offset @param {typeof DEFAULT_PORTS} ports @param {Record<string, string>} settings
 * @returns {string} the directory, relative
 */
function writeTestFunctionsEnv(offset, ports, settings) {
  const dir = join('.cache', `functions-env-test-${offset}`);
  mkdirSync(join(ROOT, dir), { recursive: true });
  const lines = Object.entries({ ...functionsTestSettings(ports), ...settings }).map(
    ([k, v]) => `${k}=${JSON.stringify(v)}`,
  );
  writeFileSync(join(ROOT, dir, '.env'), `${lines.join('\n')}\n`);
  // The emulator writes params it found no value for to .env.local, which then overrides .env
  // on later runs; start from what .env says every time.
  rmSync(join(ROOT, dir, '.env.local'), { force: true });
  return dir;
}

/**
 * What the tests and the web build need to find the stack.
 * @param {typeof DEFAULT_PORTS} ports
 */
export function stackEnv(ports) {
  return {
    GCLOUD_PROJECT: PROJECT_ID,
    SPILNO_WEB_URL: `http://localhost:${ports.hosting}`,
    SPILNO_FUNCTIONS_URL: `http://127.0.0.1:${ports.functions}/${PROJECT_ID}/europe-central2`,
    FIRESTORE_EMULATOR_HOST: `127.0.0.1:${ports.firestore}`,
    FIREBASE_AUTH_EMULATOR_HOST: `127.0.0.1:${ports.auth}`,
    SPILNO_SMTP_PORT: String(ports.smtp),
    // The functions' own settings, for tests that call a handler directly in the test process.
    ...functionsTestSettings(ports),
  };
}

/**
 * functions/.env with the test stack's SMTP server and short retry delays. Also exported to
 * the test process, where handlers called directly read the same settings.
 * @param {typeof DEFAULT_PORTS} ports @returns {Record<string, string>}
 */
function functionsTestSettings(ports) {
  const base = /** @type {Record<string, string>} */ (
    parseEnv(readFileSync(join(ROOT, 'functions', '.env'), 'utf8'))
  );
  return {
    ...base,
    SMTP_CONNECTION_URI: `smtp://127.0.0.1:${ports.smtp}`,
    WEB_BASE_URL: `http://localhost:${ports.hosting}`,
    MAIL_RETRY_BASE_SECONDS: '1',
    MAIL_RETRY_MAX_SECONDS: '2',
    MAIL_LEASE_SECONDS: '5',
    // Each test stack keeps its files apart (from `npm start` and from stacks on other
    // offsets), so that the upload tests can check everything the store holds.
    BLOB_STORE: 'local',
    LOCAL_BLOB_ROOT: join(ROOT, '.cache', `blobs-test-${ports.hosting - DEFAULT_PORTS.hosting}`),
    // Small enough that the upload tests reach it, large enough for the other upload tests.
    UPLOADS_PER_USER_PER_HOUR: '30',
    // The report tests reach it with an organisation of their own.
    SUBMISSIONS_PER_ORG_PER_DAY: '8',
    // The demo accounts act all through the suite; the tests of this limit fill a fresh
    // person's counter instead of acting a hundred times.
    MAILING_ACTIONS_PER_USER_PER_HOUR: '5000',
  };
}

/**
 * Build-time settings of the web client against a given stack.
 * @param {typeof DEFAULT_PORTS} ports
 */
export function webBuildEnv(ports) {
  return {
    VITE_USE_EMULATORS: 'true',
    VITE_FIREBASE_PROJECT_ID: PROJECT_ID,
    VITE_AUTH_EMULATOR_URL: `http://127.0.0.1:${ports.auth}`,
    VITE_FIRESTORE_EMULATOR_HOST: `127.0.0.1:${ports.firestore}`,
  };
}

export const TEST_CACHE = CACHE_DIR;
