import type { PublicationDraft, PublicationKind } from '@domain/schemas/publication.schema.js';

/**
 * The states staff's list tells apart (pure). A returned draft is a draft the Commissioner sent
 * back with a comment, or one the publishing trigger could not publish; «approved» lasts only
 * until the trigger has written the public record.
 */
export const LIST_STATES = [
  'draft',
  'returned',
  'pending_approval',
  'approved',
  'published',
  'retracted',
] as const;
export type ListState = (typeof LIST_STATES)[number];

type Listed = Pick<PublicationDraft, 'status' | 'reviewComment' | 'publishFailure' | 'kind'>;

export function listState(draft: Listed): ListState {
  if (draft.status === 'draft') {
    return draft.reviewComment || draft.publishFailure ? 'returned' : 'draft';
  }
  return draft.status;
}

/** The list's filters (`?state=…&kind=…`); an empty filter lets everything through. */
export function filterDrafts<T extends Listed>(
  items: readonly T[],
  filters: { state: string; kind: string },
): T[] {
  return items.filter(
    (item) =>
      (!filters.state || listState(item) === filters.state) &&
      (!filters.kind || item.kind === (filters.kind as PublicationKind)),
  );
}
