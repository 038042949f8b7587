import { sameAccess } from '../auth/claims.js';
import { t } from '../i18n/i18n.js';
import { errorPage } from '../pages/error.js';
import { homePage } from '../pages/home.js';
import { noAccessPage } from '../pages/no-access.js';
import { notFoundPage } from '../pages/not-found.js';
import {
  onClaimsChange,
  onSessionChange,
  refreshClaims,
  restoredUser,
  type Claims,
  type SessionUser,
} from '../session/session.js';
import type { Page, PageView } from './page.js';
import {
  matchRoute,
  mayOpen,
  nextAfterSignIn,
  signInPathFor,
  type RouteName,
  type SessionNeed,
} from './routes.js';

/** Where the router puts pages: the layout (layout.ts) implements it. */
export interface PageHost {
  showPage(view: PageView, path: string, options: { focus: boolean }): void;
  setBusy(busy: boolean): void;
  announce(message: string): void;
  /** Shows a message above the page until the person leaves it, and says it. */
  showNotice(message: string): void;
}

/** The home and 404 pages come with the first download; the others when first visited. */
const PAGES: Readonly<Record<RouteName, () => Promise<Page>>> = {
  home: () => Promise.resolve(homePage),
  notFound: () => Promise.resolve(notFoundPage),
  signIn: () => import('../pages/sign-in.js').then((module) => module.signInPage),
  signUp: () => import('../pages/sign-up.js').then((module) => module.signUpPage),
  partners: () => import('../pages/partners.js').then((module) => module.partnersPage),
  coordinators: () => import('../pages/coordinators.js').then((module) => module.coordinatorsPage),
  app: () => import('../pages/app-home.js').then((module) => module.appHomePage),
  registerOrganisation: () =>
    import('../pages/register-organisation.js').then((module) => module.registerOrganisationPage),
  join: () => import('../pages/join.js').then((module) => module.joinPage),
  verifyEmail: () => import('../pages/verify-email.js').then((module) => module.verifyEmailPage),
  organisation: () => import('../pages/organisation.js').then((module) => module.organisationPage),
  organisations: () =>
    import('../pages/organisations.js').then((module) => module.organisationsPage),
  organisationDetail: () =>
    import('../pages/organisation-detail.js').then((module) => module.organisationDetailPage),
  users: () => import('../pages/users.js').then((module) => module.usersPage),
  userDetail: () => import('../pages/user-detail.js').then((module) => module.userDetailPage),
  profile: () => import('../pages/profile.js').then((module) => module.profilePage),
  notifications: () =>
    import('../pages/notifications.js').then((module) => module.notificationsPage),
  mailLog: () => import('../pages/mail-log.js').then((module) => module.mailLogPage),
  reports: () => import('../pages/reports.js').then((module) => module.reportsPage),
  reportNew: () => import('../pages/report-edit.js').then((module) => module.reportEditPage),
  reportEdit: () => import('../pages/report-edit.js').then((module) => module.reportEditPage),
  reportIntake: () => import('../pages/report-intake.js').then((module) => module.reportIntakePage),
  report: () => import('../pages/report.js').then((module) => module.reportPage),
  queue: () => import('../pages/queue.js').then((module) => module.queuePage),
  dashboard: () => import('../pages/dashboard.js').then((module) => module.dashboardPage),
  templates: () => import('../pages/templates.js').then((module) => module.templatesPage),
};

let host: PageHost | undefined;
let current:
  { view: PageView; key: string; session: SessionNeed; claims: Claims | null } | undefined;
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

/** Starts the account module (Firestore listeners) for a signed-in person; not awaited. */
function startAccount(user: SessionUser): void {
  import('../session/account.js')
    .then((account) => account.startAccount(user))
    .catch((error: unknown) => console.error(error));
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
  let claims: Claims | null = null;
  try {
    let user: SessionUser | null = null;
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
        startAccount(user);
      }
    }
    if (match.session === 'required' && !mayOpen(match.name, claims?.role ?? null)) {
      view = noAccessPage(match.name, claims?.role ?? null);
    } else {
      const page = await PAGES[match.name]();
      view = await page({
        search: location.search,
        params: match.params,
        user,
        claims,
        announce: (m) => host?.announce(m),
      });
    }
  } catch (error) {
    console.error(error);
    view = errorPage();
  }
  if (stale()) {
    view.dispose?.();
    return;
  }

  current?.view.dispose?.();
  current = { view, key: locationKey(), session: match.session, claims };
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
  if (current.view.onClaimsChange) current.view.onClaimsChange(claims);
  else void render({ focus: false });
  host?.showNotice(t('app.claimsUpdated'));
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
    if (session.status === 'signed-out' && shown.kind === 'page' && shown.session === 'required') {
      navigate(signInPathFor(locationKey()), { replace: true });
    }
  });
  onClaimsChange(followClaims);
  void render({ focus: false });
}

/** Renders the current page again, e.g. in another language, keeping focus where it is. */
export function rerender(): void {
  void render({ focus: false });
}
