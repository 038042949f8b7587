import {
  connectFirestoreEmulator,
  deleteField,
  doc,
  getDoc,
  getFirestore,
  onSnapshot,
  serverTimestamp,
  setDoc,
  updateDoc,
  type DocumentData,
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

// ---- reading documents defensively ---------------------------------------------------------
// Documents are written by the server (or checked by rules), but the client still reads each
// field for what it is rather than trusting a cast: a missing or odd field shows as absent.

export function optionalString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value : null;
}

export function stringList(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

/** A Firestore Timestamp (anything with `toMillis()`) in ms, or null. */
export function millis(value: unknown): number | null {
  if (typeof value === 'object' && value !== null && 'toMillis' in value) {
    const toMillis = (value as { toMillis: unknown }).toMillis;
    if (typeof toMillis === 'function') return Number(toMillis.call(value));
  }
  return null;
}

export type Unsubscribe = () => void;

// ---- the signed-in person's own profile, users/{uid} ---------------------------------------

export interface ProfileView {
  email: string | null;
  displayName: string | null;
  position: string | null;
  language: 'uk' | 'en';
  notificationPreference: 'immediate' | 'daily_digest';
  role: string | null;
  orgId: string | null;
  regions: string[];
  decisionAuthority: boolean;
  disabled: boolean;
  /** `claimsUpdatedAt` in ms: it moves whenever the server changes the user's claims. */
  claimsUpdatedAt: number | null;
  createdAt: number | null;
}

export function profileFrom(data: DocumentData): ProfileView {
  return {
    email: optionalString(data.email),
    displayName: optionalString(data.displayName),
    position: optionalString(data.position),
    language: data.language === 'en' ? 'en' : 'uk',
    notificationPreference:
      data.notificationPreference === 'daily_digest' ? 'daily_digest' : 'immediate',
    role: optionalString(data.role),
    orgId: optionalString(data.orgId),
    regions: stringList(data.regions),
    decisionAuthority: data.decisionAuthority === true,
    disabled: data.disabled === true,
    claimsUpdatedAt: millis(data.claimsUpdatedAt),
    createdAt: millis(data.createdAt),
  };
}

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
    doc(firestore(), 'users', uid),
    (snapshot) => {
      const data = snapshot.data();
      onChange(data ? profileFrom(data) : null, !snapshot.metadata.fromCache);
    },
    onError,
  );
}

export async function getProfile(uid: string): Promise<ProfileView | null> {
  const snapshot = await getDoc(doc(firestore(), 'users', uid));
  const data = snapshot.data();
  return data ? profileFrom(data) : null;
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
