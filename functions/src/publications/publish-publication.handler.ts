import { Timestamp, type DocumentSnapshot } from 'firebase-admin/firestore';
import type { Change, FirestoreEvent } from 'firebase-functions/firestore';
import { logger } from 'firebase-functions';
import { buildPublicRecord } from '../domain/publications/public-record.js';
import { SYSTEM_ACTOR } from '../domain/roles.js';
import type { DomainError } from '../domain/errors.js';
import {
  publicationDraftSchema,
  type PublicationDraft,
} from '../domain/schemas/publication.schema.js';
import { readStored, storedStatus } from '../domain/stored/stored-document.js';
import { readRecipients, type Recipient } from '../notifications/notify.js';
import { blobStore } from '../uploads/upload-config.js';
import { copyPublicAttachments } from './public-attachments.js';
import {
  deskNotice,
  progressNotice,
  publicRecordRef,
  readConsent,
  readKnownNames,
  readNgoRecipients,
} from './publication-store.js';
import { runPublicationStep } from './run-publication-step.js';
import { faultPoint } from '../shared/fault-points.js';

/**
 * After the Commissioner's approval: the approved attachments are copied under `public/` with
 * their metadata stripped, and the public record is written through the strict public schema
 * (`buildPublicRecord` checks consent and flags once more), in the same transaction as the
 * draft's move to `published`, its audit entry and the NGO's notice. What cannot be published
 * sends the draft back to staff with the reason. A replay finds the draft no longer approved
 * and does nothing.
 */
export async function onPublicationApproved(
  event: FirestoreEvent<Change<DocumentSnapshot> | undefined, { publicationId: string }>,
): Promise<void> {
  if (!event.data) return;
  const { before, after } = event.data;
  const status = publicationDraftSchema.shape.status;
  if (storedStatus(status, after) !== 'approved' || storedStatus(status, before) === 'approved')
    return;
  const id = event.params.publicationId;
  const draft = readStored(publicationDraftSchema, after.ref.path, after.data());
  await publishApproved(id, draft);
}

/** Publishes one approved draft: also what the demo seed calls, so its records are real. */
export async function publishApproved(id: string, draft: PublicationDraft): Promise<void> {
  const copied = draft.attachmentIds.length
    ? await copyPublicAttachments(await blobStore(), id, draft)
    : { ok: true as const, attachments: [] };
  if (!copied.ok) return failPublishing(id, copied.error);
  faultPoint('publishPublication.afterAttachments');
  try {
    await runPublicationStep<{
      knownNames: string[];
      consent: boolean | undefined;
      ngo: Recipient[];
    }>(SYSTEM_ACTOR, id, {
      action: 'publish',
      read: async (tx, current) => ({
        knownNames: await readKnownNames(tx, current),
        consent: await readConsent(tx, current),
        ngo: await readNgoRecipients(tx, current),
      }),
      changes: (_current, _extra, at) => ({ publishedAt: at }),
      write: (tx, current, { knownNames, consent }, at) => {
        const record = buildPublicRecord({
          draft: current,
          knownNames,
          consentToPublish: consent,
          attachments: copied.attachments,
          publishedAt: at,
        });
        if (!record.ok) throw new PublishRefused(record.error);
        tx.set(publicRecordRef(id), record.value);
        faultPoint('publishPublication.afterRecord');
      },
      details: () => ({ attachments: copied.attachments.length }),
      notices: (current, { ngo }, stamp) => [
        { to: ngo, notice: progressNotice(id, current, 'published', stamp) },
      ],
    });
  } catch (error) {
    if (error instanceof PublishRefused) return failPublishing(id, error.error);
    if (isNotApprovedAnyMore(error)) return;
    throw error;
  }
}

/** A replayed event, or a draft retracted or returned meanwhile: nothing to publish. */
function isNotApprovedAnyMore(error: unknown): boolean {
  const details = (error as { details?: { code?: unknown } }).details;
  return details?.code === 'WORKFLOW.NOT_ALLOWED_IN_STATE';
}

class PublishRefused extends Error {
  constructor(readonly error: DomainError) {
    super(error.messageEn);
  }
}

async function failPublishing(id: string, error: DomainError): Promise<void> {
  logger.warn('publication not published', { publicationId: id, code: error.code });
  await runPublicationStep<{ desk: Recipient[] }>(SYSTEM_ACTOR, id, {
    action: 'publishFailed',
    read: async (tx, current) => ({
      desk: await readRecipients(
        tx,
        [current.submittedBy, current.approvedBy].filter((uid): uid is string => Boolean(uid)),
      ),
    }),
    changes: () => ({ publishFailure: { code: error.code, at: Timestamp.now() } }),
    details: () => ({ code: error.code }),
    notices: (current, { desk }, stamp) => [
      { to: desk, notice: deskNotice(id, current, 'publish_failed', stamp) },
    ],
  });
}
