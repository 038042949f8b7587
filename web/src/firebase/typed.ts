import type { z } from 'zod';
import { readStored } from '@domain/stored/stored-document.js';

/**
 * What a converter is given by either web SDK (the full one and Lite): a snapshot with its
 * path and data. The full SDK's `data()` takes options; Lite's takes none.
 */
export interface TypedSnapshot {
  readonly ref: { readonly path: string };
  data(options?: { serverTimestamps?: 'estimate' | 'previous' | 'none' }): unknown;
}

/**
 * A Firestore converter of the web client, built from a document's one zod schema in the
 * domain (the same schema the server reads and writes through, see
 * domain/stored/stored-document.ts): `withConverter(typed(schema))` on a reference or query of
 * either SDK types what it reads as the schema's output, and a document that does not fit is
 * refused with a `StoredDocumentError` (`DOCUMENT.INVALID`) naming the document and the field,
 * rather than shown half-read.
 *
 * A time the server has not stamped yet (a write of this device waiting in the offline queue)
 * reads as the SDK's estimate, so that a pending write is not taken for a broken document.
 * Writes with sentinels (`serverTimestamp()`, `deleteField()`) go through plain references;
 * the rules check them.
 */
export function typed<S extends z.ZodType>(schema: S) {
  return typedBy(() => schema);
}

/**
 * The same for a collection whose documents have more than one schema, picked by the stored
 * data (a report: its draft schema while it is a draft).
 */
export function typedBy<S extends z.ZodType>(schemaFor: (data: unknown) => S) {
  return {
    toFirestore(value: z.output<S>) {
      return value as Record<string, unknown>;
    },
    fromFirestore(snapshot: TypedSnapshot): z.output<S> {
      const data = snapshot.data({ serverTimestamps: 'estimate' });
      return readStored(schemaFor(data), snapshot.ref.path, data);
    },
  };
}
