import { doc, serverTimestamp, writeBatch, type Firestore } from 'firebase/firestore';
import type { ReportContent } from '../../functions/src/domain/schemas/report.schema.js';
import { adminDb } from './admin.js';
import { eventually } from './mailbox.js';

/** What a careful NGO writes in the form: a realistic report of a violation. */
export function reportContent(overrides: Partial<ReportContent> = {}): ReportContent {
  return {
    title: 'Затримання активіста без протоколу і без адвоката',
    description:
      'Працівники поліції затримали активіста під час мирного пікету біля міськради, протягом шести годин не складали протокол і не допускали адвоката.',
    incidentDate: '2026-11-12',
    regionCode: 'UA-30',
    locality: 'Київ',
    violator: { kind: 'state_body', name: 'Головне управління Національної поліції у м. Києві' },
    rights: ['liberty', 'fair_trial', 'assembly'],
    area: 'restoration',
    victimsCount: 1,
    vulnerableGroups: { children: false, disabilities: false, deprivedOfLiberty: true },
    urgent: false,
    consentToPublish: true,
    ...overrides,
  };
}

/** The document the web client creates when an NGO member submits. */
export function submittedReportDocument(
  orgId: string,
  uid: string,
  content: ReportContent = reportContent(),
) {
  return { ...draftDocument(orgId, uid, content), status: 'submitted' };
}

/** A draft as the web client autosaves it to `reportDrafts/{id}` (no function runs on it). */
export function draftDocument(orgId: string, uid: string, content: Partial<ReportContent> = {}) {
  return {
    ...Object.fromEntries(Object.entries(content).filter(([, v]) => v !== undefined)),
    orgId,
    status: 'draft',
    intake: 'web',
    createdBy: uid,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
  };
}

/** Victims and witnesses as the form writes them next to a draft or a submission. */
export function personalDataDocument(orgId: string, uid: string) {
  return {
    orgId,
    victims: [{ fullName: 'Петренко Василь Іванович', birthYear: 1994, contact: '+380671234567' }],
    witnesses: [],
    createdBy: uid,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
  };
}

/** Saves a new draft as the NGO's browser does: the draft and its personal data, one batch. */
export async function saveDraft(
  db: Firestore,
  reportId: string,
  orgId: string,
  uid: string,
  content: Partial<ReportContent> = reportContent(),
): Promise<void> {
  const batch = writeBatch(db);
  batch.set(doc(db, 'reportDrafts', reportId), draftDocument(orgId, uid, content));
  batch.set(
    doc(db, 'reportDrafts', reportId, 'private', 'personalData'),
    personalDataDocument(orgId, uid),
  );
  await batch.commit();
}

/**
 * Submits as the NGO's browser does (web/src/firebase/reports.ts): one batch creates the report
 * `submitted` with the draft's id and its personal data, and deletes the draft.
 */
export async function submitDraft(
  db: Firestore,
  reportId: string,
  orgId: string,
  uid: string,
  content: ReportContent = reportContent(),
): Promise<void> {
  const batch = writeBatch(db);
  batch.set(doc(db, 'reports', reportId), submittedReportDocument(orgId, uid, content));
  batch.set(
    doc(db, 'reports', reportId, 'private', 'personalData'),
    personalDataDocument(orgId, uid),
  );
  batch.delete(doc(db, 'reportDrafts', reportId, 'private', 'personalData'));
  batch.delete(doc(db, 'reportDrafts', reportId));
  await batch.commit();
}

export async function reportInStatus(reportId: string, statuses: string[], timeoutMs = 20_000) {
  return eventually(
    async () => {
      const snapshot = await adminDb().doc(`reports/${reportId}`).get();
      return statuses.includes(String(snapshot.get('status'))) ? snapshot : undefined;
    },
    { timeoutMs, what: `report ${reportId} in ${statuses.join('/')}` },
  );
}

/**
 * What became of a submission: registered (or further), or sent back to the organisation's
 * drafts with the reasons (the report is deleted then, and the draft is back).
 */
export async function registeredOrReturned(reportId: string, timeoutMs = 20_000) {
  return eventually(
    async () => {
      const [report, draft] = await Promise.all([
        adminDb().doc(`reports/${reportId}`).get(),
        adminDb().doc(`reportDrafts/${reportId}`).get(),
      ]);
      if (report.exists && !['submitted', 'draft'].includes(String(report.get('status')))) {
        return { outcome: 'registered' as const, report, draft: null };
      }
      if (!report.exists && draft.get('submissionProblems')) {
        return { outcome: 'returned' as const, report: null, draft };
      }
      return undefined;
    },
    { timeoutMs, what: `report ${reportId} registered or returned to its draft` },
  );
}
