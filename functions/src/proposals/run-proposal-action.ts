import type { Transaction } from 'firebase-admin/firestore';
import { withCouncilRelations } from '../domain/councils/memberships.js';
import { kyivDate } from '../domain/kyiv-time.js';
import type { Actor } from '../domain/roles.js';
import {
  PROPOSAL_AUDIT_ACTIONS,
  type AuditedProposalAction,
} from '../domain/schemas/audit.schema.js';
import type { ProposalEvent } from '../domain/schemas/proposal-event.schema.js';
import { proposalSchema } from '../domain/schemas/proposal.schema.js';
import { PROPOSAL_NOTICES } from '../domain/proposals/proposal-notices.js';
import {
  proposalWorkflow,
  type ProposalAction,
  type ProposalStatus,
} from '../domain/workflows/proposal.workflow.js';
import type { Transition } from '../domain/workflows/workflow.js';
import type { Notice, Recipient } from '../notifications/notify.js';
import { membersOf } from '../councils/council-store.js';
import { db } from '../shared/firebase.js';
import { firestorePort } from '../shared/workflow-action/firestore-port.js';
import {
  runWorkflowAction,
  type WorkflowAdapter,
} from '../shared/workflow-action/run-workflow-action.js';
import {
  draftRef,
  organisationVerified,
  proposalChain,
  proposalRef,
  readAudience,
  readProposalState,
  type ProposalState,
} from './proposal-store.js';

/** The proposal's part of a timeline entry; `orgIds` (the authors) decides the side shown. */
export type ProposalEventPart = Pick<ProposalEvent, 'note' | 'version'> & {
  orgIds: readonly string[];
};

const sideOf = (actor: Actor, orgIds: readonly string[]): ProposalEvent['side'] =>
  actor.role === 'staff' || actor.role === 'commissioner'
    ? 'secretariat'
    : actor.orgId && orgIds.includes(actor.orgId)
      ? 'author'
      : 'council';

/**
 * Proposals under the generic runner: `proposals/{id}` (and, before the first submission, its
 * draft), the chain `proposal:{id}`, the timeline `proposals/{id}/events`. The step's changes
 * are the whole proposal after it, checked by its schema when written.
 */
export const proposalAdapter: WorkflowAdapter<
  Transaction,
  ProposalState,
  ProposalStatus,
  ProposalAction,
  ProposalEventPart
> = {
  workflow: proposalWorkflow,
  target: 'proposal',
  chain: proposalChain,
  load: (tx, id) => readProposalState(tx, id),
  subject: (state) => ({
    status: state.status,
    ownerOrgIds: state.view.orgIds,
    councilId: state.view.councilId,
  }),
  context: async (tx, _state, actor) => ({
    orgVerified: await organisationVerified(tx, actor.orgId),
  }),
  auditAction: (action) => PROPOSAL_AUDIT_ACTIONS[action as AuditedProposalAction],
  update: (tx, id, changes, status) =>
    tx.set(proposalRef(id), proposalSchema.parse({ ...changes, status, updatedAt: new Date() })),
  timeline: (tx, id, { actor, step, event }) => {
    const { orgIds, ...part } = event;
    const entry: ProposalEvent = {
      type: step.action,
      at: new Date(),
      side: sideOf(actor, orgIds),
      fromStatus: step.from,
      toStatus: step.to,
      ...part,
    };
    const clean = Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined));
    tx.create(db().collection(`proposals/${id}/events`).doc(), clean);
  },
};

/**
 * The person with their relations to the proposal's council today (`chairOf`, `memberOf`),
 * which the workflow's requirements ask about. Read just before the action's transaction:
 * memberships change through `councilAction`, not within seconds.
 */
async function onProposalCouncil(actor: Actor, proposalId: string): Promise<Actor> {
  const [proposal, draft] = await Promise.all([
    proposalRef(proposalId).get(),
    draftRef(proposalId).get(),
  ]);
  const councilId = (proposal.data() ?? draft.data())?.councilId;
  if (!councilId) return actor;
  const members = await membersOf(councilId).get();
  const periods = members.docs.map((d) => {
    const m = d.data();
    return { councilId, uid: m.uid, role: m.role, from: m.from, to: m.to };
  });
  return withCouncilRelations(actor, periods, kyivDate(new Date()));
}

type Step = Transition<ProposalStatus, ProposalAction>;

/** One step of a proposal: what it reads, the proposal after it, its note and its mail. */
export interface ProposalStepPlan<Extra> {
  action: AuditedProposalAction;
  read?: (tx: Transaction, state: ProposalState, step: Step) => Promise<Extra>;
  /** The whole proposal after the step, without its status (the runner sets it). */
  next: (state: ProposalState, extra: Extra, step: Step) => Record<string, unknown>;
  /** Other writes (the version, the counter, the draft's lock), after every read. */
  write?: (tx: Transaction, state: ProposalState, extra: Extra) => void;
  event?: (state: ProposalState, extra: Extra) => Pick<ProposalEvent, 'note' | 'version'>;
  /** The proposal's number for the mail (allocated in `read` at the first submission). */
  number?: (state: ProposalState, extra: Extra) => string;
  notice: (
    state: ProposalState,
    extra: Extra,
    ref: { proposalId: string; number: string; title: string },
  ) => Pick<Notice, 'template' | 'data'>;
  details?: (state: ProposalState, extra: Extra) => Record<string, unknown>;
}

/**
 * One workflow step on a proposal through the generic runner: the step's audience
 * (PROPOSAL_NOTICES: the authors, the chair, staff, and the Commissioner on endorsement) is
 * read with the step's own reads, the person who acted left out.
 */
export async function runProposalAction<Extra = undefined>(
  actor: Actor,
  proposalId: string,
  plan: ProposalStepPlan<Extra>,
): Promise<{ proposalId: string; status: ProposalStatus; number: string | undefined }> {
  type Reads = { extra: Extra; audience: Recipient[]; at: number };
  const acting = await onProposalCouncil(actor, proposalId);
  const { step, doc, extra } = await runWorkflowAction<
    Transaction,
    ProposalState,
    ProposalStatus,
    ProposalAction,
    ProposalEventPart,
    Reads
  >(firestorePort, proposalAdapter, acting, proposalId, {
    action: plan.action,
    read: async (tx, state, step) => ({
      extra: (plan.read ? await plan.read(tx, state, step) : undefined) as Extra,
      audience: await readAudience(tx, state, PROPOSAL_NOTICES[plan.action].to, actor.uid),
      at: Date.now(),
    }),
    changes: (state, reads, step) => plan.next(state, reads.extra, step),
    write: (tx, state, reads) => plan.write?.(tx, state, reads.extra),
    event: (state, reads) => ({ ...plan.event?.(state, reads.extra), orgIds: state.view.orgIds }),
    audit: (state, reads) => plan.details?.(state, reads.extra) ?? {},
    notices: (state, reads) => {
      const number = plan.number?.(state, reads.extra) ?? state.number ?? '—';
      const ref = { proposalId, number, title: state.title };
      return [
        {
          to: reads.audience,
          notice: {
            event: `proposal.${plan.action}:${proposalId}:${reads.at}`,
            link: `/app/proposals/${proposalId}`,
            ...plan.notice(state, reads.extra, ref),
          } as Notice,
        },
      ];
    },
  });
  return {
    proposalId,
    status: step.to,
    number: plan.number?.(doc, extra.extra) ?? doc.number,
  };
}
