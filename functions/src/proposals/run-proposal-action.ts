import { FieldValue, type Transaction } from 'firebase-admin/firestore';
import type { Actor } from '../domain/roles.js';
import { commentSide } from '../domain/policies/proposal.policy.js';
import { PROPOSAL_NOTICES } from '../domain/proposals/proposal-notices.js';
import type { AuditAction } from '../domain/schemas/audit.schema.js';
import type { ProposalEvent } from '../domain/schemas/proposal-event.schema.js';
import { proposalWorkflow, type ProposalAction } from '../domain/workflows/proposal.workflow.js';
import { transition, type Transition } from '../domain/workflows/workflow.js';
import { appendAudit, readAuditHead } from '../audit/write-audit.js';
import { writeNotices, type Notice, type Recipient } from '../notifications/notify.js';
import { toHttpsError } from '../shared/callable-errors.js';
import { db } from '../shared/firebase.js';
import { takeMailingUnit } from '../shared/mail-limits.js';
import {
  onCouncil,
  organisationVerified,
  proposalChain,
  readAudience,
  readProposalState,
  type ProposalState,
} from './proposal-store.js';

type Step = Transition<ProposalStatus, ProposalAction>;
type ProposalStatus = ProposalState['status'];

/**
 * One workflow step on a proposal, the same way every time (the adapter for the proposal
 * kind): in a transaction, read the proposal, its draft and its council; ask the domain
 * `transition` whether this person may do this now (a refusal changes nothing and says why);
 * read what the step needs and its audience (PROPOSAL_NOTICES); then write the change, the
 * timeline event, the audit entry and the notices together.
 */
export interface ProposalStepPlan<Extra> {
  action: ProposalAction;
  audit: AuditAction;
  read?: (tx: Transaction, state: ProposalState, step: Step) => Promise<Extra>;
  /** The writes of the step itself; returns the timeline's note and version. */
  write: (
    tx: Transaction,
    state: ProposalState,
    extra: Extra,
    step: Step,
    now: Date,
  ) => Pick<ProposalEvent, 'note' | 'version'> & { number: string };
  /** The mail's template and data, for the audience of PROPOSAL_NOTICES[action]. */
  notice: (
    state: ProposalState,
    extra: Extra,
    ref: { proposalId: string; number: string; title: string },
  ) => Pick<Notice, 'template' | 'data'>;
  details?: (state: ProposalState, extra: Extra) => Record<string, unknown>;
}

export async function runProposalAction<Extra = undefined>(
  actor: Actor,
  proposalId: string,
  plan: ProposalStepPlan<Extra>,
): Promise<{ proposalId: string; status: ProposalStatus; number: string }> {
  return db().runTransaction(async (tx) => {
    const state = await readProposalState(tx, proposalId);
    const acting = onCouncil(actor, state);
    const orgVerified = await organisationVerified(tx, actor.orgId);
    const subject = {
      status: state.status,
      ownerOrgIds: state.view.orgIds,
      councilId: state.view.councilId,
    };
    const step = transition(proposalWorkflow, subject, plan.action, acting, { orgVerified });
    if (!step.ok) throw toHttpsError(step.error);
    const extra = (plan.read ? await plan.read(tx, state, step.value) : undefined) as Extra;
    const audience = await readAudience(tx, state, PROPOSAL_NOTICES[plan.action].to, actor.uid);
    const head = await readAuditHead(tx, proposalChain(proposalId));
    await takeMailingUnit(tx, actor.uid);

    const now = new Date();
    const { number, ...event } = plan.write(tx, state, extra, step.value, now);
    writeProposalEvent(tx, proposalId, {
      type: plan.action,
      at: now,
      side: commentSide(acting, state.view),
      fromStatus: step.value.from,
      toStatus: step.value.to,
      ...event,
    });
    await appendAudit(tx, head, {
      chain: proposalChain(proposalId),
      actor: { uid: actor.uid, role: actor.role },
      action: plan.audit,
      target: { type: 'proposal', id: proposalId },
      details: {
        from: step.value.from,
        to: step.value.to,
        ...(plan.details?.(state, extra) ?? {}),
      },
    });
    const ref = { proposalId, number, title: state.title };
    notify(tx, audience, {
      event: `proposal.${plan.action}:${proposalId}:${now.getTime()}`,
      link: `/app/proposals/${proposalId}`,
      ...plan.notice(state, extra, ref),
    } as Notice);
    return { proposalId, status: step.value.to, number };
  });
}

export function writeProposalEvent(tx: Transaction, proposalId: string, event: ProposalEvent) {
  const clean = Object.fromEntries(Object.entries(event).filter(([, v]) => v !== undefined));
  tx.create(db().collection(`proposals/${proposalId}/events`).doc(), clean);
}

export function notify(tx: Transaction, to: Recipient[], notice: Notice): void {
  writeNotices(tx, to, notice);
}

/** `updatedAt` as every server write of a proposal sets it. */
export const touched = () => ({ updatedAt: FieldValue.serverTimestamp() });
