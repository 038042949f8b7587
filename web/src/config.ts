/**
 * Build-time settings (Vite exposes `VITE_*` as `import.meta.env`) that public pages need
 * too, kept apart from the Firebase adapters so that reading them loads no Firebase code.
 * See firebase/app.ts for what each variable means.
 */
export const usingEmulators = import.meta.env.VITE_USE_EMULATORS === 'true';

export const projectId = import.meta.env.VITE_FIREBASE_PROJECT_ID || 'demo-spilno';

/** `host:port` of the Firestore emulator, as the emulator variables give it. */
export const firestoreEmulatorHost =
  import.meta.env.VITE_FIRESTORE_EMULATOR_HOST || '127.0.0.1:8080';

/** The web API key identifies the project to Google (not a secret); absent on the emulators. */
export const apiKey = usingEmulators ? undefined : import.meta.env.VITE_FIREBASE_API_KEY;
