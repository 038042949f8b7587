import type { SessionUser } from '../session/session.js';

/** What a page gets from the router. */
export interface PageContext {
  /** `location.search` of the address being shown. */
  search: string;
  /** The signed-in user, on pages that need one. */
  user: SessionUser | null;
  /** Says something through the page's live region (screen readers hear it). */
  announce(message: string): void;
}

/** A rendered page. `dispose` stops whatever it started (listeners, subscriptions). */
export interface PageView {
  title: string;
  node: HTMLElement;
  dispose?: () => void;
}

export type Page = (context: PageContext) => PageView | Promise<PageView>;
