import { FieldValue, type DocumentSnapshot, type Transaction } from 'firebase-admin/firestore';
import type { ReportEvent } from '../domain/schemas/report-event.schema.js';
import type { Actor } from '../domain/roles.js';
import {
  reportWorkflow,
  type ReportAction,
  type ReportStatus,
} from '../domain/workflows/report.workflow.js';
import { REPORT_AUDIT_ACTIONS, type AuditedReportAction } from '../domain/schemas/audit.schema.js';
import {
  runWorkflowAction,
  type WorkflowAdapter,
  type WorkflowPlan,
} from '../shared/workflow-action/run-workflow-action.js';
import { firestorePort } from '../shared/workflow-action/firestore-port.js';
import {
  readReport,
  reportChain,
  reportRef,
  reportSubject,
  sideOf,
  writeReportEvent,
} from './report-context.js';
import { partiesOf } from './report-store.js';
import { organisationVerified } from '../organisations/organisation-store.js';

/** The report's part of a timeline entry: a note, details, or another type (`linked`). */
export type ReportEventPart = Partial<Omit<ReportEvent, 'at' | 'side'>>;

/** Reports under the generic runner: `reports/{id}`, the chain `report:{id}`, its timeline. */
export const reportAdapter: WorkflowAdapter<
  Transaction,
  DocumentSnapshot,
  ReportStatus,
  ReportAction,
  ReportEventPart
> = {
  workflow: reportWorkflow,
  target: 'report',
  chain: reportChain,
  load: readReport,
  subject: reportSubject,
  context: async (tx, report) => ({
    orgVerified: await organisationVerified(tx, partiesOf(report).orgId),
  }),
  auditAction: (action) => REPORT_AUDIT_ACTIONS[action as AuditedReportAction],
  update: (tx, id, changes, status) =>
    tx.update(reportRef(id), {
      ...changes,
      status,
      updatedAt: FieldValue.serverTimestamp(),
    }),
  timeline: (tx, id, { actor, step, event }) =>
    writeReportEvent(tx, id, {
      type: step.action,
      side: sideOf(actor),
      fromStatus: step.from,
      toStatus: step.to,
      ...event,
    }),
};

export type ReportActionPlan<Extra> = Omit<
  WorkflowPlan<Transaction, DocumentSnapshot, ReportStatus, ReportAction, ReportEventPart, Extra>,
  'action'
> & { action: AuditedReportAction };

/** One workflow action on a report, through the generic runner. */
export async function runReportAction<Extra = undefined>(
  actor: Actor,
  reportId: string,
  plan: ReportActionPlan<Extra>,
): Promise<{ reportId: string; status: ReportStatus }> {
  const { step } = await runWorkflowAction(firestorePort, reportAdapter, actor, reportId, plan);
  return { reportId, status: step.to };
}
