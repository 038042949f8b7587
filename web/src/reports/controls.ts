import type { Role } from '@domain/roles.js';
import type { AttachmentKind } from '@domain/schemas/attachment.schema.js';
import { uploadRefusal } from '@domain/uploads/upload-policy.js';
import {
  duplicateLinkRefusal,
  personalDataAccess,
  reportActions,
  reportSide,
} from '@domain/policies/report.policy.js';
import type { ReportAction, ReportStatus } from '@domain/workflows/report.workflow.js';

/**
 * What the report page offers this person for this report now, and only that. The side, the
 * workflow actions, personal data and duplicate links come from the domain's report policy
 * (domain/policies/report.policy.ts), the same functions `reportAction` refuses with; the
 * thread and the files follow firestore.rules and the upload policy.
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
  const domainActor = {
    uid: actor.uid,
    role: role ?? 'ngo_member',
    orgId: actor.orgId ?? undefined,
    regions: actor.regions,
    decisionAuthority: actor.decisionAuthority,
  };
  const side = role ? reportSide(domainActor, report) : null;
  const ngo = side === 'ngo';
  const available = role
    ? reportActions(domainActor, report, { orgVerified: ngo ? orgVerified : true })
    : [];
  const actions = ACTION_ORDER.filter((action) => available.includes(action));
  const personalData = role ? personalDataAccess(domainActor, report) : 'none';

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
      linkable: side === 'secretariat' && duplicateLinkRefusal(domainActor, report) === null,
    },
    canMessage: side !== null && THREAD_STATUSES.includes(report.status),
    uploadKinds,
  };
}
