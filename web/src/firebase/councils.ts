import { collection, doc, onSnapshot } from 'firebase/firestore';
import type { z } from 'zod';
import type { QuorumRule } from '@domain/meetings/quorum.js';
import { councilSchema, type Council } from '@domain/schemas/council.schema.js';
import {
  councilMembershipSchema,
  type CouncilMembership,
} from '@domain/schemas/council-membership.schema.js';
import { actionResult, type ActionResult } from '@domain/actions/action-results.js';
import { councilActionResults } from '@domain/actions/council-action.results.js';
import type { councilActionInput } from '@domain/actions/council-action.schema.js';
import { firestore, type Unsubscribe } from './firestore.js';
import { callFunction } from './functions.js';
import { viewsThatFit } from './read-helpers.js';
import { typed } from './typed.js';

const councils = () => collection(firestore(), 'councils').withConverter(typed(councilSchema));
const memberships = (councilId: string) =>
  collection(firestore(), 'councils', councilId, 'members').withConverter(
    typed(councilMembershipSchema),
  );

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
    councils(),
    (snapshot) =>
      next(
        viewsThatFit(snapshot.docs, (id, council) => ({
          id,
          kind: council.kind,
          nameUk: council.name.uk,
          theme: council.theme ?? null,
          memberOrgCount: council.memberOrgs.length,
        })).sort((a, b) => a.nameUk.localeCompare(b.nameUk, 'uk')),
      ),
    fail,
  );
}

type CouncilActionRequest = z.input<typeof councilActionInput>;

/** What each `councilAction` answers (docs/API.md), from its result schemas in the domain. */
export type CouncilActionResults = {
  [A in keyof typeof councilActionResults]: ActionResult<typeof councilActionResults, A>;
};

/** Calls `councilAction`; an answer that does not fit its schema fails, naming the field. */
export async function councilAction<A extends CouncilActionRequest['action']>(
  request: Extract<CouncilActionRequest, { action: A }>,
): Promise<ActionResult<typeof councilActionResults, A>> {
  const answer = await callFunction('councilAction', request);
  return actionResult('councilAction', councilActionResults, request.action, answer);
}

/** One council as its page shows it (`councils/{id}`, public). */
export interface CouncilView {
  id: string;
  kind: 'advisory' | 'expert';
  name: { uk: string; en: string | null };
  description: { uk: string; en: string | null };
  theme: string | null;
  instruments: string[];
  quorum: QuorumRule;
  memberOrgs: { orgId: string; name: string }[];
}

function councilFrom(id: string, council: Council): CouncilView {
  return {
    id,
    kind: council.kind,
    name: { uk: council.name.uk, en: council.name.en ?? null },
    description: { uk: council.description.uk, en: council.description.en ?? null },
    theme: council.theme ?? null,
    instruments: council.instruments,
    quorum: council.quorum,
    memberOrgs: council.memberOrgs,
  };
}

export function watchCouncil(
  councilId: string,
  next: (council: CouncilView | null) => void,
  fail: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    doc(councils(), councilId),
    (snapshot) => {
      const council = snapshot.data();
      next(council ? councilFrom(snapshot.id, council) : null);
    },
    fail,
  );
}

/** One period of a membership (`councils/{id}/members/{uid}` or `{uid}__{from}` for history). */
export interface MembershipView {
  id: string;
  uid: string;
  displayName: string;
  orgName: string | null;
  role: 'chair' | 'secretary' | 'member';
  from: string;
  to: string | null;
  /** The current period (its id is the uid), as opposed to one kept as history. */
  current: boolean;
}

/** The council's memberships, current and ended (members, the Secretariat and admins read them). */
export function watchMemberships(
  councilId: string,
  next: (memberships: MembershipView[]) => void,
  fail: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    memberships(councilId),
    (snapshot) =>
      next(
        viewsThatFit(snapshot.docs, membershipFrom).sort(
          (a, b) =>
            b.from.localeCompare(a.from) || a.displayName.localeCompare(b.displayName, 'uk'),
        ),
      ),
    fail,
  );
}

function membershipFrom(id: string, membership: CouncilMembership): MembershipView {
  return {
    id,
    uid: membership.uid,
    displayName: membership.displayName,
    orgName: membership.orgName ?? null,
    role: membership.role,
    from: membership.from,
    to: membership.to ?? null,
    current: id === membership.uid,
  };
}
