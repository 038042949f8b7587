import type { Position } from './search-cursor.js';
import type { CandidateSource, SearchCandidate } from './publication-search.js';
import type { QueryPlan } from './query-plan.js';

/** A public record as the Firestore adapter's query sees it. */
export interface IndexedRecord extends SearchCandidate {
  status: 'published' | 'retracted';
  kind: string;
  year: number;
}

const newestFirst = (a: Position, b: Position) =>
  b.publishedAtMillis - a.publishedAtMillis || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/**
 * The CandidateSource contract on an array, as Firestore runs it: equality filters, one
 * array-contains, newest first with the id as tie-break, start after a position, a limit.
 * Counts its queries, as the read budget is counted.
 */
export function inMemoryCandidates(records: readonly IndexedRecord[]) {
  const sorted = [...records].sort(newestFirst);
  const source: CandidateSource & { fetches: number; documentsRead: number } = {
    fetches: 0,
    documentsRead: 0,
    async fetch(plan: QueryPlan, after: Position | null, limit: number) {
      source.fetches++;
      const out: SearchCandidate[] = [];
      for (const record of sorted) {
        if (after && newestFirst(record, after) <= 0) continue;
        if (record.status !== plan.equals.status) continue;
        if (plan.equals.kind !== undefined && record.kind !== plan.equals.kind) continue;
        if (plan.equals.year !== undefined && record.year !== plan.equals.year) continue;
        if (plan.driver !== null && !record.searchKeys.includes(plan.driver)) continue;
        out.push({
          id: record.id,
          publishedAtMillis: record.publishedAtMillis,
          searchKeys: record.searchKeys,
        });
        if (out.length === limit) break;
      }
      source.documentsRead += out.length;
      return out;
    },
  };
  return source;
}

/** What a query should find, by brute force. */
export function bruteForce(records: readonly IndexedRecord[], plan: QueryPlan): string[] {
  const keys = plan.driver ? [plan.driver, ...plan.residual] : [];
  return [...records]
    .sort(newestFirst)
    .filter(
      (r) =>
        r.status === 'published' &&
        (plan.equals.kind === undefined || r.kind === plan.equals.kind) &&
        (plan.equals.year === undefined || r.year === plan.equals.year) &&
        keys.every((key) => r.searchKeys.includes(key)),
    )
    .map((r) => r.id);
}
