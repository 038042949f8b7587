import { z } from 'zod';
import { domainError, type DomainError } from '../errors.js';

/**
 * Stored documents read through their one zod schema. A document that does not fit (old or
 * foreign data) is refused with `DOCUMENT.INVALID`, naming the document and the first field
 * that does not fit, instead of travelling on as a hand-cast value. Pure: the converter's
 * shape is what both Firestore SDKs take in `withConverter` (the Admin SDK on the server, the
 * web SDK in the browser), so the same converter types a collection on either side.
 */
export class StoredDocumentError extends Error {
  constructor(readonly error: DomainError<'DOCUMENT.INVALID'>) {
    super(error.messageEn);
    this.name = 'StoredDocumentError';
  }
}

/** The stored data at `path`, parsed by `schema`, or a `StoredDocumentError` naming the field. */
export function readStored<S extends z.ZodType>(
  schema: S,
  path: string,
  data: unknown,
): z.output<S> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  // A field the schema does not know is named by its key, not by the object holding it.
  const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
  throw new StoredDocumentError(
    domainError('DOCUMENT.INVALID', {
      path,
      field: at.map(String).join('.') || '(document)',
      problem: issue.message,
    }),
  );
}

/** What a converter is given by either SDK: a snapshot with its data and reference. */
export interface StoredSnapshot {
  readonly ref: { readonly path: string };
  data(...options: never[]): unknown;
}

/**
 * A Firestore converter from a schema: reads parse (and fail naming the field); writes take
 * the schema's type, so the compiler checks every field written. Writes with sentinels
 * (`serverTimestamp()`) go through `update`, which converters do not see.
 */
export function storedConverter<S extends z.ZodType<Record<string, unknown>>>(schema: S) {
  return {
    toFirestore(value: z.output<S>): Record<string, unknown> {
      return value as Record<string, unknown>;
    },
    fromFirestore(snapshot: StoredSnapshot): z.output<S> {
      return readStored(schema, snapshot.ref.path, snapshot.data());
    },
  };
}

/**
 * Each snapshot that fits `schema`, with its value; one that does not is handed to `refused`
 * (which names the field) and left out. For reads where one odd document must not stop the
 * rest: a notice's recipients, another report weighed as a possible duplicate.
 */
export function readEachStored<S extends z.ZodType, T extends StoredSnapshot>(
  schema: S,
  snapshots: readonly T[],
  refused: (error: StoredDocumentError) => void,
): { snapshot: T; value: z.output<S> }[] {
  return snapshots.flatMap((snapshot) => {
    try {
      return [{ snapshot, value: readStored(schema, snapshot.ref.path, snapshot.data()) }];
    } catch (error) {
      if (!(error instanceof StoredDocumentError)) throw error;
      refused(error);
      return [];
    }
  });
}

/**
 * The `status` of a stored document (undefined when there is none), read through the status
 * field of its schema: what a trigger asks before anything else (`before`/`after` of a write).
 */
export function storedStatus<S extends z.ZodType>(
  status: S,
  snapshot: StoredSnapshot,
): z.output<S> | undefined {
  const data = snapshot.data();
  if (data === undefined) return undefined;
  // The object's type, which the compiler cannot work out for a generic field, stated once.
  const schema = z.object({ status }) as unknown as z.ZodType<{ status: z.output<S> }>;
  return readStored(schema, snapshot.ref.path, data).status;
}
