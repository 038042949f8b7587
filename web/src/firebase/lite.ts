import { connectFirestoreEmulator, getFirestore, type Firestore } from 'firebase/firestore/lite';
import { emulatorHost, firebaseApp, usingEmulators } from './app.js';

let db: Firestore | undefined;

/**
 * Firestore Lite: one-shot reads over plain HTTPS, without the full SDK's live updates, local
 * cache and offline queue, for about a fifth of its size. Pages that only read once (the
 * queue, the dashboard, lists of people) use it, so that their first load carries no more of
 * Firebase than they need; the full SDK (firestore.ts) is loaded where a page follows
 * documents live or writes while offline. Both talk to the same app and project.
 */
export function firestoreLite(): Firestore {
  if (db) return db;
  db = getFirestore(firebaseApp());
  if (usingEmulators) {
    const { host, port } = emulatorHost(import.meta.env.VITE_FIRESTORE_EMULATOR_HOST, 8080);
    connectFirestoreEmulator(db, host, port);
  }
  return db;
}
