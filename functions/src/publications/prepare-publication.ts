import { Timestamp, type Transaction } from 'firebase-admin/firestore';
import type { PublicationActionInput } from '../domain/actions/publication-action.schema.js';
import { attachmentSchema } from '../domain/schemas/attachment.schema.js';
import {
  checkContent,
  type CheckedContent,
  mayPreparePublications,
  maySendNote,
  noteContent,
  notPersonalStep,
  OUTCOME_STATUSES,
  publishableType,
  redactStep,
} from '../domain/publications/publication-steps.js';
import type { Actor } from '../domain/roles.js';
import {
  publicationDraftSchema,
  type PublicationDraft,
} from '../domain/schemas/publication.schema.js';
import { readRecipients, writeNotices } from '../notifications/notify.js';
import { uidsWithRole } from '../notifications/recipients.js';
import { refusal, toHttpsError } from '../shared/callable-errors.js';
import { db } from '../shared/firebase.js';
import { takeMailingUnit } from '../shared/mail-limits.js';
import {
  auditPublication,
  deskNotice,
  draftsCollection,
  progressNotice,
  publicationChain,
  readAuditHead,
  readKnownNames,
  readNgoRecipients,
} from './publication-store.js';
import { runPublicationStep } from './run-publication-step.js';

/**
 * Preparing a publication: staff create one from its source, save it, and decide each flag of
 * the personal-data check, which runs again on every save; an NGO sends a note about its work.
 */
type Input<A extends PublicationActionInput['action']> = Extract<
  PublicationActionInput,
  { action: A }
>;

interface Source {
  orgId?: string | undefined;
  sourceNumber?: string | undefined;
}

const SOURCE_COLLECTION = { proposal: 'proposals', meeting_minutes: 'meetings' } as const;

/** The material a publication is prepared from, checked: a report's outcome needs consent. */
async function readSource(tx: Transaction, input: Input<'create'>): Promise<Source> {
  if (input.kind === 'ngo_activity') return { orgId: input.orgId };
  if (!input.sourceId) {
    if (input.kind === 'report_outcome') throw refusal('PUBLICATION.SOURCE_NOT_FOUND');
    return {};
  }
  const collection = input.kind === 'report_outcome' ? 'reports' : SOURCE_COLLECTION[input.kind];
  const source = await tx.get(db().doc(`${collection}/${input.sourceId}`));
  if (!source.exists) throw refusal('PUBLICATION.SOURCE_NOT_FOUND');
  const number = source.get('number');
  const orgId = source.get('orgId');
  if (input.kind === 'report_outcome') {
    const status = String(source.get('status'));
    if (!(OUTCOME_STATUSES as readonly string[]).includes(status))
      throw refusal('PUBLICATION.OUTCOME_NOT_READY');
    if (source.get('consentToPublish') !== true) throw refusal('PUBLICATION.NO_CONSENT');
  }
  return {
    orgId: typeof orgId === 'string' ? orgId : undefined,
    sourceNumber: typeof number === 'string' ? number : undefined,
  };
}

/**
 * The attachments chosen to go public: files of the source report whose metadata can be
 * stripped (PDF, JPEG, PNG, WebP). Other kinds have no files to choose from yet.
 */
async function checkAttachments(
  tx: Transaction,
  draft: Pick<PublicationDraft, 'kind' | 'sourceId'>,
  attachmentIds: readonly string[],
): Promise<void> {
  if (attachmentIds.length === 0) return;
  if (draft.kind !== 'report_outcome' || !draft.sourceId)
    throw refusal('PUBLICATION.ATTACHMENT_NOT_PUBLISHABLE', { name: attachmentIds[0]! });
  const refs = attachmentIds.map((id) => db().doc(`reports/${draft.sourceId}/attachments/${id}`));
  const files = await tx.getAll(...refs);
  for (const [index, file] of files.entries()) {
    const parsed = file.exists ? attachmentSchema.safeParse(file.data()) : undefined;
    if (!parsed?.success || !publishableType(parsed.data.contentType)) {
      const name = parsed?.success ? parsed.data.fileName : attachmentIds[index]!;
      throw refusal('PUBLICATION.ATTACHMENT_NOT_PUBLISHABLE', { name });
    }
  }
}

export async function createPublication(actor: Actor, input: Input<'create'>) {
  if (!mayPreparePublications(actor)) throw refusal('PUBLICATION.PREPARED_BY_STAFF');
  return db().runTransaction(async (tx) => {
    const source = await readSource(tx, input);
    const where = { kind: input.kind, sourceId: input.sourceId };
    await checkAttachments(tx, where, input.content.attachmentIds);
    const knownNames = await readKnownNames(tx, where);
    const ref = draftsCollection().doc();
    const head = await readAuditHead(tx, publicationChain(ref.id));
    const now = Timestamp.now();
    const checked = checkContent(input.content, [], { knownNames });
    const draft = publicationDraftSchema.parse({
      kind: input.kind,
      ...(input.sourceId ? { sourceId: input.sourceId } : {}),
      ...(source.sourceNumber ? { sourceNumber: source.sourceNumber } : {}),
      ...(source.orgId ? { orgId: source.orgId } : {}),
      status: 'draft',
      ...input.content,
      flags: checked.flags,
      notPersonal: [],
      createdBy: actor.uid,
      createdAt: now,
      updatedAt: now,
    });
    const ngo = await readNgoRecipients(tx, draft);
    if (ngo.length) await takeMailingUnit(tx, actor.uid);
    tx.create(ref, draft);
    await auditPublication(tx, head, ref.id, actor, 'publication.created', {
      kind: draft.kind,
      ...(draft.sourceId ? { sourceId: draft.sourceId } : {}),
      openFlags: checked.flags.length,
    });
    writeNotices(tx, ngo, progressNotice(ref.id, draft, 'prepared', String(now.toMillis())));
    return { publicationId: ref.id, status: draft.status, openFlags: checked.flags.length };
  });
}

/** An NGO's note about its work: a draft for staff to edit, who are told of it. */
export async function sendNote(actor: Actor, input: Input<'sendNote'>) {
  if (!maySendNote(actor)) throw refusal('PUBLICATION.NOTES_BY_NGOS');
  return db().runTransaction(async (tx) => {
    const organisation = await tx.get(db().doc(`organisations/${actor.orgId}`));
    if (organisation.get('status') !== 'verified')
      throw refusal('WORKFLOW.ORGANISATION_NOT_VERIFIED', { for: 'submit' });
    const ref = draftsCollection().doc();
    const head = await readAuditHead(tx, publicationChain(ref.id));
    const staff = await readRecipients(tx, await uidsWithRole(tx, 'staff'));
    await takeMailingUnit(tx, actor.uid);
    const now = Timestamp.now();
    const content = noteContent(input.note);
    const checked = checkContent(content, [], { knownNames: [] });
    const draft = publicationDraftSchema.parse({
      kind: 'ngo_activity',
      orgId: actor.orgId,
      status: 'draft',
      ...content,
      flags: checked.flags,
      notPersonal: [],
      createdBy: actor.uid,
      createdAt: now,
      updatedAt: now,
    });
    tx.create(ref, draft);
    await auditPublication(tx, head, ref.id, actor, 'publication.note_received', {
      orgId: actor.orgId,
      links: input.note.links.length,
      openFlags: checked.flags.length,
    });
    writeNotices(tx, staff, deskNotice(ref.id, draft, 'note_received', String(now.toMillis())));
    return { publicationId: ref.id, status: draft.status, openFlags: checked.flags.length };
  });
}

/** A save by staff: the content, the check run again, the decisions that still hold. */
export async function savePublication(actor: Actor, input: Input<'save'>) {
  return runPublicationStep<CheckedContent>(actor, input.publicationId, {
    action: 'edit',
    read: async (tx, draft) => {
      await checkAttachments(tx, draft, input.content.attachmentIds);
      const knownNames = await readKnownNames(tx, draft);
      return checkContent(input.content, draft.notPersonal, { knownNames });
    },
    changes: (_draft, checked) => ({
      ...input.content,
      flags: checked.flags,
      notPersonal: checked.notPersonal,
    }),
    details: (_draft, checked) => ({
      openFlags: checked.flags.length,
      droppedDecisions: checked.dropped.map((d) => ({ field: d.field, flagId: d.flagId })),
    }),
  });
}

/** Replaces one flagged passage with «[приховано]»; the audit keeps which, not what. */
export async function redactPublicationFlag(actor: Actor, input: Input<'redact'>) {
  type Redacted = Extract<ReturnType<typeof redactStep>, { ok: true }>['value'];
  return runPublicationStep<Redacted>(actor, input.publicationId, {
    action: 'redactFlag',
    read: async (tx, draft) => {
      const knownNames = await readKnownNames(tx, draft);
      const step = redactStep(draft, input.field, input.flagId, { knownNames });
      if (!step.ok) throw toHttpsError(step.error);
      return step.value;
    },
    changes: (_draft, step) => ({
      ...step.texts,
      flags: step.checked.flags,
      notPersonal: step.checked.notPersonal,
    }),
    details: (_draft, step) => ({ field: input.field, flagId: input.flagId, kind: step.kind }),
  });
}

/** Records, with a reason, that a flag is not personal data. */
export async function markPublicationFlagNotPersonal(
  actor: Actor,
  input: Input<'markNotPersonal'>,
) {
  type Marked = Extract<ReturnType<typeof notPersonalStep>, { ok: true }>['value'];
  const decidedAt = new Date().toISOString();
  return runPublicationStep<Marked>(actor, input.publicationId, {
    action: 'markNotPersonal',
    read: async (tx, draft) => {
      const knownNames = await readKnownNames(tx, draft);
      const step = notPersonalStep(
        draft,
        {
          field: input.field,
          flagId: input.flagId,
          scope: input.scope,
          reason: input.reason,
          decidedBy: actor.uid,
          decidedAt,
        },
        { knownNames },
      );
      if (!step.ok) throw toHttpsError(step.error);
      return step.value;
    },
    changes: (_draft, step) => ({
      flags: step.checked.flags,
      notPersonal: step.checked.notPersonal,
    }),
    details: (_draft, step) => ({
      field: input.field,
      flagId: input.flagId,
      kind: step.decision.kind,
      scope: input.scope,
      reason: input.reason,
    }),
  });
}
