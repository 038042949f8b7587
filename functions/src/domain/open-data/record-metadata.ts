import { millisOf } from '../fields.js';
import type { Publication } from '../schemas/publication.schema.js';

/**
 * What `/p/{id}` says about itself to search engines and link previews: JSON-LD
 * (schema.org Article, published by the Commissioner's office) and OpenGraph tags. The page
 * renders them; the texts come from the public record only.
 */
export interface RecordPage {
  id: string;
  record: Publication;
  /** Canonical absolute URL of the page. */
  url: string;
  siteUrl: string;
  siteName: string;
  publisher: string;
  /** Labels of the record's tags, for keywords and article:tag. */
  tagLabels: readonly string[];
}

const iso = (at: Parameters<typeof millisOf>[0]) => new Date(millisOf(at)).toISOString();

/** A description for previews: the summary cut at a word, at most `max` characters. */
export function previewText(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

export function publicationJsonLd(page: RecordPage) {
  const { record } = page;
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': page.url,
    url: page.url,
    mainEntityOfPage: page.url,
    headline: previewText(record.title.uk, 110),
    description: previewText(record.summary.uk),
    articleBody: record.body.uk,
    inLanguage: 'uk',
    datePublished: iso(record.publishedAt),
    dateModified: iso(record.updatedAt),
    keywords: page.tagLabels.join(', '),
    isAccessibleForFree: true,
    publisher: { '@type': 'GovernmentOrganization', name: page.publisher, url: page.siteUrl },
    ...(record.status === 'retracted' ? { creativeWorkStatus: 'Retracted' } : {}),
  };
}

/** JSON-LD safe to put inside `<script type="application/ld+json">`: no `</script>` can close it. */
export function jsonLdScriptText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export interface MetaTag {
  property: string;
  content: string;
}

export function openGraphTags(page: RecordPage): MetaTag[] {
  const { record } = page;
  return [
    { property: 'og:type', content: 'article' },
    { property: 'og:site_name', content: page.siteName },
    { property: 'og:title', content: record.title.uk },
    { property: 'og:description', content: previewText(record.summary.uk) },
    { property: 'og:url', content: page.url },
    { property: 'og:locale', content: 'uk_UA' },
    ...(record.title.en ? [{ property: 'og:locale:alternate', content: 'en_GB' }] : []),
    { property: 'article:published_time', content: iso(record.publishedAt) },
    { property: 'article:modified_time', content: iso(record.updatedAt) },
    ...page.tagLabels.map((label) => ({ property: 'article:tag', content: label })),
    { property: 'twitter:card', content: 'summary' },
  ];
}
