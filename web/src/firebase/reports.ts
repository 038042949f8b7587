import {
  addDoc,
  collection,
  deleteField,
  doc,
  getDoc,
  limit,
  onSnapshot,
  orderBy,
  query,
  serverTimestamp,
  where,
  writeBatch,
  type DocumentReference,
} from 'firebase/firestore';
import type { ReportDraftContent, ReportPersonalData } from '@domain/schemas/report.schema.js';
import {
  contentFields,
  DELETE,
  personalDataFields,
  type PersonalDataInput,
} from '../reports/report-form.js';
import {
  eventFrom,
  measureFrom,
  messageFrom,
  reportFrom,
  type AttachmentView,
  type DuplicateView,
  type MeasureView,
  type MessageView,
  type ReportEventView,
  type ReportView,
  type StoredReport,
} from '../reports/report-view.js';
import {
  draftPersonalDataConverter,
  personalDataConverter,
  measureConverter,
  reportConverter,
  reportEventConverter,
  reportMessageConverter,
  triageConverter,
} from './converters.js';
import { firestore, type Unsubscribe } from './firestore.js';
import { watchFiles } from './files.js';
import { viewsThatFit, watchViews } from './read-helpers.js';

/**
 * Reports and what hangs off them, in Firestore. Clients write only what the rules allow:
 * the NGO's own drafts in `reportDrafts` (exactly the client fields, `intake: 'web'`, server
 * timestamps) with their personal data, the submission (the report created `submitted` with
 * the draft's id, in one batch that deletes the draft), plain messages of the thread, and
 * staff's response templates. Every workflow step goes through `reportAction` (functions.ts).
 */
const reports = () => collection(firestore(), 'reports');
const drafts = () => collection(firestore(), 'reportDrafts');
const reportRef = (reportId: string) => doc(firestore(), 'reports', reportId);
const personalRef = (reportId: string) =>
  doc(firestore(), 'reports', reportId, 'private', 'personalData');
const draftRef = (reportId: string) => doc(firestore(), 'reportDrafts', reportId);
const draftPersonalRef = (reportId: string) =>
  doc(firestore(), 'reportDrafts', reportId, 'private', 'personalData');

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
  return followReport(reportRef(reportId), onChange, onError);
}

/** A report or a draft, followed with the state of this device's copy. */
function followReport(
  ref: DocumentReference,
  onChange: (report: ReportView | null, state: SnapshotState) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    ref.withConverter(reportConverter),
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

/** A draft's victims and witnesses as stored (the creator may be unnamed: see the converter). */
export type PersonalDataOfDraft = Omit<ReportPersonalData, 'createdBy' | 'createdAt'> &
  Partial<Pick<ReportPersonalData, 'createdBy' | 'createdAt'>>;

/**
 * The draft as stored (for filling the form again), or — once there is no draft — the report
 * it became (the form then says it is submitted); nulls when neither is readable.
 */
export async function getReportData(
  reportId: string,
): Promise<{ report: StoredReport | null; personalData: PersonalDataOfDraft | null }> {
  // Each through its schema: one that does not fit is refused, naming the field.
  const draft = await getDoc(draftRef(reportId).withConverter(reportConverter));
  if (!draft.exists()) {
    // The rules refuse reading a report that does not exist (or is not the organisation's).
    const report = await getDoc(reportRef(reportId).withConverter(reportConverter)).catch(
      () => null,
    );
    return { report: report?.data() ?? null, personalData: null };
  }
  // A draft written without personal data has no such document, and the rules refuse
  // reading one that does not exist.
  const personal = await getDoc(
    draftPersonalRef(reportId).withConverter(draftPersonalDataConverter),
  ).catch(() => null);
  return { report: draft.data(), personalData: personal?.data() ?? null };
}

/**
 * For the organisation: its report, or while there is none its draft with that id (so a page
 * follows a draft into the report it becomes, and back should the registration refuse it).
 */
export function watchReportOrDraft(
  reportId: string,
  onChange: (report: ReportView | null, state: SnapshotState) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  type Seen = { view: ReportView | null; state: SnapshotState };
  let report: Seen | undefined;
  let draft: Seen | undefined;
  const emit = () => {
    if (!report || !draft) return;
    onChange(report.view ?? draft.view, report.view ? report.state : draft.state);
  };
  const stops = [
    watchReport(reportId, (view, state) => ((report = { view, state }), emit()), onError),
    watchDraft(reportId, (view, state) => ((draft = { view, state }), emit()), onError),
  ];
  return () => stops.forEach((stop) => stop());
}

/**
 * Follows the organisation's draft: `null` once it is gone (submitted or deleted, here or
 * elsewhere).
 */
export function watchDraft(
  reportId: string,
  onChange: (draft: ReportView | null, state: SnapshotState) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return followReport(draftRef(reportId), onChange, onError);
}

/** The organisation reads its report's victims and witnesses directly (rules). */
export function watchPersonalData(
  reportId: string,
  onChange: (data: ReportPersonalData | null) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    personalRef(reportId).withConverter(personalDataConverter),
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
 * Writes the NGO's draft (and its personal data) in one batch, to `reportDrafts` (no function
 * runs on it): created with the client fields, `intake: 'web'` and server timestamps the first
 * time; updated with exactly the client fields afterwards (a field no longer valid is removed
 * until it is again), leaving the server's notes (`submissionProblems`) as they are.
 * `submit` instead creates the report `submitted` with the same id and its personal data, and
 * deletes the draft, all in one batch (the rules allow it for a verified organisation); the
 * registration trigger takes it from there. Offline, the write waits in Firestore's queue;
 * the promise settles when the server answers.
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
  const created = {
    orgId: options.orgId,
    intake: 'web',
    createdBy: options.uid,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
  };
  if (options.submit) {
    batch.set(reportRef(options.reportId), {
      ...contentFields(options.report, { forUpdate: false }),
      ...created,
      status: 'submitted',
    });
    if (options.personalData) {
      batch.set(personalRef(options.reportId), {
        orgId: options.orgId,
        ...personalDataFields(options.personalData),
        createdBy: options.uid,
        createdAt: serverTimestamp(),
        updatedAt: serverTimestamp(),
      });
    }
    // Whether or not the server has the draft yet: deleting nothing is allowed.
    batch.delete(draftPersonalRef(options.reportId));
    batch.delete(draftRef(options.reportId));
    return batch.commit();
  }
  if (options.exists) {
    batch.update(draftRef(options.reportId), {
      ...withDeletions(contentFields(options.report, { forUpdate: true })),
      status: 'draft',
      updatedAt: serverTimestamp(),
    });
  } else {
    batch.set(draftRef(options.reportId), {
      ...contentFields(options.report, { forUpdate: false }),
      ...created,
      status: 'draft',
    });
  }
  if (options.personalData) {
    batch.set(
      draftPersonalRef(options.reportId),
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
 * Deletes the organisation's draft with its personal data, in one batch; the server then
 * removes its files. Offline, it waits in Firestore's queue.
 */
export function deleteReportDraft(reportId: string): Promise<void> {
  const batch = writeBatch(firestore());
  batch.delete(draftPersonalRef(reportId));
  batch.delete(draftRef(reportId));
  return batch.commit();
}

/** The organisation's reports, drafts included, most recently changed first. */
export const MY_REPORTS_LIMIT = 200;

/**
 * The organisation's reports and its drafts (two collections, followed together), most
 * recently changed first; called once both have answered.
 */
export function watchOrganisationReports(
  orgId: string,
  onChange: (reports: ReportView[], state: SnapshotState) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  type Part = { rows: ReportView[]; state: SnapshotState };
  const parts: [Part | null, Part | null] = [null, null];
  const emit = () => {
    const [submitted, drafted] = parts;
    if (!submitted || !drafted) return;
    // The batch that submits a draft deletes it: should both show for a moment, the report wins.
    const ids = new Set(submitted.rows.map((row) => row.id));
    const rows = [...drafted.rows.filter((row) => !ids.has(row.id)), ...submitted.rows]
      .sort((a, b) => (b.updatedAt ?? 0) - (a.updatedAt ?? 0))
      .slice(0, MY_REPORTS_LIMIT);
    onChange(rows, {
      fromCache: submitted.state.fromCache || drafted.state.fromCache,
      pendingWrites: submitted.state.pendingWrites || drafted.state.pendingWrites,
    });
  };
  const follow = (base: typeof reports, index: 0 | 1) =>
    onSnapshot(
      query(
        base().withConverter(reportConverter),
        where('orgId', '==', orgId),
        orderBy('updatedAt', 'desc'),
        limit(MY_REPORTS_LIMIT),
      ),
      { includeMetadataChanges: true },
      (snapshot) => {
        parts[index] = {
          rows: viewsThatFit(snapshot.docs, reportFrom),
          state: {
            fromCache: snapshot.metadata.fromCache,
            pendingWrites: snapshot.metadata.hasPendingWrites,
          },
        };
        emit();
      },
      onError,
    );
  const stops = [follow(reports, 0), follow(drafts, 1)];
  return () => stops.forEach((stop) => stop());
}

export function watchEvents(
  reportId: string,
  onChange: (events: ReportEventView[]) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchViews(
    query(
      collection(reportRef(reportId), 'events').withConverter(reportEventConverter),
      orderBy('at', 'asc'),
    ),
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
  return watchViews(
    query(
      collection(reportRef(reportId), 'messages').withConverter(reportMessageConverter),
      orderBy('createdAt', 'asc'),
    ),
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
  return watchViews(
    query(
      collection(reportRef(reportId), 'measures').withConverter(measureConverter),
      orderBy('createdAt', 'asc'),
    ),
    (id, data) => measureFrom(id, data),
    onChange,
    onError,
  );
}

/** The report's files, through the one file watcher. */
export function watchAttachments(
  reportId: string,
  onChange: (attachments: AttachmentView[]) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchFiles('reports', reportId, onChange, onError);
}

/** Possible duplicates, for the Secretariat and the region's coordinators. */
export function watchDuplicates(
  reportId: string,
  onChange: (duplicates: DuplicateView[]) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    doc(firestore(), 'reports', reportId, 'internal', 'triage').withConverter(triageConverter),
    (snapshot) => onChange(snapshot.data()?.possibleDuplicates ?? []),
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
