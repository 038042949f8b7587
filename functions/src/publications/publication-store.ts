import type { DocumentReference, Transaction } from 'firebase-admin/firestore';
import type { Actor } from '../domain/roles.js';
import type { AuditAction } from '../domain/schemas/audit.schema.js';
import {
  publicationDraftSchema,
  type PublicationDraft,
  type PublicationKind,
} from '../domain/schemas/publication.schema.js';
import { reportPersonalDataSchema } from '../domain/schemas/report.schema.js';
import { readStored, storedConverter } from '../domain/stored/stored-document.js';
import { reportOutcomeSourceSchema } from '../domain/stored/stored-report.js';
import { appendAudit, readAuditHead } from '../audit/write-audit.js';
import type { Notice, Recipient } from '../notifications/notify.js';
import { readRecipients } from '../notifications/notify.js';
import { organisationAdmins } from '../notifications/recipients.js';
import { refusal } from '../shared/callable-errors.js';
import { db } from '../shared/firebase.js';
import type { PUBLICATION_STEPS } from '../domain/mail/templates/publications.js';

/**
 * Reading and writing publication drafts, each through its schema, and what every step
 * shares: the source report's restricted names, the NGO concerned, the audit chain.
 */
export type PublicationAuditAction = Extract<AuditAction, `publication.${string}`>;

export const draftsCollection = () =>
  db().collection('publicationDrafts').withConverter(storedConverter(publicationDraftSchema));
export const draftRef = (id: string) => draftsCollection().doc(id);
export const publicRecordRef = (id: string) => db().doc(`publications/${id}`);
export const publicationChain = (id: string) => `publication:${id}`;

export async function readDraft(
  tx: Transaction,
  id: string,
): Promise<{ ref: DocumentReference<PublicationDraft>; draft: PublicationDraft }> {
  const ref = draftRef(id);
  const snapshot = await tx.get(ref);
  const draft = snapshot.data();
  if (!draft) throw refusal('PUBLICATION.NOT_FOUND');
  return { ref, draft };
}

/**
 * The names kept in the restricted part of the source report (victims and witnesses, as
 * typed): the check finds them in any grammatical case. Other kinds have no restricted part.
 */
export async function readKnownNames(
  tx: Transaction,
  draft: Pick<PublicationDraft, 'kind' | 'sourceId'>,
): Promise<string[]> {
  if (draft.kind !== 'report_outcome' || !draft.sourceId) return [];
  const path = `reports/${draft.sourceId}/private/personalData`;
  const snapshot = await tx.get(db().doc(path));
  if (!snapshot.exists) return [];
  const data = reportPersonalDataSchema.parse(snapshot.data());
  return [...data.victims, ...data.witnesses].map((person) => person.fullName);
}

/** The consent recorded on the source report, for a report's outcome. */
export async function readConsent(
  tx: Transaction,
  draft: Pick<PublicationDraft, 'kind' | 'sourceId'>,
): Promise<boolean | undefined> {
  if (draft.kind !== 'report_outcome' || !draft.sourceId) return undefined;
  const report = await tx.get(db().doc(`reports/${draft.sourceId}`));
  if (!report.exists) return false;
  return readStored(reportOutcomeSourceSchema, report.ref.path, report.data()).consentToPublish;
}

/** The NGO concerned: the organisation's leads, and whoever of it wrote the note. */
export async function readNgoRecipients(
  tx: Transaction,
  draft: Pick<PublicationDraft, 'orgId' | 'createdBy'>,
): Promise<Recipient[]> {
  if (!draft.orgId) return [];
  const leads = await organisationAdmins(tx, draft.orgId);
  const author = await tx.get(db().doc(`organisations/${draft.orgId}/members/${draft.createdBy}`));
  return readRecipients(tx, author.exists ? [...leads, draft.createdBy] : leads);
}

/** Where the NGO's notice leads: the report, the public page once published, or its notes. */
export function ngoPath(
  id: string,
  draft: Pick<PublicationDraft, 'kind' | 'sourceId'>,
  step: (typeof PUBLICATION_STEPS)[number],
): string {
  if (step === 'published') return `/p/${id}`;
  if (draft.kind === 'report_outcome' && draft.sourceId) return `/app/reports/${draft.sourceId}`;
  return '/app/publications/notes';
}

export function progressNotice(
  id: string,
  draft: Pick<PublicationDraft, 'kind' | 'sourceId' | 'title'>,
  step: (typeof PUBLICATION_STEPS)[number],
  event: string,
): Notice<'publication.progress'> {
  const path = ngoPath(id, draft, step);
  return {
    event: `publication.${step}:${id}:${event}`,
    template: 'publication.progress',
    data: { step, kind: draft.kind, title: draft.title.uk, path },
    link: path,
  };
}

export function deskNotice(
  id: string,
  draft: { kind: PublicationKind; title: { uk: string } },
  step: 'note_received' | 'awaiting_approval' | 'returned' | 'publish_failed',
  event: string,
  comment?: string,
): Notice<'publication.desk'> {
  return {
    event: `publication.desk.${step}:${id}:${event}`,
    template: 'publication.desk',
    data: {
      step,
      publicationId: id,
      kind: draft.kind,
      title: draft.title.uk,
      ...(comment ? { comment } : {}),
    },
    link: `/app/publications/${id}`,
  };
}

export async function auditPublication(
  tx: Transaction,
  head: Awaited<ReturnType<typeof readAuditHead>>,
  id: string,
  actor: Actor,
  action: PublicationAuditAction,
  details: Record<string, unknown>,
): Promise<void> {
  await appendAudit(tx, head, {
    chain: publicationChain(id),
    actor: { uid: actor.uid, role: actor.role },
    action,
    target: { type: 'publication', id },
    details,
  });
}

export { readAuditHead };
