import {
  DECISION_ACTIONS,
  type ProposalActionInput,
} from '../domain/actions/proposal-action.schema.js';
import type { Actor } from '../domain/roles.js';
import { proposalSchema, type Proposal } from '../domain/schemas/proposal.schema.js';
import { proposalWorkflow, type ProposalStatus } from '../domain/workflows/proposal.workflow.js';
import type { AuditAction } from '../domain/schemas/audit.schema.js';
import { draftRef, proposalRef, type ProposalState } from './proposal-store.js';
import { runProposalAction } from './run-proposal-action.js';

/**
 * The council's and the Commissioner's steps, and the authors' withdrawal: each changes the
 * stored proposal (its status and what the step records) and, where the text goes back to
 * the authors, unlocks their draft.
 */
type Input<A extends ProposalActionInput['action']> = Extract<ProposalActionInput, { action: A }>;

/** The stored proposal with the step's changes, checked whole by its schema. */
function rewrite(
  state: ProposalState,
  changes: Omit<Partial<Proposal>, 'status'> & { status?: ProposalStatus },
): Proposal {
  return proposalSchema.parse({ ...state.proposal!, ...changes });
}

const statusChanged = (state: ProposalState, to: Proposal['status'], note?: string) => ({
  template: 'proposal.status_changed' as const,
  data: {
    statusLabelUk: proposalWorkflow.statusLabels[to].uk,
    statusLabelEn: proposalWorkflow.statusLabels[to].en,
    ...(note ? { note } : {}),
  },
});

export function startCouncilReview(actor: Actor, input: Input<'startCouncilReview'>) {
  return runProposalAction(actor, input.proposalId, {
    action: 'startCouncilReview',
    audit: 'proposal.review_started',
    write: (tx, state, _extra, step, now) => {
      tx.set(proposalRef(state.id), rewrite(state, { status: step.to, updatedAt: now }));
      return { number: state.number! };
    },
    notice: (state, _extra, ref) => {
      const notice = statusChanged(state, 'council_review');
      return { template: notice.template, data: { ...ref, ...notice.data } };
    },
  });
}

export function returnToAuthors(actor: Actor, input: Input<'return'>) {
  return runProposalAction(actor, input.proposalId, {
    action: 'return',
    audit: 'proposal.returned',
    write: (tx, state, _extra, step, now) => {
      tx.set(
        proposalRef(state.id),
        rewrite(state, {
          status: step.to,
          councilReturn: { by: actor.uid, at: now, reason: input.reason },
          updatedAt: now,
        }),
      );
      if (state.draft) tx.update(draftRef(state.id), { locked: false, updatedAt: now });
      return { number: state.number!, note: input.reason, version: state.proposal!.version };
    },
    notice: (_state, _extra, ref) => ({
      template: 'proposal.returned',
      data: { ...ref, reason: input.reason },
    }),
  });
}

export function endorse(actor: Actor, input: Input<'endorse'>) {
  return runProposalAction(actor, input.proposalId, {
    action: 'endorse',
    audit: 'proposal.endorsed',
    write: (tx, state, _extra, step, now) => {
      tx.set(
        proposalRef(state.id),
        rewrite(state, {
          status: step.to,
          endorsement: { by: actor.uid, at: now, ...(input.note ? { note: input.note } : {}) },
          updatedAt: now,
        }),
      );
      return { number: state.number!, note: input.note, version: state.proposal!.version };
    },
    notice: (state, _extra, ref) => ({
      template: 'proposal.endorsed',
      data: { ...ref, councilName: state.council.council.name.uk },
    }),
  });
}

const DECISION_AUDIT: Record<Input<'decide'>['decision'], AuditAction> = {
  recommend: 'proposal.recommended',
  reject: 'proposal.rejected',
  return_for_revision: 'proposal.returned_for_revision',
};

/** The Commissioner's decision after the discussion, with its rationale. */
export function decide(actor: Actor, input: Input<'decide'>) {
  return runProposalAction(actor, input.proposalId, {
    action: DECISION_ACTIONS[input.decision],
    audit: DECISION_AUDIT[input.decision],
    write: (tx, state, _extra, step, now) => {
      tx.set(
        proposalRef(state.id),
        rewrite(state, {
          status: step.to,
          decision: {
            kind: input.decision,
            rationale: input.rationale,
            decidedBy: actor.uid,
            decidedAt: now,
          },
          updatedAt: now,
        }),
      );
      if (input.decision === 'return_for_revision' && state.draft) {
        tx.update(draftRef(state.id), { locked: false, updatedAt: now });
      }
      return { number: state.number!, note: input.rationale };
    },
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
    audit: 'proposal.withdrawn',
    write: (tx, state, _extra, step, now) => {
      tx.set(
        proposalRef(state.id),
        rewrite(state, {
          status: step.to,
          withdrawnAt: now,
          ...(input.reason ? { withdrawReason: input.reason } : {}),
          updatedAt: now,
        }),
      );
      return { number: state.number!, note: input.reason };
    },
    notice: (state, _extra, ref) => {
      const notice = statusChanged(state, 'withdrawn', input.reason);
      return { template: notice.template, data: { ...ref, ...notice.data } };
    },
  });
}
