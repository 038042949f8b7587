import {
  collection,
  doc,
  getDoc,
  getDocs,
  limit,
  onSnapshot,
  query,
  where,
  type Query,
} from 'firebase/firestore';
import { meetingSchema } from '@domain/schemas/meeting.schema.js';
import { proposalSchema } from '@domain/schemas/proposal.schema.js';
import {
  publicationDraftSchema,
  type PublicationDraft,
} from '@domain/schemas/publication.schema.js';
import { organisationNamesConverter, reportConverter } from './converters.js';
import { viewsThatFit } from './read-helpers.js';
import { typed } from './typed.js';
import { reportFrom } from '../reports/report-view.js';
import { firestore, millis, type Unsubscribe } from './firestore.js';

export { publicationAction } from './functions.js';

/**
 * Publications in the browser: the drafts staff prepare (`publicationDrafts`, read by the
 * Secretariat; a member of an NGO reads the notes they sent), each through its schema, the
 * material a publication is prepared from, and the `publicationAction` callable. Every step
 * goes through the callable; nothing here writes.
 */
const drafts = () =>
  collection(firestore(), 'publicationDrafts').withConverter(typed(publicationDraftSchema));

export type DraftItem = PublicationDraft & { id: string };

/** The most of each kind of source the «prepare» page offers (the newest first). */
const SOURCE_LIMIT = 200;

function listen(
  source: Query<PublicationDraft>,
  next: (items: DraftItem[]) => void,
  fail: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    source,
    (snapshot) =>
      next(
        snapshot.docs
          .map((d) => ({ ...d.data(), id: d.id }))
          .sort((a, b) => (millis(b.updatedAt) ?? 0) - (millis(a.updatedAt) ?? 0)),
      ),
    fail,
  );
}

/** Every draft, for the Secretariat's list. */
export function watchDrafts(
  next: (items: DraftItem[]) => void,
  fail: (error: Error) => void,
): Unsubscribe {
  return listen(query(drafts()), next, fail);
}

/**
 * The notes a member of an NGO sent about its work. The rules let them read these while they
 * are a member of its organisation, so the query names both.
 */
export function watchOwnNotes(
  who: { uid: string; orgId: string },
  next: (items: DraftItem[]) => void,
  fail: (error: Error) => void,
): Unsubscribe {
  return listen(
    query(drafts(), where('createdBy', '==', who.uid), where('orgId', '==', who.orgId)),
    next,
    fail,
  );
}

export function watchDraft(
  id: string,
  next: (draft: PublicationDraft | null) => void,
  fail: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(doc(drafts(), id), (s) => next(s.exists() ? s.data() : null), fail);
}

export async function readDraft(id: string): Promise<PublicationDraft | null> {
  const snapshot = await getDoc(doc(drafts(), id));
  return snapshot.exists() ? snapshot.data() : null;
}

/** One thing a publication can be prepared from, as the «prepare» page offers it. */
export interface SourceOption {
  id: string;
  label: string;
  /** A report's outcome: whether the NGO consented to publishing it. */
  consent?: boolean;
}

export interface PublicationSources {
  reports: SourceOption[];
  proposals: SourceOption[];
  meetings: SourceOption[];
  organisations: SourceOption[];
}

/**
 * What staff may prepare a publication from: decided (or closed) reports with their consent,
 * proposals, meetings whose minutes are recorded, and verified organisations (for a note about
 * their work). The Secretariat reads all of them, each through its schema (one that does not
 * fit is left out and reported, naming the field).
 */
export async function publicationSources(): Promise<PublicationSources> {
  const db = firestore();
  const reportsIn = (status: string) =>
    getDocs(
      query(
        collection(db, 'reports').withConverter(reportConverter),
        where('status', '==', status),
        limit(SOURCE_LIMIT),
      ),
    );
  const [decided, closed, proposals, meetings, organisations] = await Promise.all([
    reportsIn('decided'),
    reportsIn('closed'),
    getDocs(
      query(collection(db, 'proposals').withConverter(typed(proposalSchema)), limit(SOURCE_LIMIT)),
    ),
    getDocs(
      query(collection(db, 'meetings').withConverter(typed(meetingSchema)), limit(SOURCE_LIMIT)),
    ),
    getDocs(
      query(
        collection(db, 'organisations').withConverter(organisationNamesConverter),
        where('status', '==', 'verified'),
        limit(SOURCE_LIMIT),
      ),
    ),
  ]);
  return {
    reports: viewsThatFit([...decided.docs, ...closed.docs], (id, stored) => {
      const report = reportFrom(id, stored);
      return {
        id,
        label: `${report.number ?? id} — ${report.title}`,
        consent: report.consentToPublish,
      };
    }),
    proposals: viewsThatFit(proposals.docs, (id, proposal) => ({
      id,
      label: `${proposal.number ?? id} — ${proposal.title}`,
    })),
    meetings: viewsThatFit(meetings.docs, (id, meeting) =>
      meeting.minutes ? { id, label: meeting.title } : null,
    ).filter((meeting) => meeting !== null),
    organisations: viewsThatFit(organisations.docs, (id, names) => ({
      id,
      label: names.shortName || names.name,
    })),
  };
}
