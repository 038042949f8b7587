import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/**
 * How pages and the layout move the person elsewhere, given to them by the app shell (so
 * that pages need not import the router, which imports them). Outside the app (a
 * server-rendered page's islands), moving is loading the address.
 */
export interface NavigateOptions {
  replace?: boolean;
  /** A message announced along with the page it leads to. */
  notice?: string;
}

export interface Navigation {
  navigate(path: string, options?: NavigateOptions): void;
  /** Closes the page shown (its listeners stop), e.g. before signing out. */
  leavePage(): void;
  /** Shows the page for the current address again (another role, say). */
  refresh(): void;
}

const loadingAddresses: Navigation = {
  navigate: (path, options) => (options?.replace ? location.replace(path) : location.assign(path)),
  leavePage: () => undefined,
  refresh: () => location.reload(),
};

export const NavigationContext = createContext<Navigation>(loadingAddresses);

export function useNavigation(): Navigation {
  return useContext(NavigationContext);
}
