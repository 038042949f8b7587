import { collection, doc, onSnapshot, type DocumentData } from 'firebase/firestore';
import type { z } from 'zod';
import { DEFAULT_QUORUM, quorumRuleSchema, type QuorumRule } from '@domain/meetings/quorum.js';
import { actionResult, type ActionResult } from '@domain/actions/action-results.js';
import { councilActionResults } from '@domain/actions/council-action.results.js';
import type { councilActionInput } from '@domain/actions/council-action.schema.js';
import { firestore, optionalString, stringList, type Unsubscribe } from './firestore.js';
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

function councilFrom(id: string, data: DocumentData): CouncilView {
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    id,
    kind: data.kind === 'advisory' ? 'advisory' : 'expert',
    name: { uk: text(data.name?.uk) ?? id, en: text(data.name?.en) },
    description: { uk: text(data.description?.uk) ?? '', en: text(data.description?.en) },
    theme: text(data.theme),
    instruments: stringList(data.instruments),
    quorum: quorumRuleSchema.safeParse(data.quorum).data ?? DEFAULT_QUORUM,
    memberOrgs: Array.isArray(data.memberOrgs)
      ? data.memberOrgs.flatMap((org: { orgId?: unknown; name?: unknown }) =>
          typeof org.orgId === 'string' && typeof org.name === 'string'
            ? [{ orgId: org.orgId, name: org.name }]
            : [],
        )
      : [],
  };
}

export function watchCouncil(
  councilId: string,
  next: (council: CouncilView | null) => void,
  fail: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    doc(firestore(), 'councils', councilId),
    (snapshot) => next(snapshot.exists() ? councilFrom(snapshot.id, snapshot.data()) : null),
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
    collection(firestore(), 'councils', councilId, 'members'),
    (snapshot) =>
      next(
        snapshot.docs
          .map((d) => {
            const data = d.data();
            const role: MembershipView['role'] =
              (['chair', 'secretary'] as const).find((r) => r === data.role) ?? 'member';
            return {
              id: d.id,
              uid: String(data.uid ?? d.id),
              displayName: optionalString(data.displayName) ?? d.id,
              orgName: optionalString(data.orgName),
              role,
              from: String(data.from ?? ''),
              to: optionalString(data.to),
              current: d.id === data.uid,
            };
          })
          .sort(
            (a, b) =>
              b.from.localeCompare(a.from) || a.displayName.localeCompare(b.displayName, 'uk'),
          ),
      ),
    fail,
  );
}
