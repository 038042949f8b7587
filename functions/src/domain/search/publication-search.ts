import { decodeCursor, encodeCursor, type Position } from './search-cursor.js';
import { planQuery, type PublicationSearchQuery, type QueryPlan } from './query-plan.js';

export type { PublicationSearchQuery } from './query-plan.js';

export interface PublicationSearchPage {
  /** Ids of matching public records, newest first. */
  ids: string[];
  /** Where the next page starts, or null when there is nothing more. */
  nextCursor: string | null;
  /** The page stopped at the read budget before it was full; more may follow the cursor. */
  partial: boolean;
}

/**
 * Search of the public records, as `/publications` and the open data see it. The embedded
 * default below runs on Firestore; a hosted engine (Typesense, Meilisearch, Algolia) can
 * implement the same interface later (docs/SEARCH.md).
 */
export interface PublicationSearch {
  search(query: PublicationSearchQuery): Promise<PublicationSearchPage>;
}

/** What the Firestore adapter returns for a plan: the fields the search needs, no more. */
export interface SearchCandidate extends Position {
  searchKeys: readonly string[];
}

/**
 * The one Firestore query the embedded search needs, as a port: `where` each of `plan.equals`,
 * `searchKeys array-contains plan.driver` when there is one, `orderBy('publishedAt', 'desc')`,
 * `orderBy(documentId(), 'desc')`, `startAfter(after)`, `limit(limit)`, selecting only
 * `publishedAt` and `searchKeys`.
 */
export interface CandidateSource {
  fetch(plan: QueryPlan, after: Position | null, limit: number): Promise<SearchCandidate[]>;
}

export interface EmbeddedSearchOptions {
  /** Queries one page may run (each is one Firestore query). */
  maxFetches?: number;
  /** Candidates one query reads when keys are left to check. */
  batchSize?: number;
  keyFrequencies?: ReadonlyMap<string, number>;
}

export const DEFAULT_PAGE_SIZE = 20;

const position = ({ publishedAtMillis, id }: Position): Position => ({ publishedAtMillis, id });

export function createEmbeddedSearch(
  source: CandidateSource,
  { maxFetches = 3, batchSize = 100, keyFrequencies }: EmbeddedSearchOptions = {},
): PublicationSearch {
  return {
    async search(query) {
      const pageSize = Math.min(Math.max(query.pageSize ?? DEFAULT_PAGE_SIZE, 1), 100);
      const plan = planQuery(query, keyFrequencies);
      const holdsAll = (candidate: SearchCandidate) =>
        plan.residual.every((key) => candidate.searchKeys.includes(key));
      const limit = plan.residual.length === 0 ? pageSize + 1 : Math.max(batchSize, pageSize + 1);
      const ids: string[] = [];
      let after = decodeCursor(query.cursor, plan.signature);
      for (let fetches = 0; fetches < maxFetches; fetches++) {
        const batch = await source.fetch(plan, after, limit);
        for (const [i, candidate] of batch.entries()) {
          after = position(candidate);
          if (!holdsAll(candidate)) continue;
          ids.push(candidate.id);
          if (ids.length === pageSize) {
            const more = batch.length === limit || batch.slice(i + 1).some(holdsAll);
            return {
              ids,
              nextCursor: more ? encodeCursor(after, plan.signature) : null,
              partial: false,
            };
          }
        }
        if (batch.length < limit) return { ids, nextCursor: null, partial: false };
      }
      return {
        ids,
        nextCursor: after ? encodeCursor(after, plan.signature) : null,
        partial: true,
      };
    },
  };
}
