import { t } from '../i18n/i18n.js';
import { errorPage } from '../pages/error.js';
import { homePage } from '../pages/home.js';
import { notFoundPage } from '../pages/not-found.js';
import { onSessionChange, restoredUser, type SessionUser } from '../session/session.js';
import type { Page, PageView } from './page.js';
import { matchRoute, nextAfterSignIn, signInPathFor, type RouteName } from './routes.js';

/** Where the router puts pages: the layout (layout.ts) implements it. */
export interface PageHost {
  showPage(view: PageView, path: string, options: { focus: boolean }): void;
  setBusy(busy: boolean): void;
  announce(message: string): void;
}

/** The home and 404 pages come with the first download; the others when first visited. */
const PAGES: Readonly<Record<RouteName, () => Promise<Page>>> = {
  home: () => Promise.resolve(homePage),
  notFound: () => Promise.resolve(notFoundPage),
  signIn: () => import('../pages/sign-in.js').then((module) => module.signInPage),
  app: () => import('../pages/app-home.js').then((module) => module.appHomePage),
};

let host: PageHost | undefined;
let current: { view: PageView; key: string } | undefined;
let renderSequence = 0;
/** Said together with the next page's title, e.g. «Ви увійшли як …». */
let pendingNotice: string | undefined;

export interface NavigateOptions {
  replace?: boolean;
  /** A message announced along with the page it leads to. */
  notice?: string;
}

export function navigate(path: string, options: NavigateOptions = {}): void {
  if (options.notice) pendingNotice = options.notice;
  if (options.replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  void render({ focus: true });
}

function locationKey(): string {
  return `${location.pathname}${location.search}`;
}

async function render({ focus }: { focus: boolean }): Promise<void> {
  if (!host) return;
  const sequence = ++renderSequence;
  const stale = () => sequence !== renderSequence;
  const match = matchRoute(location.pathname);
  if (match.kind === 'redirect') {
    history.replaceState(null, '', `${match.to}${location.search}${location.hash}`);
    return render({ focus });
  }

  host.setBusy(true);
  let view: PageView;
  try {
    let user: SessionUser | null = null;
    if (match.requiresAuth || match.name === 'signIn') {
      user = await restoredUser();
      if (stale()) return;
      if (match.requiresAuth && !user) {
        navigate(signInPathFor(locationKey()), { replace: true });
        return;
      }
      if (match.name === 'signIn' && user) {
        navigate(nextAfterSignIn(location.search), { replace: true });
        return;
      }
    }
    const page = await PAGES[match.name]();
    view = await page({ search: location.search, user, announce: (m) => host?.announce(m) });
  } catch (error) {
    console.error(error);
    view = errorPage();
  }
  if (stale()) {
    view.dispose?.();
    return;
  }

  current?.view.dispose?.();
  current = { view, key: locationKey() };
  host.showPage(view, location.pathname, { focus });
  host.setBusy(false);
  document.title = t('layout.documentTitle', { page: view.title });
  if (focus) {
    const opened = t('layout.pageOpened', { title: view.title });
    host.announce(pendingNotice ? `${pendingNotice} ${opened}` : opened);
  } else if (pendingNotice) {
    host.announce(pendingNotice);
  }
  pendingNotice = undefined;
}

/** Links to this client's pages are followed without reloading the page. */
function followLink(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = (event.target as Element | null)?.closest?.('a');
  if (!link || link.target || link.hasAttribute('download')) return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin) return;
  // Addresses this client has no page for (server-rendered pages, /api, files) are loaded
  // by the browser as usual.
  const match = matchRoute(url.pathname);
  if (match.kind === 'page' && match.name === 'notFound') return;
  // In-page links (`#…`) keep their ordinary behaviour.
  if (url.pathname === location.pathname && url.search === location.search && url.hash) return;
  event.preventDefault();
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (path === `${location.pathname}${location.search}${location.hash}`) return;
  navigate(path);
}

/** Shows the page for the current address and follows navigation from then on. */
export function startRouter(pageHost: PageHost): void {
  host = pageHost;
  document.addEventListener('click', followLink);
  window.addEventListener('popstate', () => {
    // A change of fragment alone (`#…`) is not a change of page.
    if (current?.key === locationKey()) return;
    void render({ focus: true });
  });
  onSessionChange((session) => {
    // Signed out elsewhere (another tab, an expired session): leave pages that need a session.
    const shown = matchRoute(location.pathname);
    if (session.status === 'signed-out' && shown.kind === 'page' && shown.requiresAuth) {
      navigate(signInPathFor(locationKey()), { replace: true });
    }
  });
  void render({ focus: false });
}

/** Renders the current page again, e.g. in another language, keeping focus where it is. */
export function rerender(): void {
  void render({ focus: false });
}
