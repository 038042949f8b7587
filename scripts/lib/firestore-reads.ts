// A counting wrapper around the Admin SDK's reads (@google-cloud/firestore, the instance
// firebase-admin and the functions use in this process), for the cost-per-view benchmark.
// Counted as Firestore bills them: each document a lookup or a query returns is a read, and a
// query that returns nothing is one. Aggregations (count()) are not counted: no measured view
// makes one.
import { createRequire } from 'node:module';
import type { Firestore, Query } from '@google-cloud/firestore';

export interface ReadCount {
  /** Requests to Firestore: lookups (a batch of documents is one), queries, aggregations. */
  requests: number;
  /** Billed document reads. */
  reads: number;
}

const total: ReadCount = { requests: 0, reads: 0 };
let installed = false;

/** Patches the SDK's read paths once; every read of this process counts from then on. */
function install(): void {
  if (installed) return;
  installed = true;
  // Resolved from the functions' package, so that it is the instance firebase-admin loads.
  const sdk = createRequire(new URL('../../functions/package.json', import.meta.url))(
    '@google-cloud/firestore',
  ) as { Firestore: { prototype: Firestore }; Query: { prototype: Query } };
  const lookup = sdk.Firestore.prototype as unknown as {
    getAll: (...refs: unknown[]) => Promise<unknown[]>;
  };
  const getAll = lookup.getAll;
  lookup.getAll = async function (this: unknown, ...refs: unknown[]) {
    const snapshots = await getAll.apply(this, refs);
    total.requests++;
    total.reads += snapshots.length;
    return snapshots;
  };
  type Response = { result?: { size: number } };
  const query = sdk.Query.prototype as unknown as {
    _getResponse: (...args: unknown[]) => Promise<Response>;
  };
  const getResponse = query._getResponse;
  query._getResponse = async function (this: unknown, ...args: unknown[]) {
    const response = await getResponse.apply(this, args);
    total.requests++;
    total.reads += Math.max(1, response.result?.size ?? 0);
    return response;
  };
}

/** The reads `work` makes (nothing else may read meanwhile), and its result. */
export async function countReads<T>(work: () => Promise<T>): Promise<ReadCount & { result: T }> {
  install();
  const before = { ...total };
  const result = await work();
  return { result, requests: total.requests - before.requests, reads: total.reads - before.reads };
}
