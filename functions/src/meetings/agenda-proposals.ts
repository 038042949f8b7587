import { FieldValue, type Transaction } from 'firebase-admin/firestore';
import { appendAudit, readAuditHead } from '../audit/write-audit.js';
import type { Actor } from '../domain/roles.js';
import type { AuditAction } from '../domain/schemas/audit.schema.js';
import type { AgendaItem } from '../domain/schemas/meeting.schema.js';
import { proposalSchema, type Proposal } from '../domain/schemas/proposal.schema.js';
import { proposalSubject } from '../domain/policies/proposal.policy.js';
import { proposalWorkflow } from '../domain/workflows/proposal.workflow.js';
import { transition } from '../domain/workflows/workflow.js';
import { refusal, toHttpsError } from '../shared/callable-errors.js';
import { db } from '../shared/firebase.js';

/**
 * The proposals on a meeting's agenda, moved through the proposal workflow inside the
 * meeting's transaction: `schedule` when put on the agenda, `unschedule` when taken off (or
 * postponed, or the meeting cancelled), `recordDiscussion` with the meeting's outcome. Each
 * step is audited on the proposal's own chain.
 */
export const proposalRef = (proposalId: string) => db().doc(`proposals/${proposalId}`);
export const proposalChain = (proposalId: string) => `proposal:${proposalId}`;

export interface AgendaProposal {
  id: string;
  proposal: Proposal;
  head: Awaited<ReturnType<typeof readAuditHead>>;
}

/** Reads the proposals (and their audit heads); a missing one is refused by its agenda title. */
export async function readAgendaProposals(
  tx: Transaction,
  ids: readonly string[],
  agenda: readonly AgendaItem[],
): Promise<Map<string, AgendaProposal>> {
  const result = new Map<string, AgendaProposal>();
  if (ids.length === 0) return result;
  const snapshots = await tx.getAll(...ids.map(proposalRef));
  for (const snapshot of snapshots) {
    if (!snapshot.exists) {
      const item = agenda.find((i) => i.kind === 'proposal' && i.proposalId === snapshot.id);
      throw refusal('MEETING.PROPOSAL_NOT_ENDORSED', { title: item?.title ?? snapshot.id });
    }
    result.set(snapshot.id, {
      id: snapshot.id,
      proposal: proposalSchema.parse(snapshot.data()),
      head: await readAuditHead(tx, proposalChain(snapshot.id)),
    });
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

type Step = 'schedule' | 'unschedule' | 'recordDiscussion';
const AUDIT: Record<Step, Extract<AuditAction, `proposal.${string}`>> = {
  schedule: 'proposal.scheduled',
  unschedule: 'proposal.unscheduled',
  recordDiscussion: 'proposal.discussed',
};

/**
 * One workflow step of a proposal on the agenda. Checked first (`checkStep`, before any write
 * of the transaction), then written (`writeStep`).
 */
export function checkStep(actor: Actor, entry: AgendaProposal, step: Step, title: string): void {
  const allowed = transition(proposalWorkflow, proposalSubject(entry.proposal), step, actor);
  if (allowed.ok) return;
  if (step === 'schedule') throw refusal('MEETING.PROPOSAL_NOT_ENDORSED', { title });
  throw toHttpsError(allowed.error);
}

export async function writeStep(
  tx: Transaction,
  actor: Actor,
  entry: AgendaProposal,
  step: Step,
  changes: Record<string, unknown>,
  details: Record<string, unknown>,
): Promise<void> {
  const to =
    step === 'recordDiscussion' ? 'discussed' : step === 'schedule' ? 'scheduled' : 'endorsed';
  tx.update(proposalRef(entry.id), {
    ...(step === 'schedule' ? {} : { agenda: FieldValue.delete() }),
    ...changes,
    status: to,
    updatedAt: new Date(),
  });
  await appendAudit(tx, entry.head, {
    chain: proposalChain(entry.id),
    actor: { uid: actor.uid, role: actor.role },
    action: AUDIT[step],
    target: { type: 'proposal', id: entry.id },
    details: { from: entry.proposal.status, to, ...details },
  });
}
