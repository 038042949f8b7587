import type { Transaction } from 'firebase-admin/firestore';
import type { ParliamentActionInput } from '../domain/actions/parliament-action.schema.js';
import { PARLIAMENT_ADDRESSEES, addresseeName } from '../domain/catalogues/parliament.js';
import { kyivDate } from '../domain/kyiv-time.js';
import { recordOutcome, recordStage } from '../domain/proposals/tracker-steps.js';
import { SIGNATORY_POSITION } from '../domain/proposals/recommendation-letter.js';
import type { Actor } from '../domain/roles.js';
import type { Proposal } from '../domain/schemas/proposal.schema.js';
import { toHttpsError } from '../shared/callable-errors.js';
import { profileRef } from '../users/user-store.js';
import type { ProposalState } from '../proposals/proposal-store.js';
import { runProposalAction } from '../proposals/run-proposal-action.js';

/**
 * The steps after the Commissioner recommends a proposal, each a step of the proposal's
 * workflow through the one action runner (`runProposalAction`, the proposal's adapter): the
 * recommendation as sent (`sendToParliament`), a stage of the bill
 * (`recordParliamentResult`), and the outcome, which closes the proposal (`close`). Each is
 * audited and mailed to the authors, the chair and staff in the same transaction.
 */
type Input<A extends ParliamentActionInput['action']> = Extract<
  ParliamentActionInput,
  { action: A }
>;

const stored = (state: ProposalState): Proposal => state.proposal!;

/** Throws the refusal of a pure step, or gives its value. */
function orRefuse<T>(
  result: { ok: true; value: T } | { ok: false; error: Parameters<typeof toHttpsError>[0] },
): T {
  if (!result.ok) throw toHttpsError(result.error);
  return result.value;
}

/** Who signs: the Commissioner who decided, by the name on their account. */
async function signatoryName(tx: Transaction, state: ProposalState): Promise<string> {
  const uid = stored(state).decision?.decidedBy;
  const name = uid ? (await tx.get(profileRef(uid))).data()?.displayName : undefined;
  return name?.trim() || SIGNATORY_POSITION;
}

export function sendToParliament(actor: Actor, input: Input<'send'>) {
  const entry = PARLIAMENT_ADDRESSEES.find((a) => a.code === input.addressee)!;
  const name = { uk: addresseeName(entry, 'uk'), en: addresseeName(entry, 'en') };
  return runProposalAction(actor, input.proposalId, {
    action: 'sendToParliament',
    read: (tx, state) => signatoryName(tx, state),
    next: (state, signatory) => ({
      ...stored(state),
      recommendation: {
        outgoingNumber: input.outgoingNumber,
        sentOn: input.sentOn,
        addressee: input.addressee,
        letterText: input.letterText,
        addresseeName: name,
        signatoryName: signatory,
        sentBy: actor.uid,
        recordedAt: new Date(),
      },
      tracker: { stages: [] },
    }),
    event: () => ({ note: `№ ${input.outgoingNumber}, ${name.uk}` }),
    details: () => ({
      outgoingNumber: input.outgoingNumber,
      sentOn: input.sentOn,
      addressee: input.addressee,
    }),
    notice: (_state, _extra, ref) => ({
      template: 'proposal.sent_to_parliament',
      data: {
        ...ref,
        addresseeUk: name.uk,
        addresseeEn: name.en,
        outgoingNumber: input.outgoingNumber,
        sentOn: input.sentOn,
      },
    }),
  });
}

export function recordBillStage(actor: Actor, input: Input<'recordStage'>) {
  return runProposalAction(actor, input.proposalId, {
    action: 'recordParliamentResult',
    read: async (_tx, state) =>
      orRefuse(recordStage(stored(state).tracker, input, kyivDate(new Date()))),
    next: (state, tracker) => ({ ...stored(state), tracker }),
    event: () => ({ note: input.note }),
    details: (_state, tracker) => ({
      billNumber: tracker.billNumber,
      stage: input.stage,
      date: input.date,
    }),
    notice: (_state, tracker, ref) => ({
      template: 'proposal.bill_stage_recorded',
      data: {
        ...ref,
        billNumber: tracker.billNumber!,
        stage: input.stage,
        date: input.date,
        ...(input.note ? { note: input.note } : {}),
      },
    }),
  });
}

export function recordParliamentOutcome(actor: Actor, input: Input<'recordOutcome'>) {
  return runProposalAction(actor, input.proposalId, {
    action: 'close',
    read: async (_tx, state) =>
      orRefuse(recordOutcome(stored(state).tracker, input.outcome, input.note)),
    next: (state, tracker) => ({ ...stored(state), tracker, closedAt: new Date() }),
    event: () => ({ note: input.note }),
    details: (_state, tracker) => ({ outcome: input.outcome, billNumber: tracker.billNumber }),
    notice: (_state, tracker, ref) => ({
      template: 'proposal.closed',
      data: {
        ...ref,
        outcome: input.outcome,
        ...(tracker.billNumber ? { billNumber: tracker.billNumber } : {}),
        ...(input.note ? { note: input.note } : {}),
      },
    }),
  });
}
