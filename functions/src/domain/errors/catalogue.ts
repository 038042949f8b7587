import type { Language } from '../catalogues/catalogue.js';
import { ACCOUNT_ERRORS } from './account.errors.js';
import { COUNCIL_ERRORS } from './council.errors.js';
import { HTTP_STATUS_OF, type ErrorEntry, type ErrorStatus } from './error-entry.js';
import { FIELD_ERRORS } from './field.errors.js';
import { MEETING_ERRORS } from './meetings.errors.js';
import { ORGANISATION_ERRORS } from './organisation.errors.js';
import { PARLIAMENT_ERRORS } from './parliament.errors.js';
import { PUBLICATION_ERRORS } from './publications.errors.js';
import { PROPOSAL_ERRORS } from './proposals.errors.js';
import { REPORT_ERRORS } from './report.errors.js';
import { REQUEST_ERRORS } from './request.errors.js';
import { UPLOAD_ERRORS } from './upload.errors.js';
import { WORKFLOW_ERRORS } from './workflow.errors.js';

/**
 * The one error catalogue: every refusal Spilno gives, by stable code, with its Ukrainian and
 * English sentence. Callables (`HttpsError` with `details.code`, `details.params`), the HTTP
 * routes (`{error: {code, message, messageEn, params}}`) and the web client (which says it
 * in the interface's language from the code and parameters) all read it. Codes are part of
 * the API (docs/API.md): add, never rename.
 */
export const SECTIONS = [
  WORKFLOW_ERRORS,
  ACCOUNT_ERRORS,
  ORGANISATION_ERRORS,
  REPORT_ERRORS,
  UPLOAD_ERRORS,
  COUNCIL_ERRORS,
  PROPOSAL_ERRORS,
  PARLIAMENT_ERRORS,
  PUBLICATION_ERRORS,
  MEETING_ERRORS,
  FIELD_ERRORS,
  REQUEST_ERRORS,
] as const;

export const ERRORS = {
  ...WORKFLOW_ERRORS,
  ...ACCOUNT_ERRORS,
  ...ORGANISATION_ERRORS,
  ...REPORT_ERRORS,
  ...UPLOAD_ERRORS,
  ...COUNCIL_ERRORS,
  ...PROPOSAL_ERRORS,
  ...PARLIAMENT_ERRORS,
  ...PUBLICATION_ERRORS,
  ...MEETING_ERRORS,
  ...FIELD_ERRORS,
  ...REQUEST_ERRORS,
};

type Catalogue = typeof ERRORS;
export type ErrorCode = keyof Catalogue;
export type ErrorParams<C extends ErrorCode> = Catalogue[C] extends ErrorEntry<infer P> ? P : never;
/** The parameters argument: none for a code whose sentence needs none. */
export type ParamsArgument<C extends ErrorCode> =
  ErrorParams<C> extends void ? [] : [ErrorParams<C>];

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(ERRORS, code);
}

function entryOf(code: ErrorCode): ErrorEntry<unknown> {
  return ERRORS[code] as ErrorEntry<unknown>;
}

/** The sentence for a code in a language. */
export function errorText<C extends ErrorCode>(
  code: C,
  language: Language,
  ...params: ParamsArgument<C>
): string {
  return entryOf(code)[language](params[0]);
}

/**
 * The same, for a code and parameters that came over the wire: null when the code is not in
 * this catalogue or the parameters do not make a sentence (an older server, say).
 */
export function errorTextOf(code: unknown, params: unknown, language: Language): string | null {
  if (!isErrorCode(code)) return null;
  try {
    const text = entryOf(code)[language](params ?? undefined);
    return text.includes('undefined') ? null : text;
  } catch {
    return null;
  }
}

export function errorStatus(code: ErrorCode): ErrorStatus {
  return entryOf(code).status;
}

/** The HTTP status of a refusal on a route. */
export function httpStatus(code: ErrorCode): number {
  const entry = entryOf(code);
  return entry.http ?? HTTP_STATUS_OF[entry.status];
}
