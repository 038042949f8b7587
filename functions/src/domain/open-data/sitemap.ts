import { escapeXml, isoInstant } from '../text/xml.js';

/** `/sitemap.xml` (sitemaps.org 0.9) and `/robots.txt`. */
export const SITEMAP_LIMIT = 50_000;

export interface SitemapUrl {
  loc: string;
  lastmod?: Date | undefined;
}

/** One sitemap; past 50,000 URLs a sitemap index would be needed, so it refuses. */
export function buildSitemap(urls: readonly SitemapUrl[]): string {
  if (urls.length > SITEMAP_LIMIT)
    throw new RangeError(`A sitemap holds at most ${SITEMAP_LIMIT} URLs, not ${urls.length}`);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map(
      ({ loc, lastmod }) =>
        `  <url><loc>${escapeXml(loc)}</loc>${lastmod ? `<lastmod>${isoInstant(lastmod)}</lastmod>` : ''}</url>`,
    ),
    '</urlset>',
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * Public pages are open to crawlers; the app, the API and the files behind sign-in are not.
 * The sitemap is named when the site's origin is known (a sitemap's address must be absolute).
 */
export function buildRobotsTxt(siteUrl: string | null): string {
  return [
    'User-agent: *',
    'Allow: /',
    'Disallow: /app/',
    'Disallow: /api/',
    'Disallow: /sign-in',
    'Disallow: /sign-up',
    ...(siteUrl ? [`Sitemap: ${siteUrl}/sitemap.xml`] : []),
    '',
  ].join('\n');
}
