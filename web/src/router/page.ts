import type { Claims, SessionUser } from '../session/session.js';

/** What a page gets from the router. */
export interface PageContext {
  /** `location.search` of the address being shown. */
  search: string;
  /** Values taken from the address (routes.ts), e.g. `{ orgId }`. */
  params: Readonly<Record<string, string>>;
  /** The signed-in user, on pages that need one (or may use one). */
  user: SessionUser | null;
  /** The user's role claims when the page was shown; null without a role or a session. */
  claims: Claims | null;
  /** Says something through the page's live region (screen readers hear it). */
  announce(message: string): void;
}

/** A rendered page. `dispose` stops whatever it started (listeners, subscriptions). */
export interface PageView {
  title: string;
  node: HTMLElement;
  dispose?: () => void;
  /**
   * Called when the person's role changes while the page is open. Without it, the router
   * shows the page again for the new role; a page that must keep what it shows (a form just
   * sent, whose success changed the role) handles the change itself.
   */
  onClaimsChange?: (claims: Claims | null) => void;
}

export type Page = (context: PageContext) => PageView | Promise<PageView>;
