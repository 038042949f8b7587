import { z } from 'zod';
import { idSchema, timestampSchema } from '../fields.js';
import { ROLES } from '../roles.js';
import type { ProposalAction } from '../workflows/proposal.workflow.js';
import type { ReportAction } from '../workflows/report.workflow.js';

/**
 * The audit vocabulary: every action an entry may record, spelled one way —
 * `{subject}.{what happened}`, lower case, the event in the past tense with underscores. An
 * entry's hash covers its action, so a name, once written, stays: add names, never rename them.
 */
export const AUDIT_ACTIONS = [
  // A report's workflow steps (see REPORT_AUDIT_ACTIONS) and what happens around them.
  'report.registered',
  'report.submission_refused',
  'report.taken_in',
  'report.assigned',
  'report.review_started',
  'report.info_requested',
  'report.info_provided',
  'report.review_resumed',
  'report.decided',
  'report.declined',
  'report.measure_recorded',
  'report.closed',
  'report.reopened',
  'report.withdrawn',
  'report.linked',
  'report.personal_data_viewed',
  'report.escalated_overdue',
  'report.publication_consent_set',
  // Organisations and their members.
  'organisation.registered',
  'organisation.verified',
  'organisation.rejected',
  'organisation.resubmitted',
  'organisation.profile_updated',
  'organisation.member_invited',
  'organisation.invitation_revoked',
  'organisation.member_joined',
  'organisation.join_approved',
  'organisation.join_declined',
  'organisation.member_removed',
  'organisation.lead_transferred',
  // People: roles and access.
  'user.role_set',
  'user.role_cleared',
  'user.founded_organisation',
  'user.joined_organisation',
  'user.became_lead',
  'user.handed_over_lead',
  'user.activated',
  'user.deactivated',
  // Mail.
  'mail.retried',
  // Councils, their members and applications to join.
  'council.created',
  'council.updated',
  'council.member_added',
  'council.membership_ended',
  'council.application_submitted',
  'council.application_accepted',
  'council.application_declined',
  'council.membership_expired',
  // Council meetings, and what they do to the proposals on their agenda.
  'meeting.scheduled',
  'meeting.plan_changed',
  'meeting.cancelled',
  'meeting.held',
  'meeting.record_corrected',
  'meeting.published',
  'proposal.scheduled',
  'proposal.unscheduled',
  'proposal.discussed',
  // Recommendations to Parliament and the bill that carries them.
  'proposal.sent_to_parliament',
  'proposal.parliament_result_recorded',
  'proposal.closed',
  'proposal.tracker_reminded',
  // Publications: preparing, the personal-data check's flags, approval, the public record.
  'publication.created',
  'publication.note_received',
  'publication.saved',
  'publication.flag_redacted',
  'publication.flag_marked_not_personal',
  'publication.submitted',
  'publication.approved',
  'publication.returned',
  'publication.published',
  'publication.publish_failed',
  'publication.retracted',
  // Legislative proposals (see PROPOSAL_AUDIT_ACTIONS), their comments and co-authors.
  'proposal.submitted',
  'proposal.resubmitted',
  'proposal.review_started',
  'proposal.returned',
  'proposal.endorsed',
  'proposal.recommended',
  'proposal.rejected',
  'proposal.returned_for_revision',
  'proposal.withdrawn',
  'proposal.commented',
  'proposal.co_author_invited',
  'proposal.co_author_accepted',
  'proposal.co_author_declined',
] as const;
export const auditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof auditActionSchema>;

/** The entry each step of the report workflow writes, when it runs through the action runner. */
export const REPORT_AUDIT_ACTIONS = {
  assign: 'report.assigned',
  startReview: 'report.review_started',
  requestInfo: 'report.info_requested',
  provideInfo: 'report.info_provided',
  resumeReview: 'report.review_resumed',
  decide: 'report.decided',
  decline: 'report.declined',
  recordMeasure: 'report.measure_recorded',
  close: 'report.closed',
  reopen: 'report.reopened',
  withdraw: 'report.withdrawn',
  register: 'report.registered',
  linkDuplicate: 'report.linked',
  viewPersonalData: 'report.personal_data_viewed',
  setPublicationConsent: 'report.publication_consent_set',
} as const satisfies Partial<Record<ReportAction, AuditAction>>;
/** The entry each step of the proposal workflow writes through the action runner. */
export const PROPOSAL_AUDIT_ACTIONS = {
  submit: 'proposal.submitted',
  resubmit: 'proposal.resubmitted',
  startCouncilReview: 'proposal.review_started',
  return: 'proposal.returned',
  endorse: 'proposal.endorsed',
  recommend: 'proposal.recommended',
  reject: 'proposal.rejected',
  returnForRevision: 'proposal.returned_for_revision',
  withdraw: 'proposal.withdrawn',
  // parliamentAction: the recommendation sent, the bill's stages, the outcome that closes it.
  sendToParliament: 'proposal.sent_to_parliament',
  recordParliamentResult: 'proposal.parliament_result_recorded',
  close: 'proposal.closed',
} as const satisfies Partial<Record<ProposalAction, AuditAction>>;
export type AuditedProposalAction = keyof typeof PROPOSAL_AUDIT_ACTIONS;

/** The report actions that write their own audit entry through the action runner. */
export type AuditedReportAction = keyof typeof REPORT_AUDIT_ACTIONS;

/**
 * Who acts: a person in one of the roles; a person with no role yet who registers an
 * organisation (`applicant`) or accepts an invitation (`invitee`); or the platform itself
 * (`system`).
 */
export const AUDIT_ACTOR_ROLES = [...ROLES, 'applicant', 'invitee', 'system'] as const;
export const auditActorSchema = z.object({
  uid: z.string().min(1),
  role: z.enum(AUDIT_ACTOR_ROLES),
});
export type AuditActor = z.infer<typeof auditActorSchema>;

/** What an entry is about; its chain is `{type}:{id}`. */
export const AUDIT_TARGET_TYPES = [
  'report',
  'organisation',
  'user',
  'mail',
  'council',
  'meeting',
  'proposal',
  'publication',
  'proposal',
] as const;

/**
 * `audit/{entryId}`: append-only. Entries about one subject (a report, an organisation, a
 * user) form a hash chain: each carries the SHA-256 of the previous entry of the same chain,
 * so later tampering with any entry is detectable.
 */
export const auditEntrySchema = z.object({
  chain: z.string().min(1),
  sequence: z.int().min(1),
  at: z.iso.datetime(),
  actor: auditActorSchema,
  action: auditActionSchema,
  target: z.object({ type: z.enum(AUDIT_TARGET_TYPES), id: idSchema }),
  details: z.record(z.string(), z.unknown()).default({}),
  prevHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  recordedAt: timestampSchema.optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
