import { signal } from '@preact/signals';
import type { SessionUser } from '../firebase/auth.js';
import type { RoleClaimsView } from './claims.js';
import type { Role } from './roles.js';
import { storage } from '../storage.js';

export type { SessionUser };
export type Claims = RoleClaimsView<Role>;

/**
 * Who is signed in, as far as the page knows, as signals that the layout and pages read
 * while rendering. Only session.ts writes them (it loads Firebase Auth); this module loads
 * nothing, so that the server can render the layout too (always signed out there).
 */
export type SessionState =
  { status: 'unknown' } | { status: 'signed-out' } | { status: 'signed-in'; user: SessionUser };

export const SESSION_HINT_KEY = 'spilno.session';

/** `unknown` until Auth says, when this browser has signed in before; else signed out. */
export const session = signal<SessionState>(
  storage.get(SESSION_HINT_KEY) ? { status: 'unknown' } : { status: 'signed-out' },
);

/** The signed-in person's role claims (from the ID token); null while unknown or signed out. */
export const roleClaims = signal<Claims | null>(null);

/** How many unread notifications the person has (up to the counted limit); null if unknown. */
export const unreadNotices = signal<number | null>(null);

export function hasSessionHint(): boolean {
  return storage.get(SESSION_HINT_KEY) !== null;
}

/** Calls `listener` on each change of a signal after now (not with the current value). */
export function onChange<T>(
  source: { subscribe(fn: (value: T) => void): () => void },
  listener: (value: T) => void,
): () => void {
  let first = true;
  return source.subscribe((value) => {
    if (first) {
      first = false;
      return;
    }
    listener(value);
  });
}
