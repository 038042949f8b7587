import { describe, expect, it } from 'vitest';
import { barPercent, dashboardRow, formatDays, needsOverdueCount, totalRow } from './dashboard.js';
import { regionStatsSchema } from '@domain/schemas/stats.schema.js';
import { regionStatsFrom } from './report-view.js';

const kyiv = regionStatsFrom(
  'UA-30',
  regionStatsSchema.parse({
    open: { registered: 2, in_review: 3, info_requested: 1, decided: 1, closed: 9 },
    urgentOpen: 2,
    daysToDecision: { '5': 1, '12': 2, '40': 1 },
  }),
);
const lviv = regionStatsFrom(
  'UA-46',
  regionStatsSchema.parse({
    open: { registered: 0, in_review: 0, info_requested: -1, decided: 4 },
    daysToDecision: { '3': 1 },
  }),
);

describe('the regional dashboard', () => {
  it('counts a region’s open reports by status, urgent ones and the median days to decision', () => {
    const row = dashboardRow('UA-30', kyiv, 4);
    expect(row.byStatus).toEqual({ registered: 2, in_review: 3, info_requested: 1, decided: 1 });
    expect(row.total).toBe(7);
    expect(row.urgent).toBe(2);
    expect(row.overdue).toBe(4);
    // 5, 12, 12, 40 → (12 + 12) / 2
    expect(row.median).toBe(12);
  });

  it('shows a region without figures as empty, and a figure below zero as none', () => {
    expect(dashboardRow('UA-05', undefined, 0)).toMatchObject({
      total: 0,
      urgent: 0,
      median: null,
    });
    expect(dashboardRow('UA-46', lviv, undefined).byStatus.info_requested).toBe(0);
  });

  it('sums the regions shown, with the median over all their decisions', () => {
    const total = totalRow([dashboardRow('UA-30', kyiv, 4), dashboardRow('UA-46', lviv, 0)]);
    expect(total.total).toBe(11);
    expect(total.byStatus.decided).toBe(5);
    expect(total.overdue).toBe(4);
    // 3, 5, 12, 12, 40 → 12
    expect(total.median).toBe(12);
    expect(totalRow([dashboardRow('UA-30', kyiv, undefined)]).overdue).toBeUndefined();
    expect(
      totalRow([dashboardRow('UA-30', kyiv, null), dashboardRow('UA-46', lviv, 1)]).overdue,
    ).toBeNull();
  });

  it('counts overdue reports only where deadlines run', () => {
    expect(needsOverdueCount(dashboardRow('UA-30', kyiv, undefined))).toBe(true);
    expect(needsOverdueCount(dashboardRow('UA-46', lviv, undefined))).toBe(false);
  });

  it('draws bars in proportion, never invisible when not empty', () => {
    expect(barPercent(0, 10)).toBe(0);
    expect(barPercent(10, 10)).toBe(100);
    expect(barPercent(1, 1000)).toBe(2);
    expect(barPercent(3, 0)).toBe(0);
    expect(formatDays(12.5, 'uk')).toBe('12,5');
    expect(formatDays(12.5, 'en')).toBe('12.5');
  });
});
