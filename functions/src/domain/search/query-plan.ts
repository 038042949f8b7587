import { fnv1a } from '../text/fnv1a.js';
import { facetKey } from './search-keys.js';
import { termsOf } from './search-terms.js';

/** What a visitor asks `/publications` for. */
export interface PublicationSearchQuery {
  text?: string | undefined;
  region?: string | undefined;
  area?: string | undefined;
  right?: string | undefined;
  kind?: string | undefined;
  year?: number | undefined;
  cursor?: string | null | undefined;
  pageSize?: number | undefined;
}

/**
 * How the embedded search runs a query on Firestore: equality on `status`, `kind`, `year`;
 * at most one `searchKeys array-contains` (the driver); order by `publishedAt desc`, then the
 * document id; the other keys (`residual`) are checked on each candidate.
 */
export interface QueryPlan {
  equals: { status: 'published'; kind?: string; year?: number };
  driver: string | null;
  residual: string[];
  /** Identifies the query for its cursors. */
  signature: string;
}

/** At most this many words of a query are used; the rest are ignored. */
export const MAX_QUERY_TERMS = 8;

/**
 * The driver is the rarest key: by the document frequencies when the caller has them (a
 * missing key occurs nowhere), otherwise the longest word (long stems are rare), then the
 * right (about 30 values), the region (27), the area (4).
 */
export function planQuery(
  query: PublicationSearchQuery,
  keyFrequencies?: ReadonlyMap<string, number>,
): QueryPlan {
  const terms = termsOf(query.text ?? '').slice(0, MAX_QUERY_TERMS);
  const facets = [
    query.right ? facetKey('right', query.right) : null,
    query.region ? facetKey('region', query.region) : null,
    query.area ? facetKey('area', query.area) : null,
  ].filter((key): key is string => key !== null);
  const byHeuristic = [...[...terms].sort((a, b) => b.length - a.length), ...facets];
  const keys = keyFrequencies
    ? [...byHeuristic].sort((a, b) => (keyFrequencies.get(a) ?? 0) - (keyFrequencies.get(b) ?? 0))
    : byHeuristic;
  const equals: QueryPlan['equals'] = { status: 'published' };
  if (query.kind) equals.kind = query.kind;
  if (query.year !== undefined) equals.year = query.year;
  const required = [...new Set(keys)];
  const signature = fnv1a(JSON.stringify([equals, [...required].sort()]));
  return { equals, driver: required[0] ?? null, residual: required.slice(1), signature };
}
