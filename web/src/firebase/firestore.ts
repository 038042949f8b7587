import {
  clearIndexedDbPersistence,
  connectFirestoreEmulator,
  deleteField,
  doc,
  initializeFirestore,
  onSnapshot,
  persistentLocalCache,
  persistentMultipleTabManager,
  terminate,
  serverTimestamp,
  setDoc,
  updateDoc,
  type Firestore,
} from 'firebase/firestore';
import { profileConverter } from './converters.js';
import { profileFrom, type ProfileView } from './profile.js';
import { emulatorHost, firebaseApp, usingEmulators } from './app.js';

let db: Firestore | undefined;

/**
 * Firestore with offline persistence: documents read are kept in IndexedDB, and writes made
 * while the connection is down (a report typed on a train) wait in a queue that survives a
 * reload and is sent when the connection returns. Several tabs share the cache. Where
 * IndexedDB is unavailable (some private modes), the SDK falls back to memory.
 */
export function firestore(): Firestore {
  if (db) return db;
  db = initializeFirestore(firebaseApp(), {
    localCache: persistentLocalCache({ tabManager: persistentMultipleTabManager() }),
  });
  if (usingEmulators) {
    const { host, port } = emulatorHost(import.meta.env.VITE_FIRESTORE_EMULATOR_HOST, 8080);
    connectFirestoreEmulator(db, host, port);
  }
  return db;
}

/**
 * Forgets what this device keeps of Firestore, after signing out: a shared computer should not
 * keep another person's reports (and victims' names) in its cache. The next `firestore()` starts
 * afresh. Another open tab holding the cache stops the clearing; that tab's session clears it.
 */
export async function forgetLocalCache(): Promise<void> {
  const instance = db;
  if (!instance) return;
  db = undefined;
  await terminate(instance);
  await clearIndexedDbPersistence(instance).catch((error: unknown) => console.warn(error));
}

// Reading documents defensively: the helpers live apart from Firebase (data/fields.ts).
export { millis, optionalString, stringList } from '../data/fields.js';
export type Unsubscribe = () => void;

// ---- the signed-in person's own profile, users/{uid} ---------------------------------------

export { profileFrom, type ProfileView } from './profile.js';

/**
 * Follows a profile. `null` when it does not exist (yet); `fromServer` tells a snapshot the
 * server confirmed from one served out of the local cache.
 */
export function watchProfile(
  uid: string,
  onChange: (profile: ProfileView | null, fromServer: boolean) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    doc(firestore(), 'users', uid).withConverter(profileConverter),
    (snapshot) => {
      let profile: ProfileView | null;
      try {
        const data = snapshot.data();
        profile = data ? profileFrom(data) : null;
      } catch (error) {
        // A profile that does not fit its schema: the error names the field.
        onError(error as Error);
        return;
      }
      onChange(profile, !snapshot.metadata.fromCache);
    },
    onError,
  );
}

/** What a new account writes about itself (rules allow exactly these fields). */
export interface NewProfile {
  email: string;
  displayName: string;
  position?: string | undefined;
  language: 'uk' | 'en';
}

/** Creates `users/{uid}` for a new account: no role fields, those are the server's. */
export async function createOwnProfile(uid: string, profile: NewProfile): Promise<void> {
  await setDoc(doc(firestore(), 'users', uid), {
    email: profile.email,
    displayName: profile.displayName,
    ...(profile.position ? { position: profile.position } : {}),
    language: profile.language,
    notificationPreference: 'immediate',
    disabled: false,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
  });
}

/** The settings a person changes on their profile page (rules allow exactly these). */
export interface OwnSettings {
  displayName: string;
  position?: string | undefined;
  language: 'uk' | 'en';
  notificationPreference: 'immediate' | 'daily_digest';
}

export async function updateOwnSettings(uid: string, settings: OwnSettings): Promise<void> {
  await updateDoc(doc(firestore(), 'users', uid), {
    displayName: settings.displayName,
    position: settings.position ? settings.position : deleteField(),
    language: settings.language,
    notificationPreference: settings.notificationPreference,
    updatedAt: serverTimestamp(),
  });
}
