import { getFunctions, httpsCallable, type Functions } from 'firebase/functions';
import type { z } from 'zod';
import { accountActionResults } from '@domain/actions/account-action.results.js';
import type { accountActionInput } from '@domain/actions/account-action.schema.js';
import { actionResult, type ActionResult } from '@domain/actions/action-results.js';
import { adminSetRoleResults } from '@domain/actions/admin-set-role.results.js';
import type { adminSetRoleInput } from '@domain/actions/admin-set-role.schema.js';
import { mailActionResults, type mailLogEntrySchema } from '@domain/actions/mail-action.results.js';
import type { mailActionInput } from '@domain/actions/mail-action.schema.js';
import { orgActionResults } from '@domain/actions/org-action.results.js';
import type { orgActionInput } from '@domain/actions/org-action.schema.js';
import {
  publicationActionResults,
  type publicationStepSchema,
} from '@domain/actions/publication-action.results.js';
import type { publicationActionInput } from '@domain/actions/publication-action.schema.js';
import type { reportActionInput } from '@domain/actions/report-action.schema.js';
import { reportActionResults } from '@domain/actions/report-action.results.js';
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
// Inputs are the domain's own schemas; answers are read through the result schemas the
// server answers through (domain/actions/*.results.ts).

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

/** What `accountAction` answers (docs/API.md), from its result schemas in the domain. */
export type AccountActionResults = {
  [A in keyof typeof accountActionResults]: ActionResult<typeof accountActionResults, A>;
};

/** Calls `accountAction`; an answer that does not fit its schema fails, naming the field. */
export async function accountAction<A extends AccountActionRequest['action']>(
  request: Extract<AccountActionRequest, { action: A }>,
): Promise<ActionResult<typeof accountActionResults, A>> {
  const answer = await callFunction('accountAction', request);
  return actionResult('accountAction', accountActionResults, request.action, answer);
}

/** What each `adminSetRole` answers (docs/API.md), from its result schemas in the domain. */
export type AdminSetRoleResults = {
  [A in keyof typeof adminSetRoleResults]: ActionResult<typeof adminSetRoleResults, A>;
};

/** Calls `adminSetRole`; an answer that does not fit its schema fails, naming the field. */
export async function adminSetRole<A extends AdminSetRoleRequest['action']>(
  request: Extract<AdminSetRoleRequest, { action: A }>,
): Promise<ActionResult<typeof adminSetRoleResults, A>> {
  const answer = await callFunction('adminSetRole', request);
  return actionResult('adminSetRole', adminSetRoleResults, request.action, answer);
}

export type { DeliveryState } from '@domain/schemas/mail.schema.js';

/** One mail of the delivery log, as `mailAction list` gives it. */
export type MailLogEntry = z.output<typeof mailLogEntrySchema>;

/** What each `mailAction` answers (docs/API.md), from its result schemas in the domain. */
export type MailActionResults = {
  [A in keyof typeof mailActionResults]: ActionResult<typeof mailActionResults, A>;
};

/** Calls `mailAction`; an answer that does not fit its schema fails, naming the field. */
export async function mailAction<A extends MailActionRequest['action']>(
  request: Extract<MailActionRequest, { action: A }>,
): Promise<ActionResult<typeof mailActionResults, A>> {
  const answer = await callFunction('mailAction', request);
  return actionResult('mailAction', mailActionResults, request.action, answer);
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
export type PublicationStep = z.output<typeof publicationStepSchema>;

/** Calls `publicationAction`; an answer that does not fit its schema fails, naming the field. */
export async function publicationAction<A extends PublicationActionRequest['action']>(
  request: Extract<PublicationActionRequest, { action: A }>,
): Promise<ActionResult<typeof publicationActionResults, A>> {
  const answer = await callFunction('publicationAction', request);
  return actionResult('publicationAction', publicationActionResults, request.action, answer);
}
