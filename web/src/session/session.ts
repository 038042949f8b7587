import type * as AuthModule from '../firebase/auth.js';
import { readRoleClaims, sameAccess } from './claims.js';
import { KNOWN_ROLES } from './roles.js';
import { storage } from '../storage.js';
import {
  onChange,
  roleClaims,
  session,
  SESSION_HINT_KEY,
  unreadNotices,
  type Claims,
  type SessionState,
  type SessionUser,
} from './session-state.js';

export type { Claims, SessionState, SessionUser };
export { hasSessionHint } from './session-state.js';

/**
 * Signing in and out, and following the session. Firebase Auth is loaded only when it is
 * needed: on the sign-in and app pages, or on a public page when a hint in localStorage
 * says this browser has a session. So a visitor who never signed in never downloads it.
 *
 * The state lives in signals (session-state.ts): the user, the role claims of the ID token
 * (read with Auth alone) and the number of unread notifications (counted by the account
 * module, session/account.ts, which the app pages start).
 */
type AuthAdapter = typeof AuthModule;

let adapter: Promise<AuthAdapter> | undefined;
let tokenIssuedAt = 0;
let claimsSequence = 0;

const beforeSignOutHooks = new Set<() => void>();
const afterSignOutHooks = new Set<(uid: string) => Promise<void>>();

export function sessionState(): SessionState {
  return session.value;
}

export function onSessionChange(listener: (state: SessionState) => void): () => void {
  return onChange(session, listener);
}

function update(next: SessionState): void {
  if (next.status === 'signed-in') storage.set(SESSION_HINT_KEY, '1');
  if (next.status === 'signed-out') storage.remove(SESSION_HINT_KEY);
  const state = session.peek();
  const previousUid = state.status === 'signed-in' ? state.user.uid : null;
  const unchanged =
    next.status === state.status &&
    (next.status !== 'signed-in' ||
      (state.status === 'signed-in' &&
        state.user.uid === next.user.uid &&
        state.user.displayName === next.user.displayName &&
        state.user.emailVerified === next.user.emailVerified));
  if (next.status !== 'signed-in') {
    setClaims(null, 0);
    setUnreadCount(null);
  } else if (next.user.uid !== previousUid) {
    // Another person (or the first sign-in): their role comes from their own token.
    setClaims(null, 0);
    setUnreadCount(null);
  }
  if (!unchanged) session.value = next;
  if (next.status === 'signed-in' && next.user.uid !== previousUid) {
    void refreshClaims().catch((error: unknown) => console.error(error));
  }
}

/** Loads Firebase Auth (once) and follows the session from then on. */
export function loadAuth(): Promise<AuthAdapter> {
  adapter ??= import('../firebase/auth.js').then(
    (auth) => {
      auth.watchUser((user) =>
        update(user ? { status: 'signed-in', user } : { status: 'signed-out' }),
      );
      return auth;
    },
    (error: unknown) => {
      // Offline, most likely: try again next time, and meanwhile offer the way to sign in.
      adapter = undefined;
      if (session.peek().status === 'unknown') session.value = { status: 'signed-out' };
      throw error;
    },
  );
  return adapter;
}

/** The signed-in user once the persisted session is restored, or null. */
export async function restoredUser(): Promise<SessionUser | null> {
  const auth = await loadAuth();
  const user = await auth.restoredUser();
  update(user ? { status: 'signed-in', user } : { status: 'signed-out' });
  return user;
}

export async function signIn(email: string, password: string): Promise<SessionUser> {
  const auth = await loadAuth();
  const user = await auth.signInWithPassword(email, password);
  update({ status: 'signed-in', user });
  return user;
}

/** Creates an account and signs the new person in (see firebase/auth.ts). */
export async function signUp(
  email: string,
  password: string,
  displayName: string,
): Promise<SessionUser> {
  const auth = await loadAuth();
  const user = await auth.createAccount(email, password, displayName);
  update({ status: 'signed-in', user });
  return user;
}

/** Runs before signing out, while the session still lets listeners stop cleanly. */
export function beforeSignOut(hook: () => void): () => void {
  beforeSignOutHooks.add(hook);
  return () => beforeSignOutHooks.delete(hook);
}

/**
 * Runs after the person signed out on this device, with their uid: clearing what the device
 * kept for them (the Firestore cache, drafts already on the server).
 */
export function afterSignOut(hook: (uid: string) => Promise<void>): () => void {
  afterSignOutHooks.add(hook);
  return () => afterSignOutHooks.delete(hook);
}

export async function signOut(): Promise<void> {
  const auth = await loadAuth();
  const state = session.peek();
  const uid = state.status === 'signed-in' ? state.user.uid : null;
  for (const hook of beforeSignOutHooks) hook();
  await auth.signOut();
  update({ status: 'signed-out' });
  if (uid) {
    await Promise.all(
      [...afterSignOutHooks].map((hook) =>
        hook(uid).catch((error: unknown) => console.error(error)),
      ),
    );
  }
}

/**
 * Reads the person from Auth again (after they confirmed their address on another tab or
 * device) and tells the listeners; the person, or null when signed out.
 */
export async function reloadSession(): Promise<SessionUser | null> {
  const auth = await loadAuth();
  const user = await auth.reloadUser();
  // The same person: the session signal changes only when something shown of them did.
  if (user) update({ status: 'signed-in', user });
  return user;
}

/** Confirms the address with the code from the emailed link (see account/verify-email.page.tsx). */
export async function confirmEmail(code: string): Promise<void> {
  const auth = await loadAuth();
  await auth.confirmEmailCode(code);
}

/**
 * Why this device's session ended, if the app ended it (the person's access changed or the
 * account was deactivated): the sign-in page says so once.
 */
export type SessionEnd = 'accessChanged' | 'deactivated';
let sessionEnd: SessionEnd | null = null;

export async function endSession(reason: SessionEnd): Promise<void> {
  sessionEnd = reason;
  await signOut();
}

/** Why the session ended, if the app ended it, without forgetting it. */
export function sessionEndReason(): SessionEnd | null {
  return sessionEnd;
}

export function takeSessionEnd(): SessionEnd | null {
  const reason = sessionEnd;
  sessionEnd = null;
  return reason;
}

/** The ID token that HTTP routes of the API take (`Authorization: Bearer …`). */
export async function currentIdToken(): Promise<string | null> {
  const auth = await loadAuth();
  return auth.idToken();
}

// ---- role claims ---------------------------------------------------------------------------

/** The signed-in person's role claims, or null while unknown or signed out. */
export function sessionClaims(): Claims | null {
  return roleClaims.value;
}

/** When the ID token in hand was issued (ms); 0 when unknown. */
export function claimsIssuedAt(): number {
  return tokenIssuedAt;
}

/** Called when the person's access changes (another role, organisation or regions). */
export function onClaimsChange(listener: (claims: Claims | null) => void): () => void {
  return onChange(roleClaims, listener);
}

function setClaims(next: Claims | null, issuedAt: number): void {
  claimsSequence++;
  tokenIssuedAt = issuedAt;
  // The same access in a fresh token changes nothing on the page.
  if (sameAccess(roleClaims.peek(), next)) return;
  roleClaims.value = next;
}

/**
 * Reads the role claims off the ID token; `force` fetches a fresh token first (after the
 * server changed the claims). Returns null when nobody is signed in.
 */
export async function refreshClaims(force = false): Promise<Claims | null> {
  const auth = await loadAuth();
  const sequence = ++claimsSequence;
  const token = await auth.idTokenInfo(force);
  // A sign-out or a newer refresh came in meanwhile: that one has the last word.
  if (sequence !== claimsSequence) return roleClaims.peek();
  setClaims(token ? readRoleClaims(token.claims, KNOWN_ROLES) : null, token?.issuedAt ?? 0);
  return roleClaims.peek();
}

// ---- unread notifications ------------------------------------------------------------------

/** How many unread notifications the person has (up to the counted limit); null if unknown. */
export function unreadCount(): number | null {
  return unreadNotices.value;
}

export function setUnreadCount(count: number | null): void {
  unreadNotices.value = count;
}
