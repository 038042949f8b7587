import { kyivOffsetMinutes } from './kyiv-time.js';

/**
 * Rate limits as window arithmetic, with the clock passed in. A limit allows `limit` units in
 * any window of `windowMs`:
 *
 * - `fixed`: windows are consecutive slices of time (aligned to the epoch, plus `offsetMs`);
 *   the count starts again at each boundary. Simple to explain ("20 reports a day"), but a
 *   burst at the end of one window and the start of the next gets twice the limit through.
 * - `sliding`: the previous window's count is weighted by how much of it still lies within
 *   the last `windowMs`, and added to the current one: the usual two-counter approximation
 *   of a true sliding window, exact when the previous window's units were spread evenly,
 *   with constant storage whatever the limit.
 *
 * The state is two counters and the start of the current window, small enough to live in one
 * document updated in a transaction (`functions/src/shared/rate-limit.ts`).
 */
export interface RateLimitPolicy {
  /** What is limited, per whom: becomes part of the key, e.g. `uploads-per-user`. */
  scope: string;
  limit: number;
  windowMs: number;
  mode: 'fixed' | 'sliding';
  /** Moves fixed window boundaries, e.g. to a local midnight; 0 = aligned to UTC epoch. */
  offsetMs?: number;
}

export interface RateLimitState {
  /** Start of the window `count` belongs to, in epoch milliseconds. */
  windowStartMs: number;
  count: number;
  /** The count of the window just before `windowStartMs` (sliding mode). */
  previousCount: number;
}

export interface RateLimitDecision {
  allowed: boolean;
  /** The state to store when allowed; unchanged (apart from rolling windows) otherwise. */
  state: RateLimitState;
  /** Units still allowed now, after this one if it was allowed. */
  remaining: number;
  /** When refused: how long until the same request would be allowed. 0 when allowed. */
  retryAfterMs: number;
}

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;

export function windowStartOf(policy: RateLimitPolicy, nowMs: number): number {
  const offset = policy.offsetMs ?? 0;
  return Math.floor((nowMs - offset) / policy.windowMs) * policy.windowMs + offset;
}

/** The stored state moved to the window `nowMs` is in. */
export function rollWindow(
  policy: RateLimitPolicy,
  state: RateLimitState | undefined,
  nowMs: number,
): RateLimitState {
  const windowStartMs = windowStartOf(policy, nowMs);
  if (!state) return { windowStartMs, count: 0, previousCount: 0 };
  // The same window, or a clock that stepped back: keep counting where we are.
  if (state.windowStartMs >= windowStartMs) return state;
  // A later window. The one before it may be shorter or longer than `windowMs` when the offset
  // moves (Kyiv days of 23 and 25 hours), so "previous" is any start within a window before.
  const previous = state.windowStartMs >= windowStartMs - policy.windowMs;
  return { windowStartMs, count: 0, previousCount: previous ? state.count : 0 };
}

/** Units counted against the limit at `nowMs`, before a new one. */
export function usedUnits(policy: RateLimitPolicy, state: RateLimitState, nowMs: number): number {
  if (policy.mode === 'fixed') return state.count;
  const elapsed = Math.min(1, Math.max(0, (nowMs - state.windowStartMs) / policy.windowMs));
  return state.previousCount * (1 - elapsed) + state.count;
}

/** Tries to take `units` (1 by default) from the limit at `nowMs`. */
export function consumeRateLimit(
  policy: RateLimitPolicy,
  stored: RateLimitState | undefined,
  nowMs: number,
  units = 1,
): RateLimitDecision {
  assertPolicy(policy);
  const state = rollWindow(policy, stored, nowMs);
  const used = usedUnits(policy, state, nowMs);
  if (used + units <= policy.limit) {
    const next = { ...state, count: state.count + units };
    return {
      allowed: true,
      state: next,
      remaining: Math.max(0, Math.floor(policy.limit - usedUnits(policy, next, nowMs))),
      retryAfterMs: 0,
    };
  }
  return {
    allowed: false,
    state,
    remaining: Math.max(0, Math.floor(policy.limit - used)),
    retryAfterMs: retryAfter(policy, state, nowMs, units),
  };
}

/** How long until `units` more fit, if nothing else is taken meanwhile. */
function retryAfter(
  policy: RateLimitPolicy,
  state: RateLimitState,
  nowMs: number,
  units: number,
): number {
  const windowEnd = state.windowStartMs + policy.windowMs;
  if (units > policy.limit) return Number.POSITIVE_INFINITY;
  if (policy.mode === 'fixed') return windowEnd - nowMs;
  // Within this window the previous count fades: previous·(1 − f) + count + units ≤ limit.
  const room = policy.limit - state.count - units;
  if (room >= 0 && state.previousCount > 0) {
    const fraction = 1 - room / state.previousCount;
    return Math.max(1, Math.ceil(state.windowStartMs + fraction * policy.windowMs - nowMs));
  }
  // Otherwise only in the next window, once this window's count has faded enough.
  const fraction = state.count > 0 ? Math.max(0, 1 - (policy.limit - units) / state.count) : 0;
  return Math.max(1, Math.ceil(windowEnd + fraction * policy.windowMs - nowMs));
}

function assertPolicy(policy: RateLimitPolicy) {
  if (!Number.isInteger(policy.limit) || policy.limit < 1) {
    throw new Error(`Rate limit ${policy.scope}: limit must be a positive integer`);
  }
  if (!(policy.windowMs > 0))
    throw new Error(`Rate limit ${policy.scope}: window must be positive`);
}

/** The document id of a limit for one subject: `uploads-per-user:{uid}`. */
export function rateLimitKey(policy: RateLimitPolicy, subject: string): string {
  if (!/^[a-z0-9-]+$/.test(policy.scope)) {
    throw new Error(`Rate limit scope "${policy.scope}" must be lowercase letters, digits, dashes`);
  }
  if (!subject || subject.includes('/') || subject.length > 700) {
    throw new Error(`Rate limit subject "${subject}" cannot be part of a document id`);
  }
  return `${policy.scope}:${subject}`;
}

/** Uploads: per user, any hour. */
export function uploadsPerUserPolicy(limitPerHour: number): RateLimitPolicy {
  return { scope: 'uploads-per-user', limit: limitPerHour, windowMs: HOUR_MS, mode: 'sliding' };
}

/** A limit per Kyiv calendar day: each day's window starts at Kyiv midnight. */
function perKyivDayPolicy(scope: string, limitPerDay: number, at: Date): RateLimitPolicy {
  return {
    scope,
    limit: limitPerDay,
    windowMs: DAY_MS,
    mode: 'fixed',
    // The offset is taken at the moment of the action (UTC+2 in winter, UTC+3 in summer).
    offsetMs: -kyivOffsetMinutes(at) * 60_000,
  };
}

/** Submissions: per organisation, per Kyiv calendar day. */
export function submissionsPerOrgPolicy(limitPerDay: number, at: Date): RateLimitPolicy {
  return perKyivDayPolicy('submissions-per-org', limitPerDay, at);
}

/** Invitations an organisation sends: per Kyiv calendar day ("20 a day"). */
export function invitationsPerOrgPolicy(limitPerDay: number, at: Date): RateLimitPolicy {
  return perKyivDayPolicy('invitations-per-org', limitPerDay, at);
}

/**
 * Actions through a callable that send mail (an organisation's registration, an invitation, a
 * report's step, a retried delivery): per acting user, any hour. A backstop against a script
 * making the platform mail on its behalf; the work of a busy officer stays well below it.
 */
export function mailingActionsPerUserPolicy(limitPerHour: number): RateLimitPolicy {
  return {
    scope: 'mailing-actions-per-user',
    limit: limitPerHour,
    windowMs: HOUR_MS,
    mode: 'sliding',
  };
}

/** Links to confirm one's email address: per user, any hour. */
export function verificationMailsPerUserPolicy(limitPerHour: number): RateLimitPolicy {
  return {
    scope: 'verification-mails-per-user',
    limit: limitPerHour,
    windowMs: HOUR_MS,
    mode: 'sliding',
  };
}
