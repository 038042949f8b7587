import { escapeXml, isoInstant } from '../text/xml.js';

/**
 * `/feed.xml`: an Atom 1.0 feed (RFC 4287) of the latest live publications, newest first.
 * Every text is escaped; ids are the records' permanent URLs.
 */
export interface FeedEntry {
  url: string;
  title: string;
  summary: string;
  published: Date;
  updated: Date;
  /** Tags as Atom categories: a stable term and a label for people. */
  categories: readonly { term: string; label: string }[];
}

export interface FeedInput {
  siteUrl: string;
  title: string;
  subtitle: string;
  publisher: string;
  /** When nothing is published yet, the feed's own date. */
  generatedAt: Date;
  entries: readonly FeedEntry[];
}

export const FEED_ENTRIES = 50;

export function buildAtomFeed(input: FeedInput): string {
  const entries = [...input.entries]
    .sort((a, b) => b.published.getTime() - a.published.getTime())
    .slice(0, FEED_ENTRIES);
  const updated = entries.reduce(
    (latest, entry) => (entry.updated > latest ? entry.updated : latest),
    entries.length ? entries[0]!.updated : input.generatedAt,
  );
  const x = escapeXml;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="uk">',
    `  <id>${x(input.siteUrl)}/</id>`,
    `  <title>${x(input.title)}</title>`,
    `  <subtitle>${x(input.subtitle)}</subtitle>`,
    `  <updated>${isoInstant(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${x(input.siteUrl)}/feed.xml"/>`,
    `  <link rel="alternate" type="text/html" href="${x(input.siteUrl)}/publications"/>`,
    `  <author><name>${x(input.publisher)}</name></author>`,
    ...entries.flatMap((entry) => [
      '  <entry>',
      `    <id>${x(entry.url)}</id>`,
      `    <title>${x(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${x(entry.url)}"/>`,
      `    <published>${isoInstant(entry.published)}</published>`,
      `    <updated>${isoInstant(entry.updated)}</updated>`,
      `    <summary>${x(entry.summary)}</summary>`,
      ...entry.categories.map((c) => `    <category term="${x(c.term)}" label="${x(c.label)}"/>`),
      '  </entry>',
    ]),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}
