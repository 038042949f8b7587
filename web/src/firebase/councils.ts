import { collection, onSnapshot } from 'firebase/firestore';
import type { z } from 'zod';
import type { councilActionInput } from '@domain/actions/council-action.schema.js';
import { firestore, type Unsubscribe } from './firestore.js';
import { callFunction } from './functions.js';

/**
 * The councils (public documents, `councils/{id}`) and the `councilAction` callable, for the
 * administrators' page.
 */
export interface CouncilListItem {
  id: string;
  kind: 'advisory' | 'expert';
  nameUk: string;
  theme: string | null;
  memberOrgCount: number;
}

export function watchCouncils(
  next: (councils: CouncilListItem[]) => void,
  fail: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    collection(firestore(), 'councils'),
    (snapshot) =>
      next(
        snapshot.docs
          .map((d) => {
            const data = d.data();
            return {
              id: d.id,
              kind: data.kind === 'advisory' ? ('advisory' as const) : ('expert' as const),
              nameUk: typeof data.name?.uk === 'string' ? data.name.uk : d.id,
              theme: typeof data.theme === 'string' ? data.theme : null,
              memberOrgCount: Array.isArray(data.memberOrgs) ? data.memberOrgs.length : 0,
            };
          })
          .sort((a, b) => a.nameUk.localeCompare(b.nameUk, 'uk')),
      ),
    fail,
  );
}

type CouncilActionRequest = z.input<typeof councilActionInput>;

/** What each `councilAction` answers (docs/API.md). */
export interface CouncilActionResults {
  create: { councilId: string };
  update: { councilId: string };
  addMember: { councilId: string; uid: string };
  endMembership: { councilId: string; uid: string };
  apply: { councilId: string; applicationId: string; status: 'pending' };
  acceptApplication: { councilId: string; applicationId: string; status: 'accepted' };
  declineApplication: { councilId: string; applicationId: string; status: 'declined' };
}

export function councilAction<A extends CouncilActionRequest['action']>(
  request: Extract<CouncilActionRequest, { action: A }>,
): Promise<CouncilActionResults[A]> {
  return callFunction('councilAction', request);
}
