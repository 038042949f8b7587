import { h } from '../dom.js';
import { currentLanguage, LANGUAGE_NAMES, onLanguageChange, setLanguage, t } from '../i18n/i18n.js';
import { navigate, rerender, type PageHost } from '../router/router.js';
import type { PageView } from '../router/page.js';
import { navItems, navPathFor, PATHS } from '../router/routes.js';
import { formatUnread } from '../notifications/unread.js';
import {
  onClaimsChange,
  onSessionChange,
  onUnreadChange,
  sessionClaims,
  sessionState,
  signOut,
  unreadCount,
} from '../session/session.js';

/** How long a page may take before «Завантаження…» appears (a quick load shows nothing). */
const LOADING_DELAY_MS = 400;

/**
 * The frame around every page: skip link, header with navigation, language switch and the
 * account, the main region, the footer, and a live region for announcements.
 */
export function createLayout(root: HTMLElement): PageHost {
  const skipLink = h('a', { class: 'skip-link', href: '#main' });
  const header = h('header', { class: 'site-header' });
  const loading = h('p', { class: 'wrap loading', hidden: true });
  const content = h('div', { class: 'wrap' });
  // What changed about the person's session while they were on this page (their role).
  const notice = h('p', { class: 'wrap notice session-notice', hidden: true });
  const main = h('main', { id: 'main', tabindex: -1 }, loading, notice, content);
  const footer = h('footer', { class: 'site-footer' });
  const announcer = h('div', {
    class: 'visually-hidden',
    role: 'status',
    'aria-live': 'polite',
    'aria-atomic': 'true',
  });
  root.replaceChildren(skipLink, header, main, footer, announcer);

  let currentPath = location.pathname;
  let noticePath: string | null = null;
  let badge: HTMLElement | undefined;
  let loadingTimer: number | undefined;
  let announceTimer: number | undefined;
  let signingOut = false;

  skipLink.addEventListener('click', (event) => {
    // Focus the content without touching the address (a `#main` would be a history entry).
    event.preventDefault();
    main.focus();
  });

  function announce(message: string): void {
    // Emptied first, so that the same message twice in a row is still read out.
    // The latest message wins over one still waiting to be said.
    window.clearTimeout(announceTimer);
    announcer.textContent = '';
    announceTimer = window.setTimeout(() => {
      announcer.textContent = message;
    }, 100);
  }

  function accountArea(): HTMLElement {
    const session = sessionState();
    if (session.status === 'unknown') return h('div', { class: 'account' });
    if (session.status === 'signed-out') {
      return h(
        'div',
        { class: 'account' },
        h(
          'a',
          {
            class: 'account-link',
            href: PATHS.signIn,
            'aria-current': currentPath === PATHS.signIn ? 'page' : null,
          },
          t('layout.signIn'),
        ),
      );
    }
    const name = session.user.displayName ?? session.user.email ?? '';
    badge = h('span', { class: 'badge', hidden: true });
    updateBadge();
    const notifications = h(
      'a',
      {
        class: 'notifications-link',
        href: PATHS.notifications,
        'data-focus-key': 'notifications',
        'aria-current': currentPath === PATHS.notifications ? 'page' : null,
      },
      t('layout.notifications'),
      badge,
    );
    const button = h(
      'button',
      {
        type: 'button',
        class: 'button button-secondary',
        'aria-disabled': signingOut,
        'data-focus-key': 'sign-out',
      },
      t(signingOut ? 'layout.signingOut' : 'layout.signOut'),
    );
    button.addEventListener('click', () => void onSignOut());
    return h(
      'div',
      { class: 'account' },
      notifications,
      h(
        'p',
        { class: 'account-name' },
        h('span', { class: 'visually-hidden' }, `${t('layout.signedInAs')} `),
        name,
      ),
      button,
    );
  }

  /** The unread count beside «Сповіщення»; the words are there for screen readers. */
  function updateBadge(): void {
    if (!badge) return;
    const text = formatUnread(unreadCount());
    badge.hidden = !text;
    badge.replaceChildren(
      h('span', { class: 'visually-hidden' }, `, ${t('layout.unread')} `),
      h('span', { class: 'badge-count' }, text),
    );
  }

  async function onSignOut(): Promise<void> {
    if (signingOut) return;
    signingOut = true;
    renderHeader();
    // Leave the signed-in page first, so that its live listeners stop before the session does.
    const leavesPage = currentPath.startsWith('/app/');
    if (leavesPage) navigate(PATHS.home);
    try {
      await signOut();
      signingOut = false;
      renderHeader();
      announce(t('signIn.signedOut'));
      // The button is gone; without a page change, focus would fall back to the document.
      if (!leavesPage) header.querySelector<HTMLElement>('.account-link')?.focus();
    } catch (error) {
      console.error(error);
      signingOut = false;
      renderHeader();
      announce(t('errors.signOut'));
    }
  }

  function renderHeader(): void {
    const hadFocus = header.contains(document.activeElement)
      ? (document.activeElement?.getAttribute('data-focus-key') ?? null)
      : null;
    const other = currentLanguage() === 'uk' ? 'en' : 'uk';
    const languageSwitch = h(
      'button',
      { type: 'button', class: 'language-switch', lang: other, 'data-focus-key': 'language' },
      LANGUAGE_NAMES[other],
    );
    languageSwitch.addEventListener('click', () => {
      // English is downloaded on first use; offline, the page stays as it is and says so.
      setLanguage(other).catch((error: unknown) => {
        console.error(error);
        announce(t('errors.action.network'));
      });
    });
    const signedIn = sessionState().status === 'signed-in';
    const section = navPathFor(currentPath, sessionClaims()?.role ?? null);
    // Brand and tools (language, account) on the first row, navigation below: the same
    // order for the eye and for the Tab key, on a phone and on a wide screen.
    header.replaceChildren(
      h(
        'div',
        { class: 'wrap header-inner' },
        h(
          'div',
          { class: 'header-top' },
          h(
            'div',
            { class: 'brand' },
            h('a', { class: 'brand-name', href: PATHS.home }, t('layout.siteName')),
            h('span', { class: 'brand-tagline' }, t('layout.tagline')),
          ),
          h('div', { class: 'header-tools' }, languageSwitch, accountArea()),
        ),
        h(
          'nav',
          { 'aria-label': t('layout.mainNav') },
          h(
            'ul',
            null,
            navItems(signedIn, sessionClaims()?.role ?? null).map((item) =>
              h(
                'li',
                null,
                h(
                  'a',
                  {
                    href: item.path,
                    'data-focus-key': `nav:${item.path}`,
                    // The page itself, or (on a detail page) the list it belongs to.
                    'aria-current':
                      item.path === currentPath ? 'page' : item.path === section ? 'true' : null,
                  },
                  t(item.label),
                ),
              ),
            ),
          ),
        ),
      ),
    );
    if (hadFocus) header.querySelector<HTMLElement>(`[data-focus-key="${hadFocus}"]`)?.focus();
  }

  function renderChrome(): void {
    skipLink.textContent = t('layout.skipLink');
    loading.textContent = t('layout.loading');
    footer.replaceChildren(h('div', { class: 'wrap' }, h('p', null, t('layout.footer'))));
    renderHeader();
  }

  onSessionChange(() => renderHeader());
  onClaimsChange(() => renderHeader());
  onUnreadChange(() => updateBadge());
  onLanguageChange(() => {
    renderChrome();
    rerender();
    announce(t('language.changed'));
  });
  renderChrome();

  return {
    showPage(view: PageView, path: string, { focus }: { focus: boolean }) {
      currentPath = path;
      // A notice stays while the page it is about is shown again, and goes with it.
      if (path !== noticePath) {
        notice.hidden = true;
        noticePath = null;
      }
      content.replaceChildren(view.node);
      renderHeader();
      if (focus) {
        window.scrollTo(0, 0);
        (content.querySelector<HTMLElement>('[data-page-heading]') ?? main).focus();
      }
    },
    setBusy(busy: boolean) {
      window.clearTimeout(loadingTimer);
      main.setAttribute('aria-busy', String(busy));
      if (busy) loadingTimer = window.setTimeout(() => (loading.hidden = false), LOADING_DELAY_MS);
      else loading.hidden = true;
    },
    announce,
    showNotice(message: string) {
      notice.textContent = message;
      notice.hidden = false;
      noticePath = location.pathname;
      announce(message);
    },
  };
}
