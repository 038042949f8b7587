import { Timestamp, type Transaction } from 'firebase-admin/firestore';
import type { PublicationActionInput } from '../domain/actions/publication-action.schema.js';
import { noteSchema } from '../domain/schemas/note.schema.js';
import { sourceFilesOf } from '../domain/publications/source-files.js';
import { reportSchema } from '../domain/schemas/report.schema.js';
import { readStored, storedConverter, storedStatus } from '../domain/stored/stored-document.js';
import { proposalSourceSchema } from '../domain/stored/stored-publication.js';
import { reportOutcomeSourceSchema } from '../domain/stored/stored-report.js';
import { organisationVerified } from '../organisations/organisation-store.js';
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
  // A note's own draft is made by `sendNote`, never named by staff.
  if (input.kind === 'ngo_activity') {
    if (input.sourceId) throw refusal('PUBLICATION.SOURCE_NOT_FOUND');
    return { orgId: input.orgId };
  }
  if (!input.sourceId) {
    if (input.kind === 'report_outcome') throw refusal('PUBLICATION.SOURCE_NOT_FOUND');
    return {};
  }
  const collection = input.kind === 'report_outcome' ? 'reports' : SOURCE_COLLECTION[input.kind];
  const source = await tx.get(db().doc(`${collection}/${input.sourceId}`));
  if (!source.exists) throw refusal('PUBLICATION.SOURCE_NOT_FOUND');
  if (input.kind === 'report_outcome') {
    // The state first: a report still in the making need not have the rest yet.
    const status = storedStatus(reportSchema.shape.status, source);
    if (!(OUTCOME_STATUSES as readonly string[]).includes(status ?? ''))
      throw refusal('PUBLICATION.OUTCOME_NOT_READY');
    const report = readStored(reportOutcomeSourceSchema, source.ref.path, source.data());
    if (!report.consentToPublish) throw refusal('PUBLICATION.NO_CONSENT');
    return { orgId: report.orgId, sourceNumber: report.number };
  }
  // A meeting has no number of its own, and neither it nor a proposal one organisation.
  if (input.kind === 'meeting_minutes') return {};
  return { sourceNumber: readStored(proposalSourceSchema, source.ref.path, source.data()).number };
}

/**
 * The attachments chosen to go public: files of the source report, or photos of the note the
 * draft was made from (domain/publications/source-files.ts), whose metadata can be stripped
 * (PDF, JPEG, PNG, WebP). Other kinds have no files to choose from.
 */
async function checkAttachments(
  tx: Transaction,
  draft: Pick<PublicationDraft, 'kind' | 'sourceId'>,
  attachmentIds: readonly string[],
): Promise<void> {
  if (attachmentIds.length === 0) return;
  const source = sourceFilesOf(draft);
  if (!source) throw refusal('PUBLICATION.ATTACHMENT_NOT_PUBLISHABLE', { name: attachmentIds[0]! });
  const refs = attachmentIds.map((id) => db().doc(`${source.collection}/${id}`));
  const files = await tx.getAll(...refs);
  for (const [index, file] of files.entries()) {
    const parsed = file.exists ? source.parse(file.data()) : null;
    if (!parsed || !publishableType(parsed.contentType)) {
      throw refusal('PUBLICATION.ATTACHMENT_NOT_PUBLISHABLE', {
        name: parsed?.fileName ?? attachmentIds[index]!,
      });
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

/** `notes/{noteId}`, read through its schema. */
const noteRef = (noteId: string) =>
  db().doc(`notes/${noteId}`).withConverter(storedConverter(noteSchema));

/**
 * An NGO's note about its work: a draft for staff to edit, who are told of it. A note written
 * with photos (`noteId`, its organisation's open note) becomes the draft of the same id, whose
 * `sourceId` names the note; the note is marked sent in the same transaction, so no photo is
 * added or removed after staff have it.
 */
export async function sendNote(actor: Actor, input: Input<'sendNote'>) {
  if (!maySendNote(actor)) throw refusal('PUBLICATION.NOTES_BY_NGOS');
  return db().runTransaction(async (tx) => {
    if (!(await organisationVerified(tx, actor.orgId)))
      throw refusal('WORKFLOW.ORGANISATION_NOT_VERIFIED', { for: 'submit' });
    const written = input.noteId ? await readOpenNote(tx, actor, input.noteId) : null;
    const ref = written ? draftsCollection().doc(written.id) : draftsCollection().doc();
    const head = await readAuditHead(tx, publicationChain(ref.id));
    const staff = await readRecipients(tx, await uidsWithRole(tx, 'staff'));
    await takeMailingUnit(tx, actor.uid);
    const now = Timestamp.now();
    const content = noteContent(input.note);
    const checked = checkContent(content, [], { knownNames: [] });
    const draft = publicationDraftSchema.parse({
      kind: 'ngo_activity',
      ...(written ? { sourceId: written.id } : {}),
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
    if (written) tx.update(noteRef(written.id), { status: 'sent', sentAt: now });
    await auditPublication(tx, head, ref.id, actor, 'publication.note_received', {
      orgId: actor.orgId,
      links: input.note.links.length,
      photos: written?.photos ?? 0,
      openFlags: checked.flags.length,
    });
    writeNotices(tx, staff, deskNotice(ref.id, draft, 'note_received', String(now.toMillis())));
    return { publicationId: ref.id, status: draft.status, openFlags: checked.flags.length };
  });
}

/** The organisation's note still being written, with how many photos it has. */
async function readOpenNote(tx: Transaction, actor: Actor, noteId: string) {
  const ref = noteRef(noteId);
  const note = (await tx.get(ref)).data();
  if (!note || note.orgId !== actor.orgId) throw refusal('PUBLICATION.NOTE_NOT_FOUND');
  if (note.status !== 'open') throw refusal('PUBLICATION.NOTE_ALREADY_SENT');
  const photos = (await tx.get(ref.collection('attachments').count())).data().count;
  return { id: noteId, photos };
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
