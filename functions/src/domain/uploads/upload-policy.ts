import { z } from 'zod';
import { idSchema } from '../fields.js';
import type { Role } from '../roles.js';
import type { AttachmentKind } from '../schemas/attachment.schema.js';
import { REPORT_STATUSES, type ReportStatus } from '../workflows/report.workflow.js';
import { uploadErrors, type UploadError } from './upload-errors.js';

/**
 * Who may add files to a report, and who may read them. Reading follows firestore.rules'
 * `canReadReport` exactly: the report's organisation; once it is submitted, the Secretariat
 * and the coordinators of its region; nobody else (not even an administrator). Adding follows who speaks at each
 * stage: the organisation brings evidence and its draft response act until the Commissioner
 * decides; the Secretariat and the region's coordinators add measure documents and files to
 * their messages once the report has left the organisation's drafts.
 */
export interface FileActor {
  uid: string;
  role: Role;
  orgId?: string | undefined;
  regions?: readonly string[] | undefined;
}

/** What the decision needs of a report, read from `reports/{id}`. */
export const reportFactsSchema = z.object({
  orgId: idSchema,
  // A half-filled draft may not have chosen its region yet; only its organisation reads it.
  regionCode: z.string().optional(),
  status: z.enum(REPORT_STATUSES),
});
export interface ReportFacts {
  orgId: string;
  regionCode?: string | undefined;
  status: ReportStatus;
}

export const NGO_UPLOAD_KINDS: readonly AttachmentKind[] = [
  'evidence',
  'draft_response_act',
  'message',
];
export const NGO_UPLOAD_STATUSES: readonly ReportStatus[] = [
  'draft',
  'submitted',
  'registered',
  'in_review',
  'info_requested',
];
export const SECRETARIAT_UPLOAD_KINDS: readonly AttachmentKind[] = ['measure_document', 'message'];

const isNgo = (actor: FileActor) => actor.role === 'ngo_member' || actor.role === 'ngo_admin';
const isSecretariat = (actor: FileActor) => actor.role === 'staff' || actor.role === 'commissioner';

/** Why this person may not read the report's files, or null if they may. */
export function downloadRefusal(actor: FileActor, report: ReportFacts): UploadError | null {
  if (isNgo(actor)) return actor.orgId === report.orgId ? null : uploadErrors.notOwnOrganisation();
  if (!isSecretariat(actor) && actor.role !== 'coordinator') return uploadErrors.roleNotAllowed();
  // A draft is the organisation's own until it is submitted.
  if (report.status === 'draft') return uploadErrors.draftIsPrivate();
  const region = report.regionCode;
  if (actor.role === 'coordinator' && (region === undefined || !actor.regions?.includes(region))) {
    return uploadErrors.notInRegion();
  }
  return null;
}

/** Why this person may not add a file of this kind to the report now, or null if they may. */
export function uploadRefusal(
  actor: FileActor,
  report: ReportFacts,
  kind: AttachmentKind,
): UploadError | null {
  const cannotRead = downloadRefusal(actor, report);
  if (cannotRead) return cannotRead;
  if (isNgo(actor)) {
    if (!NGO_UPLOAD_KINDS.includes(kind)) return uploadErrors.kindNotForRole();
    if (!NGO_UPLOAD_STATUSES.includes(report.status)) {
      return uploadErrors.notAllowedInState(report.status);
    }
    return null;
  }
  // The Secretariat and the region's coordinators, on a report past its draft.
  return SECRETARIAT_UPLOAD_KINDS.includes(kind) ? null : uploadErrors.kindNotForRole();
}

/**
 * Why this person may not remove a file from the report, or null if they may: only the
 * organisation, and only while the report is its own draft (a photo attached by mistake may
 * show a victim's face). Once submitted, the files are part of the record.
 */
export function removalRefusal(actor: FileActor, report: ReportFacts): UploadError | null {
  const cannotRead = downloadRefusal(actor, report);
  if (cannotRead) return cannotRead;
  if (!isNgo(actor)) return uploadErrors.kindNotForRole();
  if (report.status !== 'draft') return uploadErrors.removalOnlyFromDraft();
  return null;
}
