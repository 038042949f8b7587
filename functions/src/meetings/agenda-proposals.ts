import { FieldValue, type Transaction } from 'firebase-admin/firestore';
import type { Actor } from '../domain/roles.js';
import type { AuditAction } from '../domain/schemas/audit.schema.js';
import type { AgendaItem } from '../domain/schemas/meeting.schema.js';
import type { Proposal } from '../domain/schemas/proposal.schema.js';
import { proposalSubject } from '../domain/policies/proposal.policy.js';
import { proposalWorkflow } from '../domain/workflows/proposal.workflow.js';
import { transition } from '../domain/workflows/workflow.js';
import { proposalChain, proposalRef } from '../proposals/proposal-store.js';
import { refusal, toHttpsError } from '../shared/callable-errors.js';
import { db } from '../shared/firebase.js';
import type { ExtraAudit } from '../shared/workflow-action/run-workflow-action.js';

/**
 * The proposals on a meeting's agenda, moved through the proposal workflow inside the
 * meeting's step: `schedule` when put on the agenda, `unschedule` when taken off (or
 * postponed, or the meeting cancelled), `recordDiscussion` with the meeting's outcome. Each
 * step is checked before any write (`checkStep`), written with the meeting (`writeStep`) and
 * audited on the proposal's own chain (`stepAudit`, one of the runner's `moreAudits`).
 */
export interface AgendaProposal {
  id: string;
  proposal: Proposal;
}

/** Reads the proposals through their schema; a missing one is refused by its agenda title. */
export async function readAgendaProposals(
  tx: Transaction,
  ids: readonly string[],
  agenda: readonly AgendaItem[],
): Promise<Map<string, AgendaProposal>> {
  const result = new Map<string, AgendaProposal>();
  if (ids.length === 0) return result;
  const snapshots = await tx.getAll(...ids.map(proposalRef));
  for (const snapshot of snapshots) {
    const proposal = snapshot.data();
    if (!proposal) {
      const item = agenda.find((i) => i.kind === 'proposal' && i.proposalId === snapshot.id);
      throw refusal('MEETING.PROPOSAL_NOT_ENDORSED', { title: item?.title ?? snapshot.id });
    }
    result.set(snapshot.id, { id: snapshot.id, proposal });
  }
  return result;
}

/** The agenda with each proposal's number and title as they are now. */
export function agendaFromProposals(
  agenda: readonly AgendaItem[],
  proposals: ReadonlyMap<string, AgendaProposal>,
): AgendaItem[] {
  return agenda.map((item) => {
    if (item.kind !== 'proposal') return item;
    const found = proposals.get(item.proposalId)?.proposal;
    return found ? { ...item, number: found.number, title: found.title } : item;
  });
}

export type AgendaStep = 'schedule' | 'unschedule' | 'recordDiscussion';
const AUDIT: Record<AgendaStep, Extract<AuditAction, `proposal.${string}`>> = {
  schedule: 'proposal.scheduled',
  unschedule: 'proposal.unscheduled',
  recordDiscussion: 'proposal.discussed',
};
const TO = {
  schedule: 'scheduled',
  unschedule: 'endorsed',
  recordDiscussion: 'discussed',
} as const;

export function checkStep(
  actor: Actor,
  entry: AgendaProposal,
  step: AgendaStep,
  title: string,
): void {
  const allowed = transition(proposalWorkflow, proposalSubject(entry.proposal), step, actor);
  if (allowed.ok) return;
  if (step === 'schedule') throw refusal('MEETING.PROPOSAL_NOT_ENDORSED', { title });
  throw toHttpsError(allowed.error);
}

/** One proposal's step as the meeting takes it: what it writes and what it audits. */
export interface ProposalMove {
  entry: AgendaProposal;
  step: AgendaStep;
  changes?: Record<string, unknown>;
  details: Record<string, unknown>;
}

export function writeStep(tx: Transaction, { entry, step, changes }: ProposalMove): void {
  tx.update(db().doc(`proposals/${entry.id}`), {
    ...(step === 'schedule' ? {} : { agenda: FieldValue.delete() }),
    ...changes,
    status: TO[step],
    updatedAt: new Date(),
  });
}

export const stepAudit = ({ entry, step, details }: ProposalMove): ExtraAudit => ({
  chain: proposalChain(entry.id),
  action: AUDIT[step],
  target: { type: 'proposal', id: entry.id },
  details: { from: entry.proposal.status, to: TO[step], ...details },
});
