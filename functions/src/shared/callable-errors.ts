import {
  HttpsError,
  type CallableRequest,
  type FunctionsErrorCode,
} from 'firebase-functions/https';
import type { z } from 'zod';
import { describeProblems, fieldProblems } from '../domain/validation.js';
import type { DomainError, DomainErrorCode } from '../domain/errors.js';
import { db } from './firebase.js';
import { roleClaimsSchema, type Actor, type RoleClaims } from '../domain/roles.js';

/** The HTTP-ish status each domain error maps to at the edge. */
const STATUS_OF: Record<DomainErrorCode, FunctionsErrorCode> = {
  'WORKFLOW.UNKNOWN_ACTION': 'invalid-argument',
  'WORKFLOW.NOT_ALLOWED_IN_STATE': 'failed-precondition',
  'WORKFLOW.ROLE_NOT_ALLOWED': 'permission-denied',
  'WORKFLOW.NOT_OWN_ORGANISATION': 'permission-denied',
  'WORKFLOW.NOT_IN_REGION': 'permission-denied',
  'WORKFLOW.NOT_COUNCIL_CHAIR': 'permission-denied',
  'WORKFLOW.NOT_COUNCIL_MEMBER': 'permission-denied',
  'WORKFLOW.NO_DECISION_AUTHORITY': 'permission-denied',
  'WORKFLOW.ORGANISATION_NOT_VERIFIED': 'failed-precondition',
  'VALIDATION.INVALID_INPUT': 'invalid-argument',
  'MEMBERSHIP.INVITATION_NOT_FOUND': 'not-found',
  'MEMBERSHIP.INVITATION_USED': 'failed-precondition',
  'MEMBERSHIP.INVITATION_REVOKED': 'failed-precondition',
  'MEMBERSHIP.INVITATION_EXPIRED': 'failed-precondition',
  'MEMBERSHIP.INVITATION_OTHER_EMAIL': 'permission-denied',
  'MEMBERSHIP.ALREADY_MEMBER': 'failed-precondition',
  'COUNCIL.APPLICANT_NOT_NGO': 'permission-denied',
  'COUNCIL.BY_APPOINTMENT': 'failed-precondition',
  'COUNCIL.ALREADY_MEMBER': 'failed-precondition',
  'COUNCIL.APPLICATION_PENDING': 'failed-precondition',
  'COUNCIL.ADMIN_ONLY': 'permission-denied',
  'COUNCIL.NOT_FOUND': 'not-found',
  'COUNCIL.MEMBER_NOT_FOUND': 'not-found',
  'COUNCIL.MEMBERSHIP_CONFLICT': 'failed-precondition',
  'COUNCIL.APPLICATION_NOT_FOUND': 'not-found',
  'NUMBERING.SEQUENCE_EXHAUSTED': 'resource-exhausted',
  'NUMBERING.INVALID_NUMBER': 'invalid-argument',
  'PUBLICATION.OPEN_PERSONAL_DATA_FLAGS': 'failed-precondition',
  'PUBLICATION.FLAG_NOT_FOUND': 'failed-precondition',
  'PUBLICATION.REASON_REQUIRED': 'invalid-argument',
  'PUBLICATION.NO_CONSENT': 'failed-precondition',
  'PUBLICATION.INVALID_PUBLIC_RECORD': 'failed-precondition',
};

export function toHttpsError(error: DomainError): HttpsError {
  return new HttpsError(STATUS_OF[error.code], error.message, {
    code: error.code,
    messageEn: error.messageEn,
  });
}

/**
 * The callable protocol sends a field left undefined as `null`; an optional field that is
 * null is the same as one left out.
 */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, withoutNulls(v)]),
  );
}

/** Parses a callable's input or throws `invalid-argument` with a message per field. */
export function parseInput<S extends z.ZodType>(schema: S, data: unknown): z.infer<S> {
  const parsed = schema.safeParse(withoutNulls(data));
  if (parsed.success) return parsed.data;
  const problems = fieldProblems(parsed.error);
  throw new HttpsError('invalid-argument', describeProblems(problems), {
    code: 'VALIDATION.INVALID_INPUT',
    messageEn: `Some fields are not filled in correctly: ${problems.map((p) => p.field || '—').join(', ')}`,
    problems,
  });
}

/** Who is calling, before any role is required: a signed-in, active account. */
export interface Caller {
  uid: string;
  email: string | undefined;
  claims: RoleClaims | null;
  profile: Record<string, unknown> | undefined;
}

/**
 * The signed-in caller, refusing anonymous calls and deactivated users (their token may still
 * be unexpired, so the profile is what counts).
 */
export async function requireCaller(request: CallableRequest): Promise<Caller> {
  if (!request.auth) {
    throw new HttpsError('unauthenticated', 'Увійдіть до системи, щоб виконати цю дію', {
      messageEn: 'Sign in to do this',
      code: 'AUTH.SIGN_IN_REQUIRED',
    });
  }
  const profile = await db().doc(`users/${request.auth.uid}`).get();
  if (profile.get('disabled') === true) {
    throw new HttpsError('permission-denied', 'Ваш обліковий запис деактивовано', {
      messageEn: 'Your account has been deactivated',
      code: 'AUTH.DEACTIVATED',
    });
  }
  const claims = roleClaimsSchema.safeParse({
    role: request.auth.token.role,
    orgId: request.auth.token.orgId,
    regions: request.auth.token.regions,
    decisionAuthority: request.auth.token.decisionAuthority,
  });
  return {
    uid: request.auth.uid,
    email: request.auth.token.email,
    claims: claims.success ? claims.data : null,
    profile: profile.data(),
  };
}

/** The caller as a domain actor; an account without a role is refused. */
export async function requireActor(
  request: CallableRequest,
): Promise<Actor & { claims: RoleClaims }> {
  const caller = await requireCaller(request);
  if (!caller.claims) {
    throw new HttpsError('permission-denied', 'Вашому обліковому запису ще не надано роль', {
      messageEn: 'Your account has not been given a role yet',
      code: 'AUTH.NO_ROLE',
    });
  }
  return { uid: caller.uid, ...caller.claims, claims: caller.claims };
}
