import { initializeApp, type FirebaseApp, type FirebaseOptions } from 'firebase/app';

/**
 * The one Firebase app of the web client. Configuration comes from build-time env vars
 * (Vite exposes `VITE_*` as `import.meta.env`):
 *
 * - `VITE_FIREBASE_PROJECT_ID`: the project id; `demo-spilno` when unset.
 * - `VITE_USE_EMULATORS=true`: talk to the local Emulator Suite instead of Google (then the
 *   API key is the placeholder `demo-api-key`); see auth.ts and firestore.ts for
 *   `VITE_AUTH_EMULATOR_URL` and `VITE_FIRESTORE_EMULATOR_HOST`. Callables are reached
 *   through Hosting either way (functions.ts).
 * - For a real project: `VITE_FIREBASE_API_KEY`, `VITE_FIREBASE_AUTH_DOMAIN` (usually
 *   `<project>.firebaseapp.com`) and `VITE_FIREBASE_APP_ID`, from the Firebase console
 *   (Project settings → Your apps → Web app). These values are not secrets; they identify
 *   the project to the browser, and security rules and App Check do the protecting.
 */
export const usingEmulators = import.meta.env.VITE_USE_EMULATORS === 'true';

export const projectId = import.meta.env.VITE_FIREBASE_PROJECT_ID || 'demo-spilno';

/** Callables and HTTP functions run in Warsaw, next to Firestore. */
export const FUNCTIONS_REGION = 'europe-central2';

function firebaseOptions(): FirebaseOptions {
  if (usingEmulators) {
    return { projectId, apiKey: 'demo-api-key', authDomain: `${projectId}.firebaseapp.com` };
  }
  return {
    projectId,
    apiKey: import.meta.env.VITE_FIREBASE_API_KEY,
    authDomain: import.meta.env.VITE_FIREBASE_AUTH_DOMAIN || `${projectId}.firebaseapp.com`,
    appId: import.meta.env.VITE_FIREBASE_APP_ID,
  };
}

let app: FirebaseApp | undefined;

export function firebaseApp(): FirebaseApp {
  app ??= initializeApp(firebaseOptions());
  return app;
}

/** `host:port` (as the emulator variables give it) split for the SDKs' connect calls. */
export function emulatorHost(value: string | undefined, fallbackPort: number) {
  const [host = '127.0.0.1', port] = (value || '').split(':');
  return { host: host || '127.0.0.1', port: Number(port) || fallbackPort };
}
