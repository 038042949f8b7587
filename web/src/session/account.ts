import { sessionEndedByServer } from '../account/auth-errors.js';
import { needsTokenRefresh } from './claims.js';
import {
  createOwnProfile,
  forgetLocalCache,
  watchProfile,
  type ProfileView,
} from '../firebase/firestore.js';
import { watchUnreadCount } from '../firebase/notifications.js';
import { currentLanguage } from '../i18n/i18n.js';
import { browserStore, localDrafts } from '../reports/autosave.js';
import {
  afterSignOut,
  beforeSignOut,
  claimsIssuedAt,
  endSession,
  onSessionChange,
  refreshClaims,
  setUnreadCount,
  type SessionEnd,
  type SessionUser,
} from './session.js';

/**
 * What keeps a signed-in person's session current while they use the app (loaded with the
 * first app page, with Firestore):
 *
 * - it follows `users/{uid}`; when the server changes the person's claims it moves
 *   `claimsUpdatedAt`, and a fresh ID token is fetched, so a new role takes effect within
 *   seconds, without signing out (the router then shows pages for the new role);
 * - it counts unread notifications for the badge in the header;
 * - it writes a missing profile for an account whose sign-up was interrupted before that;
 * - it ends the session of an account an administrator deactivated, and of a person whose
 *   role changed when the server revoked their sessions; the router then leaves the page
 *   for the sign-in page, which says why.
 */
let running: { uid: string; stop: () => void } | null = null;
let profile: ProfileView | null = null;
const profileListeners = new Set<(profile: ProfileView | null) => void>();

export function startAccount(user: SessionUser): void {
  if (running?.uid === user.uid) return;
  stopAccount();
  let lastClaimsUpdate: number | null | undefined;
  let healing = false;

  const stopProfile = watchProfile(
    user.uid,
    (next, fromServer) => {
      if (!next && fromServer && !healing && user.email && user.displayName) {
        healing = true;
        createOwnProfile(user.uid, {
          email: user.email,
          displayName: user.displayName,
          language: currentLanguage(),
        }).catch((error: unknown) => console.error(error));
      }
      const current = next?.claimsUpdatedAt ?? null;
      const refresh = needsTokenRefresh({
        previous: lastClaimsUpdate,
        current,
        tokenIssuedAt: claimsIssuedAt(),
      });
      lastClaimsUpdate = current;
      profile = next;
      if (next?.disabled) {
        // Deactivated by an administrator: rules and callables already refuse everything;
        // the session ends, and the sign-in page says why.
        endSessionFor('deactivated');
        return;
      }
      for (const listener of profileListeners) listener(profile);
      if (refresh) {
        refreshClaims(true).catch((error: unknown) => {
          // A change of a role the person had revokes their sessions (the rules and the
          // server already follow the stored profile): this one ends, and says why.
          if (sessionEndedByServer(error)) endSessionFor('accessChanged');
          else console.error(error);
        });
      }
    },
    (error) => console.error(error),
  );
  const stopUnread = watchUnreadCount(user.uid, setUnreadCount, (error) => {
    console.error(error);
    setUnreadCount(null);
  });

  running = {
    uid: user.uid,
    stop() {
      stopProfile();
      stopUnread();
      profile = null;
      setUnreadCount(null);
    },
  };
}

/** Ends this device's session for a reason the sign-in page then gives. */
function endSessionFor(reason: SessionEnd): void {
  endSession(reason).catch((error: unknown) => console.error(error));
}

export function stopAccount(): void {
  running?.stop();
  running = null;
}

/** The signed-in person's profile as last seen (null before the first snapshot). */
export function accountProfile(): ProfileView | null {
  return profile;
}

export function onAccountProfile(listener: (profile: ProfileView | null) => void): () => void {
  profileListeners.add(listener);
  return () => profileListeners.delete(listener);
}

// Listeners stop before the session ends, so that no read is refused on the way out.
beforeSignOut(stopAccount);
// A shared computer keeps nothing of the person who signed out but the drafts whose latest
// changes have not reached the server yet (those wait for them, so that nothing is lost).
afterSignOut(async (uid) => {
  localDrafts(browserStore(), uid).forgetSynced();
  await forgetLocalCache();
});
onSessionChange((session) => {
  if (session.status !== 'signed-in' || session.user.uid !== running?.uid) stopAccount();
});
