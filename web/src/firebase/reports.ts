import {
  addDoc,
  collection,
  deleteDoc,
  deleteField,
  doc,
  getDoc,
  limit,
  onSnapshot,
  orderBy,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
  writeBatch,
  type DocumentData,
  type Query,
} from 'firebase/firestore';
import type { ReportDraftContent } from '@domain/schemas/report.schema.js';
import {
  contentFields,
  DELETE,
  personalDataFields,
  type PersonalDataInput,
} from '../reports/report-form.js';
import {
  attachmentFrom,
  duplicatesFrom,
  eventFrom,
  measureFrom,
  messageFrom,
  reportFrom,
  templateFrom,
  type AttachmentView,
  type DuplicateView,
  type MeasureView,
  type MessageView,
  type ReportEventView,
  type ReportView,
  type StoredReport,
  type TemplateView,
} from '../reports/report-view.js';
import { reportConverter } from './converters.js';
import { firestore, type Unsubscribe } from './firestore.js';
import { viewsThatFit } from './read-helpers.js';

/**
 * Reports and what hangs off them, in Firestore. Clients write only what the rules allow:
 * the NGO's own drafts (exactly the client fields, `intake: 'web'`, server timestamps) with
 * their personal data, plain messages of the thread, and staff's response templates. Every
 * workflow step goes through `reportAction` (functions.ts).
 */
const reports = () => collection(firestore(), 'reports');
const reportRef = (reportId: string) => doc(firestore(), 'reports', reportId);
const personalRef = (reportId: string) =>
  doc(firestore(), 'reports', reportId, 'private', 'personalData');

/** A new report's id, made on the device (no network needed), so a draft has it from the start. */
export function newReportId(): string {
  return doc(reports()).id;
}

export interface SnapshotState {
  /** Served from this device's cache, not confirmed by the server yet. */
  fromCache: boolean;
  /** Holds writes made here that the server has not confirmed. */
  pendingWrites: boolean;
}

/** Follows one report; `null` when it does not exist (or is not readable). */
export function watchReport(
  reportId: string,
  onChange: (report: ReportView | null, state: SnapshotState) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    reportRef(reportId).withConverter(reportConverter),
    { includeMetadataChanges: true },
    (snapshot) => {
      let report: ReportView | null;
      try {
        const stored = snapshot.data();
        report = stored ? reportFrom(snapshot.id, stored) : null;
      } catch (error) {
        // A report that does not fit its schema: the page says it failed, naming the field.
        onError(error as Error);
        return;
      }
      onChange(report, {
        fromCache: snapshot.metadata.fromCache,
        pendingWrites: snapshot.metadata.hasPendingWrites,
      });
    },
    onError,
  );
}

/**
 * The report document itself, through its schema (for filling the form again); a document
 * that does not fit is refused with a `StoredDocumentError` naming the field.
 */
export async function getReportData(
  reportId: string,
): Promise<{ report: StoredReport | null; personalData: DocumentData | null }> {
  const report = await getDoc(reportRef(reportId).withConverter(reportConverter));
  if (!report.exists()) return { report: null, personalData: null };
  // A draft the seed or an older client wrote without personal data has no such document,
  // and the rules refuse reading one that does not exist.
  const personal = await getDoc(personalRef(reportId)).catch(() => null);
  return { report: report.data(), personalData: personal?.data() ?? null };
}

/** The organisation reads its report's victims and witnesses directly (rules). */
export function watchPersonalData(
  reportId: string,
  onChange: (data: DocumentData | null) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    personalRef(reportId),
    (snapshot) => onChange(snapshot.data() ?? null),
    onError,
  );
}

function withDeletions(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [key, value === DELETE ? deleteField() : value]),
  );
}

/**
 * Writes the NGO's draft (and its personal data) in one batch: created with the client
 * fields, `intake: 'web'` and server timestamps the first time; updated with exactly the
 * client fields afterwards (a field no longer valid is removed until it is again), leaving the
 * server's notes (`submissionProblems`) as they are.
 * `submit` moves it to `submitted` (the rules allow it for a verified organisation). Offline,
 * the write waits in Firestore's queue; the promise settles when the server answers.
 */
export function saveReportDraft(options: {
  reportId: string;
  orgId: string;
  uid: string;
  /** A whole report to submit, or a draft's valid fields so far. */
  report: ReportDraftContent;
  personalData: PersonalDataInput | null;
  exists: boolean;
  submit: boolean;
}): Promise<void> {
  const batch = writeBatch(firestore());
  const status = options.submit ? 'submitted' : 'draft';
  if (options.exists) {
    batch.update(reportRef(options.reportId), {
      ...withDeletions(contentFields(options.report, { forUpdate: true })),
      status,
      updatedAt: serverTimestamp(),
    });
  } else {
    batch.set(reportRef(options.reportId), {
      ...contentFields(options.report, { forUpdate: false }),
      orgId: options.orgId,
      status,
      intake: 'web',
      createdBy: options.uid,
      createdAt: serverTimestamp(),
      updatedAt: serverTimestamp(),
    });
  }
  if (options.personalData) {
    batch.set(
      personalRef(options.reportId),
      {
        orgId: options.orgId,
        ...personalDataFields(options.personalData),
        ...(options.exists ? {} : { createdBy: options.uid, createdAt: serverTimestamp() }),
        updatedAt: serverTimestamp(),
      },
      { merge: true },
    );
  }
  return batch.commit();
}

/**
 * Deletes the organisation's draft with its personal data, in one batch (the rules allow it
 * while the report is a draft); the server then removes its files. Offline, it waits in
 * Firestore's queue.
 */
export function deleteReportDraft(reportId: string): Promise<void> {
  const batch = writeBatch(firestore());
  batch.delete(personalRef(reportId));
  batch.delete(reportRef(reportId));
  return batch.commit();
}

/** The organisation's reports, drafts included, most recently changed first. */
export const MY_REPORTS_LIMIT = 200;

export function watchOrganisationReports(
  orgId: string,
  onChange: (reports: ReportView[], state: SnapshotState) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    query(
      reports().withConverter(reportConverter),
      where('orgId', '==', orgId),
      orderBy('updatedAt', 'desc'),
      limit(MY_REPORTS_LIMIT),
    ),
    { includeMetadataChanges: true },
    (snapshot) =>
      onChange(viewsThatFit(snapshot.docs, reportFrom), {
        fromCache: snapshot.metadata.fromCache,
        pendingWrites: snapshot.metadata.hasPendingWrites,
      }),
    onError,
  );
}

function watchList<T>(
  q: Query,
  map: (id: string, data: DocumentData, pending: boolean) => T,
  onChange: (items: T[]) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    q,
    { includeMetadataChanges: true },
    (snapshot) =>
      onChange(
        snapshot.docs.map((d) =>
          map(d.id, d.data({ serverTimestamps: 'estimate' }), d.metadata.hasPendingWrites),
        ),
      ),
    onError,
  );
}

export function watchEvents(
  reportId: string,
  onChange: (events: ReportEventView[]) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchList(
    query(collection(reportRef(reportId), 'events'), orderBy('at', 'asc')),
    (id, data) => eventFrom(id, data),
    onChange,
    onError,
  );
}

export function watchMessages(
  reportId: string,
  onChange: (messages: MessageView[]) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchList(
    query(collection(reportRef(reportId), 'messages'), orderBy('createdAt', 'asc')),
    messageFrom,
    onChange,
    onError,
  );
}

export function watchMeasures(
  reportId: string,
  onChange: (measures: MeasureView[]) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchList(
    query(collection(reportRef(reportId), 'measures'), orderBy('createdAt', 'asc')),
    (id, data) => measureFrom(id, data),
    onChange,
    onError,
  );
}

export function watchAttachments(
  reportId: string,
  onChange: (attachments: AttachmentView[]) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchList(
    query(collection(reportRef(reportId), 'attachments'), orderBy('uploadedAt', 'asc')),
    (id, data) => attachmentFrom(id, data),
    onChange,
    onError,
  );
}

/** Possible duplicates, for the Secretariat and the region's coordinators. */
export function watchDuplicates(
  reportId: string,
  onChange: (duplicates: DuplicateView[]) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    doc(firestore(), 'reports', reportId, 'internal', 'triage'),
    (snapshot) => onChange(duplicatesFrom(snapshot.data() ?? null)),
    onError,
  );
}

/** A plain message of the thread (requests and answers go through `reportAction`). */
export function sendMessage(message: {
  reportId: string;
  orgId: string;
  side: 'ngo' | 'secretariat';
  text: string;
  authorUid: string;
  authorName: string;
}): Promise<unknown> {
  return addDoc(collection(reportRef(message.reportId), 'messages'), {
    orgId: message.orgId,
    side: message.side,
    kind: 'message',
    text: message.text,
    authorUid: message.authorUid,
    authorName: message.authorName,
    createdAt: serverTimestamp(),
  });
}

// ---- response templates -----------------------------------------------------------------------

export function watchTemplates(
  kind: string | null,
  onChange: (templates: TemplateView[]) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  const base = collection(firestore(), 'responseTemplates');
  return onSnapshot(
    kind ? query(base, where('kind', '==', kind)) : base,
    (snapshot) => onChange(snapshot.docs.map((d) => templateFrom(d.id, d.data()))),
    onError,
  );
}

/** Staff keep the templates (rules: exactly title, kind, text, updatedBy, updatedAt). */
export async function saveTemplate(
  templateId: string | null,
  template: { title: string; kind: string; text: string },
  uid: string,
): Promise<void> {
  const data = { ...template, updatedBy: uid, updatedAt: serverTimestamp() };
  if (templateId) await updateDoc(doc(firestore(), 'responseTemplates', templateId), data);
  else await setDoc(doc(collection(firestore(), 'responseTemplates')), data);
}

export async function deleteTemplate(templateId: string): Promise<void> {
  await deleteDoc(doc(firestore(), 'responseTemplates', templateId));
}
