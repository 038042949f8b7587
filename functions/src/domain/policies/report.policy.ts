import { domainError, type DomainError } from '../errors.js';
import type { Actor } from '../roles.js';
import {
  reportWorkflow,
  type ReportAction,
  type ReportStatus,
} from '../workflows/report.workflow.js';
import {
  availableActions,
  transition,
  type ActorContext,
  type WorkflowSubject,
} from '../workflows/workflow.js';

/**
 * Who may do what with a report beyond its state machine: which side of it a person is on,
 * who sees victims' and witnesses' data and how, who links duplicates, who takes a report in
 * on an organisation's behalf. Pure; the callables refuse with these verdicts and the report
 * page (web/src/reports/controls.ts) offers what they allow.
 */
export interface ReportAccessView {
  status: ReportStatus;
  orgId: string;
  regionCode?: string | undefined;
  assignees: readonly string[];
}

export function reportSubject(report: ReportAccessView): WorkflowSubject<ReportStatus> {
  return { status: report.status, ownerOrgIds: [report.orgId], regionCode: report.regionCode };
}

const isOwnNgo = (actor: Actor, report: ReportAccessView) =>
  (actor.role === 'ngo_member' || actor.role === 'ngo_admin') && actor.orgId === report.orgId;

/** The NGO that filed it, the Secretariat working on it (once submitted), or neither. */
export function reportSide(actor: Actor, report: ReportAccessView): 'ngo' | 'secretariat' | null {
  if (isOwnNgo(actor, report)) return 'ngo';
  const works =
    actor.role === 'staff' ||
    actor.role === 'commissioner' ||
    (actor.role === 'coordinator' &&
      report.regionCode !== undefined &&
      Boolean(actor.regions?.includes(report.regionCode)));
  return works && report.status !== 'draft' ? 'secretariat' : null;
}

/** The workflow actions this person may take on the report now (`reportAction` applies them). */
export function reportActions(
  actor: Actor,
  report: ReportAccessView,
  context: ActorContext,
): ReportAction[] {
  if (reportSide(actor, report) === null) return [];
  return availableActions(reportWorkflow, reportSubject(report), actor, context);
}

/**
 * Victims' and witnesses' data: the organisation reads its own; of the Secretariat, the
 * report's assignees and the Commissioner, each view through `viewPersonalData` and audited.
 */
export function personalDataRefusal(actor: Actor, report: ReportAccessView): DomainError | null {
  const step = transition(reportWorkflow, reportSubject(report), 'viewPersonalData', actor);
  if (!step.ok) return step.error;
  return actor.role === 'commissioner' || report.assignees.includes(actor.uid)
    ? null
    : domainError('REPORT.PERSONAL_DATA_RESTRICTED');
}

export function personalDataAccess(
  actor: Actor,
  report: ReportAccessView,
): 'direct' | 'audited' | 'none' {
  if (isOwnNgo(actor, report)) return 'direct';
  return personalDataRefusal(actor, report) === null ? 'audited' : 'none';
}

/** Linking a likely duplicate: the workflow's `linkDuplicate` on the report. */
export function duplicateLinkRefusal(actor: Actor, report: ReportAccessView): DomainError | null {
  const step = transition(reportWorkflow, reportSubject(report), 'linkDuplicate', actor);
  return step.ok ? null : step.error;
}

/**
 * Registering a report that came by post, phone or email on an organisation's behalf: staff,
 * or a coordinator for a report from their region.
 */
export function intakeRefusal(actor: Actor, regionCode: string): DomainError | null {
  if (actor.role !== 'staff' && actor.role !== 'coordinator') {
    return domainError('REPORT.INTAKE_STAFF_ONLY');
  }
  if (actor.role === 'coordinator' && !(actor.regions ?? []).includes(regionCode)) {
    return domainError('WORKFLOW.NOT_IN_REGION');
  }
  return null;
}

/** Whether the intake page is for this person at all (a coordinator picks from their regions). */
export function mayTakeIntake(actor: Actor): boolean {
  return actor.role === 'staff' || (actor.role === 'coordinator' && !!actor.regions?.length);
}
