import type { PublicationActionInput } from '../domain/actions/publication-action.schema.js';
import { approvalVerdict } from '../domain/publications/publication-steps.js';
import { retractPublicRecord } from '../domain/publications/public-record.js';
import type { Actor } from '../domain/roles.js';
import { publicationSchema } from '../domain/schemas/publication.schema.js';
import { readStored } from '../domain/stored/stored-document.js';
import { readRecipients, type Recipient } from '../notifications/notify.js';
import { uidsWithRole } from '../notifications/recipients.js';
import { refusal, toHttpsError } from '../shared/callable-errors.js';
import {
  deskNotice,
  progressNotice,
  publicRecordRef,
  readConsent,
  readKnownNames,
  readNgoRecipients,
} from './publication-store.js';
import { runPublicationStep } from './run-publication-step.js';

/**
 * The steps after preparing: staff submit a draft, the Commissioner approves it (refused while
 * a flag is open, and for a report's outcome without consent) or returns it with a comment,
 * and staff or the Commissioner retract a published record, which keeps a dated note. The
 * public record itself is written by the trigger that follows approval (publish-publication).
 */
type Input<A extends PublicationActionInput['action']> = Extract<
  PublicationActionInput,
  { action: A }
>;

export async function submitPublication(actor: Actor, input: Input<'submit'>) {
  return runPublicationStep<{ ngo: Recipient[]; commissioners: Recipient[] }>(
    actor,
    input.publicationId,
    {
      action: 'submitForApproval',
      audit: 'publication.submitted',
      read: async (tx, draft) => ({
        ngo: await readNgoRecipients(tx, draft),
        commissioners: await readRecipients(tx, await uidsWithRole(tx, 'commissioner')),
      }),
      changes: () => ({ submittedBy: actor.uid, reviewComment: undefined }),
      details: (draft) => ({ openFlags: draft.flags.length }),
      notices: (after, { ngo, commissioners }, event) => [
        { to: ngo, notice: progressNotice(input.publicationId, after, 'submitted', event) },
        {
          to: commissioners,
          notice: deskNotice(input.publicationId, after, 'awaiting_approval', event),
        },
      ],
    },
  );
}

export async function approvePublication(actor: Actor, input: Input<'approve'>) {
  return runPublicationStep<{
    knownNames: string[];
    consent: boolean | undefined;
    ngo: Recipient[];
  }>(actor, input.publicationId, {
    action: 'approve',
    audit: 'publication.approved',
    read: async (tx, draft) => ({
      knownNames: await readKnownNames(tx, draft),
      consent: await readConsent(tx, draft),
      ngo: await readNgoRecipients(tx, draft),
    }),
    changes: (draft, { knownNames, consent }, at) => {
      const verdict = approvalVerdict(draft, consent, { knownNames });
      if (!verdict.ok) throw toHttpsError(verdict.error);
      return {
        flags: [],
        notPersonal: verdict.value.notPersonal,
        approvedBy: actor.uid,
        approvedAt: at,
        publishFailure: undefined,
      };
    },
    details: (draft) => ({ notPersonalDecisions: draft.notPersonal.length }),
    notices: (after, { ngo }, event) => [
      { to: ngo, notice: progressNotice(input.publicationId, after, 'approved', event) },
    ],
  });
}

export async function returnPublication(actor: Actor, input: Input<'return'>) {
  return runPublicationStep<{ ngo: Recipient[]; desk: Recipient[] }>(actor, input.publicationId, {
    action: 'returnToDraft',
    audit: 'publication.returned',
    read: async (tx, draft) => ({
      ngo: await readNgoRecipients(tx, draft),
      desk: await readRecipients(tx, draft.submittedBy ? [draft.submittedBy] : []),
    }),
    changes: () => ({ reviewComment: input.comment }),
    details: () => ({ comment: input.comment }),
    notices: (after, { ngo, desk }, event) => [
      { to: ngo, notice: progressNotice(input.publicationId, after, 'returned', event) },
      {
        to: desk,
        notice: deskNotice(input.publicationId, after, 'returned', event, input.comment),
      },
    ],
  });
}

export async function retractPublication(actor: Actor, input: Input<'retract'>) {
  return runPublicationStep<{ record: unknown; ngo: Recipient[] }>(actor, input.publicationId, {
    action: 'retract',
    audit: 'publication.retracted',
    read: async (tx, draft) => {
      const record = await tx.get(publicRecordRef(input.publicationId));
      if (!record.exists) throw refusal('PUBLICATION.NOT_FOUND');
      return {
        record: record.data(),
        ngo: await readNgoRecipients(tx, draft),
      };
    },
    changes: (_draft, _extra, at) => ({ retractedBy: actor.uid, retractedAt: at }),
    write: (tx, _draft, { record }, at) => {
      const path = `publications/${input.publicationId}`;
      const retracted = retractPublicRecord(
        readStored(publicationSchema, path, record),
        input.note,
        at,
      );
      if (!retracted.ok) throw toHttpsError(retracted.error);
      tx.set(publicRecordRef(input.publicationId), retracted.value);
    },
    details: () => ({ reason: input.reason }),
    notices: (after, { ngo }, event) => [
      { to: ngo, notice: progressNotice(input.publicationId, after, 'retracted', event) },
    ],
  });
}
