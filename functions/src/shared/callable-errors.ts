import { HttpsError, type CallableRequest } from 'firebase-functions/https';
import type { z } from 'zod';
import { describeProblems, fieldProblems } from '../domain/validation.js';
import { domainError, type DomainError, type ErrorCode } from '../domain/errors.js';
import { errorStatus, type ParamsArgument } from '../domain/errors/catalogue.js';
import { db } from './firebase.js';
import type { Actor, RoleClaims } from '../domain/roles.js';
import { claimsOfProfile } from '../users/role-fields.js';

/** A domain refusal as a callable's error: `details` carry the code, its parameters and English. */
export function toHttpsError(error: DomainError): HttpsError {
  return new HttpsError(errorStatus(error.code), error.message, {
    code: error.code,
    messageEn: error.messageEn,
    ...(error.params === undefined ? {} : { params: error.params }),
  });
}

/** A refusal from the error catalogue, thrown by a callable. */
export function refusal<C extends ErrorCode>(code: C, ...params: ParamsArgument<C>): HttpsError {
  return toHttpsError(domainError(code, ...params));
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
  const refused = domainError('VALIDATION.INVALID_INPUT', {
    problems: describeProblems(problems),
    fields: problems.map((p) => p.field || '—').join(', '),
  });
  throw new HttpsError('invalid-argument', refused.message, {
    code: refused.code,
    messageEn: refused.messageEn,
    problems,
  });
}

/** Who is calling, before any role is required: a signed-in, active account. */
export interface Caller {
  uid: string;
  email: string | undefined;
  /** The role as the stored profile has it now; the token's claims may be an hour old. */
  claims: RoleClaims | null;
  profile: Record<string, unknown> | undefined;
}

/**
 * The signed-in caller, refusing anonymous calls and deactivated users. The role,
 * organisation and regions come from the stored profile (`users/{uid}`), as in the rules: a
 * removed member or a changed role keeps a valid token for up to an hour, but not the access.
 */
export async function requireCaller(request: CallableRequest): Promise<Caller> {
  if (!request.auth) {
    throw refusal('AUTH.SIGN_IN_REQUIRED', { for: 'action' });
  }
  const profile = (await db().doc(`users/${request.auth.uid}`).get()).data();
  if (profile?.disabled === true) {
    throw refusal('AUTH.DEACTIVATED');
  }
  return {
    uid: request.auth.uid,
    email: request.auth.token.email,
    claims: claimsOfProfile(profile),
    profile,
  };
}

/** The caller as a domain actor; an account without a role is refused. */
export async function requireActor(
  request: CallableRequest,
): Promise<Actor & { claims: RoleClaims }> {
  const caller = await requireCaller(request);
  if (!caller.claims) {
    throw refusal('AUTH.NO_ROLE');
  }
  return { uid: caller.uid, ...caller.claims, claims: caller.claims };
}
