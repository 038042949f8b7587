import { isActiveOn } from '@domain/councils/memberships.js';
import { mayApplyToCouncil } from '@domain/policies/council.policy.js';
import type { Role } from '@domain/roles.js';
import { councilApplicationWorkflow } from '@domain/workflows/council-application.workflow.js';
import { transition } from '@domain/workflows/workflow.js';

/**
 * What the council's page offers about applications to join, by the policies the server
 * applies: the chair (today) and the Secretariat review them (the workflow's `accept`); a
 * member of an NGO who is not a member applies to an Expert Council. Whether their
 * organisation is verified and whether they already have an application pending are the
 * server's to check and the page's to show once read.
 */
export interface ApplicationAccess {
  review: boolean;
  apply: boolean;
}

export function applicationAccess(who: {
  uid: string | null;
  role: Role | null;
  councilId: string;
  councilKind: 'advisory' | 'expert';
  /** The council's memberships when the person may read them (members and the office). */
  memberships: readonly { uid: string; role: string; from: string; to: string | null }[] | null;
  today: string;
}): ApplicationAccess {
  if (!who.uid || !who.role || who.councilKind !== 'expert') return { review: false, apply: false };
  const seats = (who.memberships ?? []).filter(
    (m) => m.uid === who.uid && isActiveOn({ from: m.from, to: m.to ?? undefined }, who.today),
  );
  const actor = {
    uid: who.uid,
    role: who.role,
    memberOf: seats.length ? [who.councilId] : [],
    chairOf: seats.some((m) => m.role === 'chair') ? [who.councilId] : [],
  };
  const review = transition(
    councilApplicationWorkflow,
    { status: 'pending', ownerOrgIds: [], councilId: who.councilId },
    'accept',
    actor,
  ).ok;
  const apply = mayApplyToCouncil(actor, who.councilId, {
    councilKind: who.councilKind,
    orgVerified: true,
    pendingApplication: false,
  }).ok;
  return { review, apply };
}
