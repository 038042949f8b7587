import {
  DECISION_ACTIONS,
  type ProposalActionInput,
} from '../domain/actions/proposal-action.schema.js';
import type { Actor } from '../domain/roles.js';
import type { Proposal } from '../domain/schemas/proposal.schema.js';
import { proposalWorkflow, type ProposalStatus } from '../domain/workflows/proposal.workflow.js';
import { draftRef, type ProposalState } from './proposal-store.js';
import { runProposalAction } from './run-proposal-action.js';

/**
 * The council's and the Commissioner's steps, and the authors' withdrawal: each changes the
 * stored proposal (its status and what the step records) and, where the text goes back to
 * the authors, unlocks their draft.
 */
type Input<A extends ProposalActionInput['action']> = Extract<ProposalActionInput, { action: A }>;

/** The stored proposal with the step's changes (the runner sets the status and checks it). */
function rewrite(state: ProposalState, changes: Omit<Partial<Proposal>, 'status'>) {
  return { ...state.proposal!, ...changes };
}

const statusChanged = (to: ProposalStatus, note?: string) => ({
  template: 'proposal.status_changed' as const,
  data: {
    statusLabelUk: proposalWorkflow.statusLabels[to].uk,
    statusLabelEn: proposalWorkflow.statusLabels[to].en,
    ...(note ? { note } : {}),
  },
});

const unlockDraft = (state: ProposalState) => (tx: FirebaseFirestore.Transaction) => {
  if (state.draft) tx.update(draftRef(state.id), { locked: false, updatedAt: new Date() });
};

export function startCouncilReview(actor: Actor, input: Input<'startCouncilReview'>) {
  return runProposalAction(actor, input.proposalId, {
    action: 'startCouncilReview',
    next: (state) => rewrite(state, {}),
    notice: (_state, _extra, ref) => {
      const notice = statusChanged('council_review');
      return { template: notice.template, data: { ...ref, ...notice.data } };
    },
  });
}

export function returnToAuthors(actor: Actor, input: Input<'return'>) {
  return runProposalAction(actor, input.proposalId, {
    action: 'return',
    next: (state) =>
      rewrite(state, { councilReturn: { by: actor.uid, at: new Date(), reason: input.reason } }),
    write: (tx, state) => unlockDraft(state)(tx),
    event: (state) => ({ note: input.reason, version: state.proposal!.version }),
    notice: (_state, _extra, ref) => ({
      template: 'proposal.returned',
      data: { ...ref, reason: input.reason },
    }),
  });
}

export function endorse(actor: Actor, input: Input<'endorse'>) {
  return runProposalAction(actor, input.proposalId, {
    action: 'endorse',
    next: (state) =>
      rewrite(state, {
        endorsement: { by: actor.uid, at: new Date(), ...(input.note ? { note: input.note } : {}) },
      }),
    event: (state) => ({ note: input.note, version: state.proposal!.version }),
    notice: (state, _extra, ref) => ({
      template: 'proposal.endorsed',
      data: { ...ref, councilName: state.council.council.name.uk },
    }),
  });
}

/** The Commissioner's decision after the discussion, with its rationale. */
export function decide(actor: Actor, input: Input<'decide'>) {
  return runProposalAction(actor, input.proposalId, {
    action: DECISION_ACTIONS[input.decision],
    next: (state) =>
      rewrite(state, {
        decision: {
          kind: input.decision,
          rationale: input.rationale,
          decidedBy: actor.uid,
          decidedAt: new Date(),
        },
      }),
    write: (tx, state) => {
      if (input.decision === 'return_for_revision') unlockDraft(state)(tx);
    },
    event: () => ({ note: input.rationale }),
    details: () => ({ decision: input.decision }),
    notice: (_state, _extra, ref) => ({
      template: 'proposal.decided',
      data: { ...ref, decision: input.decision, rationale: input.rationale },
    }),
  });
}

export function withdraw(actor: Actor, input: Input<'withdraw'>) {
  return runProposalAction(actor, input.proposalId, {
    action: 'withdraw',
    next: (state) =>
      rewrite(state, {
        withdrawnAt: new Date(),
        ...(input.reason ? { withdrawReason: input.reason } : {}),
      }),
    event: () => ({ note: input.reason }),
    notice: (_state, _extra, ref) => {
      const notice = statusChanged('withdrawn', input.reason);
      return { template: notice.template, data: { ...ref, ...notice.data } };
    },
  });
}
