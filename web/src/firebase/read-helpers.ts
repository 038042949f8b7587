import { onSnapshot, type Query } from 'firebase/firestore';
import type { Unsubscribe } from './firestore.js';

/**
 * A read the rules refuse is a document this person may not see: shown as absent. Any other
 * failure (the network, a document that does not fit its schema) is the caller's to show.
 */
export function nullWhenDenied(error: unknown): null {
  if ((error as { code?: unknown } | null)?.code === 'permission-denied') return null;
  throw error;
}

/** Follows a typed query, each document's data with its id. */
export function listen<T>(
  source: Query<T>,
  next: (items: (T & { id: string })[]) => void,
  fail: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    source,
    (snapshot) => next(snapshot.docs.map((d) => ({ ...d.data(), id: d.id }))),
    fail,
  );
}

/**
 * The views of a list's documents, each read through its schema on its own: one that does not
 * fit is left out and reported (its error names the field), rather than taking the list down.
 */
export function viewsThatFit<T, V>(
  docs: readonly { id: string; data(): T }[],
  view: (id: string, data: T) => V,
): V[] {
  return docs.flatMap((d) => {
    try {
      return [view(d.id, d.data())];
    } catch (error) {
      console.error(error);
      return [];
    }
  });
}

/**
 * Follows a typed query as views, each document read through its schema on its own (one that
 * does not fit is left out and reported). `pending`: written on this device and not yet
 * confirmed by the server.
 */
export function watchViews<D, T>(
  source: Query<D>,
  view: (id: string, data: D, pending: boolean) => T,
  next: (items: T[]) => void,
  fail: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    source,
    { includeMetadataChanges: true },
    (snapshot) => {
      const pending = new Set(
        snapshot.docs.filter((d) => d.metadata.hasPendingWrites).map((d) => d.id),
      );
      next(viewsThatFit(snapshot.docs, (id, data) => view(id, data, pending.has(id))));
    },
    fail,
  );
}
