import { ROLES, type Actor } from '../roles.js';
import { transition, type ActorRole, type Workflow, type WorkflowSubject } from './workflow.js';

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

/**
 * Relations a person may have to a document beyond their role: an author (their organisation
 * owns it), a member or the chair of its council, the chair of another council, or none.
 */
export const RELATIONS = [
  'none',
  'author',
  'member',
  'chair',
  'authorMember',
  'authorChair',
  'otherChair',
] as const;
export type Relation = (typeof RELATIONS)[number];
export const OTHER_ORG = 'org-other';
export const OTHER_COUNCIL = 'council-other';

/** An actor in a role with exactly one kind of relation to `subjectIn(…)`. */
export function relatedActor(role: ActorRole, relation: Relation): Actor {
  const ngo = role === 'ngo_member' || role === 'ngo_admin';
  const author = relation === 'author' || relation === 'authorMember' || relation === 'authorChair';
  const chairs = relation === 'chair' || relation === 'authorChair';
  const member = chairs || relation === 'member' || relation === 'authorMember';
  const otherChair = relation === 'otherChair';
  return {
    uid: `uid-${role}-${relation}`,
    role,
    orgId: ngo ? (author ? OWN_ORG : OTHER_ORG) : undefined,
    regions: role === 'coordinator' ? [OWN_REGION] : undefined,
    decisionAuthority: role === 'staff' ? true : undefined,
    chairOf: chairs ? [COUNCIL] : otherChair ? [OTHER_COUNCIL] : [],
    memberOf: member ? [COUNCIL] : otherChair ? [OTHER_COUNCIL] : [],
  };
}

/** Every (status, action) of a workflow; a test runs each over every role and relation. */
export function statusActionPairs<S extends string, A extends string>(workflow: Workflow<S, A>) {
  const pairs: [S, A][] = [];
  for (const status of workflow.statuses)
    for (const action of Object.keys(workflow.actions) as A[]) pairs.push([status, action]);
  return pairs;
}

/**
 * Runs one (status, action) for every role and relation and lists where the engine's answer
 * differs from the expected set, so a failure names each wrong combination.
 */
export function matrixMismatches<S extends string, A extends string>(
  workflow: Workflow<S, A>,
  status: S,
  action: A,
  allowed: Set<string>,
  subject: WorkflowSubject<S> = subjectIn(status),
): string[] {
  const mismatches: string[] = [];
  for (const role of ACTOR_ROLES) {
    for (const relation of RELATIONS) {
      const key = `${status} ${action} ${role} ${relation}`;
      const result = transition(workflow, subject, action, relatedActor(role, relation), {
        orgVerified: true,
      });
      if (result.ok !== allowed.has(key))
        mismatches.push(`${key}: ${result.ok ? 'allowed' : 'refused'}`);
      if (
        !result.ok &&
        (!/^WORKFLOW\./.test(result.error.code) || result.error.message.length < 10)
      ) {
        mismatches.push(`${key}: unclear refusal ${result.error.code}`);
      }
    }
  }
  return mismatches;
}

/**
 * Expected allowed `status action role relation` quadruples from a readable spec: for each
 * action, its statuses and, per role, the relations that may take it.
 */
export function allowedQuadruples(
  spec: [
    action: string,
    statuses: readonly string[],
    who: Partial<Record<ActorRole, readonly Relation[]>>,
  ][],
) {
  const allowed = new Set<string>();
  for (const [action, statuses, who] of spec) {
    for (const status of statuses)
      for (const [role, relations] of Object.entries(who))
        for (const relation of relations ?? [])
          allowed.add(`${status} ${action} ${role} ${relation}`);
  }
  return allowed;
}
