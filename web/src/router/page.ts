import type { ComponentType } from 'preact';
import type { Claims, SessionUser } from '../session/session-state.js';

/**
 * What the router gives a page. A page is a Preact component taking `PageProps`; it renders
 * one `PageHeading` (ui/page-heading.tsx), which gives the document its title and takes focus
 * after a navigation, gets `navigate` from `useNavigation()` and speaks through `announce`
 * (ui/live-region.tsx).
 */
export interface PageProps {
  /** `location.search` of the address being shown. */
  search: string;
  /** Values taken from the address (routes.ts), e.g. `{ orgId }`. */
  params: Readonly<Record<string, string>>;
  /** The signed-in user, on pages that need one (or may use one). */
  user: SessionUser | null;
  /** The user's role claims when the page was shown; null without a role or a session. */
  claims: Claims | null;
}

/**
 * A page that shows data read once when it opens: the router reads it first (the layout says
 * «Завантаження…» if that takes a while, and a failure shows the error page), so the page
 * opens whole. Live data (listeners) is followed inside the components instead (ui/use-data.ts).
 */
export interface DataPage<Data> {
  load: (props: PageProps) => Promise<Data>;
  component: ComponentType<PageProps & { data: Data }>;
}

/** What a page module gives the router (router/page-table.ts). */
export type PageEntry = {
  kind: 'component';
  component: ComponentType<PageProps>;
  /** Reads the page's data before it is shown (see DataPage). */
  load?: (props: PageProps) => Promise<unknown>;
  /**
   * Keeps the page (and what was typed in it) when the person's role changes; it gets the
   * new claims as props. Without it, the router shows the page again for the new role.
   */
  keepOnClaimsChange?: boolean;
};
