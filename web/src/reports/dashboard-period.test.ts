import { describe, expect, it } from 'vitest';
import { periodOf, periodStart } from './dashboard-period.js';
import { dashboardCsvRows, dashboardRow, totalPeriod } from './dashboard.js';

describe('the dashboard’s period', () => {
  it('starts at midnight in Kyiv on the first day of the month, quarter or year', () => {
    const now = new Date('2026-12-03T12:00:00Z');
    // Winter: Kyiv is UTC+2.
    expect(periodStart('month', now).toISOString()).toBe('2026-11-30T22:00:00.000Z');
    expect(periodStart('quarter', now).toISOString()).toBe('2026-09-30T21:00:00.000Z');
    expect(periodStart('year', now).toISOString()).toBe('2025-12-31T22:00:00.000Z');
    // Past midnight in Kyiv but still the previous day in UTC: already the new month.
    expect(periodStart('month', new Date('2026-10-31T22:30:00Z')).toISOString()).toBe(
      '2026-10-31T22:00:00.000Z',
    );
    expect(periodStart('quarter', new Date('2026-05-15T00:00:00Z')).toISOString()).toBe(
      '2026-03-31T21:00:00.000Z',
    );
  });

  it('reads the period from the address, a month unless told otherwise', () => {
    expect(periodOf('quarter')).toBe('quarter');
    expect(periodOf('week')).toBe('month');
    expect(periodOf(null)).toBe('month');
  });

  it('sums the period’s figures, unknown while any region is still counting', () => {
    expect(
      totalPeriod([
        { received: 2, decided: 1 },
        { received: 3, decided: 0 },
      ]),
    ).toEqual({
      received: 5,
      decided: 1,
    });
    expect(
      totalPeriod([
        { received: 2, decided: null },
        { received: undefined, decided: 1 },
      ]),
    ).toEqual({ received: undefined, decided: null });
  });

  it('gives the table as CSV rows: heading, regions, figures as numbers, unknown ones empty', () => {
    const row = dashboardRow(
      'UA-30',
      {
        regionCode: 'UA-30',
        open: { registered: 2, in_review: 1 },
        urgentOpen: 1,
        daysToDecision: { '3': 1, '6': 1 },
      } as never,
      undefined,
    );
    const rows = dashboardCsvRows(
      {
        region: 'Область',
        statuses: ['Зареєстровано', 'На розгляді', 'Запит', 'Рішення'],
        total: 'Усього',
        urgent: 'Термінові',
        overdue: 'Прострочені',
        median: 'Медіана',
        received: 'Надійшло',
        decided: 'Вирішено',
      },
      [{ label: 'м. Київ', row, period: { received: 4, decided: null } }],
      'uk',
    );
    expect(rows[0]).toHaveLength(11);
    expect(rows[1]).toEqual(['м. Київ', 2, 1, 0, 0, 3, 1, '', '4,5', 4, '']);
  });
});
