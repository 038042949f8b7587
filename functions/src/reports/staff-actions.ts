import { FieldValue, type DocumentSnapshot, type Transaction } from 'firebase-admin/firestore';
import type { ReportActionInput } from '../domain/actions/report-action.schema.js';
import type { Actor } from '../domain/roles.js';
import { reportWorkflow } from '../domain/workflows/report.workflow.js';
import { transition } from '../domain/workflows/workflow.js';
import { appendAudit, readAuditHead } from '../audit/write-audit.js';
import { toHttpsError, refusal } from '../shared/callable-errors.js';
import { db } from '../shared/firebase.js';
import {
  organisationIsVerified,
  readReport,
  reportChain,
  reportRef,
  reportSubject,
  writeReportEvent,
} from './report-context.js';

type Input<A extends ReportActionInput['action']> = Extract<ReportActionInput, { action: A }>;

/** The workflow's verdict on a staff action that records without moving the report. */
async function allowStaffAction(
  tx: Transaction,
  report: DocumentSnapshot,
  action: 'linkDuplicate' | 'viewPersonalData',
  actor: Actor,
): Promise<void> {
  const orgVerified = await organisationIsVerified(tx, String(report.get('orgId')));
  const step = transition(reportWorkflow, reportSubject(report), action, actor, { orgVerified });
  if (!step.ok) throw toHttpsError(step.error);
}

/**
 * Victims' and witnesses' data, for the people working on the report: its assignees and the
 * Commissioner. Every view is an audit entry, written before the data is returned.
 */
export async function viewPersonalData(actor: Actor, input: Input<'viewPersonalData'>) {
  return db().runTransaction(async (tx) => {
    const report = await readReport(tx, input.reportId, actor);
    await allowStaffAction(tx, report, 'viewPersonalData', actor);
    const assignees = (report.get('assignees') as string[] | undefined) ?? [];
    if (actor.role !== 'commissioner' && !assignees.includes(actor.uid)) {
      throw refusal('REPORT.PERSONAL_DATA_RESTRICTED');
    }
    const data = await tx.get(reportRef(input.reportId).collection('private').doc('personalData'));
    const head = await readAuditHead(tx, reportChain(input.reportId));
    await appendAudit(tx, head, {
      chain: reportChain(input.reportId),
      actor: { uid: actor.uid, role: actor.role },
      action: 'report.personal_data_viewed',
      target: { type: 'report', id: input.reportId },
    });
    return {
      reportId: input.reportId,
      victims: (data.get('victims') as unknown[] | undefined) ?? [],
      witnesses: (data.get('witnesses') as unknown[] | undefined) ?? [],
    };
  });
}

/**
 * Links two reports as the same incident (a likely duplicate), both ways; nothing is merged.
 * Both must be reports this person works on, registered: a draft cannot be linked, or found.
 */
export async function linkDuplicate(actor: Actor, input: Input<'linkDuplicate'>) {
  if (input.reportId === input.otherReportId) {
    throw refusal('REPORT.SELF_LINK');
  }
  await db().runTransaction(async (tx) => {
    const report = await readReport(tx, input.reportId, actor);
    const other = await readReport(tx, input.otherReportId, actor);
    await allowStaffAction(tx, report, 'linkDuplicate', actor);
    await allowStaffAction(tx, other, 'linkDuplicate', actor);
    const heads = [
      await readAuditHead(tx, reportChain(report.id)),
      await readAuditHead(tx, reportChain(other.id)),
    ];
    for (const [index, [self, peer]] of [
      [report, other],
      [other, report],
    ].entries()) {
      tx.update(self!.ref, {
        linkedReports: FieldValue.arrayUnion(peer!.id),
        updatedAt: FieldValue.serverTimestamp(),
      });
      await appendAudit(tx, heads[index] ?? null, {
        chain: reportChain(self!.id),
        actor: { uid: actor.uid, role: actor.role },
        action: 'report.linked',
        target: { type: 'report', id: self!.id },
        details: { with: peer!.id },
      });
    }
    // The NGO sees that its report was linked, not which other organisation's it is.
    writeReportEvent(tx, report.id, { type: 'linked', side: 'secretariat' });
    writeReportEvent(tx, other.id, { type: 'linked', side: 'secretariat' });
  });
  return { reportId: input.reportId, linked: input.otherReportId };
}

/**
 * A report that came by post, phone or email, registered by staff on behalf of the
 * organisation: it enters as `submitted`, recorded as such, and the registration trigger
 * takes it from there like any other.
 */
export async function intake(actor: Actor, input: Input<'intake'>) {
  if (actor.role !== 'staff' && actor.role !== 'coordinator') {
    throw refusal('REPORT.INTAKE_STAFF_ONLY');
  }
  if (actor.role === 'coordinator' && !(actor.regions ?? []).includes(input.report.regionCode)) {
    throw refusal('WORKFLOW.NOT_IN_REGION');
  }
  const ref = db().collection('reports').doc();
  await db().runTransaction(async (tx) => {
    const org = await tx.get(db().doc(`organisations/${input.orgId}`));
    if (!org.exists) throw refusal('ORG.NOT_FOUND');
    // Registration would send it back to a draft nobody could then submit.
    if (org.get('status') !== 'verified')
      throw refusal('WORKFLOW.ORGANISATION_NOT_VERIFIED', { for: 'intake' });
    const head = await readAuditHead(tx, reportChain(ref.id));
    const now = FieldValue.serverTimestamp();
    tx.create(ref, {
      ...Object.fromEntries(Object.entries(input.report).filter(([, v]) => v !== undefined)),
      orgId: input.orgId,
      status: 'submitted',
      intake: input.channel,
      intakeBy: actor.uid,
      createdBy: actor.uid,
      submittedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    if (input.personalData) {
      tx.create(ref.collection('private').doc('personalData'), {
        ...input.personalData,
        orgId: input.orgId,
        createdBy: actor.uid,
        createdAt: now,
        updatedAt: now,
      });
    }
    writeReportEvent(tx, ref.id, {
      type: 'intake',
      side: 'secretariat',
      toStatus: 'submitted',
      details: { channel: input.channel },
    });
    await appendAudit(tx, head, {
      chain: reportChain(ref.id),
      actor: { uid: actor.uid, role: actor.role },
      action: 'report.taken_in',
      target: { type: 'report', id: ref.id },
      details: { orgId: input.orgId, channel: input.channel },
    });
  });
  return { reportId: ref.id, status: 'submitted' };
}
