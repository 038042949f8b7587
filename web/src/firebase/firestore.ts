import {
  connectFirestoreEmulator,
  doc,
  getFirestore,
  onSnapshot,
  type Firestore,
} from 'firebase/firestore';
import { emulatorHost, firebaseApp, usingEmulators } from './app.js';

let db: Firestore | undefined;

export function firestore(): Firestore {
  if (db) return db;
  db = getFirestore(firebaseApp());
  if (usingEmulators) {
    const { host, port } = emulatorHost(import.meta.env.VITE_FIRESTORE_EMULATOR_HOST, 8080);
    connectFirestoreEmulator(db, host, port);
  }
  return db;
}

/** What the app shell reads from `users/{uid}`; the rest of the profile is for later pages. */
export interface ProfileView {
  displayName: string | null;
  position: string | null;
  /** `claimsUpdatedAt` in ms: it moves whenever the server changes the user's claims. */
  claimsUpdatedAt: number | null;
}

function optionalString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value : null;
}

function millis(value: unknown): number | null {
  if (typeof value === 'object' && value !== null && 'toMillis' in value) {
    const toMillis = (value as { toMillis: unknown }).toMillis;
    if (typeof toMillis === 'function') return Number(toMillis.call(value));
  }
  return null;
}

/**
 * Follows the signed-in user's own profile. `null` when it does not exist (yet). The
 * profile is written by the server; its fields are read defensively rather than trusted.
 */
export function watchProfile(
  uid: string,
  onChange: (profile: ProfileView | null) => void,
  onError: (error: Error) => void,
): () => void {
  return onSnapshot(
    doc(firestore(), 'users', uid),
    (snapshot) => {
      const data = snapshot.data();
      onChange(
        data
          ? {
              displayName: optionalString(data.displayName),
              position: optionalString(data.position),
              claimsUpdatedAt: millis(data.claimsUpdatedAt),
            }
          : null,
      );
    },
    onError,
  );
}
