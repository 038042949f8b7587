import type { Role } from '@domain/roles.js';
import type { AttachmentKind } from '@domain/schemas/attachment.schema.js';
import { uploadRefusal } from '@domain/uploads/upload-policy.js';
import {
  reportWorkflow,
  type ReportAction,
  type ReportStatus,
} from '@domain/workflows/report.workflow.js';
import { availableActions } from '@domain/workflows/workflow.js';

/**
 * What the report page offers this person for this report now, and only that. Workflow
 * actions come from the domain's `availableActions` (the same rules `reportAction` applies);
 * the rest follows firestore.rules and the callable: who reads the restricted personal data
 * and how, who sees possible duplicates, who writes in the thread, who adds which files.
 */
export interface ReportActor {
  uid: string;
  role: Role | null;
  orgId: string | null;
  regions: readonly string[];
  decisionAuthority: boolean;
}

export interface ReportFacts {
  status: ReportStatus;
  orgId: string;
  regionCode: string;
  assignees: readonly string[];
}

/** The order the action forms appear in: what is most likely next comes first. */
export const ACTION_ORDER: readonly ReportAction[] = [
  'provideInfo',
  'startReview',
  'requestInfo',
  'resumeReview',
  'decide',
  'recordMeasure',
  'close',
  'decline',
  'reopen',
  'assign',
  'withdraw',
];

/** Statuses in which the thread takes plain messages (rules: once registered). */
export const THREAD_STATUSES: readonly ReportStatus[] = [
  'registered',
  'in_review',
  'info_requested',
  'decided',
  'declined',
  'closed',
];

export interface ReportControls {
  side: 'ngo' | 'secretariat' | null;
  /** Workflow actions as forms on the page (submitting a draft is the form's own button). */
  actions: ReportAction[];
  /** The NGO's draft: it may be edited, and submitted if the organisation is verified. */
  draft: { editable: boolean; submittable: boolean };
  /** Direct (the organisation reads its own), audited (through `viewPersonalData`), or none. */
  personalData: 'direct' | 'audited' | 'none';
  duplicates: { visible: boolean; linkable: boolean };
  canMessage: boolean;
  uploadKinds: AttachmentKind[];
}

const UPLOAD_KINDS: readonly AttachmentKind[] = [
  'evidence',
  'draft_response_act',
  'measure_document',
];

export function reportControls(
  report: ReportFacts,
  actor: ReportActor,
  orgVerified: boolean,
): ReportControls {
  const role = actor.role;
  const ngo = (role === 'ngo_member' || role === 'ngo_admin') && actor.orgId === report.orgId;
  const secretariat = role === 'staff' || role === 'commissioner';
  const coordinator = role === 'coordinator' && actor.regions.includes(report.regionCode);
  const works = secretariat || coordinator;
  const side = ngo ? 'ngo' : works && report.status !== 'draft' ? 'secretariat' : null;

  const domainActor = {
    uid: actor.uid,
    role: role ?? 'ngo_member',
    orgId: actor.orgId ?? undefined,
    regions: actor.regions,
    decisionAuthority: actor.decisionAuthority,
  };
  const subject = {
    status: report.status,
    ownerOrgIds: [report.orgId],
    regionCode: report.regionCode,
  };
  const available =
    role && side
      ? availableActions(reportWorkflow, subject, domainActor, {
          orgVerified: ngo ? orgVerified : true,
        })
      : [];
  const actions = ACTION_ORDER.filter((action) => available.includes(action));

  const assigned = report.assignees.includes(actor.uid);
  const personalData: ReportControls['personalData'] = ngo
    ? 'direct'
    : available.includes('viewPersonalData') && (role === 'commissioner' || assigned)
      ? 'audited'
      : 'none';

  const fileActor = role
    ? { uid: actor.uid, role, orgId: actor.orgId ?? undefined, regions: actor.regions }
    : null;
  const uploadKinds = fileActor
    ? UPLOAD_KINDS.filter(
        (kind) =>
          uploadRefusal(
            fileActor,
            { orgId: report.orgId, regionCode: report.regionCode, status: report.status },
            kind,
          ) === null,
      )
    : [];

  return {
    side,
    actions,
    draft: {
      editable: ngo && report.status === 'draft',
      submittable: ngo && report.status === 'draft' && available.includes('submit'),
    },
    personalData,
    duplicates: {
      visible: side === 'secretariat',
      linkable: available.includes('linkDuplicate'),
    },
    canMessage: side !== null && THREAD_STATUSES.includes(report.status),
    uploadKinds,
  };
}
