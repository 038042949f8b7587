import type { Transaction } from 'firebase-admin/firestore';
import { kyivYear } from '../domain/kyiv-time.js';
import { submissionContent } from '../domain/proposals/submission.js';
import { allocateRegistrationNumber, type NumberCounter } from '../domain/registration-number.js';
import type { Actor } from '../domain/roles.js';
import type { ProposalContent } from '../domain/schemas/proposal-content.schema.js';
import { proposalVersionSchema, versionId } from '../domain/schemas/proposal-version.schema.js';
import { refusal, toHttpsError } from '../shared/callable-errors.js';
import { db } from '../shared/firebase.js';
import { counterRef } from '../shared/counters.js';
import { draftRef, organisationName, type ProposalState } from './proposal-store.js';
import { runProposalAction } from './run-proposal-action.js';

/**
 * Submitting (the first time) and resubmitting: the draft's content, whole, becomes the
 * proposal and an immutable version (`versions/{n}`); the draft is locked until the proposal
 * comes back. The first submission gives the number `ЗП-YYYY-NNNNNN`.
 */
interface SubmissionReads {
  content: ProposalContent;
  authors: { orgId: string; name: string }[];
  number: string;
  version: number;
  now: Date;
  counter?: { ref: ReturnType<typeof counterRef>; value: NumberCounter };
}

async function readSubmission(tx: Transaction, state: ProposalState): Promise<SubmissionReads> {
  if (!state.draft) throw refusal('PROPOSAL.DRAFT_NOT_FOUND');
  const content = submissionContent(state.draft);
  if (!content.ok) throw toHttpsError(content.error);
  const authors = [];
  for (const orgId of state.view.orgIds) {
    authors.push({ orgId, name: (await organisationName(tx, orgId)) ?? orgId });
  }
  const now = new Date();
  const version = (state.proposal?.version ?? 0) + 1;
  if (state.proposal) {
    return { content: content.value, authors, number: state.proposal.number, version, now };
  }
  const ref = counterRef('proposal', kyivYear(now));
  const allocated = allocateRegistrationNumber('proposal', (await tx.get(ref)).data(), now);
  if (!allocated.ok) throw toHttpsError(allocated.error);
  return {
    content: content.value,
    authors,
    number: allocated.value.number,
    version,
    now,
    counter: { ref, value: allocated.value.counter },
  };
}

export function submitProposal(actor: Actor, proposalId: string, again: boolean) {
  return runProposalAction<SubmissionReads>(actor, proposalId, {
    action: again ? 'resubmit' : 'submit',
    read: readSubmission,
    next: (state, reads) => {
      const draft = state.draft!;
      return {
        ...(state.proposal ?? {
          submittedAt: reads.now,
          createdBy: actor.uid,
          createdAt: reads.now,
        }),
        ...reads.content,
        councilId: draft.councilId,
        leadOrgId: draft.leadOrgId,
        orgIds: draft.orgIds,
        authors: reads.authors,
        number: reads.number,
        version: reads.version,
        lastSubmittedAt: reads.now,
      };
    },
    write: (tx, _state, reads) => {
      if (reads.counter) tx.set(reads.counter.ref, reads.counter.value);
      tx.create(
        db().doc(`proposals/${proposalId}/versions/${versionId(reads.version)}`),
        proposalVersionSchema.parse({
          version: reads.version,
          kind: reads.version === 1 ? 'submission' : 'resubmission',
          content: reads.content,
          authors: reads.authors,
          submittedBy: actor.uid,
          submittedAt: reads.now,
        }),
      );
      tx.update(draftRef(proposalId), { locked: true, updatedAt: reads.now });
    },
    event: (_state, reads) => ({ version: reads.version }),
    number: (_state, reads) => reads.number,
    details: (_state, reads) => ({
      version: reads.version,
      rows: reads.content.comparativeTable.length,
    }),
    notice: (state, reads, ref) => ({
      template: 'proposal.submitted',
      data: {
        ...ref,
        title: reads.content.title,
        councilName: state.council.council.name.uk,
        version: reads.version,
      },
    }),
  });
}
