import { FieldValue, type DocumentSnapshot, type Transaction } from 'firebase-admin/firestore';
import {
  reportSubject as subjectOf,
  type ReportAccessView,
} from '../domain/policies/report.policy.js';
import type { ReportEvent } from '../domain/schemas/report-event.schema.js';
import type { Actor } from '../domain/roles.js';
import type { ReportStatus } from '../domain/workflows/report.workflow.js';
import { partiesOf, storedReport } from './report-store.js';
import type { WorkflowSubject } from '../domain/workflows/workflow.js';
import { readRecipients, type Recipient } from '../notifications/notify.js';
import { organisationAdmins, uidsWithRole } from '../notifications/recipients.js';
import { db } from '../shared/firebase.js';
import { refusal } from '../shared/callable-errors.js';

export const reportChain = (reportId: string) => `report:${reportId}`;
export const reportRef = (reportId: string) => db().doc(`reports/${reportId}`);

/** What the report's policies and workflow judge. */
export function reportAccessView(report: DocumentSnapshot): ReportAccessView {
  const stored = storedReport(report);
  return {
    status: stored.status,
    orgId: stored.orgId,
    regionCode: stored.regionCode,
    assignees: ('assignees' in stored ? stored.assignees : undefined) ?? [],
  };
}

export function reportSubject(report: DocumentSnapshot): WorkflowSubject<ReportStatus> {
  return subjectOf(reportAccessView(report));
}

/**
 * The report an action is about. A draft is its organisation's own (firestore.rules): to
 * anyone else it is answered exactly as a report that does not exist, so that no action, and
 * no refusal, tells them it is there.
 */
export async function readReport(
  tx: Transaction,
  reportId: string,
  actor: Actor,
): Promise<DocumentSnapshot> {
  const report = await tx.get(reportRef(reportId));
  const stored = report.exists ? storedReport(report) : undefined;
  const hidden = stored?.status === 'draft' && actor.orgId !== stored.orgId;
  if (!stored || hidden) throw refusal('REPORT.NOT_FOUND');
  return report;
}

/** The NGO side of a report: whoever filed it and the organisation's leads. */
export async function readNgoSide(tx: Transaction, report: DocumentSnapshot): Promise<Recipient[]> {
  const { orgId, createdBy } = partiesOf(report);
  const leads = await organisationAdmins(tx, orgId);
  return readRecipients(tx, [createdBy, ...leads]);
}

/** The Secretariat side: the assignees, or every staff member while nobody is assigned. */
export async function readSecretariatSide(
  tx: Transaction,
  report: DocumentSnapshot,
): Promise<Recipient[]> {
  const assignees = partiesOf(report).assignees ?? [];
  return readRecipients(tx, assignees.length ? assignees : await uidsWithRole(tx, 'staff'));
}

export function sideOf(actor: Actor): ReportEvent['side'] {
  if (actor.role === 'ngo_member' || actor.role === 'ngo_admin') return 'ngo';
  return actor.role === 'system' ? 'system' : 'secretariat';
}

/** Appends to the report's readable timeline. */
export function writeReportEvent(
  tx: Transaction,
  reportId: string,
  event: Omit<ReportEvent, 'at'>,
): void {
  const clean = Object.fromEntries(Object.entries(event).filter(([, v]) => v !== undefined));
  tx.create(reportRef(reportId).collection('events').doc(), {
    ...clean,
    at: FieldValue.serverTimestamp(),
  });
}
