import { kyivDate, kyivOffsetMinutes } from '@domain/kyiv-time.js';

/**
 * The dashboard's period: this month, this quarter or this year, by the Kyiv calendar, from
 * its first midnight in Kyiv until now. Pure.
 */
export const PERIODS = ['month', 'quarter', 'year'] as const;
export type Period = (typeof PERIODS)[number];

export function periodOf(value: string | null): Period {
  return (PERIODS as readonly string[]).includes(value ?? '') ? (value as Period) : 'month';
}

/** Midnight in Kyiv at the start of the period that contains `now`. */
export function periodStart(period: Period, now: Date): Date {
  const [year, month] = kyivDate(now).split('-').map(Number) as [number, number];
  const firstMonth =
    period === 'month' ? month : period === 'quarter' ? month - ((month - 1) % 3) : 1;
  const utcMidnight = Date.UTC(year, firstMonth - 1, 1);
  // Kyiv's offset at that midnight (+2 in winter, +3 in summer).
  const offset = kyivOffsetMinutes(new Date(utcMidnight - 3 * 3_600_000));
  return new Date(utcMidnight - offset * 60_000);
}
