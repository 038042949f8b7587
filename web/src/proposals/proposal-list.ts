import type { ProposalStatus } from '@domain/workflows/proposal.workflow.js';

/** A council's name as the lists show it. */
export interface CouncilName {
  uk: string;
  en: string | null;
}

/** The proposals list's filters (pure: `?council=…&status=…`). */
export function filterProposals<T extends { councilId: string; status: ProposalStatus }>(
  items: readonly T[],
  filters: { council: string; status: string },
): T[] {
  return items.filter(
    (item) =>
      (!filters.council || item.councilId === filters.council) &&
      (!filters.status || item.status === filters.status),
  );
}
