import { millisOf } from '../fields.js';
import type { Publication } from '../schemas/publication.schema.js';
import type {
  PublicationCard,
  PublicationsFirstPage,
} from '../schemas/publications-first-page.schema.js';
import { DEFAULT_PAGE_SIZE } from '../search/publication-search.js';
import { planQuery, type PublicationSearchQuery } from '../search/query-plan.js';
import { encodeCursor } from '../search/search-cursor.js';

/**
 * The first page of `/publications` kept as one document (`directory/publications`): built
 * here from the newest records, exactly as the embedded search pages the query with no words,
 * filters or cursor, so the page reads the same from the document as from the search.
 */
export type FirstPage = Omit<PublicationsFirstPage, 'updatedAt'>;

/** Whether a query asks for the first page of every live record (the kept page). */
export function isFirstPageOfAll(query: PublicationSearchQuery): boolean {
  return (
    !query.text &&
    !query.region &&
    !query.area &&
    !query.right &&
    !query.kind &&
    query.year === undefined &&
    !query.cursor &&
    (query.pageSize === undefined || query.pageSize === DEFAULT_PAGE_SIZE)
  );
}

/**
 * The first page from the newest records, newest first (the query of the search: published,
 * by `publishedAt` then id, descending, `pageSize + 1` of them): the cards of the first
 * `pageSize`, and the next page's cursor when there is one more. A record that is not live is
 * never shown, whatever the caller passed.
 */
export function buildFirstPage(
  newest: readonly { id: string; record: Publication }[],
  pageSize = DEFAULT_PAGE_SIZE,
): FirstPage {
  const live = newest.filter(({ record }) => record.status === 'published');
  const shown = live.slice(0, pageSize);
  const last = shown.at(-1);
  return {
    cards: shown.map(({ id, record }) => cardOf(id, record)),
    nextCursor:
      live.length > pageSize && last
        ? encodeCursor(
            { publishedAtMillis: millisOf(last.record.publishedAt), id: last.id },
            planQuery({}).signature,
          )
        : null,
  };
}

function cardOf(id: string, record: Publication): PublicationCard {
  const { kind, title, summary, regionCodes, publishedAt } = record;
  return { id, kind, title, summary, regionCodes, publishedAt };
}

/** The page without a record (a retraction takes it off at once, before the rebuild). */
export function withoutRecord(page: FirstPage, id: string): FirstPage {
  return { ...page, cards: page.cards.filter((card) => card.id !== id) };
}

/** Whether two pages show the same (a rebuild that changes nothing writes nothing). */
export function samePage(a: FirstPage, b: FirstPage): boolean {
  // What the page shows, not when it was written: a stored page carries its `updatedAt`.
  const plain = (page: FirstPage) =>
    JSON.stringify({
      cards: page.cards.map((card) => ({ ...card, publishedAt: millisOf(card.publishedAt) })),
      nextCursor: page.nextCursor,
    });
  return plain(a) === plain(b);
}

const CARD_FIELDS = ['status', 'publishedAt', 'kind', 'title', 'summary', 'regionCodes'] as const;

/** Whether a change of a record can change the first page (its text alone cannot). */
export function affectsFirstPage(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
): boolean {
  return CARD_FIELDS.some(
    (field) => JSON.stringify(before?.[field]) !== JSON.stringify(after?.[field]),
  );
}
