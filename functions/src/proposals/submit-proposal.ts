import type { Transaction } from 'firebase-admin/firestore';
import { kyivYear } from '../domain/kyiv-time.js';
import { submissionContent } from '../domain/proposals/submission.js';
import {
  allocateRegistrationNumber,
  counterId,
  type NumberCounter,
} from '../domain/registration-number.js';
import type { Actor } from '../domain/roles.js';
import type { ProposalContent } from '../domain/schemas/proposal-content.schema.js';
import { proposalVersionSchema, versionId } from '../domain/schemas/proposal-version.schema.js';
import { proposalSchema } from '../domain/schemas/proposal.schema.js';
import { refusal, toHttpsError } from '../shared/callable-errors.js';
import { db } from '../shared/firebase.js';
import { draftRef, organisationName, proposalRef, type ProposalState } from './proposal-store.js';
import { runProposalAction } from './run-proposal-action.js';

/**
 * Submitting (the first time) and resubmitting: the draft's content, whole, becomes the
 * proposal and an immutable version (`versions/{n}`); the draft is locked until the proposal
 * comes back. The first submission gives the number `ЗП-YYYY-NNNNNN`.
 */
interface SubmissionReads {
  content: ProposalContent;
  authors: { orgId: string; name: string }[];
  counter?: { ref: FirebaseFirestore.DocumentReference; value: NumberCounter | undefined };
}

async function readSubmission(tx: Transaction, state: ProposalState): Promise<SubmissionReads> {
  if (!state.draft) throw refusal('PROPOSAL.DRAFT_NOT_FOUND');
  const content = submissionContent(state.draft);
  if (!content.ok) throw toHttpsError(content.error);
  const authors = [];
  for (const orgId of state.view.orgIds) {
    authors.push({ orgId, name: (await organisationName(tx, orgId)) ?? orgId });
  }
  if (state.proposal) return { content: content.value, authors };
  const ref = db().doc(`counters/${counterId('proposal', kyivYear(new Date()))}`);
  const value = (await tx.get(ref)).data() as NumberCounter | undefined;
  return { content: content.value, authors, counter: { ref, value } };
}

export function submitProposal(actor: Actor, proposalId: string, again: boolean) {
  return runProposalAction<SubmissionReads>(actor, proposalId, {
    action: again ? 'resubmit' : 'submit',
    audit: again ? 'proposal.resubmitted' : 'proposal.submitted',
    read: readSubmission,
    write: (tx, state, reads, step, now) => {
      const draft = state.draft!;
      let number = state.proposal?.number;
      if (reads.counter) {
        const allocated = allocateRegistrationNumber('proposal', reads.counter.value, now);
        if (!allocated.ok) throw toHttpsError(allocated.error);
        number = allocated.value.number;
        tx.set(reads.counter.ref, allocated.value.counter);
      }
      const version = (state.proposal?.version ?? 0) + 1;
      const proposal = proposalSchema.parse({
        ...(state.proposal ?? { submittedAt: now, createdBy: actor.uid, createdAt: now }),
        ...reads.content,
        councilId: draft.councilId,
        leadOrgId: draft.leadOrgId,
        orgIds: draft.orgIds,
        authors: reads.authors,
        status: step.to,
        number,
        version,
        lastSubmittedAt: now,
        updatedAt: now,
      });
      tx.set(proposalRef(proposalId), proposal);
      tx.create(
        db().doc(`proposals/${proposalId}/versions/${versionId(version)}`),
        proposalVersionSchema.parse({
          version,
          kind: version === 1 ? 'submission' : 'resubmission',
          content: reads.content,
          authors: reads.authors,
          submittedBy: actor.uid,
          submittedAt: now,
        }),
      );
      tx.update(draftRef(proposalId), { locked: true, updatedAt: now });
      return { number: number!, version };
    },
    details: (state, reads) => ({
      version: (state.proposal?.version ?? 0) + 1,
      rows: reads.content.comparativeTable.length,
    }),
    notice: (state, _reads, ref) => ({
      template: 'proposal.submitted',
      data: {
        ...ref,
        councilName: state.council.council.name.uk,
        version: (state.proposal?.version ?? 0) + 1,
      },
    }),
  });
}
