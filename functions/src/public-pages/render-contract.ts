/**
 * What the function that serves the public pages and the renderer built from the web
 * client agree on. The renderer is web/src/public/render.tsx, built by Vite into
 * lib/web-render/ with the functions (web/vite.ssr.config.ts); it renders the same Preact
 * components as the browser. Types only: the web side imports this file too.
 */
export type PublicPageName =
  | 'home'
  | 'partners'
  | 'coordinators'
  | 'councils'
  | 'council'
  | 'publications'
  | 'publication'
  | 'stats'
  | 'openData';

interface Localised {
  uk: string;
  en?: string | undefined;
}

/**
 * A public record as a page gets it (functions/src/public-pages/public-records.ts): the fields
 * of the strict public schema, dates as ISO strings, without the search keys.
 */
export interface PublicRecordView {
  id: string;
  kind: 'report_outcome' | 'proposal' | 'meeting_minutes' | 'ngo_activity';
  title: Localised;
  summary: Localised;
  body: Localised;
  regionCodes: string[];
  areas: string[];
  rights: string[];
  year: number;
  sourceNumber?: string | undefined;
  attachments: { name: string; url: string; contentType: string; size: number; sha256: string }[];
  status: 'published' | 'retracted';
  retraction?: { note: Localised; at: string } | undefined;
  publishedAt: string;
  updatedAt: string;
}

/** What the list of `/publications` shows of a record. */
export type PublicRecordCard = Pick<
  PublicRecordView,
  'id' | 'kind' | 'title' | 'summary' | 'regionCodes' | 'publishedAt'
>;

/**
 * `/publications`: one page of the search, or the first page of every record as kept in
 * `directory/publications`.
 */
export interface PublicationsData {
  records: PublicRecordCard[];
  nextCursor: string | null;
  partial: boolean;
}

/** `/stats`: the aggregate of every year and of the year asked for (`stats/all`, `stats/{year}`). */
export interface StatisticsData {
  all: unknown;
  /** The year shown, when one is asked for and known. */
  year: number | null;
  ofYear: unknown;
}

export interface PublicPageRequest {
  page: PublicPageName;
  /** The address's path and query (`?lang=en&region=UA-30`). */
  path: string;
  search: string;
  /**
   * The page's public data, when it has some: a directory document's data (`councils`:
   * `directory/councils`'s); for `council`, `{id, ...council}`, or null when there is
   * no such council (the page is then a 404); for `publications`, `PublicationsData`; for
   * `publication`, a `PublicRecordView` or null (a 404); for `stats`, `StatisticsData`.
   */
  directory: unknown;
  /** The document could not be read: the page says so (and is not cached). */
  directoryFailed: boolean;
  /** The site's origin (`https://spilno.example.org`), for canonical addresses. */
  siteUrl: string;
}

export interface PublicPageResponse {
  status: number;
  html: string;
  /** Whether the CDN may keep the page (not a page that could not read its data). */
  cacheable: boolean;
}

export type RenderPublicPage = (request: PublicPageRequest) => Promise<PublicPageResponse>;
