import { getFunctions, httpsCallable, type Functions } from 'firebase/functions';
import type { z } from 'zod';
import type { accountActionInput } from '@domain/actions/account-action.schema.js';
import type { adminSetRoleInput } from '@domain/actions/admin-set-role.schema.js';
import type { mailActionInput } from '@domain/actions/mail-action.schema.js';
import type { orgActionInput } from '@domain/actions/org-action.schema.js';
import type { publicationActionInput } from '@domain/actions/publication-action.schema.js';
import type { reportActionInput } from '@domain/actions/report-action.schema.js';
import type { PublicationStatus } from '@domain/workflows/publication.workflow.js';
import type { ReportStatus } from '@domain/workflows/report.workflow.js';
import { withoutUndefined } from '../actions/callable-input.js';
import { firebaseApp } from './app.js';

let functions: Functions | undefined;

/**
 * Callables are reached through Hosting, on this site's own origin (`/api/call/{name}`,
 * firebase.json), locally and in production alike: no other host to allow in the page's
 * Content-Security-Policy, and no cross-origin preflight on a slow connection. They run in
 * FUNCTIONS_REGION all the same.
 */
export const CALLABLE_PATH = '/api/call';

function functionsInstance(): Functions {
  functions ??= getFunctions(firebaseApp(), `${location.origin}${CALLABLE_PATH}`);
  return functions;
}

/**
 * Calls a callable function (`reportAction`, `adminSetRole`…). A refusal arrives as the
 * SDK's FunctionsError, whose `code` and Ukrainian `message` come from the server.
 */
export async function callFunction<Request, Response>(
  name: string,
  request: Request,
): Promise<Response> {
  const callable = httpsCallable<unknown, Response>(functionsInstance(), name);
  return (await callable(withoutUndefined(request))).data;
}

// ---- typed callables -------------------------------------------------------------------------
// Inputs are the domain's own schemas (types only: nothing of zod reaches this module's code).

type AccountActionRequest = z.input<typeof accountActionInput>;
type OrgActionRequest = z.input<typeof orgActionInput>;
type AdminSetRoleRequest = z.input<typeof adminSetRoleInput>;
type MailActionRequest = z.input<typeof mailActionInput>;
type ReportActionRequest = z.input<typeof reportActionInput>;
type PublicationActionRequest = z.input<typeof publicationActionInput>;

/** What each `orgAction` answers (docs/API.md). */
export interface OrgActionResults {
  register:
    | { orgId: string; outcome: 'registered'; coordinatorNotified: boolean }
    | { orgId: string; outcome: 'join_requested' };
  verify: { orgId: string; status: 'verified' };
  reject: { orgId: string; status: 'rejected' };
  resubmit: { orgId: string; status: 'pending' };
  updateProfile: { orgId: string; changed: string[] };
  invite: { invitationId: string; expiresAt: string };
  revokeInvitation: { invitationId: string; status: 'revoked' };
  acceptInvitation: { orgId: string };
  approveJoinRequest: { orgId: string; uid: string; status: string };
  declineJoinRequest: { orgId: string; uid: string; status: string };
  removeMember: { orgId: string; uid: string; removed: true };
  transferAdmin: { orgId: string; lead: string };
}

export function orgAction<A extends OrgActionRequest['action']>(
  request: Extract<OrgActionRequest, { action: A }>,
): Promise<OrgActionResults[A]> {
  return callFunction('orgAction', request);
}

export interface AccountActionResults {
  sendEmailVerification: { email: string; verified: boolean; sent: boolean };
}

export function accountAction<A extends AccountActionRequest['action']>(
  request: Extract<AccountActionRequest, { action: A }>,
): Promise<AccountActionResults[A]> {
  return callFunction('accountAction', request);
}

export interface AdminSetRoleResults {
  setRole: { uid: string; claims: Record<string, unknown> };
  clearRole: { uid: string; claims: null };
  deactivate: { uid: string; active: boolean };
  activate: { uid: string; active: boolean };
  updateCoordinatorListing: { uid: string };
}

export function adminSetRole<A extends AdminSetRoleRequest['action']>(
  request: Extract<AdminSetRoleRequest, { action: A }>,
): Promise<AdminSetRoleResults[A]> {
  return callFunction('adminSetRole', request);
}

export type DeliveryState = 'PENDING' | 'PROCESSING' | 'SUCCESS' | 'ERROR' | 'RETRY';

/** One mail of the delivery log, as `mailAction list` gives it. */
export interface MailLogEntry {
  id: string;
  to: string[];
  subject: string;
  event: string | null;
  urgent: boolean;
  state: DeliveryState;
  attempts: number;
  error: string | null;
  /** ISO times. */
  endTime: string | null;
  nextAttemptTime: string | null;
}

export interface MailActionResults {
  list: { mails: MailLogEntry[]; next: string | null };
  retry: { mailId: string; state: 'PENDING' };
}

export function mailAction<A extends MailActionRequest['action']>(
  request: Extract<MailActionRequest, { action: A }>,
): Promise<MailActionResults[A]> {
  return callFunction('mailAction', request);
}

/** What each `reportAction` answers (docs/API.md): workflow steps give the new status. */
type ReportStep = { reportId: string; status: ReportStatus };
export interface ReportActionResults {
  assign: ReportStep;
  startReview: ReportStep;
  requestInfo: ReportStep;
  provideInfo: ReportStep;
  resumeReview: ReportStep;
  decide: ReportStep;
  decline: ReportStep;
  recordMeasure: ReportStep & { measureId: string };
  close: ReportStep;
  reopen: ReportStep;
  withdraw: ReportStep;
  viewPersonalData: { reportId: string; victims: unknown[]; witnesses: unknown[] };
  linkDuplicate: { reportId: string; linked: string };
  intake: { reportId: string; status: ReportStatus };
  setPublicationConsent: ReportStep;
}

export function reportAction<A extends ReportActionRequest['action']>(
  request: Extract<ReportActionRequest, { action: A }>,
): Promise<ReportActionResults[A]> {
  return callFunction('reportAction', request);
}

/** What every `publicationAction` answers (docs/API.md): the draft's status and its open flags. */
export interface PublicationStep {
  publicationId: string;
  status: PublicationStatus;
  openFlags: number;
}

export function publicationAction<A extends PublicationActionRequest['action']>(
  request: Extract<PublicationActionRequest, { action: A }>,
): Promise<PublicationStep> {
  return callFunction('publicationAction', request);
}
