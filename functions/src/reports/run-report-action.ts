import { FieldValue, type DocumentSnapshot, type Transaction } from 'firebase-admin/firestore';
import type { ReportEvent } from '../domain/schemas/report-event.schema.js';
import type { Actor } from '../domain/roles.js';
import { transition, type Transition } from '../domain/workflows/workflow.js';
import {
  reportWorkflow,
  type ReportAction,
  type ReportStatus,
} from '../domain/workflows/report.workflow.js';
import { appendAudit, readAuditHead } from '../audit/write-audit.js';
import { writeNotices, type Notice, type Recipient } from '../notifications/notify.js';
import { toHttpsError } from '../shared/callable-errors.js';
import { db } from '../shared/firebase.js';
import { takeMailingUnit } from '../shared/mail-limits.js';
import {
  organisationIsVerified,
  readReport,
  reportChain,
  reportRef,
  reportSubject,
  sideOf,
  writeReportEvent,
} from './report-context.js';
import { REPORT_AUDIT_ACTIONS, type AuditedReportAction } from '../domain/schemas/audit.schema.js';

/**
 * One workflow action on a report, the same way every time: in a transaction, read the report,
 * ask the domain `transition` whether this person may do this now (a refusal changes nothing
 * and says why), read whatever the action needs, then write the report's changes, its timeline
 * event, the audit entry and the notices together.
 */
export interface ReportActionPlan<Extra> {
  action: AuditedReportAction;
  /** Reads the action needs (recipients, other documents), after the transition is allowed. */
  read?: (tx: Transaction, report: DocumentSnapshot) => Promise<Extra>;
  /** Fields of the report to change besides status and updatedAt. */
  changes?: (
    report: DocumentSnapshot,
    extra: Extra,
    step: Transition<ReportStatus, ReportAction>,
  ) => Record<string, unknown>;
  /** Other writes of the action (a measure, a message), after the reads. */
  write?: (tx: Transaction, report: DocumentSnapshot, extra: Extra) => void;
  event?: (report: DocumentSnapshot, extra: Extra) => Pick<ReportEvent, 'note' | 'details'>;
  audit?: (report: DocumentSnapshot, extra: Extra) => Record<string, unknown>;
  notices?: (report: DocumentSnapshot, extra: Extra) => { to: Recipient[]; notice: Notice }[];
}

export async function runReportAction<Extra = undefined>(
  actor: Actor,
  reportId: string,
  plan: ReportActionPlan<Extra>,
): Promise<{ reportId: string; status: ReportStatus }> {
  return db().runTransaction(async (tx) => {
    const report = await readReport(tx, reportId, actor);
    const orgVerified = await organisationIsVerified(tx, String(report.get('orgId')));
    const step = transition(reportWorkflow, reportSubject(report), plan.action, actor, {
      orgVerified,
    });
    if (!step.ok) throw toHttpsError(step.error);
    const extra = (plan.read ? await plan.read(tx, report) : undefined) as Extra;
    const head = await readAuditHead(tx, reportChain(reportId));
    if (plan.notices && actor.role !== 'system') await takeMailingUnit(tx, actor.uid);

    tx.update(reportRef(reportId), {
      ...(plan.changes?.(report, extra, step.value) ?? {}),
      status: step.value.to,
      updatedAt: FieldValue.serverTimestamp(),
    });
    plan.write?.(tx, report, extra);
    writeReportEvent(tx, reportId, {
      type: plan.action,
      side: sideOf(actor),
      fromStatus: step.value.from,
      toStatus: step.value.to,
      ...(plan.event?.(report, extra) ?? {}),
    });
    await appendAudit(tx, head, {
      chain: reportChain(reportId),
      actor: { uid: actor.uid, role: actor.role },
      action: REPORT_AUDIT_ACTIONS[plan.action],
      target: { type: 'report', id: reportId },
      details: { from: step.value.from, to: step.value.to, ...(plan.audit?.(report, extra) ?? {}) },
    });
    for (const { to, notice } of plan.notices?.(report, extra) ?? []) writeNotices(tx, to, notice);
    return { reportId, status: step.value.to };
  });
}
