import { getFunctions, httpsCallable, type Functions } from 'firebase/functions';
import type { z } from 'zod';
import type { accountActionInput } from '@domain/actions/account-action.schema.js';
import { actionResult, type ActionResult } from '@domain/actions/action-results.js';
import type { adminSetRoleInput } from '@domain/actions/admin-set-role.schema.js';
import type { mailActionInput } from '@domain/actions/mail-action.schema.js';
import { orgActionResults } from '@domain/actions/org-action.results.js';
import type { orgActionInput } from '@domain/actions/org-action.schema.js';
import type { publicationActionInput } from '@domain/actions/publication-action.schema.js';
import type { reportActionInput } from '@domain/actions/report-action.schema.js';
import { reportActionResults } from '@domain/actions/report-action.results.js';
import type { PublicationStatus } from '@domain/workflows/publication.workflow.js';
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
// Inputs are the domain's own schemas; `orgAction` and `reportAction` read their answers
// through the result schemas the server answers through (domain/actions/*.results.ts).

type AccountActionRequest = z.input<typeof accountActionInput>;
type OrgActionRequest = z.input<typeof orgActionInput>;
type AdminSetRoleRequest = z.input<typeof adminSetRoleInput>;
type MailActionRequest = z.input<typeof mailActionInput>;
type ReportActionRequest = z.input<typeof reportActionInput>;
type PublicationActionRequest = z.input<typeof publicationActionInput>;

/** What each `orgAction` answers (docs/API.md), from its result schemas in the domain. */
export type OrgActionResults = {
  [A in keyof typeof orgActionResults]: ActionResult<typeof orgActionResults, A>;
};

/** Calls `orgAction`; an answer that does not fit its schema fails, naming the field. */
export async function orgAction<A extends OrgActionRequest['action']>(
  request: Extract<OrgActionRequest, { action: A }>,
): Promise<ActionResult<typeof orgActionResults, A>> {
  const answer = await callFunction('orgAction', request);
  return actionResult('orgAction', orgActionResults, request.action, answer);
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

/**
 * What each `reportAction` answers (docs/API.md), from its result schemas in the domain:
 * workflow steps give the new status.
 */
export type ReportActionResults = {
  [A in keyof typeof reportActionResults]: ActionResult<typeof reportActionResults, A>;
};

/** Calls `reportAction`; an answer that does not fit its schema fails, naming the field. */
export async function reportAction<A extends ReportActionRequest['action']>(
  request: Extract<ReportActionRequest, { action: A }>,
): Promise<ActionResult<typeof reportActionResults, A>> {
  const answer = await callFunction('reportAction', request);
  return actionResult('reportAction', reportActionResults, request.action, answer);
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
