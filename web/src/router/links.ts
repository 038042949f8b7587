import { currentLanguage } from '../i18n/i18n.js';
import { matchRoute } from './routes.js';

/** Links to this client's pages are followed without reloading the page. */
export function followLink(
  event: MouseEvent,
  router: {
    navigate: (path: string) => void;
    /** Loads a server-rendered page in the interface's language. */
    loadAddress: (path: string, replace: boolean) => void;
  },
): void {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = (event.target as Element | null)?.closest?.('a');
  if (!link || link.target || link.hasAttribute('download')) return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin) return;
  const match = matchRoute(url.pathname);
  // Addresses this client has no page for (server-rendered pages, /api, files) are loaded
  // by the browser as usual, in the interface's language.
  if (match.kind === 'page' && match.render === 'server') {
    if (currentLanguage() !== 'uk' && !url.searchParams.has('lang')) {
      event.preventDefault();
      router.loadAddress(`${url.pathname}${url.search}${url.hash}`, false);
    }
    return;
  }
  if (match.kind === 'page' && match.name === 'notFound') return;
  // In-page links (`#…`) keep their ordinary behaviour.
  if (url.pathname === location.pathname && url.search === location.search && url.hash) return;
  event.preventDefault();
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (path === `${location.pathname}${location.search}${location.hash}`) return;
  router.navigate(path);
}
