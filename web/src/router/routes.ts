/**
 * The pages that exist and how an address maps onto them. Pure, so that it is tested
 * directly; router.ts wires it to the History API.
 */
export type RouteName = 'home' | 'signIn' | 'app' | 'notFound';

export type RouteMatch =
  | { kind: 'page'; name: RouteName; requiresAuth: boolean }
  /** The address has a canonical form (`/app` → `/app/`); go there instead. */
  | { kind: 'redirect'; to: string };

export const PATHS = {
  home: '/',
  signIn: '/sign-in',
  app: '/app/',
} as const satisfies Partial<Record<RouteName, string>>;

const CANONICAL: Readonly<Record<string, string>> = {
  '/index.html': PATHS.home,
  '/sign-in/': PATHS.signIn,
  '/app': PATHS.app,
  '/app/index.html': PATHS.app,
};

export function matchRoute(pathname: string): RouteMatch {
  const canonical = CANONICAL[pathname];
  if (canonical) return { kind: 'redirect', to: canonical };
  switch (pathname) {
    case PATHS.home:
      return { kind: 'page', name: 'home', requiresAuth: false };
    case PATHS.signIn:
      return { kind: 'page', name: 'signIn', requiresAuth: false };
    case PATHS.app:
      return { kind: 'page', name: 'app', requiresAuth: true };
    default:
      return { kind: 'page', name: 'notFound', requiresAuth: false };
  }
}

/** The sign-in address that brings the person back to `returnTo` afterwards. */
export function signInPathFor(returnTo: string): string {
  return `${PATHS.signIn}?next=${encodeURIComponent(returnTo)}`;
}

/**
 * Where to go after signing in: the `next` parameter if it names a page of this site that
 * needs a session, otherwise the app's start page. Anything else (another origin,
 * `//evil.example`, `/sign-in` itself, an unknown page) is ignored, so a crafted link
 * cannot send a person elsewhere after they sign in.
 */
export function nextAfterSignIn(search: string): string {
  const next = new URLSearchParams(search).get('next');
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) {
    return PATHS.app;
  }
  const url = new URL(next, 'https://spilno.invalid');
  if (url.origin !== 'https://spilno.invalid') return PATHS.app;
  const match = matchRoute(url.pathname);
  if (match.kind !== 'page' || !match.requiresAuth) return PATHS.app;
  return `${url.pathname}${url.search}${url.hash}`;
}

export interface NavItem {
  path: string;
  label: 'nav.home' | 'nav.app';
}

/** Only pages that exist appear in the navigation; the app only for a signed-in person. */
export function navItems(signedIn: boolean): NavItem[] {
  const items: NavItem[] = [{ path: PATHS.home, label: 'nav.home' }];
  if (signedIn) items.push({ path: PATHS.app, label: 'nav.app' });
  return items;
}
