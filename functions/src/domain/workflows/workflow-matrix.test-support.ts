import { ROLES, type Actor } from '../roles.js';
import type { ActorRole, Workflow, WorkflowSubject } from './workflow.js';

export const ACTOR_ROLES: readonly ActorRole[] = [...ROLES, 'system'];
export const OWN_ORG = 'org-own';
export const OWN_REGION = 'UA-30';
export const COUNCIL = 'council-1';

/** An actor with every relation the workflows ask for: own organisation, region, authority, chair. */
export function fullyRelatedActor(role: ActorRole): Actor {
  return {
    uid: `uid-${role}`,
    role,
    orgId: role === 'ngo_member' || role === 'ngo_admin' ? OWN_ORG : undefined,
    regions: role === 'coordinator' ? [OWN_REGION] : undefined,
    decisionAuthority: role === 'staff' ? true : undefined,
    chairOf: [COUNCIL],
    memberOf: [COUNCIL],
  };
}

export function subjectIn<S extends string>(status: S): WorkflowSubject<S> {
  return { status, ownerOrgIds: [OWN_ORG], regionCode: OWN_REGION, councilId: COUNCIL };
}

/** Builds the expected set of allowed `status action role` triples from a readable spec. */
export function allowedTriples(
  spec: [action: string, statuses: readonly string[], roles: ActorRole[]][],
) {
  const allowed = new Set<string>();
  for (const [action, statuses, roles] of spec) {
    for (const status of statuses)
      for (const role of roles) allowed.add(`${status} ${action} ${role}`);
  }
  return allowed;
}

export function everyCombination<S extends string, A extends string>(workflow: Workflow<S, A>) {
  const combos: [S, A, ActorRole][] = [];
  for (const status of workflow.statuses)
    for (const action of Object.keys(workflow.actions) as A[])
      for (const role of ACTOR_ROLES) combos.push([status, action, role]);
  return combos;
}
