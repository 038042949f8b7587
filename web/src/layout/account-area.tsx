import { useState } from 'preact/hooks';
import { formatUnread } from '../account/unread.js';
import { t } from '../i18n/i18n.js';
import { useNavigation } from '../router/navigation.js';
import { PATHS } from '../router/routes.js';
import { session, unreadNotices, type SessionState } from '../session/session-state.js';
import { hydrating } from '../ui/hydration.js';
import { announce } from '../ui/live-region.js';

const SIGNED_OUT: SessionState = { status: 'signed-out' };

/**
 * The account in the header: «Увійти» for a visitor; for a signed-in person the
 * notifications (with the unread count), their name and «Вийти». The server renders a
 * visitor's; the browser shows the session once it knows it.
 */
export function AccountArea(props: { path: string }) {
  const navigation = useNavigation();
  const [signingOut, setSigningOut] = useState(false);
  const state = hydrating.value ? SIGNED_OUT : session.value;
  if (state.status === 'unknown') return <div class="account" />;
  if (state.status === 'signed-out') {
    return (
      <div class="account">
        <a
          class="account-link"
          href={PATHS.signIn}
          data-focus-key="sign-in"
          aria-current={props.path === PATHS.signIn ? 'page' : undefined}
        >
          {t('layout.signIn')}
        </a>
      </div>
    );
  }

  async function signOut(): Promise<void> {
    if (signingOut) return;
    setSigningOut(true);
    // Leave a signed-in page first, so that its live listeners stop before the session does;
    // afterwards, the home page.
    const leavesPage = props.path.startsWith('/app/');
    if (leavesPage) navigation.leavePage();
    try {
      const { signOut: endSession } = await import('../session/session.js');
      await endSession();
      setSigningOut(false);
      if (leavesPage) {
        navigation.navigate(PATHS.home);
        return;
      }
      announce(t('layout.signedOut'));
      // The button is gone; without a page change, focus would fall back to the document.
      setTimeout(() => document.querySelector<HTMLElement>('[data-focus-key="sign-in"]')?.focus());
    } catch (error) {
      console.error(error);
      setSigningOut(false);
      if (leavesPage) navigation.refresh();
      announce(t('layout.signOutFailed'));
    }
  }

  const unread = formatUnread(unreadNotices.value);
  return (
    <div class="account">
      <a
        class="notifications-link"
        href={PATHS.notifications}
        data-focus-key="notifications"
        aria-current={props.path === PATHS.notifications ? 'page' : undefined}
      >
        {t('layout.notifications')}
        <span class="badge" hidden={!unread}>
          <span class="visually-hidden">{`, ${t('layout.unread')} `}</span>
          <span class="badge-count">{unread}</span>
        </span>
      </a>
      <p class="account-name">
        <span class="visually-hidden">{`${t('layout.signedInAs')} `}</span>
        {state.user.displayName ?? state.user.email ?? ''}
      </p>
      <button
        type="button"
        class="button button-secondary"
        aria-disabled={signingOut ? 'true' : 'false'}
        data-focus-key="sign-out"
        onClick={() => void signOut()}
      >
        {t(signingOut ? 'layout.signingOut' : 'layout.signOut')}
      </button>
    </div>
  );
}
