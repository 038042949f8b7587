// Finds what the Firebase Emulator Suite needs on this machine: a Java 21+ runtime and a
// Firestore emulator. Offline machines use the Google Cloud CLI's Firestore emulator through
// a generated manifest-only wrapper jar; machines with internet let firebase-tools download
// its own; anything else stops with a message that says what to install.
import { spawnSync } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { once } from 'node:events';
import yazl from 'yazl';

const MIN_JAVA = 21;
const FIRESTORE_MAIN_CLASS = 'com.google.cloud.datastore.emulator.firestore.CloudFirestore';
const GCLOUD_JAR = join('platform', 'cloud-firestore-emulator', 'cloud-firestore-emulator.jar');

export class EnvironmentError extends Error {}

/** @param {string} javaBinary @returns {number | null} the major version, or null if it does not run */
function javaMajorVersion(javaBinary) {
  const result = spawnSync(javaBinary, ['-version'], { encoding: 'utf8', timeout: 15_000 });
  if (result.error || result.status !== 0) return null;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
  if (!match) return null;
  const major = Number(match[1]);
  return major === 1 ? Number(match[2]) : major; // "1.8.0" is Java 8
}

/** Candidate java binaries: JAVA_HOME first, then PATH, then every JVM under /usr/lib/jvm. */
function javaCandidates() {
  const candidates = [];
  if (process.env.JAVA_HOME) candidates.push(join(process.env.JAVA_HOME, 'bin', 'java'));
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir) candidates.push(join(dir, 'java'));
  }
  for (const root of [
    '/usr/lib/jvm',
    '/usr/java',
    '/opt/java',
    '/Library/Java/JavaVirtualMachines',
  ]) {
    if (!existsSync(root)) continue;
    for (const name of readdirSync(root).sort().reverse()) {
      candidates.push(
        join(root, name, 'bin', 'java'),
        join(root, name, 'Contents', 'Home', 'bin', 'java'),
      );
    }
  }
  return [...new Set(candidates)].filter((path) => existsSync(path));
}

/** @returns {{ javaBin: string, version: number }} */
export function findJava() {
  const seen = [];
  for (const binary of javaCandidates()) {
    const version = javaMajorVersion(binary);
    seen.push(`${binary} (${version ?? 'does not run'})`);
    if (version !== null && version >= MIN_JAVA) return { javaBin: binary, version };
  }
  throw new EnvironmentError(
    [
      `The Firestore emulator needs Java ${MIN_JAVA} or newer, and none was found.`,
      seen.length
        ? `Checked: ${seen.join(', ')}.`
        : 'No java binary was found on JAVA_HOME, PATH or /usr/lib/jvm.',
      'Install one, for example `sudo apt-get install openjdk-21-jre-headless` (Debian 13, Ubuntu 24.04)',
      'or Temurin 21 from https://adoptium.net, then set JAVA_HOME or put its bin/ first on PATH.',
    ].join('\n'),
  );
}

function gcloudSdkRoots() {
  const roots = [
    process.env.CLOUDSDK_ROOT_DIR,
    '/usr/lib/google-cloud-sdk',
    '/usr/share/google-cloud-sdk',
    '/opt/google-cloud-sdk',
    join(homedir(), 'google-cloud-sdk'),
  ].filter(Boolean);
  return /** @type {string[]} */ (roots);
}

/** Asks an installed gcloud where its SDK lives (slow, so only when the usual places fail). */
function gcloudReportedRoot() {
  const gcloud = spawnSync('gcloud', ['info', '--format=value(installation.sdk_root)'], {
    encoding: 'utf8',
    timeout: 20_000,
  });
  return !gcloud.error && gcloud.status === 0 && gcloud.stdout.trim() ? [gcloud.stdout.trim()] : [];
}

/** The firebase-tools download cache already holds a Firestore emulator jar. */
function firebaseToolsHasFirestoreEmulator() {
  const cache = join(homedir(), '.cache', 'firebase', 'emulators');
  return (
    existsSync(cache) &&
    readdirSync(cache).some((f) => /^cloud-firestore-emulator-v.*\.jar$/.test(f))
  );
}

async function canReachDownloadHost() {
  try {
    await fetch('https://storage.googleapis.com/', {
      method: 'HEAD',
      signal: AbortSignal.timeout(4000),
    });
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes a jar whose manifest starts the Cloud CLI emulator's main class with that jar on
 * the class path. Rewritten only when the target changes.
 * @param {string} targetJar @param {string} wrapperPath
 */
export async function writeFirestoreWrapperJar(targetJar, wrapperPath) {
  const manifest =
    'Manifest-Version: 1.0\r\n' +
    `Main-Class: ${FIRESTORE_MAIN_CLASS}\r\n` +
    // The manifest format limits lines to 72 bytes; continuation lines start with a space.
    wrapManifestLine(`Class-Path: ${new URL(`file://${targetJar}`).href}`) +
    'Created-By: Spilno scripts/lib/emulator-environment.mjs\r\n\r\n';
  const stamp = `${wrapperPath}.manifest`;
  if (existsSync(wrapperPath) && existsSync(stamp) && readFileSync(stamp, 'utf8') === manifest)
    return;
  mkdirSync(dirname(wrapperPath), { recursive: true });
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from(manifest), 'META-INF/MANIFEST.MF', {
    mtime: new Date(0),
    compress: false,
  });
  zip.end();
  const out = createWriteStream(wrapperPath);
  zip.outputStream.pipe(out);
  await once(out, 'close');
  writeFileSync(stamp, manifest);
}

/** @param {string} line */
function wrapManifestLine(line) {
  const bytes = Buffer.from(line);
  const chunks = [bytes.subarray(0, 72)];
  for (let i = 72; i < bytes.length; i += 71) chunks.push(bytes.subarray(i, i + 71));
  return chunks.map((chunk, i) => (i === 0 ? '' : ' ') + chunk.toString()).join('\r\n') + '\r\n';
}

/**
 * The Functions emulator reads secrets from functions/.secret.local (and would otherwise try
 * Secret Manager, which a demo project cannot reach). The local SMTP server needs no password.
 * @param {string} functionsDir
 */
export function ensureLocalSecrets(functionsDir) {
  const path = join(functionsDir, '.secret.local');
  if (!existsSync(path))
    writeFileSync(path, '# Emulator-only secrets; never commit real ones.\nSMTP_PASSWORD=none\n');
}

/**
 * @param {{ projectRoot: string, log?: (line: string) => void }} options
 * @returns {Promise<NodeJS.ProcessEnv>} environment for `firebase emulators:*`
 */
export async function prepareEmulatorEnvironment({ projectRoot, log = () => {} }) {
  const cacheDir = join(projectRoot, '.cache');
  ensureLocalSecrets(join(projectRoot, 'functions'));
  const { javaBin, version } = findJava();
  const javaHome = dirname(dirname(javaBin));
  log(`Java ${version}: ${javaHome}`);
  const env = {
    ...process.env,
    JAVA_HOME: javaHome,
    PATH: `${dirname(javaBin)}${delimiter}${process.env.PATH ?? ''}`,
  };

  if (process.env.FIRESTORE_EMULATOR_BINARY_PATH) {
    log(
      `Firestore emulator: ${process.env.FIRESTORE_EMULATOR_BINARY_PATH} (FIRESTORE_EMULATOR_BINARY_PATH)`,
    );
    return env;
  }
  if (firebaseToolsHasFirestoreEmulator()) {
    log('Firestore emulator: firebase-tools cache');
    return env;
  }
  const findJar = (/** @type {string[]} */ roots) =>
    roots.map((root) => join(root, GCLOUD_JAR)).find((path) => existsSync(path));
  const sdkJar = findJar(gcloudSdkRoots()) ?? findJar(gcloudReportedRoot());
  if (sdkJar) {
    const wrapper = join(cacheDir, 'firestore-emulator-wrapper.jar');
    await writeFirestoreWrapperJar(sdkJar, wrapper);
    log(`Firestore emulator: Google Cloud CLI ${sdkJar} (through ${wrapper})`);
    return { ...env, FIRESTORE_EMULATOR_BINARY_PATH: wrapper };
  }
  if (await canReachDownloadHost()) {
    log('Firestore emulator: firebase-tools will download it');
    return env;
  }
  throw new EnvironmentError(
    [
      'No Firestore emulator is available: firebase-tools cannot download one (no internet)',
      'and the Google Cloud CLI Firestore emulator is not installed.',
      'Install it with `sudo apt-get install google-cloud-cli-firestore-emulator`',
      '(from the Google Cloud apt repository) or `gcloud components install cloud-firestore-emulator`,',
      'or run `npm start` once with internet so that firebase-tools caches it in ~/.cache/firebase/emulators.',
      'To use a jar you already have, set FIRESTORE_EMULATOR_BINARY_PATH to it.',
    ].join('\n'),
  );
}
