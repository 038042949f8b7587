// Names and places every orchestration script shares.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CACHE_DIR = join(ROOT, '.cache');
export const EMULATOR_DATA_DIR = join(ROOT, '.emulator-data');
/** MailDev's messages; apart from the emulators' export, which replaces its directory on exit. */
export const MAIL_DATA_DIR = join(ROOT, '.emulator-mail');
export const PROJECT_ID = 'demo-spilno';
export const EMULATORS = 'auth,firestore,functions,hosting';
export const FIREBASE_BIN = join(ROOT, 'node_modules', '.bin', 'firebase');
export const NPX = 'npx';

export const URLS = {
  web: 'http://localhost:5000',
  inbox: 'http://localhost:1080',
  firestore: 'http://127.0.0.1:8080',
  auth: 'http://127.0.0.1:9099',
  functions: 'http://127.0.0.1:5001',
  hub: 'http://127.0.0.1:4400',
};

/** Environment for anything that talks to the emulators through the Admin SDK. */
export const EMULATOR_CLIENT_ENV = {
  GCLOUD_PROJECT: PROJECT_ID,
  FIRESTORE_EMULATOR_HOST: '127.0.0.1:8080',
  FIREBASE_AUTH_EMULATOR_HOST: '127.0.0.1:9099',
};
