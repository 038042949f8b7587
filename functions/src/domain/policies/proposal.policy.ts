import type { ActorContext, WorkflowSubject } from '../workflows/workflow.js';
import { transition } from '../workflows/workflow.js';
import type { Actor } from '../roles.js';
import {
  EDITABLE_PROPOSAL_STATUSES,
  proposalWorkflow,
  type ProposalAction,
  type ProposalStatus,
} from '../workflows/proposal.workflow.js';

/**
 * Who may read, edit, comment on and act on a legislative proposal. Authors are the members of
 * the organisations in `orgIds`: the lead and the co-authors that accepted. An organisation
 * invited but not (yet) agreeing is not among them: it sees only its invitation. The actor
 * carries their council relations for the day (councils/memberships.ts).
 */
export interface ProposalAccessView {
  status: ProposalStatus;
  councilId: string;
  orgIds: readonly string[];
  /** The council whose meeting has it on the agenda, while it is scheduled. */
  agenda?: { councilId: string } | undefined;
  /** The meeting that discussed it, once it has been. */
  discussion?: { councilId: string } | undefined;
}

const isNgo = (actor: Actor) => actor.role === 'ngo_member' || actor.role === 'ngo_admin';
const isSecretariat = (actor: Actor) => actor.role === 'staff' || actor.role === 'commissioner';

export function isProposalAuthor(
  actor: Actor,
  proposal: Pick<ProposalAccessView, 'orgIds'>,
): boolean {
  return isNgo(actor) && Boolean(actor.orgId) && proposal.orgIds.includes(actor.orgId!);
}

/** What the workflow engine needs to know about a proposal (or its draft, status `draft`). */
export function proposalSubject(proposal: ProposalAccessView): WorkflowSubject<ProposalStatus> {
  return { status: proposal.status, ownerOrgIds: proposal.orgIds, councilId: proposal.councilId };
}

/** Whether this person may take the action now: the workflow's answer, for the interface. */
export function mayTakeProposalAction(
  actor: Actor,
  proposal: ProposalAccessView,
  action: ProposalAction,
  context: ActorContext = {},
): boolean {
  return transition(proposalWorkflow, proposalSubject(proposal), action, actor, context).ok;
}

export const mayEndorse = (actor: Actor, proposal: ProposalAccessView) =>
  mayTakeProposalAction(actor, proposal, 'endorse');

/**
 * Reading a proposal. A draft is the authors' alone. From submission on: its authors, the
 * members of its Expert Council and the Secretariat; from the time it is put on a meeting's
 * agenda, also the members of that meeting's council (the Advisory Council, usually).
 */
export function mayReadProposal(actor: Actor, proposal: ProposalAccessView): boolean {
  if (isProposalAuthor(actor, proposal)) return true;
  if (proposal.status === 'draft') return false;
  if (isSecretariat(actor)) return true;
  const councils = [proposal.councilId, proposal.agenda?.councilId, proposal.discussion?.councilId];
  return councils.some((councilId) => councilId && actor.memberOf?.includes(councilId));
}

export function isEditableStatus(status: ProposalStatus): boolean {
  return (EDITABLE_PROPOSAL_STATUSES as readonly ProposalStatus[]).includes(status);
}

/** The authors edit their draft while nothing is submitted or the proposal was returned to them. */
export function mayEditProposalDraft(
  actor: Actor,
  draft: { orgIds: readonly string[]; locked: boolean },
): boolean {
  return isProposalAuthor(actor, draft) && !draft.locked;
}

/** A draft may be deleted by its authors only before its first submission. */
export function mayDeleteProposalDraft(
  actor: Actor,
  draft: { orgIds: readonly string[] },
  submitted: boolean,
): boolean {
  return isProposalAuthor(actor, draft) && !submitted;
}

/** Statuses in which a proposal is under review and takes comments. */
export const COMMENTABLE_PROPOSAL_STATUSES = [
  'submitted',
  'council_review',
  'returned',
  'returned_for_revision',
] as const satisfies readonly ProposalStatus[];

/**
 * Comments on a proposal under review: by the members of its council and the Secretariat,
 * and the authors' replies.
 */
export function mayComment(actor: Actor, proposal: ProposalAccessView): boolean {
  if (!(COMMENTABLE_PROPOSAL_STATUSES as readonly ProposalStatus[]).includes(proposal.status)) {
    return false;
  }
  return (
    isSecretariat(actor) ||
    isProposalAuthor(actor, proposal) ||
    Boolean(actor.memberOf?.includes(proposal.councilId))
  );
}

/** Which side a comment comes from, as the thread shows it. */
export function commentSide(
  actor: Actor,
  proposal: Pick<ProposalAccessView, 'orgIds'>,
): 'author' | 'council' | 'secretariat' {
  if (isSecretariat(actor)) return 'secretariat';
  return isProposalAuthor(actor, proposal) ? 'author' : 'council';
}

/**
 * Whether the proposal appears on its council's public page: from the moment a meeting has
 * discussed it (whatever came next), unless the authors withdrew it.
 */
export function isProposalPublic(
  proposal: Pick<ProposalAccessView, 'status' | 'discussion'>,
): boolean {
  return proposal.discussion !== undefined && proposal.status !== 'withdrawn';
}
