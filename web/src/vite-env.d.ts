/// <reference types="vite/client" />

/** Build-time settings of the web client; see src/firebase/app.ts. */
interface ImportMetaEnv {
  readonly VITE_FIREBASE_PROJECT_ID?: string;
  readonly VITE_USE_EMULATORS?: string;
  readonly VITE_FIREBASE_API_KEY?: string;
  readonly VITE_FIREBASE_AUTH_DOMAIN?: string;
  readonly VITE_FIREBASE_APP_ID?: string;
  /** e.g. `http://127.0.0.1:9099` */
  readonly VITE_AUTH_EMULATOR_URL?: string;
  /** `host:port`, e.g. `127.0.0.1:8080` */
  readonly VITE_FIRESTORE_EMULATOR_HOST?: string;
  /** `host:port`, e.g. `127.0.0.1:5001` */
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
