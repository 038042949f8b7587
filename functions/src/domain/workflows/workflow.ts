import { domainError, fail, ok, type DomainError, type Result } from '../errors.js';
import { ROLE_LABELS, type Actor, type Role } from '../roles.js';

/**
 * Conditions on *who* may take an action beyond their role, checked against the document
 * and the acting person. Each carries the sentence shown when it is not met.
 */
export type Requirement =
  | 'ownOrganisation'
  | 'verifiedOrganisation'
  | 'ownRegion'
  | 'decisionAuthority'
  | 'councilChair'
  | 'councilMember';

export type ActorRole = Role | 'system';

export interface ActionRule<Status extends string> {
  from: readonly Status[];
  /** The new status; omitted when the action records something without moving the document. */
  to?: Status;
  /** Roles that may act, each with the conditions it must meet. */
  allow: Partial<Record<ActorRole, readonly Requirement[]>>;
  /**
   * The document starts with this action, in `to` (`createWorkflowDocument`): `from` is empty,
   * `transition` never allows it, and who may is a policy's verdict read in the plan.
   */
  creates?: true;
}

/** What the workflow needs to know about a document to judge an action on it. */
export interface WorkflowSubject<Status extends string> {
  status: Status;
  /** Organisations that own the document (authors of a report or a proposal). */
  ownerOrgIds: readonly string[];
  regionCode?: string | undefined;
  councilId?: string | undefined;
}

export interface Workflow<Status extends string, Action extends string> {
  name: string;
  statuses: readonly Status[];
  statusLabels: Record<Status, { uk: string; en: string }>;
  actions: Record<Action, ActionRule<Status>>;
}

export interface Transition<Status extends string, Action extends string> {
  action: Action;
  from: Status;
  to: Status;
}

/** Everything about the actor's relations the caller resolved (organisation verified or not). */
export interface ActorContext {
  orgVerified?: boolean | undefined;
}

const ROLE_SYSTEM_LABEL = { uk: 'система', en: 'the system' };

function roleLabel(role: ActorRole) {
  return role === 'system' ? ROLE_SYSTEM_LABEL : ROLE_LABELS[role];
}

function unmetRequirement(
  requirement: Requirement,
  subject: WorkflowSubject<string>,
  actor: Actor,
  context: ActorContext,
): DomainError | null {
  switch (requirement) {
    case 'ownOrganisation':
      return actor.orgId && subject.ownerOrgIds.includes(actor.orgId)
        ? null
        : domainError('WORKFLOW.NOT_OWN_ORGANISATION');
    case 'verifiedOrganisation':
      return context.orgVerified
        ? null
        : domainError('WORKFLOW.ORGANISATION_NOT_VERIFIED', { for: 'submit' });
    case 'ownRegion':
      return subject.regionCode && actor.regions?.includes(subject.regionCode)
        ? null
        : domainError('WORKFLOW.NOT_IN_REGION');
    case 'decisionAuthority':
      return actor.decisionAuthority ? null : domainError('WORKFLOW.NO_DECISION_AUTHORITY');
    case 'councilChair':
      return subject.councilId && actor.chairOf?.includes(subject.councilId)
        ? null
        : domainError('WORKFLOW.NOT_COUNCIL_CHAIR');
    case 'councilMember':
      return subject.councilId && actor.memberOf?.includes(subject.councilId)
        ? null
        : domainError('WORKFLOW.NOT_COUNCIL_MEMBER');
  }
}

/**
 * Judges one action on one document by one person. Pure: returns the transition to apply,
 * or a typed error saying, in plain words, why it is not allowed.
 */
export function transition<Status extends string, Action extends string>(
  workflow: Workflow<Status, Action>,
  subject: WorkflowSubject<Status>,
  action: string,
  actor: Actor,
  context: ActorContext = {},
): Result<Transition<Status, Action>> {
  const rule = Object.hasOwn(workflow.actions, action)
    ? workflow.actions[action as Action]
    : undefined;
  if (!rule) {
    return fail(domainError('WORKFLOW.UNKNOWN_ACTION', { action, workflow: workflow.name }));
  }
  const requirements = rule.allow[actor.role];
  if (!requirements) {
    return fail(domainError('WORKFLOW.ROLE_NOT_ALLOWED', { action, role: roleLabel(actor.role) }));
  }
  if (!rule.from.includes(subject.status)) {
    return fail(
      domainError('WORKFLOW.NOT_ALLOWED_IN_STATE', {
        action,
        status: workflow.statusLabels[subject.status],
      }),
    );
  }
  for (const requirement of requirements) {
    const problem = unmetRequirement(requirement, subject, actor, context);
    if (problem) return fail(problem);
  }
  return ok({ action: action as Action, from: subject.status, to: rule.to ?? subject.status });
}

/** The actions this person may take on this document now: what the interface offers. */
export function availableActions<Status extends string, Action extends string>(
  workflow: Workflow<Status, Action>,
  subject: WorkflowSubject<Status>,
  actor: Actor,
  context: ActorContext = {},
): Action[] {
  return (Object.keys(workflow.actions) as Action[]).filter(
    (action) => transition(workflow, subject, action, actor, context).ok,
  );
}
