import type * as AuthModule from '../firebase/auth.js';
import type { SessionUser } from '../firebase/auth.js';
import { storage } from '../storage.js';

export type { SessionUser };

/**
 * Who is signed in, as far as the page knows. Firebase Auth is loaded only when it is
 * needed: on the sign-in and app pages, or on a public page when a hint in localStorage
 * says this browser has a session. So a visitor who never signed in never downloads it.
 */
export type SessionState =
  { status: 'unknown' } | { status: 'signed-out' } | { status: 'signed-in'; user: SessionUser };

type AuthAdapter = typeof AuthModule;

const HINT_KEY = 'spilno.session';

let state: SessionState = storage.get(HINT_KEY) ? { status: 'unknown' } : { status: 'signed-out' };
const listeners = new Set<(state: SessionState) => void>();
let adapter: Promise<AuthAdapter> | undefined;

export function sessionState(): SessionState {
  return state;
}

export function hasSessionHint(): boolean {
  return storage.get(HINT_KEY) !== null;
}

export function onSessionChange(listener: (state: SessionState) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function update(next: SessionState): void {
  if (next.status === 'signed-in') storage.set(HINT_KEY, '1');
  if (next.status === 'signed-out') storage.remove(HINT_KEY);
  const unchanged =
    next.status === state.status &&
    (next.status !== 'signed-in' ||
      (state.status === 'signed-in' &&
        state.user.uid === next.user.uid &&
        state.user.displayName === next.user.displayName));
  state = next;
  if (!unchanged) for (const listener of listeners) listener(state);
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
      if (state.status === 'unknown') {
        state = { status: 'signed-out' };
        for (const listener of listeners) listener(state);
      }
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

export async function signOut(): Promise<void> {
  const auth = await loadAuth();
  await auth.signOut();
  update({ status: 'signed-out' });
}
