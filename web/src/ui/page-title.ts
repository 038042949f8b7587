import { createContext } from 'preact';
import { useContext, useEffect } from 'preact/hooks';

/**
 * How a page tells the app shell its title: the shell (router/page-outlet.tsx) sets the
 * document's title, and after a navigation moves focus to the page's heading and says the
 * title through the live region. Rendered without a shell (on the server, in a unit test),
 * nothing happens.
 */
export const PageTitleContext = createContext<(title: string) => void>(() => undefined);

export function usePageTitle(title: string): void {
  const report = useContext(PageTitleContext);
  useEffect(() => report(title), [report, title]);
}
