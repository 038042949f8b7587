import type { DocumentReference, Transaction } from 'firebase-admin/firestore';
import { FieldValue } from 'firebase-admin/firestore';
import { withCouncilRelations, type MembershipPeriod } from '../domain/councils/memberships.js';
import { kyivDate } from '../domain/kyiv-time.js';
import {
  meetingFileReadRefusal,
  meetingFileRemovalRefusal,
  meetingUploadRefusal,
  noteFileReadRefusal,
  noteFileRemovalRefusal,
  noteUploadRefusal,
  type NoteFileFacts,
  proposalFileReadRefusal,
  proposalFileRemovalRefusal,
  proposalUploadRefusal,
  type ProposalFileFacts,
} from '../domain/policies/files.policy.js';
import type { MeetingAccessView } from '../domain/policies/meeting.policy.js';
import type { Actor } from '../domain/roles.js';
import {
  attachmentSchema,
  attachmentStoragePath,
  meetingAttachmentSchema,
  meetingFileStoragePath,
  noteAttachmentSchema,
  noteFileStoragePath,
  proposalAttachmentSchema,
  proposalFileStoragePath,
  type AttachmentKind,
} from '../domain/schemas/attachment.schema.js';
import type { UploadAddress, UploadTarget } from '../domain/uploads/upload-targets.js';
import { uploadErrors, type UploadError } from '../domain/uploads/upload-errors.js';
import {
  downloadRefusal,
  removalRefusal,
  reportFactsSchema,
  uploadRefusal,
} from '../domain/uploads/upload-policy.js';
import { councilMembershipSchema } from '../domain/schemas/council-membership.schema.js';
import { meetingSchema } from '../domain/schemas/meeting.schema.js';
import { noteSchema } from '../domain/schemas/note.schema.js';
import { proposalDraftSchema } from '../domain/schemas/proposal-draft.schema.js';
import { proposalSchema } from '../domain/schemas/proposal.schema.js';
import { storedConverter } from '../domain/stored/stored-document.js';
import { db } from '../shared/firebase.js';
import { refuse } from './http-errors.js';
import { readReportFacts } from './report-facts.js';

/**
 * Where each target of the file routes keeps its records and bytes, how its facts are read
 * (in a transaction, or once before it), and which pure policy decides: the reports' in
 * uploads/upload-policy.ts, the proposals', meetings' and notes' in policies/files.policy.ts.
 */
export type Reader = Pick<Transaction, 'get'>;
/** Reads outside a transaction, the same way. */
export const directReader: Reader = {
  get: ((source: { get: () => Promise<unknown> }) => source.get()) as Reader['get'],
};

/** What every stored file's record says, whatever it is attached to. */
export interface StoredFile {
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  storagePath: string;
  uploadedBy: string;
  uploadedAt: { toMillis(): number } | Date;
}

export interface FileTarget {
  target: UploadTarget;
  id: string;
  /** The document whose `attachments` sub-collection holds the records. */
  parent: DocumentReference;
  storagePath(attachmentId: string): string;
  /** The facts the policies need; refuses when the document does not exist. */
  facts(read: Reader, actor: Actor): Promise<unknown>;
  readRefusal(actor: Actor, facts: unknown): UploadError | null;
  uploadRefusal(actor: Actor, facts: unknown, kind: string): UploadError | null;
  /** `file` null: whether this person may remove any file here now. */
  removalRefusal(actor: Actor, facts: unknown, file: StoredFile | null): UploadError | null;
  tooManyFiles(max: number): UploadError;
  /** The record of a file that passed the checks, through the target's schema. */
  record(actor: Actor, facts: unknown, kind: string, file: StoredFile): StoredFile;
  parseRecord(data: unknown): StoredFile;
  /** Writes that go with a new record or its removal (the draft's list of files). */
  onAdded?(tx: Transaction, attachmentId: string): void;
  onRemoved?(tx: Transaction, attachmentId: string): void;
}

const millis = (value: StoredFile['uploadedAt']) =>
  value instanceof Date ? value.getTime() : value.toMillis();

function reportTarget(id: string): FileTarget {
  const parent = db().doc(`reports/${id}`);
  const factsOf = (facts: unknown) => reportFactsSchema.parse(facts);
  return {
    target: 'report',
    id,
    parent,
    storagePath: (attachmentId) => attachmentStoragePath(id, attachmentId),
    // The report, or while there is none yet its draft (report-facts.ts): a draft's files are
    // recorded under the report's id, so they are the report's once it is submitted.
    async facts(read) {
      const facts = await readReportFacts(id, (ref) => read.get(ref));
      if (!facts) throw refuse(uploadErrors.reportNotFound());
      return facts;
    },
    readRefusal: (actor, facts) => downloadRefusal(asFileActor(actor), factsOf(facts)),
    uploadRefusal: (actor, facts, kind) =>
      uploadRefusal(asFileActor(actor), factsOf(facts), kind as AttachmentKind),
    removalRefusal: (actor, facts) => removalRefusal(asFileActor(actor), factsOf(facts)),
    tooManyFiles: (max) => uploadErrors.tooManyFiles(max),
    record: (actor, facts, kind, file) =>
      attachmentSchema.parse({ orgId: factsOf(facts).orgId, kind, ...file }),
    parseRecord: (data) => attachmentSchema.parse(data),
  };
}

/** The actor's relations to these councils today (only their own membership documents). */
async function onCouncils(read: Reader, actor: Actor, councilIds: string[]): Promise<Actor> {
  const periods: MembershipPeriod[] = [];
  for (const councilId of new Set(councilIds)) {
    const mine = await read.get(
      db()
        .collection(`councils/${councilId}/members`)
        .withConverter(storedConverter(councilMembershipSchema))
        .where('uid', '==', actor.uid),
    );
    for (const d of mine.docs) {
      const { role, from, to } = d.data();
      periods.push({ councilId, uid: actor.uid, role, from, to });
    }
  }
  return withCouncilRelations(actor, periods, kyivDate(new Date()));
}

type ProposalFacts = ProposalFileFacts & { actor: Actor };

function proposalTarget(id: string): FileTarget {
  const parent = db().doc(`proposals/${id}`).withConverter(storedConverter(proposalSchema));
  const draftRef = db()
    .doc(`proposalDrafts/${id}`)
    .withConverter(storedConverter(proposalDraftSchema));
  const as = (facts: unknown) => facts as ProposalFacts;
  return {
    target: 'proposal',
    id,
    parent,
    storagePath: (attachmentId) => proposalFileStoragePath(id, attachmentId),
    async facts(read, actor): Promise<ProposalFacts> {
      const proposal = (await read.get(parent)).data();
      const draft = (await read.get(draftRef)).data();
      const base = proposal ?? draft;
      if (!base) throw refuse(uploadErrors.targetNotFound('proposal'));
      const facts: ProposalFileFacts = {
        status: proposal?.status ?? 'draft',
        councilId: base.councilId,
        orgIds: base.orgIds,
        agenda: proposal?.agenda,
        discussion: proposal?.discussion,
        locked: draft?.locked ?? true,
        lastSubmittedAt: proposal ? millis(proposal.lastSubmittedAt) : null,
      };
      const councils = [facts.councilId, facts.agenda?.councilId, facts.discussion?.councilId];
      const related = await onCouncils(
        read,
        actor,
        councils.filter((c): c is string => typeof c === 'string'),
      );
      return { ...facts, actor: related };
    },
    readRefusal: (_, facts) => proposalFileReadRefusal(as(facts).actor, as(facts)),
    uploadRefusal: (_, facts) => proposalUploadRefusal(as(facts).actor, as(facts)),
    removalRefusal: (_, facts, file) =>
      proposalFileRemovalRefusal(
        as(facts).actor,
        as(facts),
        file && { uploadedAt: millis(file.uploadedAt) },
      ),
    tooManyFiles: (max) => uploadErrors.targetTooManyFiles('proposal', max),
    record: (actor, _, kind, file) =>
      proposalAttachmentSchema.parse({ orgId: actor.orgId, kind, ...file }),
    parseRecord: (data) => proposalAttachmentSchema.parse(data),
    // The draft lists its files, so that a submitted version names the ones it had.
    onAdded: (tx, attachmentId) =>
      tx.update(draftRef, { attachmentIds: FieldValue.arrayUnion(attachmentId) }),
    onRemoved: (tx, attachmentId) =>
      tx.update(draftRef, { attachmentIds: FieldValue.arrayRemove(attachmentId) }),
  };
}

type MeetingFacts = MeetingAccessView & { actor: Actor };

function meetingTarget(id: string): FileTarget {
  const parent = db().doc(`meetings/${id}`).withConverter(storedConverter(meetingSchema));
  const as = (facts: unknown) => facts as MeetingFacts;
  return {
    target: 'meeting',
    id,
    parent,
    storagePath: (attachmentId) => meetingFileStoragePath(id, attachmentId),
    async facts(read, actor): Promise<MeetingFacts> {
      const meeting = (await read.get(parent)).data();
      if (!meeting) throw refuse(uploadErrors.targetNotFound('meeting'));
      const { status, councilId } = meeting;
      return { status, councilId, actor: await onCouncils(read, actor, [councilId]) };
    },
    readRefusal: (_, facts) => meetingFileReadRefusal(as(facts).actor, as(facts)),
    uploadRefusal: (_, facts) => meetingUploadRefusal(as(facts).actor, as(facts)),
    removalRefusal: (_, facts) => meetingFileRemovalRefusal(as(facts).actor, as(facts)),
    tooManyFiles: (max) => uploadErrors.targetTooManyFiles('meeting', max),
    record: (_, __, kind, file) => meetingAttachmentSchema.parse({ kind, ...file }),
    parseRecord: (data) => meetingAttachmentSchema.parse(data),
  };
}

/** An NGO's note about its work: its photos, while a member of the organisation writes it. */
function noteTarget(id: string): FileTarget {
  const parent = db().doc(`notes/${id}`).withConverter(storedConverter(noteSchema));
  const as = (facts: unknown) => facts as NoteFileFacts;
  return {
    target: 'note',
    id,
    parent,
    storagePath: (attachmentId) => noteFileStoragePath(id, attachmentId),
    async facts(read): Promise<NoteFileFacts> {
      const note = (await read.get(parent)).data();
      if (!note) throw refuse(uploadErrors.targetNotFound('note'));
      return { orgId: note.orgId, status: note.status };
    },
    readRefusal: (actor, facts) => noteFileReadRefusal(actor, as(facts)),
    uploadRefusal: (actor, facts) => noteUploadRefusal(actor, as(facts)),
    removalRefusal: (actor, facts) => noteFileRemovalRefusal(actor, as(facts)),
    tooManyFiles: (max) => uploadErrors.targetTooManyFiles('note', max),
    record: (_, facts, kind, file) =>
      noteAttachmentSchema.parse({ orgId: as(facts).orgId, kind, ...file }),
    parseRecord: (data) => noteAttachmentSchema.parse(data),
  };
}

const FACTORIES: Record<UploadTarget, (id: string) => FileTarget> = {
  report: reportTarget,
  proposal: proposalTarget,
  meeting: meetingTarget,
  note: noteTarget,
};

export function fileTarget(address: Pick<UploadAddress, 'target' | 'id'>): FileTarget {
  return FACTORIES[address.target](address.id);
}

/** The report policy's actor: a person with a role (never the system). */
function asFileActor(actor: Actor) {
  if (actor.role === 'system') throw new Error('The system does not use the file routes');
  return { uid: actor.uid, role: actor.role, orgId: actor.orgId, regions: actor.regions };
}
