import { signal } from '@preact/signals';
import type { ComponentType } from 'preact';
import { currentLanguage, t } from '../i18n/i18n.js';
import { sameAccess } from '../session/claims.js';
import {
  onClaimsChange,
  onSessionChange,
  refreshClaims,
  restoredUser,
  sessionEndReason,
  type Claims,
  type SessionUser,
} from '../session/session.js';
import { announce } from '../ui/live-region.js';
import { followLink } from './links.js';
import { ErrorPage } from './error.page.js';
import { titleReporter } from './title-reporter.js';
import type { Navigation, NavigateOptions } from './navigation.js';
import { noAccessPage } from './no-access.page.js';
import type { PageEntry, PageProps } from './page.js';
import { isClientRoute, PAGES } from './page-table.js';
import {
  matchRoute,
  mayOpen,
  nextAfterSignIn,
  publicAddress,
  signInPathFor,
  type SessionNeed,
} from './routes.js';

/**
 * The single-page app's router: which page the address shows, for whom. It follows the
 * History API and the links of the app, checks what the page needs of the session, and
 * publishes the page to show in `shownPage` (router/page-outlet.tsx renders it). The
 * server-rendered public pages are reached by loading their address.
 */
export interface ShownPage {
  /** Changes with every page shown: a new key is a new page (state and listeners start anew). */
  key: number;
  path: string;
  content: {
    kind: 'component';
    component: ComponentType<PageProps>;
    /** With `data` when the page reads it before it is shown (page.ts `DataPage`). */
    props: PageProps & { data?: unknown };
  };
  /** What the page's heading calls with its title (ui/page-title.ts). */
  reportTitle: (title: string) => void;
}

export const shownPage = signal<ShownPage | null>(null);
/** True while the next page is being prepared (the layout says «Завантаження…» after a while). */
export const pageLoading = signal(false);
/**
 * The path of the page shown when the person's access changed: the app says so above that
 * page (app.tsx) until another page is shown.
 */
export const accessChangedOn = signal<string | null>(null);

let current:
  { key: string; session: SessionNeed; claims: Claims | null; entry: PageEntry | null } | undefined;
let renderSequence = 0;
let pageKeys = 0;
/** Said together with the next page's title, e.g. «Ви увійшли як …». */
let pendingNotice: string | undefined;

function locationKey(): string {
  return `${location.pathname}${location.search}`;
}

export function navigate(path: string, options: NavigateOptions = {}): void {
  const url = new URL(path, location.href);
  const match = matchRoute(url.pathname);
  if (match.kind === 'page' && match.render === 'server') {
    loadAddress(path, options.replace ?? false);
    return;
  }
  if (options.notice) pendingNotice = options.notice;
  if (options.replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  void show({ focus: true });
}

/** A server-rendered page, in the interface's language. */
function loadAddress(path: string, replace: boolean): void {
  const address = publicAddress(path, currentLanguage());
  if (replace) location.replace(address);
  else location.assign(address);
}

export const navigation: Navigation = {
  navigate,
  leavePage() {
    renderSequence++;
    current = undefined;
    shownPage.value = null;
  },
  refresh: () => void show({ focus: false }),
};

/** Starts the account module (Firestore listeners) for a signed-in person; not awaited. */
function startAccount(user: SessionUser): void {
  import('../session/account.js')
    .then((account) => account.startAccount(user))
    .catch((error: unknown) => console.error(error));
}

async function show({ focus }: { focus: boolean }): Promise<void> {
  const sequence = ++renderSequence;
  const stale = () => sequence !== renderSequence;
  const match = matchRoute(location.pathname);
  if (match.kind === 'redirect') {
    history.replaceState(null, '', `${match.to}${location.search}${location.hash}`);
    return show({ focus });
  }
  if (match.render === 'server' || !isClientRoute(match.name)) {
    loadAddress(`${location.pathname}${location.search}`, true);
    return;
  }

  pageLoading.value = true;
  // The page's code downloads while the session is restored (on a slow line each is a second
  // or more): asked for now, awaited below. A page the person may not open is never shown,
  // and its code holds nothing private.
  const pageCode = PAGES[match.name]();
  pageCode.catch(() => undefined); // awaited below, where a failure shows the error page
  let content: ShownPage['content'];
  let entry: PageEntry | null = null;
  let claims: Claims | null = null;
  let user: SessionUser | null = null;
  try {
    if (match.session !== 'none') {
      user = await restoredUser();
      if (stale()) return;
      if (match.session === 'required' && !user) {
        navigate(signInPathFor(locationKey()), { replace: true });
        return;
      }
      if ((match.name === 'signIn' || match.name === 'signUp') && user) {
        navigate(nextAfterSignIn(location.search), { replace: true });
        return;
      }
      if (user) {
        claims = await refreshClaims();
        if (stale()) return;
      }
    }
    const props: PageProps = { search: location.search, params: match.params, user, claims };
    if (match.session === 'required' && !mayOpen(match.name, claims?.role ?? null)) {
      content = { kind: 'component', component: noAccessPage(match.name), props };
    } else {
      entry = await pageCode;
      content = {
        kind: 'component',
        component: entry.component,
        props: entry.load ? { ...props, data: await entry.load(props) } : props,
      };
    }
  } catch (error) {
    console.error(error);
    content = {
      kind: 'component',
      component: ErrorPage,
      props: { search: '', params: {}, user: null, claims: null },
    };
  }
  if (stale()) return;

  current = { key: locationKey(), session: match.session, claims, entry };
  if (accessChangedOn.peek() !== location.pathname) accessChangedOn.value = null;
  shownPage.value = {
    key: ++pageKeys,
    path: location.pathname,
    content,
    reportTitle: titleReporter(focus, pendingNotice),
  };
  pendingNotice = undefined;
  pageLoading.value = false;
  // The account's listeners (and with them the full Firestore SDK) start once the page is
  // shown, so that on a slow line they do not compete with the page's own first load.
  if (user) startAccount(user);
}

/**
 * The person's role changed while a page of the app is open (the server changed the claims,
 * and the account module fetched a fresh token): the page follows the new role.
 */
function followClaims(claims: Claims | null): void {
  // Only a page shown for a known role follows a change of it; a page shown before the
  // person signed in (sign-up, an invitation) goes on as it is.
  if (!current || current.session === 'none' || !current.claims || !claims) return;
  if (sameAccess(current.claims, claims)) return;
  current.claims = claims;
  const shown = shownPage.peek();
  if (shown && current.entry?.keepOnClaimsChange) {
    shownPage.value = {
      ...shown,
      content: { ...shown.content, props: { ...shown.content.props, claims } },
    };
  } else {
    void show({ focus: false });
  }
  accessChangedOn.value = location.pathname;
  announce(t('app.claimsUpdated'));
}

/** Shows the page for the current address and follows navigation from then on. */
export function startRouter(): void {
  document.addEventListener('click', (event) => followLink(event, { navigate, loadAddress }));
  window.addEventListener('popstate', () => {
    // A change of fragment alone (`#…`) is not a change of page.
    if (current?.key === locationKey()) return;
    void show({ focus: true });
  });
  onSessionChange((session) => {
    // Signed out elsewhere (another tab, an expired session): leave pages that need a session.
    // (Signing out here leaves the page first, and goes on from there.)
    if (!current) return;
    const shown = matchRoute(location.pathname);
    if (session.status === 'signed-out' && shown.kind === 'page' && shown.session === 'required') {
      // The app ended the session (a changed role, a deactivated account): the sign-in page
      // shows why, and this says it with the page's title.
      const ended = sessionEndReason();
      navigate(signInPathFor(locationKey()), {
        replace: true,
        ...(ended ? { notice: t(`signIn.${ended}`) } : {}),
      });
    }
  });
  onClaimsChange(followClaims);
  void show({ focus: false });
}
