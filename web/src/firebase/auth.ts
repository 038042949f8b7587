import {
  applyActionCode,
  browserLocalPersistence,
  connectAuthEmulator,
  createUserWithEmailAndPassword,
  indexedDBLocalPersistence,
  initializeAuth,
  onAuthStateChanged,
  signInWithEmailAndPassword,
  signOut as firebaseSignOut,
  updateProfile,
  type Auth,
  type User,
} from 'firebase/auth';
import { firebaseApp, usingEmulators } from './app.js';

/** The signed-in person as the rest of the client sees them. */
export interface SessionUser {
  uid: string;
  email: string | null;
  displayName: string | null;
  /** Whether the person confirmed the address (registering and joining need it). */
  emailVerified: boolean;
}

export interface IdTokenInfo {
  claims: Readonly<Record<string, unknown>>;
  /** When the token was issued, in ms. */
  issuedAt: number;
}

let auth: Auth | undefined;

function authInstance(): Auth {
  if (auth) return auth;
  // Not getAuth(): it bundles the popup/redirect machinery, which email sign-in never uses.
  // The session persists in IndexedDB (localStorage where that is unavailable), so it
  // survives reloads.
  auth = initializeAuth(firebaseApp(), {
    persistence: [indexedDBLocalPersistence, browserLocalPersistence],
  });
  if (usingEmulators) {
    connectAuthEmulator(auth, import.meta.env.VITE_AUTH_EMULATOR_URL || 'http://127.0.0.1:9099', {
      disableWarnings: true,
    });
  }
  return auth;
}

function toSessionUser(user: User): SessionUser {
  return {
    uid: user.uid,
    email: user.email,
    displayName: user.displayName,
    emailVerified: user.emailVerified,
  };
}

/** Calls back with the current user now (once known) and on every sign-in or sign-out. */
export function watchUser(callback: (user: SessionUser | null) => void): () => void {
  return onAuthStateChanged(authInstance(), (user) => callback(user ? toSessionUser(user) : null));
}

/** The user once the persisted session has been restored. */
export async function restoredUser(): Promise<SessionUser | null> {
  const instance = authInstance();
  await instance.authStateReady();
  return instance.currentUser ? toSessionUser(instance.currentUser) : null;
}

/** Throws the SDK's FirebaseError (with its `auth/…` code) when sign-in fails. */
export async function signInWithPassword(email: string, password: string): Promise<SessionUser> {
  const credential = await signInWithEmailAndPassword(authInstance(), email, password);
  return toSessionUser(credential.user);
}

/**
 * Creates an email-and-password account, signs the person in and gives the account their
 * name. Throws the SDK's FirebaseError (`auth/email-already-in-use`, `auth/weak-password`…).
 */
export async function createAccount(
  email: string,
  password: string,
  displayName: string,
): Promise<SessionUser> {
  const credential = await createUserWithEmailAndPassword(authInstance(), email, password);
  try {
    await updateProfile(credential.user, { displayName });
  } catch (error) {
    // The name also goes into the profile document; the account works without it here.
    console.error(error);
  }
  return { ...toSessionUser(credential.user), displayName };
}

export async function signOut(): Promise<void> {
  await firebaseSignOut(authInstance());
}

/**
 * The signed-in person as Auth has them now (after confirming the address elsewhere), with a
 * fresh ID token that says so; null if nobody is signed in.
 */
export async function reloadUser(): Promise<SessionUser | null> {
  const user = authInstance().currentUser;
  if (!user) return null;
  await user.reload();
  await user.getIdToken(true);
  return toSessionUser(user);
}

/** Applies the one-time code of an address confirmation link (the SDK's FirebaseError on failure). */
export async function confirmEmailCode(code: string): Promise<void> {
  await applyActionCode(authInstance(), code);
}

/** The current ID token's claims; `forceRefresh` fetches a new token with fresh claims. */
export async function idTokenInfo(forceRefresh = false): Promise<IdTokenInfo | null> {
  const user = authInstance().currentUser;
  if (!user) return null;
  const result = await user.getIdTokenResult(forceRefresh);
  return { claims: result.claims, issuedAt: Date.parse(result.issuedAtTime) };
}

/** The signed-in person's ID token (for `/api/uploads` and `/api/files`); null if signed out. */
export async function idToken(): Promise<string | null> {
  const user = authInstance().currentUser;
  return user ? user.getIdToken() : null;
}
