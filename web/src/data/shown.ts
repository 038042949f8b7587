import { millisOf, type TimestampLike } from '@domain/fields.js';

/**
 * A stored document as the pages show it, its type derived from the document's schema (the
 * domain's `z.infer` type, never written again here): the times in `Times` as milliseconds,
 * the optional fields in `Nullable` as null when absent, every other field as stored.
 */
export type Shown<T, Times extends keyof T, Nullable extends keyof T> = Omit<
  T,
  Times | Nullable
> & { [K in Times]-?: number | null } & { [K in Nullable]-?: Exclude<T[K], undefined> | null };

/** A stored time in milliseconds, or null when it is not set. */
export function shownTime(value: TimestampLike | Date | null | undefined): number | null {
  return value ? millisOf(value) : null;
}
