import {
  FieldValue,
  Timestamp,
  type DocumentSnapshot,
  type Transaction,
} from 'firebase-admin/firestore';
import {
  consumeRateLimit,
  rateLimitKey,
  type RateLimitDecision,
  type RateLimitPolicy,
  type RateLimitState,
} from '../domain/rate-limit.js';
import { db } from './firebase.js';

/**
 * `rateLimits/{scope}:{subject}`: one document per limited subject (a user's uploads, an
 * organisation's submissions), server only (firestore.rules denies every client). A unit is
 * taken in a transaction, so concurrent requests cannot both take the last one. `expiresAt`
 * is when the document stops mattering, for a Firestore TTL policy to delete it.
 */
export const RATE_LIMITS = 'rateLimits';

export interface RateLimitDocument extends RateLimitState {
  scope: string;
  subject: string;
  limit: number;
  windowMs: number;
  mode: RateLimitPolicy['mode'];
  updatedAt: FieldValue;
  expiresAt: Timestamp;
}

/**
 * Takes `units` from the subject's limit. Refusals are not written: a caller hammering a
 * closed limit costs one read each time, and the window rolls on without it.
 */
export async function takeRateLimit(
  policy: RateLimitPolicy,
  subject: string,
  options: { nowMs?: number; units?: number } = {},
): Promise<RateLimitDecision> {
  return db().runTransaction((transaction) =>
    takeRateLimitIn(transaction, policy, subject, options),
  );
}

/**
 * The same inside the caller's transaction, so that a unit is taken exactly when the work it
 * limits is written (a mail in the outbox), and a refused action takes none. Call it before
 * the transaction's first write (Firestore reads come first).
 */
export async function takeRateLimitIn(
  transaction: Transaction,
  policy: RateLimitPolicy,
  subject: string,
  options: { nowMs?: number; units?: number } = {},
): Promise<RateLimitDecision> {
  const [decision] = await takeRateLimitsIn(transaction, [{ policy, subject, ...options }]);
  return decision!;
}

/**
 * Several limits at once (an organisation's invitations and its lead's mail): every limit is
 * read before anything is written, and units are taken from all of them only if all allow.
 */
export async function takeRateLimitsIn(
  transaction: Transaction,
  requests: readonly RateLimitRequest[],
): Promise<RateLimitDecision[]> {
  const refs = requests.map(({ policy, subject }) => rateLimitRef(policy, subject));
  const snapshots = refs.length ? await transaction.getAll(...refs) : [];
  return takeReadRateLimits(transaction, requests, snapshots);
}

export interface RateLimitRequest {
  policy: RateLimitPolicy;
  subject: string;
  nowMs?: number;
  units?: number;
}

export const rateLimitRef = (policy: RateLimitPolicy, subject: string) =>
  db().collection(RATE_LIMITS).doc(rateLimitKey(policy, subject));

/**
 * The second half of `takeRateLimitsIn`, for a transaction that reads its limits among its
 * other reads (`rateLimitRef`) and must finish reading before it writes: decides from the
 * snapshots and takes the units only if every limit allows.
 */
export function takeReadRateLimits(
  transaction: Transaction,
  requests: readonly RateLimitRequest[],
  snapshots: readonly (DocumentSnapshot | undefined)[],
): RateLimitDecision[] {
  const decisions = requests.map(({ policy, nowMs = Date.now(), units = 1 }, index) => {
    const snapshot = snapshots[index];
    const stored = snapshot?.exists ? stateOf(snapshot.data()) : undefined;
    return consumeRateLimit(policy, stored, nowMs, units);
  });
  if (!decisions.every((decision) => decision.allowed)) return decisions;
  decisions.forEach((decision, index) => {
    const { policy, subject } = requests[index]!;
    const document: RateLimitDocument = {
      ...decision.state,
      scope: policy.scope,
      subject,
      limit: policy.limit,
      windowMs: policy.windowMs,
      mode: policy.mode,
      updatedAt: FieldValue.serverTimestamp(),
      expiresAt: Timestamp.fromMillis(decision.state.windowStartMs + 2 * policy.windowMs),
    };
    transaction.set(rateLimitRef(policy, subject), document);
  });
  return decisions;
}

function stateOf(data: Record<string, unknown> | undefined): RateLimitState | undefined {
  const number = (value: unknown) => (typeof value === 'number' && value >= 0 ? value : undefined);
  const windowStartMs = number(data?.windowStartMs);
  const count = number(data?.count);
  if (windowStartMs === undefined || count === undefined) return undefined;
  return { windowStartMs, count, previousCount: number(data?.previousCount) ?? 0 };
}
