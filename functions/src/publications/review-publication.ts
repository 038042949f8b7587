import type { PublicationActionInput } from '../domain/actions/publication-action.schema.js';
import { approvalVerdict, type CheckedContent } from '../domain/publications/publication-steps.js';
import type { FirstPage } from '../domain/publications/first-page.js';
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
import { firstPageWithout, writeFirstPage } from './first-page-store.js';
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
      read: async (tx, draft) => ({
        ngo: await readNgoRecipients(tx, draft),
        commissioners: await readRecipients(tx, await uidsWithRole(tx, 'commissioner')),
      }),
      changes: () => ({ submittedBy: actor.uid, reviewComment: undefined }),
      details: (draft) => ({ openFlags: draft.flags.length }),
      notices: (draft, { ngo, commissioners }, event) => [
        { to: ngo, notice: progressNotice(input.publicationId, draft, 'submitted', event) },
        {
          to: commissioners,
          notice: deskNotice(input.publicationId, draft, 'awaiting_approval', event),
        },
      ],
    },
  );
}

export async function approvePublication(actor: Actor, input: Input<'approve'>) {
  return runPublicationStep<{ checked: CheckedContent; ngo: Recipient[] }>(
    actor,
    input.publicationId,
    {
      action: 'approve',
      read: async (tx, draft) => {
        const knownNames = await readKnownNames(tx, draft);
        const verdict = approvalVerdict(draft, await readConsent(tx, draft), { knownNames });
        if (!verdict.ok) throw toHttpsError(verdict.error);
        return { checked: verdict.value, ngo: await readNgoRecipients(tx, draft) };
      },
      changes: (_draft, { checked }, at) => ({
        flags: [],
        notPersonal: checked.notPersonal,
        approvedBy: actor.uid,
        approvedAt: at,
        publishFailure: undefined,
      }),
      details: (draft) => ({ notPersonalDecisions: draft.notPersonal.length }),
      notices: (draft, { ngo }, event) => [
        { to: ngo, notice: progressNotice(input.publicationId, draft, 'approved', event) },
      ],
    },
  );
}

export async function returnPublication(actor: Actor, input: Input<'return'>) {
  return runPublicationStep<{ ngo: Recipient[]; desk: Recipient[] }>(actor, input.publicationId, {
    action: 'returnToDraft',
    read: async (tx, draft) => ({
      ngo: await readNgoRecipients(tx, draft),
      desk: await readRecipients(tx, draft.submittedBy ? [draft.submittedBy] : []),
    }),
    changes: () => ({ reviewComment: input.comment }),
    details: () => ({ comment: input.comment }),
    notices: (draft, { ngo, desk }, event) => [
      { to: ngo, notice: progressNotice(input.publicationId, draft, 'returned', event) },
      {
        to: desk,
        notice: deskNotice(input.publicationId, draft, 'returned', event, input.comment),
      },
    ],
  });
}

export async function retractPublication(actor: Actor, input: Input<'retract'>) {
  return runPublicationStep<{ record: unknown; firstPage: FirstPage | null; ngo: Recipient[] }>(
    actor,
    input.publicationId,
    {
      action: 'retract',
      read: async (tx, draft) => {
        const record = await tx.get(publicRecordRef(input.publicationId));
        if (!record.exists) throw refusal('PUBLICATION.NOT_FOUND');
        return {
          record: record.data(),
          firstPage: await firstPageWithout(tx, input.publicationId),
          ngo: await readNgoRecipients(tx, draft),
        };
      },
      changes: (_draft, _extra, at) => ({ retractedBy: actor.uid, retractedAt: at }),
      write: (tx, _draft, { record, firstPage }, at) => {
        const path = `publications/${input.publicationId}`;
        const retracted = retractPublicRecord(
          readStored(publicationSchema, path, record),
          input.note,
          at,
        );
        if (!retracted.ok) throw toHttpsError(retracted.error);
        tx.set(publicRecordRef(input.publicationId), retracted.value);
        // Off the kept first page with the retraction itself, not a trigger's moment later.
        if (firstPage) writeFirstPage(tx, firstPage);
      },
      details: () => ({ reason: input.reason }),
      notices: (draft, { ngo }, event) => [
        { to: ngo, notice: progressNotice(input.publicationId, draft, 'retracted', event) },
      ],
    },
  );
}
