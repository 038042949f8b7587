import {
  isEditableStatus,
  isProposalAuthor,
  mayComment,
  mayTakeProposalAction,
  type ProposalAccessView,
} from '@domain/policies/proposal.policy.js';
import type { Actor } from '@domain/roles.js';

/**
 * What the proposal page offers this person now: the workflow's answer for each step the
 * page has a form for (the server asks the same), and whether they may comment or edit.
 * Pure, unit-tested.
 */
export type PanelAction =
  | 'startCouncilReview'
  | 'return'
  | 'endorse'
  | 'decide'
  | 'withdraw'
  | 'edit'
  // parliamentAction: the recommendation as sent, a stage of the bill, the outcome.
  | 'sendToParliament'
  | 'recordStage'
  | 'recordOutcome';

export function proposalControls(
  actor: Actor,
  proposal: ProposalAccessView,
  orgVerified: boolean,
): { actions: PanelAction[]; comment: boolean; invite: boolean } {
  const may = (action: Parameters<typeof mayTakeProposalAction>[2]) =>
    mayTakeProposalAction(actor, proposal, action, { orgVerified });
  const actions: PanelAction[] = [];
  if (isProposalAuthor(actor, proposal) && isEditableStatus(proposal.status)) actions.push('edit');
  if (may('startCouncilReview')) actions.push('startCouncilReview');
  if (may('endorse')) actions.push('endorse');
  if (may('return')) actions.push('return');
  if (may('recommend')) actions.push('decide');
  if (may('withdraw')) actions.push('withdraw');
  if (may('sendToParliament')) actions.push('sendToParliament');
  if (may('recordParliamentResult')) actions.push('recordStage');
  if (may('close')) actions.push('recordOutcome');
  return { actions, comment: mayComment(actor, proposal), invite: may('inviteCoAuthor') };
}
