import type * as OrganisationsStore from '../firebase/organisations.js';
import { useLive, type Loaded } from '../ui/use-data.js';

type Listener<T> = (
  orgId: string,
  next: (value: T) => void,
  fail: (error: Error) => void,
) => () => void;

/**
 * Follows something of one organisation (itself, its members, invitations, requests to join)
 * through one of the `watch…` functions of firebase/organisations.ts, imported when first
 * needed: `useOrganisationData(orgId, (store) => store.watchMembers)`.
 */
export function useOrganisationData<T>(
  orgId: string,
  listener: (store: typeof OrganisationsStore) => Listener<T>,
): Loaded<T> {
  return useLive<T>(
    async (next, fail) => listener(await import('../firebase/organisations.js'))(orgId, next, fail),
    [orgId],
  );
}
