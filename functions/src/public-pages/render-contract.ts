/**
 * What the function that serves the public pages and the renderer built from the web
 * client agree on. The renderer is web/src/public/render.tsx, built by Vite into
 * lib/web-render/ with the functions (web/vite.ssr.config.ts); it renders the same Preact
 * components as the browser. Types only: the web side imports this file too.
 */
export type PublicPageName = 'home' | 'partners' | 'coordinators' | 'councils' | 'council';

export interface PublicPageRequest {
  page: PublicPageName;
  /** The address's path and query (`?lang=en&region=UA-30`). */
  path: string;
  search: string;
  /**
   * The page's public data, when it has some: a directory document's data; for `councils`,
   * `{councils: [{id, ...council}]}`; for `council`, `{id, ...council}`, or null when there is
   * no such council (the page is then a 404).
   */
  directory: unknown;
  /** The document could not be read: the page says so (and is not cached). */
  directoryFailed: boolean;
}

export interface PublicPageResponse {
  status: number;
  html: string;
  /** Whether the CDN may keep the page (not a page that could not read its data). */
  cacheable: boolean;
}

export type RenderPublicPage = (request: PublicPageRequest) => Promise<PublicPageResponse>;
