import { addCalendarDays, calendarDaysBetween, endOfKyivDay, kyivDate } from './kyiv-time.js';

/**
 * Response deadlines. The statutory term for appeals is one month, kept as 30 calendar days
 * (configurable); a term ends at the end of its last Kyiv calendar day. While the Secretariat
 * waits for information from the NGO the term is paused, and it is extended by the whole
 * calendar days the pause lasted.
 */
export const DEFAULT_RESPONSE_TERM_DAYS = 30;
export const DEFAULT_REMINDER_DAYS_BEFORE = [7, 3, 1] as const;
const DAY_MS = 24 * 60 * 60 * 1000;

export function responseDeadline(registeredAt: Date, termDays = DEFAULT_RESPONSE_TERM_DAYS): Date {
  if (!Number.isInteger(termDays) || termDays < 1)
    throw new Error('termDays must be a positive integer');
  return endOfKyivDay(addCalendarDays(kyivDate(registeredAt), termDays));
}

/** The deadline after a pause from `pausedAt` to `resumedAt`, extended by whole days begun. */
export function extendedDeadline(deadline: Date, pausedAt: Date, resumedAt: Date): Date {
  if (resumedAt.getTime() < pausedAt.getTime())
    throw new Error('A pause cannot end before it starts');
  const pausedDays = Math.ceil((resumedAt.getTime() - pausedAt.getTime()) / DAY_MS);
  return endOfKyivDay(addCalendarDays(kyivDate(deadline), pausedDays));
}

/** Calendar days left until the deadline day in Kyiv: 0 on the day itself, negative when overdue. */
export function daysLeft(deadline: Date, now: Date): number {
  return calendarDaysBetween(kyivDate(now), kyivDate(deadline));
}

export type DeadlineState = 'paused' | 'on_time' | 'due_soon' | 'overdue';

export function deadlineState(
  deadline: Date,
  now: Date,
  paused: boolean,
  dueSoonDays: number = DEFAULT_REMINDER_DAYS_BEFORE[0],
): DeadlineState {
  if (paused) return 'paused';
  if (now.getTime() > deadline.getTime()) return 'overdue';
  return daysLeft(deadline, now) <= dueSoonDays ? 'due_soon' : 'on_time';
}

/**
 * Which reminder, if any, is due now: the nearest threshold (days before the deadline) that
 * has been reached and not yet sent. Sending only the nearest avoids a burst of stale
 * reminders after downtime.
 */
export function reminderDue(
  deadline: Date,
  now: Date,
  alreadySent: readonly number[],
  thresholds: readonly number[] = DEFAULT_REMINDER_DAYS_BEFORE,
): number | null {
  if (now.getTime() > deadline.getTime()) return null;
  const left = daysLeft(deadline, now);
  const reached = thresholds.filter((days) => left <= days).sort((a, b) => a - b);
  const nearest = reached[0];
  if (nearest === undefined || alreadySent.includes(nearest)) return null;
  return nearest;
}
